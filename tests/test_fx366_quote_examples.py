"""fx366: quotes posed as examples (`questions like “…”`) or set in italics
inside their marks are no direct quotes; the nearest cases stay speech."""
from __future__ import annotations

import pytest

from lint.analysis.attribution import attribution
from lint.analysis.quote_examples import is_example
from lint.readers import read_bytes


def _flagged(text: str, name: str = "story.md") -> list[str]:
    doc = read_bytes(name, text.encode())
    return [s.head.part.text[s.head.start:s.head.end] for s in attribution(doc)
            if not s.attributed and s.direct]


def test_a_kind_of_thing_and_like_gives_an_example_anywhere():
    text = "The talks covered topics such as, “How the ferry timetable is set each spring”"
    assert is_example(text, text.index("“"))


def test_a_kind_of_words_opening_a_clause_gives_an_example():
    text = "If complaints such as, “The ferry runs late every single day” come in, we listen."
    assert is_example(text, text.index("“"))


def test_a_kind_of_words_somebody_made_gives_none():
    text = "Riders made complaints such as, “The ferry runs late every single day.”"
    assert not is_example(text, text.index("“"))


def test_another_noun_before_like_gives_none():
    text = "The crowd let out a roar like “We will not leave the square tonight.”"
    assert not is_example(text, text.index("“"))


def test_like_in_an_earlier_sentence_gives_none():
    text = "Riders ask questions like that. “We will not leave the square tonight.”"
    assert not is_example(text, text.index("“"), text.index("“"))


def test_italics_inside_the_marks_in_html_are_a_mention():
    page = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry FAQ</h1>"
            "<p>We put “<em>Why is the ferry late every single morning?</em>” first on the page.</p>"
            "</article></body></html>")
    assert _flagged(page, "story.html") == []


def test_italics_around_the_marks_in_html_stay_speech():
    page = ("<html><head><title>Ferry</title></head><body><article><h1>Ferry FAQ</h1>"
            "<p>We put <em>“Why is the ferry late every single morning?”</em> first on the page.</p>"
            "</article></body></html>")
    assert _flagged(page, "story.html") == ["“Why is the ferry late every single morning?”"]


def test_underscore_italics_inside_the_marks_in_markdown():
    assert _flagged("# Ferry FAQ\n\nWe put “_Why is the ferry late every single morning?_” first.\n") == []
    assert _flagged("# Ferry FAQ\n\nWe put “Why is the _ferry_ late every single morning?” first.\n") == \
        ["“Why is the ferry late every single morning?”"]


# qa236: what breaks the examples and italics reading (each passes once mended)

@pytest.mark.xfail(strict=True, reason="qa236 #1: a quote that opens the next sentence right after "
                   "an example (only a space between) is read as listed after it and silenced, at any length")
def test_qa236_a_quote_opening_the_next_sentence_is_not_listed_after_an_example():
    story = ("Ferry news\n\nThe evening covered topics like “Fares.” “The ferry costs me more each "
             "month than my rent and nobody at the council cares.”\n")
    assert _flagged(story, "story.txt")[-1:] == [
        "“The ferry costs me more each month than my rent and nobody at the council cares.”"]


@pytest.mark.xfail(strict=True, reason="qa236 #2: speech set in italics inside its marks (first person, "
                   "two sentences) is silenced as a title or mention")
@pytest.mark.parametrize("name,story", [
    ("story.md", "# Ferry\n\nThe water rose through the night. “*We had nothing left. The water took "
                 "the house, the car, everything we owned.*”\n"),
    ("story.html", "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>The water rose "
                   "through the night. “<i>We had nothing left. The water took the house, the car, "
                   "everything we owned.</i>”</p></article></body></html>"),
])
def test_qa236_speech_in_italics_inside_its_marks_stays_speech(name, story):
    assert _flagged(story, name) == [
        "“We had nothing left. The water took the house, the car, everything we owned.”"]


@pytest.mark.xfail(strict=True, reason="qa236 #3: a clause after 'while' inside the sentence is not "
                   "read (only a sentence-opening 'While' is), though the docs say 'or a clause after'")
def test_qa236_a_while_clause_inside_the_sentence_gives_an_example():
    text = "The plan stalled, while comments like “We tried this before and it failed” piled up online."
    assert is_example(text, text.index("“"))


@pytest.mark.xfail(strict=True, reason="qa236 #4: a speech kind opening the sentence after a wire "
                   "dateline is not read as opening it")
def test_qa236_a_speech_kind_after_a_dateline_opens_its_sentence():
    story = ("Ferry news\n\nLONDON (Reuters) - Questions like “Who will pay for the bridge and when will "
             "the work begin?” dominated the evening.\n")
    assert _flagged(story, "story.txt") == []
