"""A post's signature paragraph (a blank line cut it off from its embed
code) closes the post even with tags or a comment after its `</blockquote>`
(the platform's `<script>`, a cell's or div's end tags: qa141 #1), while
words after the end tag, in a tag or not, are still the writer's story.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from story_helpers import HEAD

POST = '<blockquote class="twitter-tweet"><p>We won.</p>\n\nThanks. &mdash; Jane (@jane) May 1, 2024</blockquote>'


def _kinds(tail: str) -> tuple[dict, list]:
    doc = read_bytes("story.md", (HEAD + POST + tail + "\n\nAfter text.\n").encode("utf-8"))
    return {p.text: p.kind for p in doc.parts}, [n.message for n in doc.notices if n.rule == "file.html"]


@pytest.mark.parametrize("tail", [' <script async src="https://platform.twitter.com/widgets.js"></script>',
                                  " <!-- end -->", "<span></span>"])
def test_tags_after_the_end_tag_leave_the_signature_in_the_post(tail):
    kinds, notices = _kinds(tail)
    assert kinds["Thanks. \u2014 Jane (@jane) May 1, 2024"] == "embed" and kinds["After text."] == "paragraph"
    assert notices == []


@pytest.mark.parametrize("tail", [" <em>The mayor spoke later.</em>", " The mayor spoke later."])
def test_control_words_after_the_end_tag_are_story(tail):
    kinds, _ = _kinds(tail)
    assert "embed" not in {k for t, k in kinds.items() if "The mayor spoke later." in t}
    assert any("The mayor spoke later." in t for t in kinds), kinds


@pytest.mark.parametrize("tail", [" [](https://example.com/x)", "\n[](https://example.com/x)",
                                  " <script></script>  \n![](https://example.com/p.jpg)"])
def test_wordless_markdown_after_the_end_tag_is_story(tail):
    # an empty link or image, or a line break, has no text but is Markdown of
    # the story's: read as Markdown, in order, never fed to the HTML reader (qa145 #1)
    doc = read_bytes("story.md", (HEAD + POST + tail + "\n\nAfter text.\n").encode("utf-8"))
    texts = [p.text for p in doc.parts]
    assert not any("](" in t for t in texts) and texts[-1] == "After text.", texts
    assert ("p.jpg" not in tail) or any(p.kind == "alt" for p in doc.parts), texts
