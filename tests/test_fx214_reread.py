"""Fixes for qa126's faults in fx208's reader and sentence-end changes,
beyond the cases `test_qa126_regressions` holds.

#1: an element whose text no reader sees (`<script>`, `<style>`,
`<textarea>`, ... : `_html_tags.SKIP`) left open in a Markdown list item's
raw HTML ends with the item (`_md_html.MaskedExtractor.feed_item`), so the
next top-level HTML block is read.
#2, #3, #4, #6: an inline svg in a figure is a chart by the width it is
drawn at (`_html_looks.drawn_width`: an explicit size decides, else the
viewBox), never when no reader sees it; one that draws a photo makes its
figure a photo's, whose caption needs a credit.
#5: a sentence ending in an ellipsis or a closing bracket ends a quote's
frame (`sentence_ends.STOP_CLOSED`), while a soft wrap alone still ends none.
Synthetic input only."""
from __future__ import annotations

import pytest
import regex

from lint import lint_text
from lint.analysis.sentence_ends import STOP_AT_LINE_END, STOP_CLOSED
from lint.readers._html_looks import drawn_width
from test_qa126_regressions import _PAGE, _read


def _parts(src: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.attrs.get("block")) for p in _read("story.md", src).parts]


@pytest.mark.parametrize("tag", ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                                 "noscript", "template", "select", "object", "svg", "math"])
def test_an_element_left_open_on_its_own_line_in_an_item_ends_with_the_item(tag):
    src = (f"Intro paragraph of the story.\n\n- <{tag}>\n  var a = 1;\n- Plain item.\n\n"
           "<p>Top level html after the list.</p>\n\nMarkdown after the list.\n")
    assert _parts(src)[1:] == [("Plain item.", "li"), ("Top level html after the list.", None),
                               ("Markdown after the list.", None)]


def test_an_item_closing_its_script_reads_on_as_before():
    src = ("- <script>var a = 1;</script>\n- <p>Second item.</p>\n\n"
           "<p>Top level html after the list.</p>\n")
    assert _parts(src) == [("Second item.", "li"), ("Top level html after the list.", None)]


def test_a_textarea_left_open_in_an_item_hides_only_the_items_html():
    src = ("- <textarea>\n  Typed text.\n- <p>Second item.</p>\n\n<p>Top level html after the list.</p>\n")
    doc = _read("story.md", src)
    assert [(p.text, p.attrs.get("block")) for p in doc.parts] == [
        ("Second item.", "li"), ("Top level html after the list.", None)]
    [notice] = [n for n in doc.notices if n.rule == "file.html"]
    assert notice.offset == src.index("<textarea>") and "rest of the HTML block" in notice.message


def test_a_script_open_before_the_list_still_hides_the_items():
    # an element left open by an earlier top-level block is not the item's to end
    src = "<template>\n\n- <p>Hidden item.</p>\n\n<p>Still in the template.</p>\n"
    assert _parts(src) == []


# --- svg in a figure ---------------------------------------------------------

@pytest.mark.parametrize("attrs, width", [
    ({"width": "24", "viewbox": "0 0 512 512"}, 24.0),
    ({"width": "1em", "viewbox": "0 0 512 512"}, 16.0),
    ({"style": "width: 640.5px", "width": "24"}, 640.5),
    ({"height": "300", "viewbox": "0 0 600 400"}, 450.0),
    ({"width": "100%", "viewbox": "0 0 6e2 4e2"}, 600.0),
    ({"viewbox": "0,0,600,400"}, 600.0),
    ({"width": "100%"}, None),
    ({}, None),
])
def test_an_svg_is_drawn_as_wide_as_its_explicit_size_says(attrs, width):
    assert drawn_width(attrs) == width


# (an svg no reader sees is no chart: test_svg_look)


_CAPTION = "<figcaption>A man wades through the flood on Monday.</figcaption></figure>"


def _caption_and_rules(fig: str) -> tuple[list, set[str]]:
    page = _PAGE.format(fig + _CAPTION)
    caps = [p.attrs.get("chart", False) for p in _read("story.html", page).parts if p.kind == "caption"]
    return caps, {d.rule for d in lint_text(page, "story.html") if d.rule.startswith("captions.")}


def test_a_photo_in_an_svgs_foreign_object_needs_a_credit():
    fig = ('<figure><svg viewBox="0 0 600 400"><foreignObject width="600" height="400">'
           '<img src="flood.jpg" alt="Flood"></foreignObject></svg>')
    assert _caption_and_rules(fig) == ([False], {"captions.missing-credit"})


@pytest.mark.parametrize("fig, chart", [
    ('<figure><svg width="24" height="24"><image href="share.png"/></svg>', []),       # an icon's badge
    ('<figure><svg viewBox="0 0 600 400"><image href="dot.png" width="20" height="20"/></svg>', [True]),  # a marker
    ('<figure><svg style="display:none" viewBox="0 0 600 400"><image href="flood.jpg"/></svg>', []),
    ('<figure><template><svg viewBox="0 0 600 400"><image href="flood.jpg"/></svg></template>', []),
])
def test_a_picture_no_reader_sees_in_an_svg_makes_no_photo(fig, chart):
    assert _caption_and_rules(fig) == (chart, set())


def test_a_chart_beside_an_icon_is_still_a_chart():
    fig = '<figure><svg width="16" viewBox="0 0 512 512"><path/></svg><svg width="640.5"><rect/></svg>'
    assert _caption_and_rules(fig) == ([True], set())


# --- a quote's frame -----------------------------------------------------------

def _unsupported(body: str) -> list[tuple[int, int]]:
    text = '---\ntitle: "Senator answers critics with 3 words"\ndate: 2026-11-30\n---\n\n' + body
    return [(d.line, d.column) for d in lint_text(text, "story.md") if d.rule == "titles.headline-unsupported"]


@pytest.mark.parametrize("stop", ["\u2026", ".]", "?]", "\u2026\u201d"])
def test_a_sentence_ending_in_an_ellipsis_or_bracket_at_a_line_end_ends_the_frame(stop):
    # (not before a space inside the line: "Critics of the bill … called it", qa130 #1)
    body = f"Critics called the bill a failure{stop}\n\u201cA total disaster,\u201d the senator wrote on Monday.\n"
    assert _unsupported(body) == []


def test_a_soft_wrap_without_a_stop_still_ends_no_frame():
    body = "Critics called the bill\n\u201ca total disaster.\u201d The senator did not respond and left.\n"
    assert _unsupported(body) == [(2, 38)]


@pytest.mark.parametrize("text, end", [("failure\u2026\nThen", "failure\u2026"), ("[sic.]\r\nThen", "[sic.]"),
                                       ("failure\u2026 \nThen", "failure\u2026"),
                                       ("failure\u2026 Then", None), ("the [U.S.] Army", None), ("a\u2026b", None)])
def test_a_stop_at_a_line_end_takes_an_ellipsis_and_a_closing_bracket(text, end):
    m = regex.search(STOP_AT_LINE_END, text)
    assert (text[:m.end()] if m else None) == end


@pytest.mark.parametrize("text, end", [("Gov. to", "Gov."), ("failure\u2026 Then", None), ("[sic.] Then", None)])
def test_a_stop_inside_a_line_is_no_ellipsis_or_bracket(text, end):
    m = regex.search(rf"{STOP_CLOSED}(?=\s)", text)
    assert (text[:m.end()] if m else None) == end
