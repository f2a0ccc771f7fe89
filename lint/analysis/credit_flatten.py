"""A caption's soft line breaks read as one space, for the credit reading.

A page shows a soft break inside a caption as a space, so `(Photo: Jane` /
`Doe/AP)` is one credit; `flatten` gives that reading with marks to carry its
offsets back (`unflat`), one character for one where nothing is dropped."""
from __future__ import annotations

import re
from bisect import bisect_right

from .no_break import plain_spaces

__all__ = ["flatten", "unflat"]

_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t]*")


def flatten(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(flat, marks): `text` with each line break and the spaces around it as
    one space, as a page shows a soft break (`(Photo: Jane` / `Doe/AP)` is
    one credit), and per break (its offset in `flat` just after that space,
    characters dropped up to there) for `unflat`. No-break spaces read as
    spaces (`no_break.plain_spaces`: a CMS keeps a lead-in's words
    together with one, "Photo&nbsp;by"). Text on one line comes back with no marks."""
    text = plain_spaces(text)
    if "\n" not in text and "\r" not in text:
        return text, []
    out, marks, last, dropped = [], [], 0, 0
    for m in _BREAK.finditer(text):
        out += (text[last:m.start()], " ")
        dropped += m.end() - m.start() - 1
        marks.append((m.end() - dropped, dropped))
        last = m.end()
    out.append(text[last:])
    return "".join(out), marks


def unflat(at: int, marks: list[tuple[int, int]]) -> int:
    """Offset `at` in a `flatten`ed text as an offset in the text it came from."""
    k = bisect_right(marks, (at, float("inf"))) - 1
    return at + marks[k][1] if k >= 0 else at
