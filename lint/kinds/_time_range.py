"""The start of a clock-time range whose end has the a.m. or p.m.
(`1:00 – 2:00 PM`, `10:00-2 p.m.`, `1:00 to 2:00 PM`), for `time_form`'s fix
to rewrite both ends at once (nu49 #9: `--fix` made `1:00 – 2 p.m.`).

AP Stylebook ("a.m., p.m." and "time of day" entries): a range takes one
a.m. or p.m., at its end, and no :00 (`1-2 p.m.`); when the halves of the day
differ, each end takes its own (`10 a.m.-2 p.m.`, `11:30 a.m.-1 p.m.`).
Only a start written with a colon and minutes is read (`1:00`, `09:30`): a
bare figure before a dash may be a day or a count (`May 5-7 p.m.`), and a
start with its own a.m. or p.m. is a time of its own.
"""
from __future__ import annotations

import regex

# Read in reverse from the end's hour: the start's clock and what joins it
# to the end (a hyphen or an en dash, spaced or not, or "to"; an HTML
# entity's dash is an en dash in the part's text), kept as written.
_START = regex.compile(r"0?(?P<hour>1[0-2]|[1-9]):(?P<min>[0-5]\d)"
                       r"(?P<join>[ \t\u00a0]*[-\u2013][ \t\u00a0]*|[ \t\u00a0]+to[ \t\u00a0]+)$",
                       regex.REVERSE)
# What may not stand right before the start: a letter or a figure, or a
# mark that makes it part of something longer (`2:1:00-2 PM`, `4-1:00-2 PM`).
_GLUED = frozenset(".:,-\u2013/")


def range_start(text: str, at: int, hour: str, minutes: str | None, meridiem: str) -> tuple[int, str] | None:
    """(where the range starts, what the fix writes before the end's clock)
    for the time whose hour starts at `at` (`hour`, `minutes` and `meridiem`
    "a" or "p" as written there), or None when no range ends there or its
    start is already the AP way (`1:30-2 p.m.`: only the end is fixed, as for
    a single time). The start loses its :00 and a leading zero; it gains the
    other half of the day when its clock is later than the end's (`10:00-2
    PM` -> `10 a.m.-2 p.m.`), and a start at the end's very hour reads as no
    range (`2:30-2 PM`), nor does a later start joined by "to" (`moved from
    8:00 to 7:30 PM`, `fall back from 2:00 to 1:00 AM`: a time changed, not
    a span, so only the end is fixed, as for a single time; qa227 #1)."""
    r = _START.match(text, max(0, at - 16), at)
    if r is None or (r.start() and (text[r.start() - 1].isalnum() or text[r.start() - 1] in _GLUED)):
        return None
    first = (int(r["hour"]) % 12, int(r["min"]))
    last = (int(hour) % 12, int(minutes or 0))
    if first[0] == last[0] and first > last or first > last and "to" in r["join"]:
        return None     # `2:30-2 PM`; `moved from 8:00 to 7:30 PM` is a change, no range (qa227 #1)
    clock = r["hour"] if r["min"] == "00" else f"{r['hour']}:{r['min']}"
    if first > last:
        clock += " a.m." if meridiem == "p" else " p.m."
    if clock == text[r.start():r.start("join")]:
        return None
    return r.start(), clock + r["join"]
