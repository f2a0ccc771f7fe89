"""A count written where a date's year may stand: "On March 13, 2000 runners
will take part", "On March 13 and 14, 2000 runners ..." (qa190 #3). A number
followed by a plural noun or a unit is a count, not the date's year; AP copy
writes such a count "2,000" (numerals), and a year in mid-sentence is set off
by commas ("March 13, 2000, the ...": dates), so neither reading is the
style's, and the count is the one a reader takes. `date_anchors.scan` (a
single date), `dates` (a range's year, "March 13-14, 2000 runners") and
`pair_year` (a pair's or list's) ask `counted`.
"""
from __future__ import annotations

import regex

# A plural noun or a unit right after the number: a lower-case word of four
# letters or more ending in "s" (not "ss", "us", "is": "unless", "census",
# "analysis"), or a unit that takes no "s" ("people", "percent"); not a word
# of the `_NOT_PLURAL` list, nor one that a determiner follows, as one follows
# a verb ("March 13, 2000 marks the ...", "excludes a ...").
_NOT_PLURAL = "this|thus|does|goes|always|perhaps|whereas|besides|sometimes|towards|afterwards|news|means|series"
_COUNTED = regex.compile(
    r"[ \t\u00a0]+(?:(?:people|percent|per\s+cent|million|billion|thousand|children|men|women)\b"
    rf"|(?!(?:{_NOT_PLURAL})\b)\p{{Ll}}{{3,}}s(?<!ss|us|is)\b(?!['’\w-])"
    r"(?![ \t\u00a0]+(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your)\b))")

# The date as the modifier of a noun after a determiner or an owner ("the Sept.
# 11, 2001 attacks", "the company's March 13, 2000 filings"): the number is
# its year, and the noun after it the thing it dates (read back from the date).
_MODIFIER = regex.compile(r"(?:\b(?i:the|a|an|this|that|its|his|her|their|our)|\p{L}['’]s?)[ \t\u00a0]+$")


def counted(text: str, start: int, year_end: int) -> bool:
    """Is the number that ends at `year_end`, written as the year of a date
    that starts at `start`, a count (a plural noun or unit follows it:
    `_COUNTED`) rather than the year, the date being no noun's modifier
    (`_MODIFIER`)? 2100 is always a year: climate copy dates to the
    century's end ("by Dec. 31, 2100 temperatures will ...", as
    `date_scan._YEAR` reads it: qa28)."""
    return text[year_end - 4:year_end] != "2100" and _COUNTED.match(text, year_end) is not None \
        and _MODIFIER.search(text, max(0, start - 12), start) is None
