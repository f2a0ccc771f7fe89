"""fx593: the phrase apposed after "another" is read by its head noun, the
word before a preposition, a relative or a time adverbial's first word, not
by its last word: a person's noun for head ("Another caller last week,",
"Another Teacher of the Year,", "Another first-year,") keeps "another" bound
to the name after it, so the other person is not flagged as a misspelling
(qa451 #1-#3); a noun of time for head ("Another week of talks,", "Another
couple of hours,", "Another three months later,") dates the sentence and the
slip stays flagged (qa451 #4). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, uses as _uses

SV = ("names.spelling-variant",)
MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", ["Another caller on Monday, Jane Kowalcyzk, spoke.",
                                   "Another volunteer that night, Jane Kowalcyzk, spoke.",
                                   "Another runner-up this season, Jane Kowalcyzk, spoke.",
                                   "Another couple of nurses, Jane Kowalcyzk, spoke.",
                                   "Another Citizen of the Year, Jane Kowalcyzk, spoke.",
                                   "Another third-year, Jane Kowalcyzk, spoke.",
                                   "Another nurse on the overnight shift, Jane Kowalcyzk, spoke."])
def test_a_persons_head_keeps_another_bound(later):
    assert _findings(HEAD + MAYOR + later + " Kowalcyzk left.\n", SV) == []


@pytest.mark.parametrize("later", ["Another week of talks, Jane Kowalcyzk spoke.",
                                   "Another couple of hours, Jane Kowalcyzk spoke.",
                                   "Another three months later, Jane Kowalcyzk spoke.",
                                   "Another overnight, Jane Kowalcyzk spoke.",
                                   "Another lifetime ago, Jane Kowalcyzk spoke.",
                                   "Another first day, Jane Kowalcyzk spoke.",
                                   "Another morning on the hill, Jane Kowalcyzk spoke."])
def test_a_time_head_leaves_the_slip(later):
    text = HEAD + MAYOR + later + " Kowalcyzk left.\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


# fx593 #1 (found, left): a bare weekday after the head noun is AP's time
# adverbial ("Another caller Monday,"), but the head is read as the weekday,
# so the other person is flagged as before fx593 with "last week". Telling
# "caller Monday" from "rainy Monday" needs to know a person's noun from an
# adjective, which the phrase's words alone do not tell.
@pytest.mark.xfail(strict=True, reason="fx593 #1: 'Another caller Monday, Jane Kowalcyzk, spoke.' reads the bare "
                                       "weekday (AP's time adverbial) as the phrase's head noun, so the other "
                                       "person is flagged as the mayor's misspelling")
@pytest.mark.parametrize("later", ["Another caller Monday, Jane Kowalcyzk, spoke.",
                                   "Another voter Tuesday night, Jane Kowalcyzk, spoke."])
def test_a_bare_weekday_after_a_persons_noun_keeps_another_bound(later):
    assert _findings(HEAD + MAYOR + later + " Kowalcyzk left.\n", SV) == []


@pytest.mark.parametrize("later", ["Another rainy Monday, Jane Kowalcyzk spoke.",
                                   "Another Super Bowl Sunday, Jane Kowalcyzk spoke."])
def test_guard_a_described_weekday_leaves_the_slip(later):
    text = HEAD + MAYOR + later + " Kowalcyzk left.\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")
