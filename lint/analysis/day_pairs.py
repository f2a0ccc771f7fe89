"""Weekday pairs and second days (`weekday_pairs`, `weekday_lists`,
`impossible_date`): WEEKDAY_RANGE, read back (`weekday_opener`) from a written weekday
("Saturday and Sunday, March 8 and 9"), and SECOND_DAY, read on after a
date's day ("March 8 and 9", "March 31 and April 1", "March 4/5" after a
weekday pair), with what joins a pair (PAIR_JOINS) and what a range
(RANGE_WORDS). Split from `date_scan`, whose month and weekday words they use.
"""
from __future__ import annotations

from .. import rx as regex

from .calendar import MONTHS
from .date_scan import MONTH_WORD, WEEKDAY_WORD

# "Monday through Wednesday, March 3-5", "Saturday and Sunday, March 8 and 9":
# a weekday range or pair before a day range or pair (read backwards from the
# written weekday); a dash may stand with or without spaces ("Monday–Wednesday").
# The first weekday may be abbreviated as the written one may ("Sat. and Sun.");
# "&" joins as "and" does ("Tuesday & Wednesday, March 4 & 5": qa174 #2), and
# so does "or" ("Tuesday or Wednesday, March 4 or 5": nu45 H4) and a slash ("Tues./Wed."); `join`
# is the word, None for a dash (`RANGE_WORDS` for a range: `date_mention.tense_start`).
WEEKDAY_RANGE = regex.compile(rf"\b(?P<first>(?:{WEEKDAY_WORD})\.?)(?:\s+(?P<join>through|thru|to|and|&|or)\s+"
                              r"|\s*(?P<join>/)\s*|\s*[-–]\s*)", regex.REVERSE)

RANGE_WORDS = frozenset({"through", "thru", "to"})


def weekday_opener(text: str, start: int):
    """WEEKDAY_RANGE's match of the weekday and join that end right where a
    written weekday starts (`start`), read back at most 24 characters (the
    match is anchored there, REVERSE), or None."""
    return WEEKDAY_RANGE.match(text, max(0, start - 24), start)

# What may follow a second day (or a list's last day: `weekday_lists`): no
# number that goes on, then the year, if any.
LAST_DAY_END = (
    r"(?![\d\p{L}%]|[.,]\d|[-–]\p{L}|\s*(?:percent|per\s*cent|percentage|points?|[ap]\.?m\b|"
    r"o'clock|hours?|minutes?|people|million|billion|thousand|mln|bln|km|kg|miles?|"
    r"met(?:re|er)s?|kilomet(?:re|er)s?|feet|tons?|tonnes?|pounds|dollars|euros|years?|"
    r"months?|weeks?|days?)(?![\p{L}]))"
    # "8, 2026"; "8 2026" only where the clause goes on no further: a mark, a dash,
    # a line's end or "and"/"or" (not "8 2000 runners", "1999-style": qa121 #2, qa122 #1)
    r"(?:,\s*(?P<year>(?:1[89]|20)[0-9]{2})(?![\d\p{L}])"
    r"|\s+(?P<year>(?:1[89]|20)[0-9]{2})(?=[.,;:!?)\u2013\u2014]|[ \t]*(?:\n|\r|$)|\s+(?:[-\u2013\u2014]|and\b|or\b)))?")


# "March 8 and 9", "March 6 to 8", "March 6 through 8th": a second day after a
# date, joined by a word (`join`: "and", "&" as "and", qa174 #2, "or", nu45
# H4, a slash after a weekday pair, or a range's word; a dash's range is RANGE_DAY),
# in a month of its own when one is written, capitalised ("March 31 and April
# 1": `month`; qa120 #4), with the year written after it, if any ("March 7
# and 8, 2026": `year`). Before the word a serial comma ("March 31, and April
# 1": `serial`; qa127 #11) or the first date's own year ("Dec. 31, 2025 and
# Jan. 1, 2026": `first_year`; qa127 #6) may stand, where the second day has
# its month (`second_day`). A dash joins a second day in its own month too
# ("March 31–April 2", "March 31 - April 1": `dash`; qa127 #7); one in the
# first's month is RANGE_DAY's. A number that goes on is no day: a digit
# group or a decimal ("March 4 and 5,000 people", "and 5.5"), a unit or a
# scale after it ("and 5 percent", "and 5 p.m.", "and 5-year") (qa115 #5).
SECOND_DAY = regex.compile(
    r"(?:,\s*(?P<first_year>(?:1[89]|20)[0-9]{2})(?![\d\p{L}]))?(?P<serial>,)?"
    r"(?:\s+(?P<join>and|&|or|to|through|thru|until|till)\s+|\s*(?P<join>/)\s*|\s*(?P<dash>[-\u2013])\s*)"
    rf"(?:(?-i:(?P<month>{MONTH_WORD}))\s+)?(?P<end>[0-9]{{1,2}})(?:st|nd|rd|th)?" + LAST_DAY_END,
    regex.IGNORECASE)


def second_day(text: str, end: int, paired: bool = False, slashed: bool = False):
    """SECOND_DAY's match right after a date's day that ends at `end`, or
    None. Only a weekday pair before the date (`weekday_pairs.weekday_pair`,
    read for `dates.weekday-mismatch`) makes it the date's last day:
    elsewhere "on March 6 and 9 others" is no second day, so the scanner's
    `end_day` does not take it (a second day in a month of its own is a
    mention of its own too). After a comma, a year or a dash the second day
    needs its month ("March 31, and April 1", "March 31-April 2"; not
    "March 6, and 9 others": a dash's range in one month is RANGE_DAY's),
    save after a comma alone when `paired` (weekdays joined by and, &, or, or a slash:
    "Tuesday or Wednesday, March 4, or 5"; qa180 #2) and the join is a pair's. A slash
    joins days only when `slashed` (weekdays joined by a pair's word, a slash or a dash
    before: "Tues./Wed., March 4/5", "Monday–Tuesday, March 3/4": qa182 #3), and not
    before a third slashed day ("March 3/4/5": a list's, `weekday_lists`; qa182 #4)."""
    if not (text[end:end + 1].isspace() or text[end:end + 1] in (",", "-", "\u2013", "/")):
        return None
    if (m := _ANSWERS.get((text, end), _MISS)) is _MISS:      # (a hit costs no call: `_second_day_at`)
        m = _second_day_at(text, end)
    if m is None or m["join"] == "/" and not (
            slashed and _NO_THIRD_SLASHED.match(text, m.end())):
        return None                  # "Tues./Wed., March 4/5", not "on March 4/5 of the votes"
    if m["month"]:
        return m
    if m["first_year"] or m["dash"] or m["serial"] and not (
            paired and joins_pair(m) and DAY_ENDS_CLAUSE.match(text, m.end())):
        return None
    return m


def _second_day_at(text: str, end: int):
    """SECOND_DAY's match at `end`, or None. Cached: the weekday pairs and
    lists, the later days, a pair's year and the impossible dates each ask
    after the same date's day (4,171 matches over the 200 bench articles,
    1,426 of them distinct); a match is read, never changed. Each key and
    match pins its text, so the cache starts afresh past `_MOST_CHARS`
    characters of texts (a text is counted again when asked after another)
    or `_MOST_ANSWERS` answers: the language server editing a large
    document keeps no old versions alive (qa351 #4: an `lru_cache` of 256
    kept up to 256). `second_day` reads a hit itself, with no call."""
    global _held, _last
    if (found := _ANSWERS.get((text, end), _MISS)) is not _MISS:
        return found
    if text is not _last:
        _last = text
        _held += len(text)
        if _held > _MOST_CHARS or len(_ANSWERS) >= _MOST_ANSWERS:
            _second_day_clear()
            _held = len(text)
    found = _ANSWERS[text, end] = SECOND_DAY.match(text, end)
    return found


def _second_day_clear() -> None:
    """Empty `_second_day_at`'s cache."""
    global _held, _last
    _ANSWERS.clear()
    _held, _last = 0, None


_second_day_at.cache_clear = _second_day_clear     # (as `lru_cache` named it: the tests clear it so)
_ANSWERS: dict = {}        # (text, end) -> SECOND_DAY's match or None
_MISS = object()
_held = 0                  # characters of the texts asked after, each once a run of asks
_last = None               # the text last asked after, not yet answered from `_ANSWERS`
_MOST_CHARS = 1 << 20      # a text longer than this alone is still kept, until the next text
_MOST_ANSWERS = 4096


# No third slashed day after a slashed second one ("March 3/4/5"), in a month
# of its own too ("March 30/31/April 1": qa199 #5).
_NO_THIRD_SLASHED = regex.compile(rf"(?!\s*/\s*(?:(?-i:{MONTH_WORD})\s+)?\d)")


# After a serial comma a paired second day with no month of its own must end
# its clause ("Tuesday or Wednesday, March 4, or 5."), so a count that goes on
# is no day ("March 4, and 5 others", "and 5 more came"; qa181 #1/#2); so must
# a later day with no year after it, read on its own (`later_days`).
DAY_ENDS_CLAUSE = regex.compile(r"[ \t]*(?:[.,;:!?)\u2013\u2014]|\r|\n|$)")


def joins_pair(tail) -> bool:
    """Is `second_day`'s match a second day of a pair, joined by "and", "&"
    (qa174 #2) or "or" ("March 4 or 5": nu45 H4), not the end of a range
    ("to", "through", "thru", "until", "till", a dash)? WEEKDAY_RANGE's
    match is read the same way: "Saturday and Sunday" is a pair."""
    return (tail["join"] or "").lower() in PAIR_JOINS


PAIR_JOINS = frozenset({"and", "&", "or", "/"})


def second_month(tail, month: int) -> int:
    """The month (1-12) of `second_day`'s match `tail`: its own when written
    ("March 31 and April 1"), else `month`, the first day's."""
    return MONTHS[tail["month"].rstrip(".").lower()] if tail["month"] else month
