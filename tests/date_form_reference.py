"""The check-by-check reading of date-form (`findings`: one month token read
for one check at a time), kept as the reference the one pass at run time
(`lint.kinds.date_form._token_deviations`) is compared with
(tests/test_date_form_one_pass.py, tests/test_style.py). It was the run-time
reading until pf18's one pass replaced it; it lives here so lint/ has one
implementation (fx147)."""
from __future__ import annotations

from lint.analysis.calendar import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from lint.kinds._date_form_scan import (ABBREVIATED, AP_ABBREVIATION, DAY_G, LEAD_IN, ORD_G,
                                        SLASHED_DAY_AFTER, YEAR, Month)
from lint.kinds._date_form_scan import year_goes_on
from lint.kinds.date_form import _later_days_written, _month_first
from lint.regex_cache import SERIAL


def _month_form(mo: Month, check: str) -> str | None:
    """The AP form of the month token, if it deviates in the `check` way."""
    full = ABBREVIATED.get(mo.name)
    if check == "abbreviate":
        return AP_ABBREVIATION.get(mo.name) if mo.context == "day" else None
    if full is None:
        return None
    if check == "form":
        want = AP_ABBREVIATION.get(full)
        written = mo.name + ("." if mo.dot else "")
        return want if mo.context == "day" and want and want != written else None
    # spell-out: an abbreviation AP never uses, or one without a day after it
    # or before it ("03 Feb 2026" is date-order's "Feb. 3, 2026", not "February").
    if mo.context in ("day", "day-first") and full in AP_ABBREVIATION:
        return None
    if mo.context == "" or (mo.context == "lead-in" and not mo.dot):
        return None  # too little evidence that `Jan` is a month here
    return full + ("." if mo.sentence_end else "")


def _later_days(text: str, at: int):
    """(start, end, replacement) for each ordinal among the later days of a
    range or list that opens with the day ending at `at` ("June 1st and 2nd":
    the 2nd), so the fixed copy is of one form ("June 1 and 2")."""
    for later in _later_days_written(text, at):
        if later[ORD_G]:
            yield later.start(DAY_G), later.end(), later[DAY_G].lstrip("0")


def findings(mo: Month, text: str, check: str):
    """(start, end, replacement) for each deviation of one month token."""
    if check == "ordinal":
        if mo.context == "day":
            if mo.day[ORD_G]:
                yield mo.day.start(DAY_G), mo.day.end(), mo.day[DAY_G].lstrip("0")
            yield from _later_days(text, mo.day.end())
        elif mo.context == "day-first" and mo.before["ord1"] and not (
                mo.before["day1"] == "4" and mo.name == "July"):   # the Fourth of July
            yield _month_first(mo, text)
    elif check == "leading-zero":
        # "Feb. 03" -> "Feb. 3"; a day with an ordinal is the ordinal check's
        # (its fix drops the zero too), and a day written first date-order's.
        # A zero-padded number may be a two-digit year instead: after a word
        # such as "in" or "since" ("failed in Sept. 08", unless a year follows:
        # "due by Feb. 03, 2027") and after a bare comma ("Jan. 3, 05"), so
        # neither is read as a day.
        if mo.context == "day" and (not LEAD_IN.match(text, max(0, mo.start - 12), mo.start, SERIAL)
                                    or YEAR.match(text, mo.day.end(), None, SERIAL)):
            for day in (mo.day, *_later_days_written(text, mo.day.end())):
                if day is not mo.day and text[day.start():day.start(DAY_G)].strip() == ",":
                    break
                if day[DAY_G].startswith("0") and not day[ORD_G]:
                    yield day.start(DAY_G), day.end(DAY_G), day[DAY_G][1:]
    elif check == "order":
        if mo.context == "day-first" and not mo.before["ord1"] and not mo.before["the"]:
            yield _month_first(mo, text)                   # "on 5 January" -> "on Jan. 5"
    elif check == "weekday":
        b = mo.before
        # a day a slash joins to a number ("Wed., March 5/6") counts as a day here (rr46b #1)
        slashed = mo.context == "" and SLASHED_DAY_AFTER.match(text, mo.end) is not None
        if b is not None and b["wd"] and (mo.context in ("day", "day-first") or slashed):
            full = WEEKDAY_NAMES[WEEKDAYS[b["wd"].lower()]]
            comma = "," if not b["wdparen"] and (mo.context == "day" or slashed
                                                 or (b["wdp"] or "").endswith(",")) else ""
            end = b.end("wdp") if b["wdp"] else b.end("wd")
            space = " " if b["wdparen"] and text[end:end + 1] == "(" else ""   # "Tues.(Nov. 17)"
            yield b.start("wd"), end, full + comma + space
    elif check == "year-comma":
        if mo.context == "day" and (year := YEAR.match(text, mo.day.end(), None, SERIAL)) is not None \
                and year["sep"].startswith(",") and year_goes_on(text, year.end()):
            at = year.start() + len(year["sep"])
            yield at, year.end(), text[at:year.end()] + ","
    elif check == "month-year":
        sep = mo.year["sep"] if mo.year else ""
        if mo.context == "year" and mo.name in MONTH_NAMES and ("," in sep or "of" in sep):
            yield mo.start, mo.year.end(), f"{mo.name} {mo.year[0][len(sep):]}"
    else:
        new = _month_form(mo, check)
        sep = mo.year["sep"] if mo.year and check == "spell-out" and mo.context == "year" else ""
        if new is not None and ("," in sep or "of" in sep):
            # "Sept., 2019" -> "September 2019" in one finding that says all the fix writes (nu29 #8)
            yield mo.start, mo.year.end(), f"{new} {mo.year[0][len(sep):]}"
        elif new is not None:
            yield mo.start, mo.end, new
