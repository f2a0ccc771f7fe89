"""Faults QA (qa192) found in fx315's 'within' reading of
titles.dek-disagrees (91477dfe): a hedged 'by' margin is read as a count,
so it is no longer compared with a 'within' gap (#1); an 'in 48 hours'
deadline is a count, so it is no longer compared with a 'within' deadline
(#2). main caught both. A 'within' gap hedged by a word outside
fx315's list ('within less than $4M') is still read as a count (#3). See
/work/wt/reports/qa192.md. Synthetic input. With the exception taken back
(f817fb11) #1-#2 pass as on main; #3 and the control stay main's misses."""
from __future__ import annotations

import pytest

from lint import lint_text

RULE = "titles.dek-disagrees"


def _found(title: str, dek: str) -> list[tuple[int, int]]:
    text = f"---\ntitle: {title}\ndek: {dek}\n---\n\nThe count went on.\n"
    return [(d.line, d.column) for d in lint_text(text, "story.md") if d.rule == RULE]


@pytest.mark.parametrize("hedge", ["nearly", "about", "more than"])
def test_a_hedged_by_margin_over_a_within_gap_is_still_flagged(hedge):
    assert _found(f"Sanders trails by {hedge} 5 votes", "Recount leaves him within 3 votes of the seat") == [(3, 32)]


def test_control_an_unhedged_by_margin_over_a_within_gap_is_flagged():
    assert _found("Sanders trails by 5 votes", "Recount leaves him within 3 votes of the seat") == [(3, 32)]


@pytest.mark.parametrize("title, dek, at", [
    ("Report due in 48 hours", "City promises findings within 24 hours", (3, 36)),
])
def test_an_in_deadline_and_a_within_deadline_that_disagree_are_flagged(title, dek, at):
    assert _found(title, dek) == [at]


@pytest.mark.xfail(strict=True, reason="the lead took the 'within' exception back (qa192 #1-#2): a dek's 'within' gap under a count hed is flagged as on main")
def test_control_a_count_over_a_within_gap_stays_quiet():
    assert _found("Sanders raises $33M", "Is within $4M of Clinton's haul") == []


@pytest.mark.xfail(strict=True, reason="qa192 #3: a 'within' gap hedged by 'less than'/'under' is read as a count")
@pytest.mark.parametrize("hedge", ["less than", "just under", "under"])
def test_a_within_gap_hedged_outside_the_list_is_no_restatement(hedge):
    assert _found("Sanders raises $33M", f"Is within {hedge} $4M of Clinton's haul") == []
