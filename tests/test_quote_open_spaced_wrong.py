"""An opening straight mark after a colon or comma with its space on the
wrong side (nu18 #7): one finding that says so, never advice to delete a
real mark."""
from __future__ import annotations

from lint import lint_text


def unbalanced(body: str) -> list[tuple[int, str]]:
    src = f"Chef answers readers\n\n{body}\n"
    return [(d.offset - src.index(body), d.message) for d in lint_text(src, "r.txt") if d.rule == "quotes.unbalanced"]


def test_an_opening_mark_after_a_colon_with_its_space_after_it_is_one_finding():
    body = 'The chef wrote back:" I sure did, and I hope you enjoy it!"'
    [(at, msg)] = unbalanced(body)
    assert at == body.index('"')
    assert "opens the quote" in msg and "delete" not in msg


def test_after_a_comma_too():
    body = '"We came," she said," and we will win."'
    [(at, msg)] = unbalanced(body)
    assert at == body.index('," and') + 1 and "opens the quote" in msg


def test_a_close_never_opened_before_an_opening_mark_keeps_its_finding():
    body = 'The work goes on," she said of the "plan" today.'
    [(at, msg)] = unbalanced(body)
    assert at == body.index('"') and "never opened" in msg


def test_a_well_spaced_quote_after_a_colon_is_no_finding():
    assert unbalanced('The chef wrote back: "I sure did, and I hope you enjoy it!"') == []
