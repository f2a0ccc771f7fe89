"""A headline figure the body writes another way (nu60 #1, #2): a clipped
year, and a small count in digits or in words before the same unit word.

`'87` (a straight apostrophe, a curly one or autocorrect's left single
quote) is the year the body writes in full as 1987 or 2087 where a year
stands (`clipped_year_said`), never 1978, a number near it, nor an amount
(`1987 dlrs`), a count or an address. `8 mln`
is the body's `eight mln`, and `eight mln` its `8 mln` (`count_said`): AP
Stylebook "numerals" spells out one through nine, and wire copy also writes
ten, so a count of one to ten may stand in either form before one unit word.
Before another word (`eight pct`) it is no such figure. Asked by
`headline_numbers.states_number` when the body does not state the value.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .calendar import MONTH_WORDS
from .numbers import NUMBER, year_tail
from .spelled_numbers import spelled_numbers
from .words import tables

if TYPE_CHECKING:
    from .headline import BodyProfile

_APOSTROPHES = "'\u2019\u2018"     # autocorrect turns a leading ' into the left quote: ‘87
# Where a year stands (qa305 #3): after a preposition of time, `fiscal`, a
# month (`March 9, 1987`) or `mid-`; also after of, by, for, from, which take a
# count too (`a staff of 1987 employees`), so there only when no word follows.
_YEAR_SLOT = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:(?i:in|during|since|until|till|through|before|after|fiscal)"
    r"|(?P<count>(?i:of|by|for|from))"
    rf"|(?=\p{{Lu}})(?i:{MONTH_WORDS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?)\s+"
    r"|(?<![\p{L}\p{M}])(?i:mid|early|late)-)$")
_SPAN_HEAD = regex.compile(r"[/\-\u2013]\d\d(?!\d)")      # 1987 of `1987/88`, `1986-87`
# The word right after a number: spaces or one wrapped line's break before it,
# never a blank line (as between the words of a spelled number).
_NEXT_WORD = regex.compile(r"(?:[^\S\r\n]+|[^\S\r\n]*\r?\n[^\S\r\n]*)([\p{L}\p{M}]+)")
_SMALLEST, _LARGEST = 1, 10         # one through ten (AP numerals; ten in wire copy)


def clipped_year_said(headline: str, start: int, end: int, body: BodyProfile) -> bool:
    """The headline number headline[start:end] is a year clipped to two
    digits after an apostrophe (`'87`, `\u201987`), and the body writes that
    year in four digits, 19NN or 20NN, where a year stands
    (`four_digit_years`). Only that year: `'87` is not borne out by 1978,
    nor by 1,987 workers, `earned 1987 dlrs` or `1987 Main Street`."""
    if end - start != 2 or not headline[start:end].isdigit() or start == 0 \
            or headline[start - 1] not in _APOSTROPHES \
            or start > 1 and headline[start - 2].isalnum():         # `rock'87`: inside a word
        return False
    years = body.answer("four-digit years", lambda b: four_digit_years(b.text))
    return any(f"{century}{headline[start:end]}" in years for century in ("19", "20"))


def four_digit_years(text: str) -> frozenset[str]:
    """The years 1900-2099 `text` writes in four digits where a year stands
    (`in 1987`, `March 9, 1987`, `fiscal 1987`, `mid-1987`, `1987/88`:
    `_YEAR_SLOT`, `_SPAN_HEAD`), with the full year of a span's tail (`87`
    of `1986/87`: `numbers.year_tail`); never an amount (`$1987`, `1987.5`,
    `1987 mln`) nor a number a word follows after of, by, for or from."""
    out = set()
    for m in NUMBER.finditer(text):
        if m["num"] and not (m["cur"] or m["dec"] or m["scale"]):
            value = year_tail(text, *m.span(), m["num"])
            if len(value) == 4 and value.startswith(("19", "20")) \
                    and (value != m["num"] or _stands_as_year(text, *m.span())):
                out.add(value)
    return frozenset(out)


def _stands_as_year(text: str, start: int, end: int) -> bool:
    """The four-digit number text[start:end] stands where a year stands
    (`four_digit_years`), read on the words around it."""
    if _SPAN_HEAD.match(text, end):
        return True
    slot = _YEAR_SLOT.search(text, max(0, start - 24), start)
    return slot is not None and not (slot["count"] and _NEXT_WORD.match(text, end))


def count_said(headline: str, start: int, end: int, value: str, body: BodyProfile) -> bool:
    """The headline number headline[start:end] (normalised `value`) is a
    count of one to ten before a unit word (`count_and_unit`), and the body
    gives that count before the same word (`counts_with_units`), so in
    the other form where the values differ: `8 mln` over `eight mln`,
    `Eight MLN` over `8 mln`."""
    said = count_and_unit(headline, start, end, value)
    return said is not None and said in body.answer("counts with units", lambda b: counts_with_units(b.text))


def count_and_unit(text: str, start: int, end: int, value: str) -> tuple[int, str] | None:
    """(count, unit word in lower case) of the number text[start:end] that
    `numbers.numbers` read as `value`, when it is one to ten in digits (`8
    mln`, `8MLN`, `$8 mln`: a scale word it carries is its unit) or a number
    word (`eight mln`; never `twenty-eight`), and a word follows it; else
    None (`8.5 mln`, `28 mln`, `8.` ending a sentence). A scale word is
    its value in `scales` of data/titles.yaml, as NUMBER reads it, so the
    wire's `bln` is `bn` and `mln` is `m` (`"1000000000"`; qa305 #4)."""
    if text[start].isalpha():
        count, unit = int(value), None      # a number word: its value is its count
    else:
        m = NUMBER.match(text, start)
        if m is None or m.end() != end or not m["num"] or m["dec"]:
            return None
        count, unit = int(m["num"].replace(",", "")), m["scale"] and m["scale"].lower()
    if not _SMALLEST <= count <= _LARGEST:
        return None
    if unit is None:
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None:
            return None
        unit = nxt[1].lower()
    scale = tables()["scales"].get(unit)
    return count, unit if scale is None else str(scale)


def counts_with_units(text: str) -> frozenset[tuple[int, str]]:
    """Every (count, unit word) of `text` (`count_and_unit`), its numbers in
    digits (`NUMBER`) and in words (`spelled_numbers`)."""
    found = [(m.start(), m.end(), "") for m in NUMBER.finditer(text)] + spelled_numbers(text)
    return frozenset(said for s, e, v in found if (said := count_and_unit(text, s, e, v)) is not None)
