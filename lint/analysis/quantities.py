"""Counts and amounts with what they count: `90 kids`, `25-cent`, `$4 million`, `3%`.

A headline and its dek may round a figure or leave one out, but when both
give a figure of the same thing (the same unit: the word after the number,
stemmed, or the currency sign before it) the figures should agree. This
module finds those figures; `kinds/title_dek_disagrees.py` compares them.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import rx as regex

from .numbers import is_year, numbers
from .words import stem, tables

# What a figure counts: `%`/`percent`/`per cent`, else the next word (after a
# space or the hyphen of `25-cent`); a stop word (`25 in January`) is no unit.
_UNIT = regex.compile(r"[ \t\u00a0-]?(?:(?P<pct>%|per\s?cent\b|percent\b)|(?P<word>\p{L}+))",
                      regex.IGNORECASE)
_CURRENCY = frozenset("$£€")


class Quantity(NamedTuple):
    """A figure in a text: `start`/`end` are offsets of the number (the
    currency sign included), `value` the number as `numbers.numbers` spells
    it (`$4M` -> `4000000`), `unit` the stem of what it counts, `%`, or the
    currency sign, and `said` the figure as written with its unit word
    (`25 cents`, `25-cent`, `3 per cent`, `$4 million`)."""
    start: int
    end: int
    value: str
    unit: str
    said: str


def quantities(text: str) -> list[Quantity]:
    """The figures of `text` that say what they count, in order. Clock times,
    scores and years are left out (they count nothing), and so is a number
    followed by a stop word or nothing."""
    stop = tables()["stopwords"]
    out: list[Quantity] = []
    for start, end, value in numbers(text):
        try:
            float(value)
        except ValueError:          # a clock time (`7:30pm`) or a score (`5-2`)
            continue
        if start and text[start - 1] in _CURRENCY:
            start -= 1
        if text[start] in _CURRENCY:
            out.append(Quantity(start, end, value, text[start], text[start:end]))
            continue
        if is_year(value):
            continue
        m = _UNIT.match(text, end)
        if m is None:
            continue
        if m["pct"]:
            unit = "%"
        elif m["word"].lower() in stop:
            continue
        else:
            unit = stem(m["word"])
        out.append(Quantity(start, end, value, unit, text[start:m.end()]))
    return out
