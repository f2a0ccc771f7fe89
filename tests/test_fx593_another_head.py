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
