"""Faults QA (qa188) found in fx308's `within` exception of
titles.dek-disagrees (d875e580): a dek figure after `within` is dropped
even when the headline's own figure is a `within` gap or deadline, so a
real disagreement main caught is lost (#1); a hedge between `within` and
the figure (`within about $4M`) escapes the exception (#3); the mirror
case, a `within` gap in the headline, is still compared with the dek's
count (#4). See /work/wt/reports/qa188.md. Synthetic input only.
The lead took the exception back (f817fb11): figures after `within` are
compared as on main, so the xfails below are main's known misses of a gap
read as a count, hedged or not, in the dek or the hed."""
from __future__ import annotations

import pytest

from lint import lint_text

RULE = "titles.dek-disagrees"


def _found(text: str, name: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in lint_text(text, name) if d.rule == RULE]


def test_two_within_deadlines_that_disagree_are_still_flagged():
    text = ("---\ntitle: Report due within 48 hours\ndek: City promises findings within 24 hours\n---\n\n"
            "The city said on Tuesday it would publish the report.\n")
    assert [f[:2] for f in _found(text, "story.md")] == [(3, 36)]      # main: '24 hours' vs '48 hours'


@pytest.mark.xfail(strict=True, reason="the lead took the 'within' exception back (qa192 #1-#2 lost main's catches): a dek's 'within' gap under a count hed is flagged as on main, PolNeAR's one case")
def test_control_a_count_hed_over_a_within_gap_stays_quiet():
    text = "Sanders raises $33M; \nIs within $4M of Clinton's haul.\n\nBernie Sanders raised $33 million.\n"
    assert _found(text, "story.txt") == []


@pytest.mark.xfail(strict=True, reason="qa188 #3: a hedged 'within' gap in the dek is read as a count, as on main (the exception was taken back)")
@pytest.mark.parametrize("hedge", ["about", "nearly", "roughly", "just"])
def test_a_hedged_within_gap_is_no_restatement(hedge):
    text = (f"Sanders raises $33M; \nIs within {hedge} $4M of Clinton's haul.\n\n"
            "Bernie Sanders raised $33 million.\n")
    assert _found(text, "story.txt") == []


@pytest.mark.xfail(strict=True, reason="qa188 #4: a 'within' gap in the hed is still compared with the dek's count")
def test_a_within_gap_in_the_hed_is_no_count_for_the_dek():
    text = ("Sanders pulls within $4M of Clinton; \nRaises $33M in March for his campaign.\n\n"
            "Bernie Sanders raised $33 million in March, $4 million short of Hillary Clinton.\n")
    assert _found(text, "story.txt") == []
