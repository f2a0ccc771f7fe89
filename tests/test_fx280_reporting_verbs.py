"""fx280: reporting verbs of news copy that the attribution reader did not
know (AP Stylebook, "said"). `disclosed`, `objected` and `pleaded` were no
cue verbs; `conceded`, `accused`, `praised` and `acknowledged` were cues but
no verbs that report speech, so the sentence holding one did not lend its
speaker to a quote inside the next sentence. Each test keeps the near miss
that must stay flagged."""
from __future__ import annotations

import pytest
from story_helpers import found_at

QUOTE = "“the lease gives away far too much public money to the team owners”"


def flagged(body: str) -> list[tuple[int, int]]:
    """(line, column) of each quotes.unattributed finding in a text story."""
    return found_at(f"Stadium lease\n\n{body}\n", "story.txt", "quotes.unattributed")


def closed(words: str) -> str:
    """QUOTE closing on `words` inside its marks (`,` or `.`), capitalised."""
    return "“T" + QUOTE[2:-1] + words + "”"


@pytest.mark.parametrize("verb", ["disclosed", "objected", "pleaded", "pled"])
def test_a_new_cue_verb_after_the_quote_attributes_it(verb):
    assert flagged(f"{closed(',')} the mayor {verb}.") == []
    assert flagged(f"{closed(',')} Smith {verb} on Tuesday.") == []
    assert flagged(f"Smith {verb} the figures to the council. {closed('.')}") == []


@pytest.mark.parametrize("verb", ["disclosed", "objected", "pleaded"])
def test_the_new_cue_verb_needs_a_speaker(verb):
    """A cue with nobody to say it attributes nothing."""
    assert flagged(f"{closed('.')} Nothing was {verb}.") == [(3, 1)]
    assert flagged(f"{closed(',')} was {verb} later.") == [(3, 1)]


@pytest.mark.parametrize("verb", ["conceded", "accused", "praised", "acknowledged", "admitted"])
def test_a_speech_act_before_lends_its_speaker_to_a_quote_inside_the_next_sentence(verb):
    story = f"Smith {verb} the council had erred. Furthermore, {QUOTE}."
    assert flagged(story) == []
    # a verb that reports no speech lends nobody: the quote stays unattributed
    plain = story.replace(verb, "knew")
    assert flagged(plain) == [(3, plain.index("“") + 1)]


def test_a_colon_after_a_verb_with_an_object_introduces_the_quote():
    """`Smith praised the plan: “…”`: the colon lead-in attributes it, whatever
    the verb; without the colon and with no cue the quote stays loose."""
    assert flagged(f"Smith praised the plan on Tuesday: {closed('.')}") == []
    assert flagged(f"Smith objected to the plan on Tuesday: {closed('.')}") == []
    loose = f"The plan came on Tuesday, {QUOTE}."
    assert flagged(loose) == [(3, loose.index("“") + 1)]


def test_another_speaker_conceding_after_a_continued_quote_breaks_the_continuation():
    """nu42 M1 with the new reporting verbs: `Ames conceded …` after the
    quote names another speaker, so the quote is not Smith's going on."""
    first = f"{closed(',')} Smith said."
    second = "“The team has been a good partner for thirty years.”"
    assert flagged(f"{first}\n\n{second} Ames conceded the vote was close.") == [(5, 1)]
    assert flagged(f"{first}\n\n{second} Smith conceded the vote was close.") == []
