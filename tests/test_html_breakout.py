"""Breakout tags in inline svg/math (WHATWG HTML 13.2.6.5, `_html_foreign`):
a `<p>`, `<div>`, `<b>`, a `<font>` with color, face or size, or a `</p>`
in foreign content pops the foreign elements up to the nearest HTML
integration point, so the story after an unclosed `<svg>` is read; inside a
`<foreignObject>` or a MathML `<mi>` a `<p>` is HTML and no breakout. Also
a list item's paragraph (`<li><p>`, no block between) recorded as the item's text."""
from __future__ import annotations

import json
import time

import pytest

from lint.readers import read_bytes

LEAD = "<h1>Plan wins</h1><p>The council voted on Tuesday.</p>"


def _paragraphs(src: str, name: str = "story.html") -> list[str]:
    doc = read_bytes(name, src.encode())
    return [p.text for p in doc.parts if p.kind == "paragraph"]


@pytest.mark.parametrize("inside, shown", [
    ("<svg><circle r='1'/><p>Budget passes.</p>", True),
    ("<svg><g><div>Budget passes.</div>", True),
    ("<math><mrow><h2>Budget passes.</h2>", True),
    ("<svg><b>Budget passes.</b>", True),
    ("<svg><font color='red'>Budget passes.</font>", True),
    ("<svg><font SIZE=2>Budget passes.</font>", True),
    ("<svg><rect></p>Budget passes.", True),                  # an end tag </p> breaks out too
    ("<svg><svg><math><p>Budget passes.</p>", True),          # every foreign element pops
    ("<svg><font>Budget passes.</font>", False),              # a bare <font> is the graphic's
    ("<svg><a href='/x'>Budget passes.</a>", False),          # no breakout tag
    ("<svg><text>Budget passes.</text>", False),
    ("<svg><foreignObject><p>Budget passes.</p>", False),     # an HTML integration point
    ("<math><mi><p>Budget passes.</p>", False),               # a MathML text integration point
    ("<svg><foreignObject><svg><rect><p>Budget passes.</p>", False),   # pops the inner svg only
])
def test_a_breakout_tag_ends_the_foreign_content(inside, shown):
    doc = read_bytes("story.html", (LEAD + inside).encode())
    assert ("Budget passes." in [p.text for p in doc.parts]) is shown


def test_the_page_after_a_breakout_is_read_at_its_offsets():
    src = LEAD + "<svg viewBox='0 0 9 9'><circle r='1'/>\n<p>The budget is TK.</p><p>Next.</p>"
    doc = read_bytes("story.html", src.encode())
    [part] = [p for p in doc.parts if p.text == "The budget is TK."]
    assert part.source_offset(0) == src.index("The budget")
    assert [p.text for p in doc.parts if p.kind == "paragraph"][-1] == "Next."


def test_a_foreign_object_closed_in_place_leaves_the_story_read():
    src = LEAD + "<svg><foreignObject><p>Label.</p></foreignObject></svg><p>After.</p>"
    assert _paragraphs(src) == ["The council voted on Tuesday.", "After."]


MD_HEAD = "---\ntitle: \"Council passes budget\"\n---\n\nThe council voted on Tuesday.\n\n"


def test_a_markdown_paragraph_breaks_out_of_an_svg_block():
    # the paragraph's <p> ends the svg, so the figure block after it is the page's, not the graphic's
    text = MD_HEAD + "<svg viewBox=\"0 0 9 9\">\n<circle r=\"1\"/>\n\nStory para.\n\n" \
                     "<figure><img src=\"a.jpg\" alt=\"Council\"><figcaption>The vote.</figcaption></figure>\n"
    doc = read_bytes("story.md", text.encode())
    assert [(p.kind, p.text) for p in doc.parts][-3:] == [
        ("paragraph", "Story para."), ("alt", "Council"), ("caption", "The vote.")]


@pytest.mark.parametrize("opened, closed", [
    ("<svg viewBox=\"0 0 9 9\">\n<foreignObject>", "</foreignObject>\n</svg>"),
    ("<math>\n<mtext>", "</mtext>\n</math>"),
])
def test_markdown_in_a_split_html_point_is_the_graphics(opened, closed):
    text = MD_HEAD + f"{opened}\n\nLabel text.\n\n{closed}\n\nAfter.\n"
    assert _paragraphs(text, "story.md") == ["The council voted on Tuesday.", "After."]


def test_many_nested_foreign_elements_and_breakouts_are_read_in_linear_time():
    n = 20_000           # 0.3 MB; every <p> pops the svg and math before it
    start = time.process_time()
    paragraphs = _paragraphs(LEAD + "<svg><math><p>x" * n + "<svg>" * n + "<p>The budget is TK.</p>")
    spent = time.process_time() - start
    assert paragraphs[-1] == "The budget is TK." and len(paragraphs) == n + 2
    assert spent < 6, f"{spent:.1f} s of CPU"


@pytest.mark.parametrize("items, block", [
    ("<ol><li><p>cut waste,</p></li></ol>", "li"),
    ("<ul><li><a href='/w'><p>cut waste,</p></a></li></ul>", "li"),     # inline between: still the item's
    ("<ul><li>cut waste,</li></ul>", "li"),
    ("<div><p>cut waste,</p></div>", None),
    # the <li>'s <p> only when the <li> is its nearest block: a theme's or live blog's wrapper is no list
    ("<ul><li><div><p>cut waste,</p></div></li></ul>", None),
    ("<ul class='river'><li><article><h2>Ferries</h2><p>cut waste,</p></article></li></ul>", None),
    ("<ol class='live'><li class='entry'><section><p>cut waste,</p></section></li></ol>", None),
    ("<ul><li><div>Lead.</div><p>cut waste,</p></li></ul>", "li"),    # the <div> before it is closed
])
def test_a_list_items_paragraph_is_the_items_text(items, block):
    doc = read_bytes("story.html", (LEAD + items).encode())
    [part] = [p for p in doc.parts if p.text == "cut waste,"]
    assert part.attrs.get("block") == block


LIVE_BLOG = ("<html><head><title>Courier</title></head><body><main><h1>Harbour Board replaces two island ferries</h1>"
             "<ol class=\"live\"><li class=\"entry\"><div class=\"entry-body\">"
             "<p>The Harbour Board voted 6-1 on Tuesday to replace the two ferries that serve the island.</p>"
             "<p>Board chair Marta Quinn said the new boats would cut crossing times and run more often.</p>"
             "</div></li><li class=\"entry\"><div class=\"entry-body\">"
             "<p>The vote followed a long night of debate at the harbour office on the quay.</p>"
             "<p>Martha Quinn said the board would meet again in March to pick a builder.</p>"
             "</div></li></ol></main></body></html>")


def test_a_live_blogs_entries_are_story_paragraphs(tmp_path, run_cli):
    # each entry's <p>s sit in a <div> in the <li>: story paragraphs, not one roster of list items
    path = tmp_path / "live.html"
    path.write_text(LIVE_BLOG, encoding="utf-8")
    found = [(f["rule"], f["line"], f["column"])
             for f in json.loads(run_cli("check", "--no-cache", "--format", "json", path).stdout)]
    assert ("names.given-name-variant", 1, LIVE_BLOG.index("Martha") + 1) in found
