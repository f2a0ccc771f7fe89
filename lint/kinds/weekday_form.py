"""`weekday_form`: abbreviated weekdays in dates (AP spells them out).

`Sun`, `Sat` and `Wed` are also ordinary words (the Sun newspaper, "they
wed"), so only a capitalised abbreviation that stands before a month name, or
one with a period before a day number, is taken for a weekday. The fix writes
the full name and, before a month, the comma AP puts there
(`Wed. May 18` -> `Wednesday, May 18`).
"""
from __future__ import annotations

import regex

from ..analysis.calendar import MONTHS, WEEKDAY_NAMES, WEEKDAYS
from .base import Finding, Kind, matches

_ABBREVIATIONS = sorted((w for w in WEEKDAYS if len(w) < 6), key=len, reverse=True)
_MONTHS = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
WEEKDAY = regex.compile(
    r"(?<![\p{L}\p{N}.'’-])(?P<abbr>" + "|".join(a.capitalize() for a in _ABBREVIATIONS) + ")"
    r"(?:(?P<punct>\.,?|,)?(?=\s+(?P<month>" + _MONTHS + r")(?![\p{L}\p{N}]))"
    r"|(?P<punct>\.,?)(?=\s+\p{N}))"
)


class WeekdayForm(Kind):
    name = "weekday_form"
    description = "Abbreviated weekday beside a date (Wed. May 18): spell it out; fixable."
    fixable = True
    default_scope = ("headline", "title", "dek", "dateline", "heading", "paragraph",
                     "blockquote", "caption")

    def check(self, doc, parts):
        for part in parts:
            for m in matches(WEEKDAY, part.text):
                full = WEEKDAY_NAMES[WEEKDAYS[m["abbr"].lower()]]
                comma = "," if m["month"] or (m["punct"] or "").endswith(",") else ""
                yield Finding(part, m.start(), m.end(), args={"replacement": full + comma},
                              fix=full + comma)


KIND = WeekdayForm
