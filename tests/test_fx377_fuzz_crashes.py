"""Two internal errors fuzzing found (qa239 #5), fixed at their cause.

An HTML element that is an embedded post and a block of its own
(`<h1 class="tiktok-embed">`, `<p class="twitter-tweet">`) was given two
collectors: the post's (`_html_opens._read_as`) and its tag's
(`_open_part`). A `<p>` inside ended one and left the element among the
owners with none, so the end of input crashed (`'NoneType' object has no
attribute 'h1'`); closed normally, it left a second copy of its part. Synthetic input only.
"""
from __future__ import annotations

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
