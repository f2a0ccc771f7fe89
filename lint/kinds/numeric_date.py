"""`numeric-date`: a date written in figures (`11/2/2026`) in copy.

AP's "dates" entry writes a date as month, day and year (`Nov. 2, 2026`),
never in figures. Only three numbers joined by slashes count, the last a
year of two or four digits, with a reading as a date (a month of 1-12 and a
day of that month, in either order): a fraction (`3/4`), a ratio, `24/7`
and a path (`/2026/11/02/`, a URL's `…/11/2/2026`) are not dates. No fix is
offered: `11/2/2026` is Nov. 2 to an American reader and Feb. 11 to most
others, and a fix that picks one can make the copy wrong. The message
gives each reading that exists. A table's cells (Markdown or HTML) are data,
not copy, and are not read; nor are code, front matter or headlines (scope).
"""
from __future__ import annotations

import datetime as dt

import regex

from ..analysis.calendar import MONTH_NAMES
from .base import Finding, Kind
from .date_form import AP_ABBREVIATION

TABLE_CELLS = ("td", "th")   # `attrs["block"]` of a table's cell: data, not copy
NUMERIC = regex.compile(r"(?<![\p{L}\p{N}/.:#=?&_-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
                        r"(?![\p{L}\p{N}/_-]|[.,:]\p{N})")


def _reading(month: int, day: int, year: int) -> str | None:
    """`Nov. 2, 2026` for a month, day and year that make a day, else None."""
    try:
        dt.date(year if year >= 100 else 2000 + year, month, day)
    except ValueError:
        return None
    name = MONTH_NAMES[month - 1]
    shown = str(year) if year >= 100 else f"'{year:02d}"
    return f"{AP_ABBREVIATION.get(name, name)} {day}, {shown}"


class NumericDate(Kind):
    name = "numeric-date"
    description = "Flags a date written in figures (11/2/2026); AP writes Nov. 2, 2026."
    default_scope = ("dek", "heading", "paragraph", "blockquote", "caption")

    def check(self, doc, parts):
        for part in parts:
            text = part.text
            if "/" not in text or part.attrs.get("block") in TABLE_CELLS:
                continue
            for m in NUMERIC.finditer(text):
                a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
                first, second = _reading(a, b, y), _reading(b, a, y)
                if first is None and second is None:
                    continue
                if first and second and first != second:
                    how = f"'{first}' if the month comes first, '{second}' if the day does"
                else:
                    how = f"'{first or second}'"
                yield Finding(part, m.start(), m.end(), args={"reading": how})


KIND = NumericDate
