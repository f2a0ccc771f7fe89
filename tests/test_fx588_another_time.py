"""fx588: a phrase apposed after "another" that ends in a noun of time, or
in a part of a time after one (hyphened or possessive), dates the sentence
and names nobody, so a misspelt name after it is still the story person's
slip (qa431 #4, qa445 #5); a phrase whose last word is a person's noun keeps
"another" bound to the name (qa439 #7). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, uses as _uses

SV = ("names.spelling-variant",)
MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", ["Another Tuesday morning, Jane Kowalcyzk spoke.",
                                   "Another year's end, Jane Kowalcyzk spoke.",
                                   "Another month-end, Jane Kowalcyzk spoke.",
                                   "Another season\u2019s close, Jane Kowalcyzk spoke.",
                                   "ANOTHER WEEK, Jane Kowalcyzk spoke.",
                                   "Another half-day, Jane Kowalcyzk spoke."])
def test_a_phrase_of_time_leaves_the_slip(later):
    text = HEAD + MAYOR + later + " Kowalcyzk left.\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.parametrize("later", ["Another weekend visitor, Jane Kowalcyzk, spoke.",
                                   "Another year-end bonus winner, Jane Kowalcyzk, spoke.",
                                   "Another end, Jane Kowalcyzk, spoke.",
                                   "Another full-time nurse, Jane Kowalcyzk, spoke.",
                                   "Another day, another Jane Kowalcyzk spoke."])
def test_guard_a_persons_phrase_or_another_right_before_keeps_it_bound(later):
    assert _findings(HEAD + MAYOR + later + " Kowalcyzk left.\n", SV) == []
