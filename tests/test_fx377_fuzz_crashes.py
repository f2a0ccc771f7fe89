"""Two internal errors fuzzing found (qa239 #5), fixed at their cause.

An HTML element that is an embedded post and a block of its own
(`<h1 class="tiktok-embed">`, `<p class="twitter-tweet">`) was given two
collectors: the post's (`_html_opens._read_as`) and its tag's
(`_open_part`). A `<p>` inside ended one and left the element among the
owners with none, so the end of input crashed (`'NoneType' object has no
attribute 'h1'`); closed normally, it left a second copy of its part.

A quote listed after another (`“A,” “B” and “C”`) shares the first one's
status through `QuoteStatus.like`; each pointed at the quote before it, so a
long run of listed quotes (`"" "" "" …`) was a chain that `example` and
`direct` recursed down until Python's recursion limit. Synthetic input only.
"""
from __future__ import annotations

from lint import lint_text
from lint.analysis.attribution import attribution
from lint.readers import read_bytes


def _parts(data: bytes) -> list[tuple[str, str]]:
    doc = read_bytes("page.html", data)
    return [(p.kind, p.text) for p in doc.parts]


def test_a_heading_that_is_an_embedded_post_with_a_paragraph_left_open_is_read():
    doc = read_bytes("page.html", b'<h1 class="tiktok-embed"><p>')
    assert doc.parts == []
    assert [n.rule for n in doc.notices] == ["file.html"]       # the post never closed, said once


def test_a_heading_that_is_an_embedded_post_is_one_embed_part():
    data = b'<h1 class="tiktok-embed"><p>Dance for the ferry</p></h1><p>The board voted on Tuesday.</p>'
    assert _parts(data) == [("embed", "Dance for the ferry"), ("paragraph", "The board voted on Tuesday.")]


def test_a_paragraph_that_is_an_embedded_post_is_read_once():
    data = (b'<p>The board voted on Tuesday.</p>'
            b'<p class="twitter-tweet">Ferries at 7 <a href="https://twitter.com/x/status/1">link</a></p>'
            b'<p>The first boat is due next year.</p>')
    doc = read_bytes("page.html", data)
    assert [(p.kind, p.text) for p in doc.parts] == [
        ("paragraph", "The board voted on Tuesday."), ("embed", "Ferries at 7 link"),
        ("paragraph", "The first boat is due next year.")]
    assert doc.parts[1].attrs["post"] == 1


def test_a_block_inside_a_post_opened_by_a_div_is_still_the_posts():
    # the nearest case that stays as it was: the post's element is no block of its own
    data = b'<div class="tiktok-embed"><p>Dance for the ferry</p></div><p>The board voted on Tuesday.</p>'
    assert _parts(data) == [("embed", "Dance for the ferry"), ("paragraph", "The board voted on Tuesday.")]


LONG = '"we will build the new ferry terminal by the spring of next year, whatever it costs."'


def _story(empties: int) -> str:
    return "# Board orders ferries\n\nThe panel heard " + '"" ' * empties + "and " + LONG + "\n"


def _unattributed(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.snippet) for d in lint_text(text, "story.md") if d.rule == "quotes.unattributed"]


def test_a_long_run_of_listed_quotes_is_read_without_recursing():
    text = _story(800)        # 800 empty quotes listed before the long one: recursed before
    statuses = attribution(read_bytes("story.md", text.encode()))
    assert len(statuses) == 801
    assert all(s.like is statuses[0] for s in statuses[1:800])
    assert statuses[-1].like is None and statuses[-1].direct and not statuses[-1].attributed
    assert _unattributed(text) == [(3, 17 + 3 * 800 + 4, LONG)]


def test_a_short_run_of_listed_quotes_keeps_its_finding():
    # the nearest case, which never recursed: the same finding
    assert _unattributed(_story(3)) == [(3, 17 + 3 * 3 + 4, LONG)]


def test_every_quote_of_a_list_shares_its_first_quotes_status():
    text = ('# Hed\n\nVoters rejected the so-called "tax and spend for all", "borrow and spend for all" '
            'and "cut and spend for all" plans.\n')
    first, second, third = attribution(read_bytes("story.md", text.encode()))
    assert first.like is None and second.like is first and third.like is first
    assert first.direct is second.direct is third.direct
