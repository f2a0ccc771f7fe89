"""fx155: leftovers of dates.after-publication's plan-changed excuse
(final-note35, "Left alone", Dates). The story is published Dec. 2, 2026
(`after_publication`), so "The hearing was Dec. 12." is a past event dated
after publication, flagged unless the copy says the plan changed.
Synthetic sentences only."""
from __future__ import annotations

import pytest

from test_qa75_regressions import after_publication


@pytest.mark.parametrize("text", [
    # the date's own day is the one the change left: "from Dec. 12 to Jan. 9"
    "The hearing was Dec. 12. It was postponed from Dec. 12 to Jan. 9.",
    "The hearing was Dec. 12. It was later postponed from December 12 to Jan. 9.",
    "The hearing was Dec. 12, but it was later moved from Dec. 12 to Jan. 9.",
    "The hearing was Dec. 12, but it was later moved from Saturday, Dec. 12, to Jan. 9.",
    "The hearing was Dec. 12. It was postponed from Dec. 12.",
])
def test_a_move_from_the_date_itself_leaves_it_a_plan(text):
    # The hearing did not take place Dec. 12; Jan. 9 (read in 2026, before
    # publication) is not flagged either, as without the "from" phrase.
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was moved up from Dec. 19.",            # to the date (qa76 #3)
    "The hearing was Dec. 12. It was postponed from Dec. 12 to 3 p.m.",  # a delay within the day
    "The hearing was Dec. 12. It was moved from Dec. 12, 2025, to Jan. 9.",   # another year's day
])
def test_a_move_from_another_day_or_within_the_day_stays_flagged(text):
    assert after_publication(text) == [(3, text.index("Dec. 12") + 1)]
