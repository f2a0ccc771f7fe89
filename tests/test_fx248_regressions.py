"""Two faults the re-read rr42a found (items 1 and 4, /work/wt/reports/rr42a.md):
`“….” Ames said, adding that …` lost its tag (a false quotes.unattributed),
and a body's number words that are part of a larger number
(`twenty-five`, `two million-dollar`) bore out a headline's
smaller number. Synthetic input only; each test fails on lead42 83a6d246."""
from __future__ import annotations

import pytest

from story_helpers import found_at

LD, RD = "\u201c", "\u201d"
FARES = ("Council votes on fares\n\nThe council met on Tuesday to vote on bus fares for the coming year.\n\n"
         + LD + "The fares will not rise this year." + RD + " Ames said{}\n")
ROADS = ("{}\n\nThe state will spend {} on roads over the decade, Gov. Maria Ellis said Tuesday. "
         "Lawmakers from both parties backed the plan, and work starts in the spring.\n")


@pytest.mark.parametrize("rest", [", adding that the vote was close.", ", noting the vote was close.",
                                  ", saying the vote was close."])
def test_a_speech_participle_after_said_keeps_the_tag(rest):
    assert found_at(FARES.format(rest), "s.txt", "quotes.unattributed") == []


def test_a_tag_in_a_statement_still_is_none():
    """The guard this change must not undo (21a2ead6): the cue after the
    comma is the sentence's own verb, so the sentence is no tag."""
    text = FARES.replace(" Ames said{}", " In a statement, the council said it would appeal the ruling.")
    assert found_at(text, "s.txt", "quotes.unattributed") == [(5, 1)]


@pytest.mark.parametrize("figure, words", [("$20", "twenty-five dollars"), ("$5", "twenty-five dollars"),
                                           ("$2", "a two million-dollar grant"), ("$25", "twenty-five hundred dollars")])
def test_a_number_word_inside_a_larger_number_bears_out_no_headline_number(figure, words):
    headline = f"State to spend {figure} on roads"
    assert found_at(ROADS.format(headline, words), "s.txt", "titles.headline-unsupported") == \
        [(1, headline.index(figure) + 1)]


@pytest.mark.parametrize("figure, words", [("$25", "twenty-five dollars"), ("6", "six"), ("$2", "two dollars"),
                                           ("three", "a three-for-one split"), ("three", "a three-judge panel")])
def test_a_spelled_number_still_bears_out_its_own_value(figure, words):
    """A lone number word before a hyphen still counts (Reuters reut2-000
    #598: `SETS THREE FOR ONE STOCK SPLIT` over `a three-for-one ... split`)."""
    headline = f"State to spend {figure} on roads"
    assert found_at(ROADS.format(headline, words), "s.txt", "titles.headline-unsupported") == []
