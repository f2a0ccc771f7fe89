"""A title part cut to its headline (`_html_title.carve_suffix`: a site
name cut from its end or start, a section after it) keeps the inline marks
over the kept words only, rebased to the cut part's start
(`_stitch.marks_within`, as WXR paragraphs and the Markdown preamble do).
They were copied unmoved, so Vale's `emphasis`, `strong` and `link` scopes
(`lint.vale.scope.build`) read other words than the marked ones, or past
the part's end.

No HTML `<title>` holds markup today (it is RCDATA: `<em>` there is its
text), so the cut titles are built as a reader that marks them would build
them (`_stitch.Builder`); the page guard below keeps `<title>`'s reading."""
from __future__ import annotations

import pytest

from lint.document import Document
from lint.readers._html_title import carve_suffix
from lint.readers._stitch import Builder
from lint.vale.scope import build
from test_html_pages import HEADLINE, page, read

SITES = {"islandcourier"}


def _titled(pieces: list[tuple[str, str | None]]) -> tuple[Document, object, str]:
    """A document whose source is `<title>` round `pieces` ((text, mark kind
    or None), a marked piece written `<kind>text</kind>`), and its title
    part with the marks a reader would give it."""
    src, b = "<title>", Builder()
    for text, kind in pieces:
        if kind:
            src += f"<{kind}>"
            b.open_inline(kind)
        b.add(text, len(src))
        src += text
        if kind:
            b.close_inline(kind)
            src += f"</{kind}>"
    src += "</title>"
    doc = Document("page.html", src, "html")
    part = doc.add(b.part("title", name="html title"))
    return doc, part, src


def _marked(part, src: str) -> list[tuple[str, str, str]]:
    """(kind, marked text, the source there) of each of the part's marks."""
    out = []
    for kind, s, e in part.attrs.get("inline", ()):
        start, end = part.source_span(s, e)
        out.append((kind, part.text[s:e], src[start:end]))
    return out


def _vale_inline(doc: Document) -> list[tuple[str, str]]:
    """(scope, text) of each inline block Vale's scopes see."""
    return [(next(iter(b.sections - {"html"})), b.text) for b in build(doc)
            if b.sections & {"emphasis", "strong", "link"}]


@pytest.mark.parametrize("pieces, kept, marks", [
    # the site name cut from the start: the mark was left 21 characters on
    ([("The Island Courier | Harbour Board ", None), ("replaces", "emphasis"),
      (" two island ferries", None)],
     HEADLINE, [("emphasis", "replaces")]),
    # a section after the site prefix cut too
    ([("The Island Courier | News | Harbour Board ", None), ("replaces", "strong"),
      (" two island ferries", None)],
     HEADLINE, [("strong", "replaces")]),
    # the site cut from the end: a mark over it goes with it (it lay past the part's end)
    ([("Harbour Board replaces ", None), ("two", "emphasis"), (" island ferries | The ", None),
      ("Island Courier", "link")],
     HEADLINE, [("emphasis", "two")]),
    # a mark across the cut keeps its kept words only
    ([("Harbour Board replaces two island ", None), ("ferries | The Island", "emphasis"),
      (" Courier", None)],
     HEADLINE, [("emphasis", "ferries")]),
])
def test_a_cut_title_keeps_its_marks_over_its_own_words(pieces, kept, marks):
    doc, part, src = _titled(pieces)
    core = carve_suffix(doc, part, SITES)
    assert core.text == kept and core.attrs["site"] == "The Island Courier"
    assert doc.parts == [core]
    # each mark covers the words it marks, in the text and in the source
    assert _marked(core, src) == [(k, t, t) for k, t in marks]
    assert _vale_inline(doc) == marks


def test_a_code_mark_at_the_cut_title_s_start_stays_there():
    # a code span leaves no text of its own: kept at either end of the slice
    doc, part, src = _titled([("The Island Courier | ", None), ("", "code"),
                              ("Harbour Board replaces two island ferries", None)])
    core = carve_suffix(doc, part, SITES)
    assert core.text == HEADLINE
    assert core.attrs["inline"] == [("code", 0, 0)]


def test_a_title_with_nothing_cut_keeps_its_part_and_marks():
    doc, part, src = _titled([("Harbour Board ", None), ("replaces", "emphasis"),
                              (" two island ferries", None)])
    assert carve_suffix(doc, part, SITES) is part
    assert _marked(part, src) == [("emphasis", "replaces", "replaces")]
    assert _vale_inline(doc) == [("emphasis", "replaces")]


def test_a_cut_title_with_no_marks_gets_none():
    doc, part, src = _titled([("The Island Courier | " + HEADLINE, None)])
    core = carve_suffix(doc, part, SITES)
    assert core.text == HEADLINE and "inline" not in core.attrs
    start, end = core.source_span(0, len(core.text))
    assert src[start:end] == HEADLINE


def test_a_page_title_s_tags_stay_its_text():
    # `<title>` is RCDATA (HTML 13.2.5.2): `<em>` there is text, never a mark
    title = "The Island Courier | Harbour Board <em>replaces</em> two island ferries"
    src = page(title=title)
    part = next(p for p in read(src).parts if p.name == "html title")
    assert part.text == "Harbour Board <em>replaces</em> two island ferries"
    assert "inline" not in part.attrs
    start, end = part.source_span(0, len(part.text))
    assert src[start:end] == part.text
