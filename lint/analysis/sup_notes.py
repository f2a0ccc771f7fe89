"""Footnote figures a `<sup>` holds, read as no word by the date and time
readers: `7pm<sup>1</sup>.`, `Monday, Sept. 10<sup>1</sup>,` and
`1990's<sup>1,2</sup>` reach them as `7pm1.`, `Sept. 101,` and `1990's1,2`,
which hide the time, the date and the decade a `[^1]` (left out of the
text by the Markdown reader) does not hide (qa408 #3, qa426 #1, #3, #4).

The figures are written over, one character for one, so every offset of
the text stays the part's. Moved out of lint/kinds/time_form.py (fx571).
"""
from __future__ import annotations

import re

__all__ = ["NO_WORD", "unread"]

# What a figure is written as: an invisible separator (U+2063), no word
# character, no space and no punctuation the readers part a sentence or a
# clause at.
NO_WORD = "\u2063"
# One footnote figure or a list or range of them ("1", "12", "1,2", "1, 2", "1-3", "1–3").
_FIGURES = re.compile(r"[0-9]{1,3}(?:(?:, ?|[-\u2013])[0-9]{1,3}){0,4}")


def unread(part, text: str) -> str:
    """`text` (the part's) with each footnote figure or list of them a `<sup>`
    holds (the reader's `superscript` marks in `attrs["inline"]`) right after
    a letter or a figure written as `NO_WORD`, the offsets kept: a time, a
    date's day or a decade glued to one ends before it, as before a `[^1]` or a
    `<sup>[1]</sup>`; one after a stop or a space (`7pm.<sup>1</sup>`) is read
    as before. Returns `text` itself when there is none."""
    for kind, s, e in part.attrs.get("inline", ()):
        if kind == "superscript" and s and text[s - 1].isalnum() and _FIGURES.fullmatch(text, s, e):
            text = text[:s] + NO_WORD * (e - s) + text[e:]
    return text
