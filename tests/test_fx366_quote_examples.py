"""fx366: quotes posed as examples (`questions like “…”`) or set in italics
inside their marks are no direct quotes; the nearest cases stay speech."""
from __future__ import annotations

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
