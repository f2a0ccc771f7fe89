"""fx286: nu44 H1. A double quote closed by a single mark (`"…,' Ames said.`)
counts its closing mark in the style the mark is typed in: a straight ' is
straight, a ’ curly. Stories are our own."""
from __future__ import annotations

import pytest

from lint import lint_text

HEAD = "Union votes\n\nUnion president Carla Mendes said on Tuesday the plant would close.\n\n"


def _found(text: str, rule: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in lint_text(text, "story.txt") if d.rule == rule]


@pytest.mark.parametrize("after", ["", '"It came fast," Ames said.\n\n'])
def test_a_straight_double_quote_closed_by_a_straight_single_mark_is_all_straight(after):
    text = HEAD + "\"They were lucky to get out,' Ames said.\n\n" + after
    assert _found(text, "quotes.mixed-marks") == []
    # the slip itself is still reported, once, at the opening mark
    assert [(line, col) for line, col, _ in _found(text, "quotes.unbalanced")] == [(5, 1)]


def test_a_curly_double_quote_closed_by_a_curly_single_mark_is_all_curly():
    text = HEAD + "“They were lucky to get out,’ Ames said.\n\n“It came fast,” Ames said.\n\n"
    assert _found(text, "quotes.mixed-marks") == []
    assert [(line, col) for line, col, _ in _found(text, "quotes.unbalanced")] == [(5, 1)]


def test_a_curly_single_mark_closing_a_straight_quote_is_still_mixed():
    # '"…,’': the close is curly in a straight article, and mixed-marks says so
    text = HEAD + "\"They were lucky to get out,’ Ames said.\n\n\"It came fast,\" Ames said.\n\n"
    found = _found(text, "quotes.mixed-marks")
    assert [(line, col) for line, col, _ in found] == [(5, 1)]
    assert found[0][2].startswith("curly double quote marks")
