"""`title-trailing-period`: a headline or title that ends with a full stop.

Headlines take no closing period. An ellipsis and an abbreviation's own stop
("U.S.", "Inc.", a weekday's "Tues.") are not flagged.
"""
from __future__ import annotations

import regex

from .base import Finding, Kind

# A stop that is a sentence's end: not an ellipsis, not an abbreviation or
# initial. A weekday's abbreviation ends a headline's when-clause ("Cold Wave
# Alert Tues."); Wed, Sat and Sun are left out, since in a title-case
# headline they may be words ("Couple Finally Wed.").
_END = regex.compile(r"(?<![.\s]|\b\p{L}|\b\p{L}\.\p{L}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Mt|Bros"
                     r"|Mon|Tues?|Thu(?:rs?)?|Fri))\.\s*$")


class TitleTrailingPeriod(Kind):
    name = "title-trailing-period"
    description = "Flags a headline or title ending in a full stop."
    default_scope = ("headline", "title")
    fixable = True

    def check(self, doc, parts):
        for part in parts:
            m = _END.search(part.text)
            if m:
                yield Finding(part, m.start(), m.start() + 1, fix="")


KIND = TitleTrailingPeriod
