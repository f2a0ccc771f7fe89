"""A quote whose words are set in italics inside its marks: `“*Why isn’t
Python an O\\*NET Skill?*”` in Markdown, `“<em>…</em>”` in HTML.

Italics mark a title or a word used as a word (AP Stylebook, "composition
titles"; Markdown and HTML writers put a title in italics), so a writer who
sets the whole quoted text in italics inside the quote marks presents a
title, a question posed as a phrase or a mention, not anybody's speech.
Only italics (Markdown `*…*` or `_…_`, HTML `<em>`/`<i>` where the reader
records them) that cover the quote's text exactly, from just inside the
opening mark to just inside the closing one, count: italics outside the
marks (`*“We will win.”*`, an epigraph or a pull quote), bold, or italics
over part of the quote (`“we *will* win”`, stress) leave it speech. The
spans are the reader's (`attrs["inline"]`, `readers._stitch`), never found
again in the text.
"""
from __future__ import annotations

from ..document import Part

__all__ = ["italic_inside"]


def italic_inside(part: Part, start: int, end: int, open_width: int, close_width: int) -> bool:
    """Whether one italic span of `part` covers exactly the words of the quote
    at part.text[start:end] (its marks `open_width` and `close_width` wide)."""
    inner = (start + open_width, end - close_width)
    return inner[0] < inner[1] and any(
        (s, e) == inner for k, s, e in part.attrs.get("inline", ()) if k == "emphasis")
