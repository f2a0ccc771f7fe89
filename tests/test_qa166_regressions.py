"""qa166: late QA of fx263 (wire paraphrase needs a speaker who spoke, bylines
of two name words, nobody_speaks shared with M1) and fx264 (names.age-changed:
whose birthday it is). Each test is a fault and asserts the right behaviour;
strict xfail until fixed. Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config
from titles_helpers import read, run

CFG = Config(select=("quotes",))
WIRE = "WASHINGTON, March 20 - "
QUOTE = "\n\n“We will not raise taxes this year or next year.”\n"
SMITH = "“The lease gives away far too much public money for the team,” Smith said."


def unattributed(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, "story.txt", config=CFG)
            if d.rule == "quotes.unattributed"]


@pytest.mark.parametrize("tail", ["by New York standards, the plan is modest.",
                                  "by Los Angeles standards, the plan is modest.",
                                  "by Wall Street standards, the plan is modest."])
def test_by_a_place_and_standards_is_no_byline(tail):
    story = f"Budget\n\n“We will balance the budget,” {tail}\n"
    assert unattributed(story) == [(3, 1)]


@pytest.mark.parametrize("tail", ["by New Year the council will vote.", "by Election Night the council will vote."])
def test_by_a_two_word_time_is_no_byline(tail):
    story = f"Budget\n\n“We will balance the budget,” {tail}\n"
    assert unattributed(story) == [(3, 1)]


@pytest.mark.parametrize("lead", ["The minister said no new taxes would come.",
                                  "The minister said nothing would stop the budget.",
                                  "The minister said none of the cuts would hurt."])
def test_wire_said_no_clause_has_a_speaker_who_spoke(lead):
    assert unattributed(WIRE + lead + QUOTE) == []


@pytest.mark.parametrize("lead", ["Volcker, who is not a minister, said the budget was balanced.",
                                  "The minister, who didn't attend, said the budget was balanced."])
def test_wire_negation_in_a_relative_clause_keeps_the_speaker(lead):
    assert unattributed(WIRE + lead + QUOTE) == []


@pytest.mark.parametrize("after", ["The deal is said to be worth $2 million.",
                                   "Smith never said how much the lease cost."])
def test_m1_passive_or_same_speaker_never_said_keeps_the_continuation(after):
    story = (f"Stadium lease\n\n{SMITH}\n\n“The team has been a good partner for thirty years.” {after}\n")
    assert unattributed(story) == []


def test_a_relative_object_before_turned_does_not_own_the_age():
    src = ("Town fair opens\n\nPublished Dec. 2, 2026\n\nJohn Smith, 45, spoke on Monday about the fair.\n\n"
           "Smith, 46, who cares for his mother turned 46 on Friday.\n")
    assert [d.snippet for d in run(read(src, ".txt"), "names.age-changed")] == []
