"""A lost paragraph break in a long quote (nu26 #10): one finding, at the
reopening mark, across the quote rules; true missing marks as before."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.quote_reopen import reopenings
from lint.analysis.quote_sentences import starts_sentence
from lint.analysis.speech_cues import lexicon
from lint.config import Config
from lint.document import Document, Part

QUOTES = Config(select=("quotes",))


def found(text: str) -> list[tuple[str, int, int, str]]:
    return [(d.rule, d.line, d.column, d.message) for d in lint_text(text, "t.txt", config=QUOTES)]


def one_paragraph(text: str) -> Document:
    doc = Document(path="t.txt", source=text, format="text")
    doc.add(Part.from_slice("paragraph", text, 0, len(text)))
    return doc


@pytest.mark.parametrize("text, at, starts", [
    ("in such situations. “But this", 20, True),
    ("in such situations!  \"But this", 21, True),
    ("in the ‘performance’. \"Perhaps", 22, True),
    ("the U.S. “We", 9, True),                    # initials that end the sentence
    ("met Sen. “Joe", 9, False),                  # a title
    ("by “next spring", 3, False),                # no stop before it
    ("ended. “but then", 7, False),               # no capital after it
    ("“A", 0, False),                             # nothing before it
    ("you don't. \"What", 11, True),              # a contraction's t is no initial (BBC politics/255)
    ("you don’t. “What", 11, True),
    ("the mayor's. “We", 13, True),               # nor a possessive's s
    ("said 'J. “Edgar", 8, False),                # an initial after a quote mark still is one
])
def test_a_sentence_starts_at_a_mark_only_after_a_sentence_end(text, at, starts):
    assert starts_sentence(text, at, lexicon()) is starts


def test_the_first_reopening_mark_of_each_open_quote():
    text = "She said: “We act. “It helps, “he said,” and “We go. “Now."
    found_pairs = sorted((q.parent.start, q.start) for q in reopenings(one_paragraph(text)).values())
    # `“It` reopens the outer quote; `“he` opens no sentence, nor `“We go` after
    # `and`, which stays open inside `“It`; `“Now` reopens `“We go`
    assert found_pairs == [(text.index("“We act"), text.index("“It")),
                           (text.index("“We go"), text.index("“Now"))]


def test_the_bbc_shape_is_one_error_at_the_new_mark_and_no_nested_warning():
    text = ('Mr Howard said: "I have deliberately not involved myself in such situations. '
            '"But this woman deserves better," he said.')
    got = found(text)
    assert [g[:3] for g in got] == [("quotes.unbalanced", 1, text.index('"But') + 1)]
    assert "paragraph break is probably missing before it" in got[0][3]


def test_a_quote_running_on_with_a_lost_break_is_unbalanced_not_nested():
    text = "Headline\n\nHe said: “We stayed out of it. “But it is done.”\n\n“We go on,” he said."
    assert [g[:3] for g in found(text)] == [("quotes.unbalanced", 3, 32)]


def test_a_true_missing_closing_mark_keeps_its_finding_at_the_open():
    text = "Headline\n\n“It's a rather gloomy outlook for the economy, said David Ross.\n\nRates rose."
    got = found(text)
    assert [g[:3] for g in got] == [("quotes.unbalanced", 3, 1)]
    assert "never closed; add the closing mark" in got[0][3]


@pytest.mark.parametrize("tag, reopens", [
    ("Munster said", False), ("it said", False), ("said David Ross", False),
    ("he said on Tuesday", False),
    ("and believe me I will", True),          # a cue word, but no tag
    ("in such situations", True),
])
def test_a_dialogue_tag_before_the_new_mark_is_a_missing_close_not_a_lost_break(tag, reopens):
    text = f"“We sell 10,000 units a year, {tag}. “To put that in perspective, it is small,” he said."
    assert bool(reopenings(one_paragraph(text))) is reopens
