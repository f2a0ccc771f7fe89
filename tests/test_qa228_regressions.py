"""Faults QA (qa228) found in fx362's tied-figure reading of
titles.dek-disagrees (ea298779, nu49 #5): a dek that restates the hed's
figure in a tied phrase (`$12 million of its $20 million goal`) no longer
counts it as agreeing, so its other figure is flagged (#1); `of` also ties a
share or a material (`45% of the vote`, `$4 billion of new debt`), so a dek
that truly disagrees with a count hed goes quiet (#2); a hed gap with no
`by`/`within` (`falls $2 million short`, `$4M behind`) is read as a count,
so a disagreeing tied dek gap goes quiet (#3). main was right on all, and
the lead took the tied-figure reading back (nu49 #5 is open again): these
now pin main's behaviour.
See /work/wt/reports/qa228.md. Synthetic input."""
from __future__ import annotations

import pytest

from lint import lint_text

RULE = "titles.dek-disagrees"


def _found(title: str, dek: str) -> list[tuple[int, int]]:
    text = f"---\ntitle: {title}\ndek: {dek}\n---\n\nThe count went on.\n"
    return [(d.line, d.column) for d in lint_text(text, "story.md") if d.rule == RULE]


@pytest.mark.parametrize("title, dek", [
    ("Levy raises $12 million", "The levy raised $12 million of its $20 million goal."),
    ("Turnout hits 62%", "62% of registered voters cast ballots, up from 58% in 2020."),
])
def test_a_dek_restating_the_hed_figure_in_a_tied_phrase_agrees(title, dek):
    assert _found(title, dek) == []


@pytest.mark.parametrize("title, dek, at", [
    ("Jones wins with 55%", "Jones took 45% of the vote.", (3, 17)),
    ("Jones wins with 55%", "Jones took 45 percent of the vote.", (3, 17)),
    ("Jones wins with 55%", "JONES TOOK 45% OF THE VOTE.", (3, 17)),
    ("City borrows $3 billion", "The city took on $4 billion of new debt.", (3, 23)),
])
def test_a_share_or_material_of_is_still_compared(title, dek, at):
    assert _found(title, dek) == [at]


@pytest.mark.parametrize("title, dek, at", [
    ("Levy falls $2 million short", "The total is $3 million short of the goal.", (3, 19)),
    ("Sanders $4M behind Clinton", "He is within $6M of Clinton's haul.", (3, 19)),
    ("Sanders closes gap to $4M", "He is now within $6M of Clinton's haul.", (3, 23)),
])
def test_a_hed_gap_without_by_or_within_is_still_compared(title, dek, at):
    assert _found(title, dek) == [at]
