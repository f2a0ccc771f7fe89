"""qa160: QA of fx256's `<br><br>` reading after an abbreviation that may end
a sentence (`_html_text.TextSteps._after_held`). Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from story_helpers import ferry_page


def _paragraphs(body: str) -> list[str]:
    doc = read_bytes("story.html", ferry_page(body).encode("utf-8"))
    return [p.text for p in doc.parts if p.kind == "paragraph"]


def _found(body: str, rule: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(ferry_page(body), "story.html") if d.rule == rule]


@pytest.mark.parametrize("tag", ["b", "em", 'a href="/x"'])
def test_held_break_inside_an_inline_element_never_cuts_a_sentence(tag):
    name = tag.split()[0]
    paragraphs = _paragraphs(f"<p>The vote is at <{tag}>4 p.m.<br><br>The</{name}> council will vote.</p>")
    assert "The" not in paragraphs
    assert any(p.endswith("The council will vote.") for p in paragraphs)


def test_held_break_inside_bold_keeps_the_doubled_word_main_found():
    assert _found("<p>The vote is at <b>4 p.m.<br><br>The</b> the council will vote.</p>",
                  "hygiene.doubled-word") == [(5, 36)]


def test_held_break_inside_bold_gives_no_false_unbalanced_quote():
    assert _found("<p>The vote is at <b>4 p.m.<br><br>\u201cThe</b> council will vote,\u201d he said.</p>",
                  "quotes.unbalanced") == []


@pytest.mark.parametrize("word", ["In&shy;terior", "In&#173;terior", "On<!-- x -->tario"])
def test_a_reference_inside_the_first_word_does_not_change_the_reading(word):
    plain = _paragraphs("<p>He works at the U.S.<br><br>Interior Department.</p>")
    assert len(plain) == 1
    assert len(_paragraphs(f"<p>He works at the U.S.<br><br>{word} Department.</p>")) == 1


def test_a_hyphenated_name_opening_with_a_stopword_letter_is_a_name():
    assert len(_paragraphs("<p>The Air Force flew the U.S.<br><br>A-10 fleet home.</p>")) == 1
