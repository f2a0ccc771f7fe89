"""Markdown footnotes: `[^1]` markers and `[^1]: Note text.` definitions.

Goldmark (Hugo), kramdown (Jekyll) and markdown-it-footnote (Eleventy) all
read them, after PHP Markdown Extra: a definition opens a line with
`[^label]:` (no space in the label), runs on over its lazy lines, and
holds further paragraphs indented four spaces; a marker is `[^label]`
with a label some definition in the file gives, else it stays text.
Three of the 582 articles in the shared Markdown repositories hold them
(all 18F's, whose Eleventy renders them with markdown-it-footnote).
Without this, a definition read as a body paragraph (and one whose text
is a bare URL as a link reference definition), and a marker as words of
its sentence.

The reading is `mdit_py_plugins`' port of markdown-it-footnote, with no
`^[inline note]`s (neither Goldmark nor kramdown has them) and the
definitions left where they stand (no `footnote_tail`), so each token
keeps its place in the source. It is imported for the first file that
holds a `[^`, never for the others.
"""
from __future__ import annotations

from markdown_it import MarkdownIt

OPEN, CLOSE = "footnote_reference_open", "footnote_reference_close"   # around a definition's blocks
MARKER = "footnote_ref"                                              # inline: `[^label]` of a defined label


def with_notes(md: MarkdownIt) -> MarkdownIt:
    """`md` reading footnote definitions (block) and markers (inline)."""
    from mdit_py_plugins.footnote import footnote_plugin
    footnote_plugin(md, inline=False, move_to_end=False)
    return md
