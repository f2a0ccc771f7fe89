"""qa162: faults found in fx255 (wire reported speech, bylined headlines,
nu42 M1, nu42 M3). Each test asserts the right behaviour and is a strict
xfail until the fault is fixed. Inputs are synthetic."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

CFG = Config(select=("quotes",))
WIRE = "WASHINGTON, March 20 - "
QUOTE = "\n\n“We will not raise taxes this year or next year.”\n"


def found(text: str, name: str = "story.txt") -> list[tuple[str, int, int]]:
    return [(d.rule, d.line, d.column) for d in lint_text(text, name, config=CFG)]


def unattributed(text: str, name: str = "story.txt") -> list[tuple[int, int]]:
    return [(l, c) for r, l, c in found(text, name) if r == "quotes.unattributed"]


def test_wire_quote_after_nobody_said_is_unattributed():
    assert unattributed(WIRE + "Nobody said whether the budget was balanced." + QUOTE) == [(3, 1)]


def test_wire_quote_after_speakerless_passive_is_unattributed():
    for lead in ("It was said that the budget was balanced.", "The budget was said to be balanced.",
                 "Nothing was said about the budget."):
        assert unattributed(WIRE + lead + QUOTE) == [(3, 1)], lead


def test_wire_quote_after_negated_paraphrase_is_unattributed():
    assert unattributed(WIRE + "The minister never said the budget was balanced." + QUOTE) == [(3, 1)]


def test_a_dateline_in_the_middle_does_not_make_wire_copy():
    story = ("The council met on Monday.\n\nWASHINGTON, March 20 - The minister said the budget was balanced."
             + QUOTE)
    assert unattributed(story) == [(5, 1)]


def test_m3_mismatched_quote_with_decade_apostrophe_is_one_finding_at_the_open():
    story = "Budget\n\n‘The ’90s were rock ’n’ roll years,” Ames said.\n"
    assert [(r, l, c) for r, l, c in found(story) if r == "quotes.unbalanced"] == [("quotes.unbalanced", 3, 1)]


def test_m3_double_open_single_close_with_apostrophes_says_mismatch():
    story = "Budget\n\n“It was the ’90s and rock ’n’ roll,’ Ames said.\n"
    diags = [d for d in lint_text(story, "story.txt", config=CFG) if d.rule == "quotes.unbalanced"]
    assert [(d.line, d.column) for d in diags] == [(3, 1)]
    assert "never closed" not in diags[0].message


@pytest.mark.xfail(strict=True, reason="M3: a two-sentence quote opened with ‘ and closed with ” is two findings, 'never closed' and 'never opened'")
def test_m3_two_sentence_mismatched_quote_is_one_finding():
    story = "Budget\n\n‘They were lucky. We were not,” Ames said.\n"
    assert [(r, l, c) for r, l, c in found(story) if r == "quotes.unbalanced"] == [("quotes.unbalanced", 3, 1)]


def test_by_and_a_capitalised_time_after_a_quote_is_no_byline():
    for tail in ("by Monday the crews had gone home.", "By Christmas, it was still shut."):
        story = f"Bridge\n\nThe council met.\n\n“We will finish the bridge before the thaw,” {tail}\n"
        assert unattributed(story) == [(5, 1)], tail


def test_m1_no_one_spoke_breaks_the_continuation():
    smith = "“The lease gives away far too much public money for the team,” Smith said."
    story = (f"Stadium lease\n\n{smith}\n\n“The team has been a good partner for thirty years.” "
             "No one spoke after that.\n")
    assert unattributed(story) == [(5, 1)]
