"""Fixes for qa126's faults in fx208's reader and sentence-end changes,
beyond the cases `test_qa126_regressions` holds.

#1: an element whose text no reader sees (`<script>`, `<style>`,
`<textarea>`, ... : `_html_tags.SKIP`) left open in a Markdown list item's
raw HTML ends with the item (`_md_html.MaskedExtractor.feed_item`), so the
next top-level HTML block is read.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes


def _parts(src: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.attrs.get("block")) for p in read_bytes("story.md", src.encode("utf-8")).parts]


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
    doc = read_bytes("story.md", src.encode("utf-8"))
    assert [(p.text, p.attrs.get("block")) for p in doc.parts] == [
        ("Second item.", "li"), ("Top level html after the list.", None)]
    [notice] = [n for n in doc.notices if n.rule == "file.html"]
    assert notice.offset == src.index("<textarea>") and "rest of the HTML block" in notice.message


def test_a_script_open_before_the_list_still_hides_the_items():
    # an element left open by an earlier top-level block is not the item's to end
    src = "<template>\n\n- <p>Hidden item.</p>\n\n<p>Still in the template.</p>\n"
    assert _parts(src) == []
