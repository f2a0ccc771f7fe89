"""fx263: the wire reading needs a speaker who spoke; a byline needs a name.
Each case beside the qa162 ones: a wire quote after a paraphrase is still
carried when its speaker spoke, and a real byline still makes a title."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.quote_tags import bylined, speaker_spoke
from lint.config import Config

CFG = Config(select=("quotes",))
WIRE = "WASHINGTON, March 20 - "
QUOTE = "\n\n“We will not raise taxes this year or next year.”\n"


def unattributed(text: str, name: str = "story.txt") -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, name, config=CFG) if d.rule == "quotes.unattributed"]


@pytest.mark.parametrize("lead", ["The minister did not say whether the budget was balanced.",
                                  "The minister didn't say whether the budget was balanced.",
                                  "The minister denied saying the budget was balanced."])
def test_a_denied_or_negated_paraphrase_carries_no_wire_quote(lead):
    assert unattributed(WIRE + lead + QUOTE) == [(3, 1)]


def test_a_speaker_who_spoke_still_carries_the_wire_quote():
    assert unattributed(WIRE + "The minister said the budget was balanced." + QUOTE) == []


def test_a_headline_over_the_dateline_keeps_the_wire_reading():
    story = "Budget talks\n\n" + WIRE + "The minister said the budget was balanced." + QUOTE
    assert unattributed(story) == []


@pytest.mark.parametrize("sentence,spoke", [("Volcker said he believed it.", True),
                                            ("No one spoke after that.", False),
                                            ("It was said that it would rain.", False),
                                            ("The weather was fine.", False)])
def test_speaker_spoke(sentence, spoke):
    assert speaker_spoke(sentence) is spoke


@pytest.mark.parametrize("tail,byline", [(" by Times' Ben Sisario", True), (" by DNAinfo's Nicole Levy:", True),
                                         (" by Christmas Eve it was shut.", False),
                                         (" by March the crews had gone.", False),
                                         (" by Ames the crews had gone.", False)])
def test_bylined_needs_a_name_of_two_words_and_no_time(tail, byline):
    text = "“The Living Room to close,”" + tail
    assert bylined(text, len("“The Living Room to close,”")) is byline
