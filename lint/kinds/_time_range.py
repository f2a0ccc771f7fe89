"""Clock-time ranges whose end has the a.m. or p.m., for `time_form`'s fix
to rewrite both ends at once (nu49 #9: `--fix` made `1:00 – 2 p.m.`).

AP Stylebook ("a.m., p.m." and "time of day" entries): a range takes one
a.m. or p.m., at its end, and no :00 (`1-2 p.m.`, `7:30-9 p.m.`); when the
halves of the day differ, each end takes its own (`10 a.m.-2 p.m.`,
`11:30 a.m.-1 p.m.`).

`range_start` reads a start with no a.m. or p.m. of its own: only one written
with a colon and minutes (`1:00`, `09:30`), as a bare figure before a dash
may be a day or a count (`May 5-7 p.m.`). `shared_meridiem` reads a start
that has one, the same as the end's (`7:30pm-9pm`, `8:00 a.m. – 11:00
a.m.`: nu50), joined by a dash only: `from 7 p.m. to 9 p.m.` may be a time
changed (`moved from 7 p.m. to 9 p.m.`) and `6 a.m.—7 a.m. on weekends—`
an aside (qa241 #4), so each time there is fixed alone. Where the source
between the ends is not the dash the fix writes (`&ndash;`, markup),
`time_form` reports each time alone.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import rx as regex

from ..analysis.sentence_ends import LINE_BREAK

_SPACE = r"[ \t\u00a0]"
# A hyphen or an en dash, spaced or not, and a line wrapped after it
# (`1:00 -\n2:00 PM`; qa227 #2); an HTML entity's dash is an en dash in the
# part's text. A line break before the dash never joins a range: a dash that
# opens a line opens a list's item (`Gates open at 6 p.m.\n- 7 p.m. opening
# act`, `Saturday, 6:00\n- 7:00 PM: opening act`: qa234 #1). A line ends at
# LF, CRLF or a lone CR alike (`LINE_BREAK`: qa241 #6).
_DASH = rf"{_SPACE}*[-\u2013]{_SPACE}*(?:{LINE_BREAK}{_SPACE}*)?"
# Read in reverse from the end's hour: the start's clock and what joins it to
# the end, kept as written: a dash or a word in any case (`1:00 TO 2:00 PM`,
# `until`, `till`, `through`; `and` after `between`: qa227 #3, #4). No em
# dash, spaced or not: it may set off an aside (`at 7:00—6:30 PM for
# members—and`, `6:00—7:00 AM on weekends—`), so the end is fixed alone
# and no start is given a half of the day (qa246 #1, #2).
_START = regex.compile(r"0?(?P<hour>1[0-2]|[1-9]):(?P<min>[0-5]\d)"
                       rf"(?P<join>{_DASH}|[ \t\u00a0\r\n]+(?P<word>(?i:to|until|till|through|and))[ \t\u00a0\r\n]+)$",
                       regex.REVERSE)
# The joins read as a range before qa227's wider joins (a dash spaced on one
# line, a lower-case `to`): a range joined otherwise that one fix cannot write
# has its end fixed alone (qa241 #2).
_PLAIN_JOIN = regex.compile(r"[ \t\u00a0]*[-\u2013][ \t\u00a0]*|[ \t\u00a0]+to[ \t\u00a0]+")
_BETWEEN = regex.compile(r"(?<!\w)(?i:between)[ \t\u00a0\r\n]+\Z")
# What may not stand right before the start: a letter or a figure, or a
# mark that makes it part of something longer (`2:1:00-2 PM`, `4-1:00-2 PM`).
_GLUED = frozenset(".:,-\u2013/")
# ... and before a start with its own a.m. or p.m., an em dash too (`5—7
# p.m.-9 p.m.`: a run of times).
_RUN_BEFORE = _GLUED | {"\u2014"}
# What joins two times that each have the same a.m. or p.m. into a range (a
# dash; an em dash with no space may open an aside: `6 a.m.—7 a.m. on
# weekends—and`, qa241 #4), and another dash or an em dash and a figure after
# its end: a run of times, no one range (`7pm-9pm—11pm`).
_SHARED_JOIN = regex.compile(_DASH)
_NEXT_RANGE = regex.compile(rf"(?:{_DASH}|\u2014)\d")
# ... and the same before its start, spaced or not: a figure or a.m./p.m.
# and a dash (`7 p.m. - 9 p.m.-11 p.m.` is a run of three: rr50a #1).
_PREV_RANGE = regex.compile(rf"(?:\d|(?i:[ap]\.?m\.?))(?:{_DASH}|{_SPACE}*\u2014{_SPACE}*)$")


class Clock(NamedTuple):
    """A time found with its own a.m. or p.m. at `start`:`end`: `hour`,
    `minutes` (None: none written) and `meridiem` ("a" or "p") as written."""
    start: int
    end: int
    hour: str
    minutes: str | None
    meridiem: str


def _order(hour: str, minutes: str | None) -> tuple[int, int]:
    """A clock's place in its half of the day (12 first)."""
    return int(hour) % 12, int(minutes or 0)


def _ap_clock(hour: str, minutes: str | None) -> str:
    """The clock as AP writes it: no :00 (the hour has no leading zero)."""
    return hour if minutes in (None, "00") else f"{hour}:{minutes}"


def range_start(text: str, at: int, hour: str, minutes: str | None, meridiem: str) -> tuple[int, str, bool] | None:
    """(where the range starts, what the fix writes before the end's clock,
    whether its join is not one of `_PLAIN_JOIN`'s: `until`, a wrapped line)
    for the time whose hour starts at `at` (`hour`, `minutes` and `meridiem`
    "a" or "p" as written there), or None when no range ends there or its
    start is already the AP way (`1:30-2 p.m.`: only the end is fixed, as for
    a single time). The start loses its :00 and a leading zero; it gains the
    other half of the day when its clock is later than the end's (`10:00-2
    PM` -> `10 a.m.-2 p.m.`), and a start at the end's very hour reads as no
    range (`2:30-2 PM`), nor does a later start joined by a word (`moved from
    8:00 to 7:30 PM`, `fall back from 2:00 to 1:00 AM`: a time changed, not
    a span, so only the end is fixed, as for a single time; qa227 #1)."""
    r = _START.match(text, max(0, at - 24), at)
    if r is None or (r.start() and (text[r.start() - 1].isalnum() or text[r.start() - 1] in _GLUED)):
        return None
    word = (r["word"] or "").lower()
    if word == "and" and not _BETWEEN.search(text, max(0, r.start() - 16), r.start()):
        return None     # `at 1:00 and again at 3:00 PM`: two times
    first, last = _order(r["hour"], r["min"]), _order(hour, minutes)
    if first[0] == last[0] and first > last or first > last and word:
        return None     # `2:30-2 PM`; `moved from 8:00 to 7:30 PM` is a change, no range (qa227 #1)
    clock = _ap_clock(r["hour"], r["min"])
    if first > last:
        clock += " a.m." if meridiem == "p" else " p.m."
    if clock == text[r.start():r.start("join")]:
        return None
    return r.start(), clock + r["join"], _PLAIN_JOIN.fullmatch(r["join"]) is None


def shared_meridiem(text: str, first: Clock, last: Clock) -> str | None:
    """What the fix writes before `last`'s clock when `first` opens a range
    that ends at `last` with the same a.m. or p.m. (`7:30pm-9pm` ->
    `7:30-9 p.m.`, `7:30 p.m.-9 p.m.` -> `7:30-9 p.m.`: AP writes it once,
    at the end): `first`'s clock the AP way and the dash as written. None
    when a dash alone does not join them, their halves of the day differ
    (`10 a.m.-2 p.m.`), `first` is no earlier (`9 p.m.-7 p.m.`) or the two
    are in a run (`5-7 p.m.-9 p.m.`)."""
    if first.meridiem != last.meridiem or _order(first.hour, first.minutes) >= _order(last.hour, last.minutes):
        return None
    join = _SHARED_JOIN.fullmatch(text, first.end, last.start)
    if join is None or first.start and text[first.start - 1] in _RUN_BEFORE or \
            _NEXT_RANGE.match(text, last.end) or _PREV_RANGE.search(text, max(0, first.start - 16), first.start):
        return None     # `6 p.m.\n- 7 p.m.`: a list; `5-7 p.m.-9 p.m.`, `7pm-9pm—11pm`: no one range
    return _ap_clock(first.hour, first.minutes) + join[0]
