"""What opens a Markdown body under a front-matter title, for the Markdown
reader (`markdown._Body`): an H1 there, written `# ...` or as a raw HTML
`<h1>` block, is a title field named `H1` (qa334 #2, qa344 #3), and a
table-of-contents marker line above it (`[TOC]`) is not the paragraph that
would make the H1 a section's (qa344 #4): it is still read as a paragraph,
so the rules that read it (hygiene.placeholder) see it as before."""
from __future__ import annotations

from collections.abc import Callable

import regex

from ._text_fields import BYLINE

# A table-of-contents marker alone on its line, which the site replaces by the
# list of headings: Python-Markdown's toc extension `[TOC]`, GitLab's
# `[[_TOC_]]`, markdown-it-toc's `[[toc]]`, MultiMarkdown's `{{TOC}}`, and
# kramdown's `{:toc}` (an attribute list naming the list above it the TOC).
_MARKER = regex.compile(r"[ \t]*(?:\[toc\]|\[\[_?toc_?\]\]|\{\{toc\}\}|\{:[ \t]*toc[ \t]*\})[ \t]*",
                        regex.IGNORECASE)
_KRAMDOWN_TOC = regex.compile(r"[ \t]*\{:[ \t]*toc[ \t]*\}[ \t]*", regex.IGNORECASE)
# The parts of an HTML block that are the story's text: one above an H1 makes it a section's.
_STORY = frozenset({"paragraph", "blockquote", "heading", "headline"})


def toc_marker(source: str, lines: tuple[int, int], span: Callable[[int], tuple[int, int]], item: bool) -> bool:
    """Whether the paragraph on lines [lines[0], lines[1]) (`span(n)`: line
    n's source start and end, its line break left out) is a table-of-contents
    marker: the marker alone on one line, or, in a list item (`item`), the
    item kramdown's `{:toc}` on the line under it replaces by the TOC (`* TOC`
    then `{:toc}`, kramdown's "Automatic Generation of a ToC")."""
    first, end = lines
    if end - first == 1 and _MARKER.fullmatch(source, *span(first)):
        return True
    return item and end - first == 2 and bool(_KRAMDOWN_TOC.fullmatch(source, *span(end - 1)))


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
