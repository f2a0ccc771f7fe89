"""What opens a Markdown body under a front-matter title, for the Markdown
reader (`markdown._Body`): an H1 there, written `# ...` or as a raw HTML
`<h1>` block, is a title field named `H1` (qa334 #2, qa344 #3)."""
from __future__ import annotations

from ._text_fields import BYLINE

# The parts of an HTML block that are the story's text: one above an H1 makes it a section's.
_STORY = frozenset({"paragraph", "blockquote", "heading", "headline"})


def opening_h1(parts: list, opening: bool) -> bool:
    """Name `H1` the heading an HTML `<h1>` gave when it is the first story
    text of `parts` (those one raw HTML block added, in source order) and the
    block `opening` the body (no Markdown paragraph or heading above it, not
    in a quote or list item). Whether an H1 may still open the body after
    the block: not once it gave story text, a heading as after a `#`
    heading, or a paragraph (`<p>Walking to class ...</p>` over `<h1>About
    the Data</h1>` is a section's; a byline, `<p>By Dana Smith</p>` as a
    Markdown `By ...` line, a dek or a caption is no story text)."""
    story = next((p for p in parts if p.kind in _STORY and p.text and not _byline(p)), None)
    if opening and story is not None and story.kind == "heading" and story.attrs.get("block") == "h1":
        story.name = "H1"
    return story is None


def _byline(part) -> bool:
    """Whether an HTML paragraph is only a `By ...` line (`_text_fields.BYLINE`)."""
    return part.kind == "paragraph" and len(part.text) <= 100 and bool(BYLINE.match(part.text))
