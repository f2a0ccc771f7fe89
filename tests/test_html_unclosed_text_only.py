"""A text-only element left open (fx171): since fx169 `<title>`, `<textarea>`,
`<iframe>`, `<noembed>`, `<noframes>`, `<noscript>` and `<xmp>` are read as a
browser reads them, as text up to their first own end tag, so a stray one
never closed holds the rest of the page (or of a Markdown HTML block) as
its text. That reading stays; one `file.html` warning at its start tag says
so, where before nothing did. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

TEXT_ONLY = ("title", "textarea", "iframe", "noembed", "noframes", "noscript", "xmp")


def _said(path: str, text: str) -> list[tuple[tuple[int, int], str]]:
    doc = read_bytes(path, text.encode("utf-8"))
    return [(doc.lines.position(n.offset), n.message) for n in doc.notices if n.rule == "file.html"]


@pytest.mark.parametrize("tag", TEXT_ONLY)
def test_a_text_only_element_left_open_in_a_fragment_is_said_at_its_start_tag(tag):
    said = _said("story.html", f"<p>The council voted.</p>\n<p>Then <{tag}>\n<p>The the rest.</p>\n")
    assert said == [((2, 9), f"<{tag}> is never closed: the rest of the page is read as its "
                              f"text (as a browser reads it), so it is not linted; close it "
                              f"with </{tag}>")], said


def test_a_textarea_left_open_on_a_page_is_said_once():
    page = ("<!doctype html>\n<html><head><title>Vote held</title>\n"
            "<script src=a.js></script></head>\n<body><nav>Home</nav>\n"
            "<article><h1>Vote held</h1>\n"
            "<p>The council voted on Monday to approve the budget after a long debate.</p>\n"
            "<p>Then <textarea name=c>\n"
            "<p>The rest of the story is here and long enough to read.</p>\n"
            "</article></body></html>\n")
    said = _said("page.html", page)
    assert [at for at, _ in said] == [(7, 9)], said


def test_a_textarea_left_open_in_a_markdown_html_block_is_said_there():
    text = ("---\ntitle: Vote\n---\n\nThe vote was held.\n\n<div>\n  <textarea>\n"
            "<p>The the rest.</p>\n</div>\n\nThe after.\n")
    said = _said("story.md", text)
    assert said == [((8, 3), "<textarea> is never closed: the rest of the HTML block is read as "
                             "its text (as a browser reads it), so it is not linted; close it "
                             "with </textarea>")], said


@pytest.mark.parametrize("text", [
    "<p>A <title>stray</title> then the rest.</p>\n",          # closed: nothing to say
    "<p>A <textarea>  \n\n",                                   # open, but nothing after it
    "<p>A</p><script>var a = 1;\n<p>The rest.</p>\n",          # script: html.parser always so
], ids=["closed", "blank-after", "script"])
def test_control_nothing_is_said(text):
    assert _said("story.html", text) == []
