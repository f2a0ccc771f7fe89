"""The years a text writes, which a yearless date after them may take
(`year_carry`), and whose time each one tells.

A text's years (`year_sources`) are those of its dates and months with a
year (written, shared by a run of dates or given by the sentence), and the
years alone that stand in a year's context (`date_scan.BARE_YEAR`: "in
1998", "the 1986 low", "The year was 1976."); a list of years alone gives
its last ("in 2019, 2021 and 2026"). A year in words ("last year") is none,
and nor is a yearless date read in the publication year.

A year that is plainly another event's governs nothing (`year_other`): a
birth's ("She was born in 1950. She died on Nov. 30 at home": this year's
Nov. 30), in any sentence. From another sentence the year must set the
time of its sentence: not one after `since`, which names a period running
up to now ("She has led the union since 2019. It walked out on Dec. 12":
this year's), nor a span's end or start ("it was not until 2012 that ...",
"by 2030"), nor a year naming an event after a determiner, a possessive or
`of` but a season's ("the August 1988 cease-fire", "the strike of 1998",
not "the winter of 1976": TimeBank's AP900815-0044 has "Iran ... condemned
Iraq's invasion of Kuwait on Aug. 2" after "the August 1988 cease-fire").
In its own sentence these still frame the clause ("Since 2019, the union
has struck every Dec. 12").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from .date_mention import DATE, MONTH, Mention
from .date_scan import bare_years, prev_word

# A year of another event, read on the words just before it (its date's
# start for a written date): a birth's, in any sentence ("born in 1950",
# "born Dec. 1, 1950"); from another sentence, also a period's from `since`,
# a span's end or start ("until 2012", "by 2030", "from 1998"), and a year
# naming an event after a determiner or possessive ("the August 1988
# cease-fire", "his 2018 audit", "the strike of 1998").
_BORN = regex.compile(r"\bborn\s+(?:(?:in|on)\s+)?$", regex.IGNORECASE)
_SPAN_WORDS = frozenset(("until", "till", "by", "through", "from", "before", "after", "between"))
_EVENT_WORDS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                          "this", "that", "these", "those", "of"))
_POSSESSIVE = regex.compile(r"\p{L}['’]s?\s+$")
# A season's `of` names a time ("In the winter of 1976": fx68); the words before it say whose (qa56).
_SEASON_OF = regex.compile(r"(?:\bthe\s+(?:(?:early|late|mid-?)\s*)?)?\b(?:winter|spring|summer|fall|autumn)"
                           r"\s+of\s+$", regex.IGNORECASE)
# The rest of a list after a year alone: "in 2019, 2021 and 2026" carries
# its last year (qa52 #4).
_YEAR_LIST = regex.compile(r"(?:,\s*(?:1[89]|20)\d\d(?!\d))*,?\s+(?:and|or)\s+((?:1[89]|20)\d\d)"
                           r"(?![\d%/-]|s\b|’s|'s)")


@dataclass(frozen=True)
class StatedYear:
    """A year written (or carried) at text[start:end], in month `month` (0: a year alone)."""

    start: int
    end: int
    year: int
    month: int
    sets: bool          # a year alone (`BARE_YEAR`) or a date read in one: read into its sentence's dates
    own: bool = False   # checked to set its sentence's time (`closing_year`, read in its own text)
    carried: bool = False   # a yearless date's, carried to it (`year_carry`): no year is written there


def year_sources(mentions: list[Mention], text: str) -> list[StatedYear]:
    """The years written (or given) in a text, in order: its dates and months
    with a year (`mentions`, the text's, in order), then years alone
    outside them."""
    out = []
    for m in mentions:
        if m.kind not in (DATE, MONTH):
            continue
        year = _year_of(m)
        if year is not None:
            out.append(StatedYear(m.start, m.end, year, m.month, m.year_from == "sentence"))
    bare = text_years(text)
    if bare:
        taken = [(m.start, m.end) for m in mentions]
        for end, start, year in bare:
            if not any(a <= start < b for a, b in taken):
                more = _YEAR_LIST.match(text, end, None, SERIAL)
                if more is not None:       # "in 2019, 2021 and 2026": the last year
                    end, year = more.end(), int(more[1])
                out.append(StatedYear(start, end, year, 0, True))
        out.sort(key=lambda y: y.start)
    return out


@lru_cache(maxsize=256)
def text_years(text: str) -> tuple[tuple[int, int, int], ...]:
    """`bare_years`, kept for the texts last read: `dates` reads a text's as
    it finds its dates, and `year_sources` reads them again when a check
    asks for a carried year (and a paragraph's for the one after it)."""
    return tuple(bare_years(text))


def _year_of(m: Mention) -> int | None:
    """The year a date or month states: written, shared by its run, given by
    its sentence or carried; None when it is only the publication year's."""
    if m.year_before is not None:
        return m.year_before
    if m.first_day is None:
        return m.year if m.year_written and m.year is not None else None
    if m.year_written or m.year_from:
        return m.first_day.year
    return None


def year_other(text: str, start: int) -> str:
    """Whose year the one at `start` is, read on the words before it: "born"
    (a birth's), "since", "span" or "event" (see `_BORN`), or "" (the
    sentence's own time: "In 1998", "On Dec. 14, 1976,", "closed in 1998")."""
    before = text[max(0, start - 16):start]
    if "born" in before.lower() and _BORN.search(before):
        return "born"
    word = prev_word(text, start).lower()
    if word == "since":
        return "since"
    if word in _SPAN_WORDS:
        return "span"
    if word == "of" and (season := _SEASON_OF.search(text, max(0, start - 32), start)):
        return year_other(text, season.start())
    if word in _EVENT_WORDS or _POSSESSIVE.search(before):
        return "event"
    return ""
