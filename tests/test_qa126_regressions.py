"""qa126: faults found in fx208's changes on lead40 (a Markdown list item's
raw HTML read as the item; an inline-svg chart's figcaption; the shared
sentence-end shapes). Each test asserts the right behaviour; all were
strict xfails and are guards now, fixed by fx214. Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes


def _read(name: str, src: str):
    return read_bytes(name, src.encode("utf-8"))


# --- 1. a list item's raw HTML -------------------------------------------

@pytest.mark.parametrize("tag", ["script", "style"])
def test_a_raw_text_element_left_open_in_a_list_item_ends_with_the_item(tag):
    src = (f"Intro paragraph of the story.\n\n- <{tag}>var a = 1;\n- Plain item.\n\n"
           "<p>Top level html after the list.</p>\n\nMarkdown after the list.\n")
    texts = [p.text for p in _read("story.md", src).parts]
    assert "Top level html after the list." in texts
    assert texts[-1] == "Markdown after the list."


# --- 2. an inline svg in a figure ----------------------------------------

_PAGE = ("<html><head><title>Rain story</title></head><body><article><h1>Rain story</h1>"
         "<p>The city recorded heavy rain this spring, officials said on Monday.</p>{}"
         "<p>More rain is expected next week, forecasters said.</p></article></body></html>")


@pytest.mark.parametrize("fig, rule", [
    ('<figure class="share"><svg width="24" height="24" viewBox="0 0 512 512"><path d="M0 0"/></svg>'
     '<figcaption>Share (opens in a new window</figcaption></figure>', "captions.unbalanced"),
    ('<figure class="share"><svg class="icon" width="16" height="16" viewBox="0 0 448 512"><path d="M0 0"/></svg>'
     '<figcaption>IMG_4471.JPG</figcaption></figure>', "captions.filename"),
])
def test_an_icon_drawn_small_from_a_large_viewbox_is_no_chart(fig, rule):
    page = _PAGE.format(fig)
    assert not [p for p in _read("story.html", page).parts if p.kind == "caption"]
    assert rule not in {d.rule for d in lint_text(page, "story.html")}


@pytest.mark.parametrize("graphic", [
    '<image href="flood.jpg" width="600" height="400"/>',
    '<image xlink:href="flood.jpg" width="600" height="400"/>',
])
def test_a_photo_drawn_in_an_svg_still_needs_a_credit(graphic):
    page = _PAGE.format(f'<figure><svg viewBox="0 0 600 400">{graphic}</svg>'
                        '<figcaption>A man wades through the flood on Monday.</figcaption></figure>')
    assert "captions.missing-credit" in {d.rule for d in lint_text(page, "story.html")}


def test_a_photo_drawn_in_an_svg_in_markdown_still_needs_a_credit():
    text = ("---\ntitle: Rain floods the valley\ndate: 2026-11-30\n---\n\n"
            "The valley flooded after heavy rain on Monday, officials said.\n\n"
            '<figure><svg viewBox="0 0 600 400"><image href="flood.jpg" width="600" height="400"/></svg>'
            "<figcaption>A man wades through the flood on Monday.</figcaption></figure>\n\n"
            "More rain is expected next week.\n")
    [d] = [d for d in lint_text(text, "story.md") if d.rule == "captions.missing-credit"]
    assert (d.line, d.column) == (8, 104)


@pytest.mark.parametrize("svg", ['<svg width="640.5">', '<svg viewBox="0 0 6e2 4e2">'])
def test_a_chart_sized_by_a_decimal_or_exponent_keeps_its_caption(svg):
    page = _PAGE.format(f'<figure>{svg}<rect/></svg><figcaption>Rainfall since March, in inches.</figcaption>'
                        '</figure>')
    assert [(p.text, p.attrs.get("chart")) for p in _read("story.html", page).parts if p.kind == "caption"] == [
        ("Rainfall since March, in inches.", True)]


# --- 3. a quote's frame (title_unsupported) ------------------------------

@pytest.mark.parametrize("stop", ["\u2026", ".]"])
@pytest.mark.parametrize("wrap", ["\n", "\r\n", "\r"])
def test_a_sentence_ending_in_an_ellipsis_or_bracket_before_a_wrap_ends_the_frame(stop, wrap):
    body = (f"Critics called the bill a failure{stop}{wrap}\u201cA total disaster,\u201d the senator wrote "
            "in a statement on Monday.\n")
    text = '---\ntitle: "Senator answers critics with 3 words"\ndate: 2026-11-30\n---\n\n' + body
    assert [d for d in lint_text(text, "story.md") if d.rule == "titles.headline-unsupported"] == []
