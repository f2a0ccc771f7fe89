"""qa145: faults found on fx230 (Markdown embedded posts' signature tail,
Vale comments read from the comment's own opener). Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from story_helpers import HEAD

POST = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">We won the vote.</p>\n\n'
        '&mdash; Jane Doe (@jane) <a href="https://twitter.com/jane/status/1">May 1, 2024</a></blockquote>'
        ' <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


@pytest.mark.parametrize("gap", [" ", "  \n", "\n"])
def test_markdown_image_after_the_signature_stays_a_picture(gap):
    src = HEAD + POST + gap + "![](https://example.com/photo.jpg)\n\nThe mayor spoke later.\n"
    doc = read_bytes("story.md", src.encode("utf-8"))
    texts = [p.text for p in doc.parts]
    assert not any("![](" in t for t in texts), texts
    assert any(p.kind == "alt" for p in doc.parts), [(p.kind, p.text) for p in doc.parts]
    assert texts[-1] == "The mayor spoke later."


# the lead's re-read (rr41a #1): the fix for #1 read a line break after the end
# tag as story, so a raw tag on the next line of the same paragraph kept the
# post open and its signature became story text; a line break is no story
@pytest.mark.parametrize("after", ['<span class="embed-end"></span>', "<br>", "<!-- end -->"])
def test_a_raw_tag_on_the_line_after_the_signature_still_closes_the_post(after):
    src = HEAD + POST.split(" <script")[0] + "\n" + after + "\n\nThe mayor spoke later.\n"
    doc = read_bytes("story.md", src.encode("utf-8"))
    kinds = [(p.kind, p.text) for p in doc.parts]
    assert not doc.notices, doc.notices
    assert ("paragraph", "The mayor spoke later.") in kinds, kinds
    assert not any(k == "paragraph" and "Jane Doe" in t for k, t in kinds), kinds


@pytest.mark.parametrize("before", ["<!-->", "<!--->", "<!-- draft --!>"])
def test_a_vale_comment_after_an_empty_or_bang_closed_comment_is_read(before):
    from lint.suppress import find_directives
    src = before + " <!-- vale off -->"
    assert [(d.action, d.offset) for d in find_directives(src)] == [("disable", src.rindex("<!--"))]


def test_vale_off_after_an_empty_comment_hides_findings_in_html():
    src = ('<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>'
           '<p>The council met on Tuesday.</p><!--> <!-- vale off --><p>The council met on the the Tuesday.</p>'
           '<!-- vale on --></article></body></html>\n')
    doc = read_bytes("story.html", src.encode("utf-8"))
    assert [s.action for s in doc.suppressions if s.vale] == ["disable", "enable"]
