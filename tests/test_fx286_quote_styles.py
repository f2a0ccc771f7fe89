"""fx286: nu44 H1. A double quote closed by a single mark (`"…,' Ames said.`)
counts its closing mark in the style the mark is typed in: a straight ' is
straight, a ’ curly. Stories are our own."""
from __future__ import annotations

import pytest

from lint import lint_text
from story_helpers import messages_at

HEAD = "Union votes\n\nUnion president Carla Mendes said on Tuesday the plant would close.\n\n"


@pytest.mark.parametrize("after", ["", '"It came fast," Ames said.\n\n'])
def test_a_straight_double_quote_closed_by_a_straight_single_mark_is_all_straight(after):
    text = HEAD + "\"They were lucky to get out,' Ames said.\n\n" + after
    assert messages_at(text, "story.txt", "quotes.mixed-marks") == []
    # the slip itself is still reported, once, at the opening mark
    assert [(line, col) for line, col, _ in messages_at(text, "story.txt", "quotes.unbalanced")] == [(5, 1)]


def test_a_curly_double_quote_closed_by_a_curly_single_mark_is_all_curly():
    text = HEAD + "“They were lucky to get out,’ Ames said.\n\n“It came fast,” Ames said.\n\n"
    assert messages_at(text, "story.txt", "quotes.mixed-marks") == []
    assert [(line, col) for line, col, _ in messages_at(text, "story.txt", "quotes.unbalanced")] == [(5, 1)]


@pytest.mark.parametrize("quote", ["“They were lucky to get out,' Ames said.",
                                   "\"They were lucky to get out,’ Ames said."])
def test_one_quote_whose_single_close_differs_from_its_opening_is_no_second_style(quote):
    # the single mark is no double mark: the article has one style of double marks
    # (the shape of FNC-1 train body 391, written anew here)
    text = HEAD + quote + "\n\nThe plant closes on Friday.\n"
    assert messages_at(text, "story.txt", "quotes.mixed-marks") == []
    assert [(line, col) for line, col, _ in messages_at(text, "story.txt", "quotes.unbalanced")] == [(5, 1)]


def test_a_misclosed_quote_opened_in_another_style_is_still_mixed():
    # '“…,'' in a straight article: its curly opening is off-style; no fix is guessed
    text = HEAD + "“They were lucky to get out,' Ames said.\n\n\"It came fast,\" Ames said.\n\n"
    found = [d for d in lint_text(text, "story.txt") if d.rule == "quotes.mixed-marks"]
    assert [(d.line, d.column) for d in found] == [(5, 1)]
    assert found[0].message.startswith("curly double quote marks")
    assert found[0].fix is None
