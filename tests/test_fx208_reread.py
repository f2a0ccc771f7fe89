"""Faults the rr39a re-read found (its items 1 and 2), each with the case
that shows it.

#1: a headline's count of words (`answers critics with 3 words`) must not
be supported by another speaker's quote when a soft line wrap stands just
before the quote: the wrap is inside the paragraph and ends no sentence, so
the quote's frame still names `Critics` (`title_unsupported._quote_frames`).
#2: at a MathML text integration point (`<mi>` etc.), `<mglyph>` and
`<malignmark>` stay MathML (WHATWG HTML 13.2.6, the tree construction
dispatcher) and are one element each: after their end tag, markup inside
the `<mi>` is HTML again (`_html_foreign.Spaces.start`).
#11: the shapes of a sentence's end that readers and checks share
(`lint.analysis.sentence_ends`), each as its users read it.
Synthetic input only, under tmp_path."""
from __future__ import annotations

import json

import pytest
import regex

from lint.analysis.sentence_ends import (LINE_ENDS_AT_STOP, LINE_ENDS_SENTENCE, MARKDOWN_LINE_ENDS_AT_STOP,
                                         PARAGRAPH_BREAK, SOFT_WRAP)
from lint.readers import read_bytes
from lint.readers._html_foreign import Spaces


def _headline_findings(run_cli, tmp_path, body: str) -> list[tuple[int, int]]:
    text = '---\ntitle: "Senator answers critics with 3 words"\ndate: 2026-11-30\n---\n\n' + body
    (tmp_path / "story.md").write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    return [(f["line"], f["column"]) for f in json.loads(result.stdout)
            if f["rule"] == "titles.headline-unsupported"]


@pytest.mark.parametrize("wrap", [" ", "\n", "\r\n", "\n   "])
def test_another_speakers_quote_after_a_soft_wrap_supports_no_count(run_cli, tmp_path, wrap):
    body = f"Critics called the bill{wrap}“a total disaster.” The senator did not respond and left the hall.\n"
    assert _headline_findings(run_cli, tmp_path, body) == [(2, 38)]


def test_a_quote_after_a_blank_line_is_framed_by_its_own_paragraph(run_cli, tmp_path):
    """Control: a paragraph break does end the frame, so `Critics` of the
    paragraph before names nobody in the quote's, which then supports the count."""
    body = ("Critics called the bill a disaster and asked for a vote.\n\n"
            "“Not this time,” she wrote, and left the hall after the vote.\n")
    assert _headline_findings(run_cli, tmp_path, body) == []


def _fed(*tags: tuple[str, int]) -> Spaces:
    spaces = Spaces()
    for tag, offset in tags:
        spaces.start(tag, [], offset)
    return spaces


@pytest.mark.parametrize("tag", ["mglyph", "malignmark"])
def test_math_glyph_at_a_text_point_is_pushed_once(tag):
    spaces = _fed(("math", 0), ("mi", 6), (tag, 10))
    assert spaces.open == [("math", "math", 0), ("mi", "html", 6), (tag, "math", 10)]
    assert spaces.space == "math"
    assert spaces.end(tag) == []
    assert spaces.open == [("math", "math", 0), ("mi", "html", 6)]
    assert spaces.space == "html"


def test_html_after_a_closed_glyph_is_no_breakout():
    """After `<mglyph/>` (its start, then its end) a `<b>` inside the `<mi>`
    is HTML's: it ends no foreign element and is not read as foreign."""
    spaces = _fed(("math", 0), ("mi", 6))
    spaces.start("mglyph", [], 10)
    spaces.end("mglyph")
    assert spaces.start("b", [], 19) == ([], False)


LEAD = "<h1>Plan wins</h1><p>The council voted on Tuesday.</p>"


@pytest.mark.parametrize("math", [
    "<math><mi><mglyph/></mi></math>",
    "<math><mi><mglyph></mglyph></mi></math>",
    "<math><mi><malignmark/>x</mi><mo>+</mo></math>",
    "<math><mi><mglyph/><b>y</b></mi></math>",
])
def test_story_after_a_glyph_in_math_is_read(math):
    src = LEAD + f"<p>The area {math} grew.</p><section>Budget passes.</section>"
    texts = [p.text for p in read_bytes("story.html", src.encode()).parts]
    assert texts[-1] == "Budget passes."
    assert texts[-2].startswith("The area ") and texts[-2].endswith(" grew.")


# rr39a #11: the shared shapes of a sentence's end (`lint.analysis.sentence_ends`).
@pytest.mark.parametrize("line, ends, at_stop", [
    ("After TK.", True, True),
    ("“We won.”  ", True, True),
    ("He said: 'We will win.'", True, True),
    ("(See the table.)", True, True),
    ("More from the trip…", True, False),
    ("Subscribe now", False, False),
    ("The vote. Then", False, False),
])
def test_a_line_ends_as_a_sentence(line, ends, at_stop):
    assert (LINE_ENDS_SENTENCE.search(line) is not None, LINE_ENDS_AT_STOP.search(line) is not None) == (ends, at_stop)


def test_markdown_emphasis_closes_a_line():
    assert MARKDOWN_LINE_ENDS_AT_STOP.search("*In Lima.*") and not LINE_ENDS_AT_STOP.search("*In Lima.*")
    assert not MARKDOWN_LINE_ENDS_AT_STOP.search("*Editor's picks*")


@pytest.mark.parametrize("text, paragraph", [
    ("a\nb", False), ("a\r\nb", False), ("a\rb", False), ("a\n   b", False),
    ("a\n\nb", True), ("a\r\n\r\nb", True), ("a\r\rb", True), ("a\n \t\nb", True),
])
def test_a_line_break_is_a_soft_wrap_or_a_paragraphs_end(text, paragraph):
    assert (regex.search(PARAGRAPH_BREAK, text) is not None) == paragraph
    assert (regex.match(SOFT_WRAP, text, pos=1) is not None) == (not paragraph)


# Backlog reader gaps: a Markdown list item's raw HTML, a figure's inline svg chart.
MD_HEAD = "---\ntitle: Plan wins\ndate: 2026-11-30\n---\n\nThe council voted on Tuesday to approve the plan.\n\n"


def _parts(name: str, src: str):
    doc = read_bytes(name, src.encode())
    return [(p.kind, p.text, p.attrs.get("block"), src[p.source_offset(0):p.source_offset(len(p.text) - 1) + 1])
            for p in doc.parts if p.kind in ("paragraph", "caption", "blockquote")]


def test_a_list_items_raw_html_is_read_as_the_item():
    src = MD_HEAD + ("- <p>Item text here.</p>\n- Plain item.\n- <p>Second <em>html</em> item.</p>\n"
                     "- <p>Left open\n  over a wrap.\n\nClosing paragraph.\n")
    assert _parts("story.md", src)[1:] == [
        ("paragraph", "Item text here.", "li", "Item text here."),
        ("paragraph", "Plain item.", "li", "Plain item."),
        ("paragraph", "Second html item.", "li", "Second <em>html</em> item."),
        ("paragraph", "Left open\nover a wrap.", "li", "Left open\n  over a wrap."),    # the indent is no text
        ("paragraph", "Closing paragraph.", None, "Closing paragraph."),              # after it, in order
    ]


def test_a_finding_in_a_list_items_raw_html_is_placed_and_can_be_suppressed(run_cli, tmp_path):
    body = ("- <p>The vote was held on Monday, Dec. 1, 2026 in the hall.</p>\n"
            "- <p>The vote was held on Monday, Dec. 1, 2026 again. <!-- newslint-disable-line --></p>\n")
    (tmp_path / "story.md").write_text(MD_HEAD + body, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    found = [(f["line"], f["column"]) for f in json.loads(result.stdout) if f["rule"] == "dates.weekday-mismatch"]
    assert found == [(8, 27)]


def test_raw_html_in_a_quote_stays_markup():
    """Control: only a list item's own HTML is read; a `>` quote's is markup, as before."""
    assert [t for _, t, _, _ in _parts("story.md", MD_HEAD + "> <p>Quoted html para.</p>\n")] == \
        ["The council voted on Tuesday to approve the plan."]


PAGE = ("<html><body><article><h1>Plan wins</h1><p>The council voted on Tuesday to approve the plan "
        "after a long debate.</p>{}<p>Closing paragraph of the story here.</p></article></body></html>")


@pytest.mark.parametrize("svg", ['<svg viewBox="0 0 600 400" role="img"><rect width="600" height="90"/></svg>',
                                 '<svg width="640" height="300"><g><text x="1">42</text></g></svg>',
                                 '<svg style="width:480px"><path d="M0 0h9"/></svg>'])
def test_a_figures_svg_chart_keeps_its_caption(svg):
    src = PAGE.format(f"<figure>{svg}<figcaption>Budget by year, in millions of dollars.</figcaption></figure>")
    doc = read_bytes("story.html", src.encode())
    caption = [p for p in doc.parts if p.kind == "caption"]
    assert [(p.text, p.attrs.get("chart")) for p in caption] == [("Budget by year, in millions of dollars.", True)]
    assert src[caption[0].source_offset(0):].startswith("Budget by year")


@pytest.mark.parametrize("svg", ['<svg viewBox="0 0 24 24"><path d="M0"/></svg>',
                                 '<svg viewBox="0 0 600 400" aria-hidden="true"><g/></svg>'])
def test_an_icon_in_a_figure_gives_no_caption(svg):
    """Control: an icon's svg (small, or hidden from readers) is no chart, so
    the figure is furniture as before."""
    src = PAGE.format(f"<figure>{svg}<figcaption>Share this story</figcaption></figure>")
    assert [p for p in read_bytes("story.html", src.encode()).parts if p.kind == "caption"] == []


def test_a_charts_caption_needs_no_photo_credit_but_keeps_its_other_checks(run_cli, tmp_path):
    chart = ('<figure><svg viewBox="0 0 600 400"><g/></svg><figcaption>Budget by year (in millions.'
             '</figcaption></figure><figure><img src="a.jpg" alt="Mayor"><figcaption>The mayor speaks '
             'on Monday.</figcaption></figure>')
    (tmp_path / "story.html").write_text(PAGE.format(chart), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.html", cwd=tmp_path)
    rules = sorted((f["rule"], f["column"]) for f in json.loads(result.stdout) if f["rule"].startswith("captions."))
    text = PAGE.format(chart)
    assert rules == [("captions.missing-credit", text.index("The mayor speaks") + 1),
                     ("captions.unbalanced", text.index("(in millions") + 1)]
