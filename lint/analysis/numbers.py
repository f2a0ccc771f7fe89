"""Numbers in digits and their values: amounts, scores, years and clock
times, and whether two of them agree (`close`), shared by the titles pack.

`numbers` reads the figures in digits (`NUMBER`) beside the numbers written
in words (`spelled_numbers`), so a headline's `2 million` meets a body's
"Two million". The scale words and fractions are data/titles.yaml's
(`words.tables`).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .calendar import MONTH_WORDS, WEEKDAY_WORDS, FoldedKeys
from .sentence_ends import ONE_SPACE, SPACE_RUN
from .spelled_numbers import spelled_numbers
from .words import tables


# A clock time, H:MM or H:MM:SS on a 24-hour face (0:00 to 24:00), so 10:30:15
# is one time and 25:13 two numbers.
_CLOCK = r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|24:00(?::00)?)"
# A capitalised word right before N:N marks a verse or section reference, not
# a time ("John 3:16", "Psalm 23:14", "Section 2:15"), unless it is a time
# word ("At 10:30", "Friday 19:30", "Tonight 20:00") or am/pm follows.
_TIME_WORDS = "|".join(("at", "by", "from", "until", "till", "before", "after", "since",
                        "around", "about", "today", "tonight", "tomorrow", "yesterday",
                        WEEKDAY_WORDS, MONTH_WORDS))
_REFERENCE = rf"(?<!(?<![\p{{L}}\p{{M}}'’-])(?!(?:{_TIME_WORDS})\b)(?-i:\p{{Lu}}\p{{Ll}}+)\ )"
# a.m. or p.m. after a time, however written (am, PM, p.m): the one pattern
# of the half of the day; group `half` is its letter. Any run of horizontal
# space joins them as one space does (`7  pm`: fx403, as time_form reads it).
_AM_PM = rf"{SPACE_RUN}?(?P<half>[ap])\.?m\b"
# What else makes an hour a clock time: 5 o'clock (neither half), and 12 noon,
# midday or midnight (AP writes the word alone; copy still writes "12 noon").
_TWELVE_HALF = FoldedKeys({"noon": "p", "midday": "p", "midnight": "a"})   # 12 and the word: its half of the day
_HOUR_WORD = rf"{ONE_SPACE}?o['’]clock\b|(?<=12){ONE_SPACE}?(?:{'|'.join(_TWELVE_HALF)})\b"
# The rest of a range of hours whose half of the day is written once, at its
# end: 5-7pm, 5 to 7 p.m., 10–11:30 a.m., between 9 and 11 a.m.; or a range up
# to 12 noon or midnight (11-12 noon: the hours before it are a.m.; 11-12
# midnight: p.m.), group `upto`. A dash with spaces round it parts two things
# ("Top 10 - 5 p.m. update"), no range.
_UPTO_HALF = FoldedKeys({"noon": "a", "midday": "a", "midnight": "p"})   # the half of an hour before 12 and the word
_RANGE_END = (rf"(?:[-–—]|{ONE_SPACE}(?:to|until|till|through|and){ONE_SPACE})(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?{_AM_PM}"
              rf"|12{ONE_SPACE}?(?P<upto>{'|'.join(_UPTO_HALF)})\b)")
# A number with its currency sign and scale word: $4M, £1.13bn, 4 million,
# wire copy's 10.572 mln and 2.5 BLN (Reuters style; `743.7  mln` too: any
# run of spaces, tabs or no-break spaces joins them as one space does, and so
# does one wrapped line's break, LF or CRLF, never a blank line), AP's $1.2B
# (`b` after a currency sign only: `Room 5b` is no sum), a compound
# modifier's $4-million (a hyphen before a written-out scale only: `4-m` may
# be metres), 76%, 5-2 (decimals kept whole: never `$1` of `$1.2B`; `3.12.1`: 3.12);
# a clock time (7:05, 10:30 a.m., 19:30, and 7.30pm or 5pm before am or pm or
# opening a range that ends in one, 7.30-9pm, 11-12 noon) is one value, not the
# numbers 7 and 05 nor the score 11-12. The lookaheads leave the half of the
# day they read in groups `half` and `upto` for `number_value`. Every branch
# opens with a digit or a currency sign: the first look-ahead says so, so the
# look-behind and the branches are tried only there, not at every character
# (pf36: about a quarter of the time over a story's parts).
NUMBER = regex.compile(
    rf"""(?=[\d$£€])(?<![\p{{L}}\p{{N}}.,#])
    (?:(?=\d\d?:\d)(?P<time>{_REFERENCE}{_CLOCK}(?![\d:])|{_CLOCK}(?![\d:])(?={_AM_PM}))
     |(?P<time_dot>(?:0?[1-9]|1[0-2])\.[0-5]\d)(?={_AM_PM}|{_RANGE_END})
     |(?P<hour>1[0-2]|0?[1-9])(?={_AM_PM}|{_HOUR_WORD}|{_RANGE_END})
     |(?P<cur>[$£€])?
      (?:(?P<score>\d{{1,3}}-\d{{1,3}})(?![\d-]|\s*(?:percent|per\ cent|%))
       |(?P<num>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?P<dec>\.\d+)?+(?!\d)
        (?:(?:{SPACE_RUN}|-(?=(?:million|billion|trillion|thousand)\b))?
         (?P<scale>bn|bln|b|tn|m|mn|mln|k|million|billion|trillion|thousand)\b(?(cur)|(?<!b)))?)
      (?![\p{{L}}\d]))""", regex.VERBOSE | regex.IGNORECASE)


def number_value(m: "regex.Match") -> str:
    """One spelling for a number: `$4M`, `4 million` and `4,000,000` all give
    `4000000`; a score such as `5-2` stays as it is; a clock time is spelled
    by `_twelve_hour` (`19:30`, `7:30 p.m.` and `7.30pm` give `7:30pm`,
    `5 a.m.` gives `5am`, a bare `7:30` gives `7:30`)."""
    if m["score"]:
        return m["score"]
    clock = m["time"] or m["time_dot"] or m["hour"]
    if clock:
        # The half NUMBER's lookahead read after the time or at its range's end
        # (`5-7pm`, `11-12 noon`); else what follows (`7:30 pm`, `12 noon`).
        half = _UPTO_HALF[m["upto"].lower()] if m["upto"] else (m["half"] or "").lower()
        return _twelve_hour(clock, half or half_after(m.string, m.end()))
    value = float(m["num"].replace(",", "") + (m["dec"] or ""))
    scale = (m["scale"] or "").lower()
    value *= tables()["scales"].get(scale, 1)
    return f"{value:.6g}" if value != int(value) else str(int(value))


def numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of every number, digits or a number word; the
    two-digit tail of a year span is its year (`2025/26`: 2025 and 2026)."""
    return list(_numbers(text))


# A fiscal or season year written as a span, `2025/26`, `2025-26`, `FY2025-26`,
# `1999/00`: the first year and a separator before a two-digit tail.
_SPAN_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)[/\-–]$")


def year_tail(text: str, start: int, end: int, value: str) -> str:
    """`value`, or the whole year when the number text[start:end] is the
    two-digit tail of a year span (`26` of `2025/26` is 2026): the year
    after the one before it, so `2025-27` and `2025/6` stay numbers."""
    if end - start != 2 or not value.isdigit():
        return value
    m = _SPAN_YEAR.search(text, max(0, start - 5), start)
    if m is None or (int(m[1]) + 1) % 100 != int(value):
        return value
    return str(int(m[1]) + 1)


_SHORT_SPAN = regex.compile(r"(?<![\d/.,])([0-9]{2})/([0-9]{2})(?![\d/.,])")


def short_span_years(text: str, start: int, end: int) -> tuple[str, ...]:
    """The years a two-digit number text[start:end] may be when it is part
    of a season or fiscal year written short (`86` or `87` of `86/87`, the
    second the year after the first): `1986`, `2086`; () for any other
    number. A headline's `86/87` is the body's `1986/87`."""
    m = _SHORT_SPAN.search(text, max(0, start - 3), min(len(text), end + 3))
    if m is None or (int(m[1]) + 1) % 100 != int(m[2]) or (start, end) not in (m.span(1), m.span(2)):
        return ()
    return tuple(f"{century}{text[start:end]}" for century in ("19", "20"))


@lru_cache(maxsize=1024)
def _numbers(text: str) -> tuple[tuple[int, int, str], ...]:
    """`numbers`, cached: several headline checks ask about the same text."""
    out = [(m.start(), m.end(), year_tail(text, m.start(), m.end(), number_value(m)))
           for m in NUMBER.finditer(text)]
    out.extend(spelled_numbers(text))
    out.sort()
    return tuple(out)


_GAP = regex.compile(r"[\s-]+")     # between a fraction's words: a space, a hyphen, a line break


@lru_cache(maxsize=1)
def _fraction_table() -> tuple["regex.Pattern", dict[str, float]]:
    """(any phrase of `fractions` in data/titles.yaml, whole words only, a
    space in one also written as a hyphen or a line break; phrase, its
    words one space apart in lower case -> value)."""
    table = {" ".join(str(p).lower().split()): float(v) for p, v in tables()["fractions"].items()}
    alternation = "|".join(regex.escape(p).replace("\\ ", r"[\s-]+")
                           for p in sorted(table, key=lambda p: (-len(p), p)))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?:{alternation})(?![\p{{L}}\p{{M}}])",
                         regex.IGNORECASE), table


# What a fraction must be a fraction of to bear out a headline's decimal: a
# point, a percentage point, a percent, a share or a rate, right after it or
# after `of a` ("a quarter point", "half a percentage point", "three quarters
# of a point", "a half-point"). A fraction of anything else, a time unit above
# all ("half a day", "a half-hour", "a quarter-hour"), is no figure (qa115 #7).
_FRACTION_OF = regex.compile(r"(?:[\s-]+of)?(?:[\s-]+(?:an?|the))?[\s-]+"
                             r"(?:percentage[\s-]+points?|points?|percent|per[\s-]?cent|shares?|rates?)"
                             r"(?![\p{L}\p{M}])|\s?%", regex.IGNORECASE)


def fractions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of every fraction written in words (`a quarter`,
    `half a`, `three-quarters`: 0.25, 0.5, 0.75; the phrases of
    `fractions` in data/titles.yaml) that is a fraction of a point, a
    percent, a share or a rate (`_FRACTION_OF`; a phrase that ends in
    `point` is one), the value spelled as `number_value` spells a decimal.
    A body's `a quarter point` bears out a headline's `0.25 point`, its
    `half a day` nothing; a headline's own fraction words are never checked."""
    pattern, table = _fraction_table()
    return [(m.start(), m.end(), f"{table[_GAP.sub(' ', m[0].lower())]:.6g}")
            for m in pattern.finditer(text)
            if m[0].lower().endswith("point") or _FRACTION_OF.match(text, m.end())]


def is_year(value: str) -> bool:
    """A normalised number that reads as a year (1900-2099)."""
    return value.isdigit() and len(value) == 4 and value.startswith(("19", "20"))


_DOT_TIME = regex.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d(?!\s?(?:%|per\s?cent\b|percent\b))",
                          regex.IGNORECASE)


def dot_time(text: str, start: int, end: int) -> str | None:
    """The clock time that the number text[start:end] may be when written
    `H.MM` with no am or pm (`7.30`, `19.30`: British style, a headline
    that drops the pm), spelled as `number_value` spells a time (`7:30`, `7`);
    None for any other number (a currency's `$7.30`, `7.30%`, `7.3`)."""
    m = _DOT_TIME.match(text, start)
    if m is None or m.end() != end:
        return None
    return _twelve_hour(m[0])


_AP = regex.compile(_AM_PM, regex.IGNORECASE)
_TWELVE = regex.compile(rf"{ONE_SPACE}?({'|'.join(_TWELVE_HALF)})\b", regex.IGNORECASE)   # after 12 only (NUMBER)


def half_after(text: str, end: int) -> str:
    """The half of the day written right after a time that ends at text[end]:
    "a" or "p" for a.m. or p.m., else the half of a 12's word (noon and
    midday "p", midnight "a"; NUMBER reads those after 12 only); "" for none."""
    ap = _AP.match(text, end)
    if ap:
        return ap["half"].lower()
    word = _TWELVE.match(text, end)
    return _TWELVE_HALF[word[1].lower()] if word else ""


def _twelve_hour(clock: str, ap: str = "") -> str:
    """A clock time (`19:30`, `7.30`, `10:30:15`, `5`) on a 12-hour face with
    its half of the day, `ap` ("a" or "p") as written after it or else the
    24-hour face's (13:00 to 23:59 are p.m.; 0:00 to 0:59, 24:00 and an hour
    written with a leading zero, 05:00, a.m.):
    `7:30pm`, `5am`, `10:30:15`. Minutes and seconds are kept unless they are
    none (`7:00 p.m.` gives `7pm`, as `7 p.m.` says it); a time of neither
    half (`7:30`, `12:15`) keeps its minutes (`7:00`) so it never reads as a
    count. Compare these with `close`."""
    hour, minutes, *seconds = regex.split("[:.]", clock) + ([] if ":" in clock or "." in clock
                                                            else ["00"])
    h = int(hour)
    if h == 0 or h == 24 or hour[0] == "0" and not ap:   # 05:00 is the 24-hour face's
        ap = "a"
    elif h > 12:
        ap = "p"
    face = str(h % 12 or 12)
    if seconds and seconds != ["00"]:
        face = f"{face}:{minutes}:{seconds[0]}"
    elif minutes != "00" or not ap:
        face = f"{face}:{minutes}"
    return face + (f"{ap}m" if ap else "")


_TIME_VALUE = regex.compile(r"(?P<h>\d{1,2})(?::(?P<m>\d\d)(?::(?P<s>\d\d))?)?(?P<ap>[ap]m)?")


@lru_cache(maxsize=4096)     # `close` asks about the same few values again and again
def _as_time(value: str) -> tuple[tuple[int, str, str], str, bool] | None:
    """((hour, minutes, seconds), "am"/"pm"/"", is a clock time) of a value
    `number_value` spelled, or None for a value that is no hour (`4000000`,
    `7.3`, `5-2`). A bare count (`5`) is an hour of neither half that is not
    a clock time."""
    m = _TIME_VALUE.fullmatch(value)
    if m is None or not 0 < int(m["h"]) <= 12:
        return None
    clock = bool(m["ap"] or m["m"])
    return (int(m["h"]), m["m"] or "00", m["s"] or "00"), m["ap"] or "", clock


def is_clock_time(text: str, start: int) -> bool:
    """The number `numbers` found at `start` of `text` is a clock time."""
    m = NUMBER.match(text, start)
    return m is not None and bool(m["time"] or m["time_dot"] or m["hour"])


def close(a: str, b: str) -> bool:
    """Numbers agree: equal, or within 5% when either is large or has decimals
    (a headline rounds $1.13bn to $1.1bn). Clock times agree on the same
    face in the same half of the day; a time of neither half (`7:30`, a
    headline that drops the pm) agrees with either, and a count (`5`) with no
    time that names its half (`5 p.m.` is not the 5 of `5 arrested`)."""
    if a == b:
        return True
    ta, tb = _as_time(a), _as_time(b)
    if ta is not None and tb is not None and (ta[2] or tb[2]):
        if ta[0] != tb[0]:
            return False
        if ta[1] and tb[1]:
            return ta[1] == tb[1]
        return not (ta[1] and not tb[2] or tb[1] and not ta[2])
    if ta is not None and ta[2] or tb is not None and tb[2]:
        return False
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    if max(x, y) >= 100 or x != int(x) or y != int(y):
        return abs(x - y) <= 0.05 * max(abs(x), abs(y))
    return False
