"""`date-form`: AP style for how a date is written (not whether it is right).

AP abbreviates only Jan., Feb., Aug., Sept., Oct., Nov. and Dec., and only
before a day (`Jan. 5`); March to July are never abbreviated, and a month
alone or with a year only is spelled out (`January 2020`). Days are plain
numbers (`May 18`, not `May 18th` or `the 18th of May`; `Feb. 3`, not `Feb. 03`) and weekdays are
spelled out (`Wednesday, May 18`, not `Wed. May 18`); nothing stands between
a month and its year (`March 2020`, not `March, 2020` or `March of 2020`),
and a full date's year is set off by a comma when the sentence goes on
(`Dec. 1, 2026, at noon`).

Every one of these hangs on a month name, so one scan per part finds the
month tokens and reads the few characters on either side (`_date_form_scan`);
what it finds is read for every sort of deviation at once, one pass per
token (`deviations`), cached on the
document and shared by all rules of this kind, each of which reports one sort
(`check`), so a house can switch off just that one.
False alarms are avoided by context: `May` and `March` are never taken for
abbreviations, an abbreviation with no day must stand before a year or after a
word such as `in` (`Jan.` ending a sentence may be a person), `Sun`/`Wed`
count as weekdays only right before a date, and after `in` a number is a
count, not a day ("In January 25 people ..."), unless the month is abbreviated
("sworn in Jan. 6", "phase in Nov. 15": a date; issue 12, case 6). Where the
reading is open, no fix is offered: a fix that can make copy wrong is worse
than none.
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from ..analysis.dates import DATE, date_mentions
from ..analysis.quoted_spans import quoted
from ..analysis.date_scan import WEEKDAY_WORD
from ..analysis.weekday_pairs import weekday_pair
from ..analysis.sup_notes import (NO_WORD, SUPERSCRIPT_FIGURES, dated_text, has_superscript_figures, unread,
                                  unread_marks, unread_superscripts)
from ..readers._stitch import link_spans
from ..regex_cache import SERIAL
from .base import Finding, Kind, Option, by_check
from ._date_form_scan import (ABBREVIATED, AP_ABBREVIATION, DAY_G, LATER_DAY, LEAD_IN, ORD_G,
                             SENTENCE_GOES_ON, SEP_G, SLASHED_DAY_AFTER, WD_G, YEAR, Month, scan,
                             year_goes_on)
from .weekday_mismatch import wrong_weekdays
from ._read_dates import quoted_as_read

CHECKS = ("abbreviate", "spell-out", "form", "ordinal", "order", "weekday", "month-year",
          "leading-zero", "year-comma")


# The first day of a day range written before the month ("3-5 March"), right
# before the day the month follows: the month moves before the whole range.
_RANGE_FIRST_DAY = regex.compile(r"(?<![\p{L}\p{N}.,:])(?P<d>[12]\d|3[01]|0?[1-9])[-–]")


def _month_first(mo: Month, text: str) -> tuple[int, int, str]:
    """(start, end, replacement) turning a day-first date round into AP's
    month-first form with AP's month (`the 21st of October` -> `Oct. 21`,
    `5 January 2020` -> `Jan. 5, 2020`). A period after a full month name
    ends the sentence: it stays where it is; so does an abbreviation's that
    may end it (`ran on 5 Feb.` -> `ran on Feb. 5.`). Any other is the
    abbreviation's and goes with it (`3 Feb.-5 March` -> `Feb. 3-March 5`,
    not `Feb. 3.-`: qa43 #3). A range of days goes whole (`3-5 March 2026`
    -> `March 3-5, 2026`, not `3-March 5, 2026`: nu20)."""
    b = mo.before
    start = b.start("the") if b["the"] else b.start("day1")
    days = b["day1"].lstrip("0")
    first = None if b["the"] else next((m for k in (2, 3) if start >= k and (
        m := _RANGE_FIRST_DAY.fullmatch(text, start - k, start))), None)
    if first is not None:
        start, days = first.start(), f"{first['d'].lstrip('0')}{text[first.end() - 1]}{days}"
    comma = "," if mo.year and not mo.year["sep"].startswith(",") else ""
    end = mo.end if mo.name in ABBREVIATED else mo.start + len(mo.name)
    tail = ""
    if mo.name in ABBREVIATED and not mo.dot and text[end:end + 1] == ".":
        end += 1                                  # "Feb." before a hyphen: MONTH left its stop out
    elif mo.name in ABBREVIATED and mo.dot and not mo.year and SENTENCE_GOES_ON.match(text, end, None, SERIAL):
        tail = "."                                # the stop also ends the sentence
    full = ABBREVIATED.get(mo.name, mo.name)
    return start, end, f"{AP_ABBREVIATION.get(full, full)} {days}{comma}{tail}"


def _later_days_written(text: str, at: int):
    """Each LATER_DAY match of a range or list opening with the day ending at `at`."""
    while (later := LATER_DAY.match(text, at, None, SERIAL)) is not None:
        yield later
        at = later.end()


def _weekday(mo: Month, text: str, slashed: bool = False) -> tuple[int, int, str]:
    """(start, end, replacement) spelling out the weekday before the date of
    `mo` (its `before` match has one: `Wed. May 18` -> `Wednesday, May 18`,
    `Tues.(Nov. 17)` -> `Tuesday (Nov. 17)`); `slashed`: its day is one a
    slash joins to a number (`SLASHED_DAY_AFTER`), which takes the comma a
    day does (`Wed. March 5/6` -> `Wednesday, March 5/6`)."""
    b = mo.before
    full = WEEKDAY_NAMES[WEEKDAYS[b["wd"].lower()]]
    comma = "," if not b["wdparen"] and (mo.context == "day" or slashed or (b["wdp"] or "").endswith(",")) else ""
    end = b.end("wdp") if b["wdp"] else b.end("wd")
    space = " " if b["wdparen"] and text[end:end + 1] == "(" else ""   # "Tues.(Nov. 17)"
    return b.start("wd"), end, full + comma + space


class DateForm(Kind):
    name = "date-form"
    placeholders = frozenset({"replacement"})
    description = "AP date forms: month abbreviations, ordinals, abbreviated weekdays; fixable."
    fixable = True
    default_scope = ("dateline", "headline", "title", "dek", "heading", "paragraph",
                     "blockquote", "caption", "footnote")
    options = {
        "check": Option(str, required=True, choices=CHECKS,
                        help="which deviation to report: abbreviate (January 5), spell-out "
                             "(Mar. 5, Jan. 2020), form (Sep. 5, Jan 5), ordinal (May 18th, "
                             "the 18th of May), order (5 January), weekday (Wed. May 18), "
                             "month-year (March, 2020, March of 2020), leading-zero "
                             "(Feb. 03) or year-comma (Dec. 1, 2026 at noon)"),
        "message-wrong-day": Option(str, "", help="check weekday: the message when the weekday does not fit "
                                    "its date (dates.weekday-mismatch), where no fix is offered"),
    }

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        check = self.opts["check"]
        for part, start, end, new, *said in deviations_by_check(doc, parts).get(check, ()):
            if check == "order" and _in_wire_form(doc, part, start, end):
                continue        # the agency's own form: Reuters writes `LONDON, 3 March (Reuters) -` (nu70 #9)
            if check == "year-comma" and (part.attrs.get("block") in ("td", "th") or quoted(doc, part, start, end)):
                # a table's cell is data: `Dec. 1, 2026 | noon` is no sentence; AP does not alter a
                # quotation (qa47 #6)
                continue
            # a weekday its date contradicts (dates.weekday-mismatch): still abbreviated, but
            # spelling it out would write a wrong day in full; the writer picks the day first;
            # a year that ends a link's text would take the comma into the link (qa47 #6)
            held = check == "weekday" and start in wrong_weekdays(doc).get(part.index, ()) \
                or check == "year-comma" and _ends_link(doc, part, end)
            # a month-year past a <sup>: the message says the month, figure left out (qa441 #6)
            shown, new_said = said or (None, new)
            # a footnote mark in the span (a day-first date's) is kept by the fix, or the fix is held
            fix = new if said else _marks_kept(doc, part, start, end, new)
            if not said and fix is not None:
                new_said = fix
            yield Finding(part, start, end, args={"replacement": new_said}, fix=None if held else fix,
                          message=held and self.opts["message-wrong-day"] or None, shown=shown)
        if check == "weekday":
            for part, start, end, new in _listed_abbreviations(doc, parts):
                yield Finding(part, start, end, args={"replacement": new}, fix=new)


def _marks_kept(doc, part, start: int, end: int, new: str) -> str | None:
    """`new`, the fix for part.text[start:end], with the footnote marks the
    span holds (a day-first date's: `3¹ September 2023` -> `Sept. 3¹,`,
    qa452 #1) written after its last figure, where the day ends, so a fix
    never deletes a note's mark; None (no fix) when a mark is a `<sup>`'s
    (markup a text fix cannot write) or `new` has no figure. `new` itself
    when the span holds none (`dated_text` reads each mark as `NO_WORD`s)."""
    read = dated_text(doc, part)
    if NO_WORD not in read[start:end]:
        return new
    if any(kind == "superscript" and s < end and start < e for kind, s, e in part.attrs.get("inline", ())):
        return None
    at = next((i + 1 for i in range(len(new) - 1, -1, -1) if new[i].isdigit()), None)
    if at is None:
        return None
    marks = "".join(c for c, r in zip(part.text[start:end], read[start:end]) if r == NO_WORD)
    return new[:at] + marks + new[at:]


# The first weekday of a pair or range, where `weekday_pair` says it starts.
_OPENER = regex.compile(rf"(?P<first>(?:{WEEKDAY_WORD})\.?)(?!\p{{L}})", regex.IGNORECASE)

def _listed_abbreviations(doc, parts: list):
    """(part, start, end, replacement) of each abbreviated weekday of a
    list before its last ("Tues., Wed. and Thurs., March 4, 5 and 6":
    Tues. and Wed.), or the first of a pair or range ("Sat. and Sun.,
    March 8 and 9", "Tues. through Thurs., March 4-6": qa174 #4), as
    `dates.weekday-mismatch` reads them (`weekday_pairs.weekday_pair`, its
    `items` and `start`), when every weekday of it is its day's, so that
    the fixes spell the whole list, pair or range out (qa138 #13);
    the last one, before the date, is `deviations`', also before slashed
    days ("Tues./Wed., March 4/5": `SLASHED_DAY_AFTER`). A list with a wrong
    weekday (`wrong_weekdays`) is the writer's to set first: only its last
    is flagged, as before."""
    found = date_mentions(doc)
    for part in parts:
        for m in found.get(part.index, ()):
            if m.kind != DATE or "weekday" not in m.spans or (pair := weekday_pair(m)) is None:
                continue
            wrong = wrong_weekdays(doc).get(part.index, ())
            if m.spans["weekday"][0] in wrong or pair.start in wrong or any(item.start in wrong for item in pair.items):
                continue
            if pair.items:
                firsts = [(item.start, item.end, item.weekday) for item in pair.items[:-1]]
            elif (opener := _OPENER.match(part.text, pair.start)) is not None:
                firsts = [(*opener.span("first"), pair.weekday)]      # "Sat. and Sun.": its first (qa174 #4)
            else:
                firsts = []
            for start, end, weekday in firsts:
                written = part.text[start:end]
                if written.rstrip(".").lower() != WEEKDAY_NAMES[weekday].lower():
                    yield part, start, end, WEEKDAY_NAMES[weekday]


def deviations_by_check(doc, parts: list) -> dict[str, list[tuple]]:
    """check -> every (part, start, end, replacement) of that check in
    `parts`, in reading order (`base.by_check`); each part's `deviations`
    is read once a story whatever the scopes."""
    typed = doc.format == "markdown"         # a stamp at a line's start is copy there (nu73 #8)

    read = typed_deviations if typed else deviations

    def rows(part):
        # a day or year ends where a footnote mark starts (`Dec. 1, 2023<sup>1</sup> at`, `2023¹ at`,
        # `Jan. 5th<sup>6</sup>`: qa441 #1, qa448 #3, nu76 #4), read as the date mentions read it
        found = doc.per_part("style.date_form", part, lambda text: read(dated_text(doc, part)))
        if (any(k == "superscript" for k, _, _ in part.attrs.get("inline", ()))
                or has_superscript_figures(part.text) and SUPERSCRIPT_FIGURES.search(part.text)):  # qa441 #7
            found = found | _month_year_past_figures(doc, part, read)
        for check, spans in found.items():
            for s, e, new, *said in spans:
                yield check, (part, s, e, new, *said)
    return by_check(doc, "style.date_form_index", parts, rows)


def _month_year_past_figures(doc, part, read) -> dict[str, list[tuple[int, int, str]]]:
    """The month-year deviations of `part` read with a `<sup>`'s footnote
    figures as no word (`sup_notes.unread`): `September<sup>1</sup>, 2023`
    is `September, 2023`'s (qa434 #10), its span and fix only the separator
    and year after the `<sup>` (`, 2023` -> ` 2023`). Only this check reads
    them so: a day before a figure is the date readers' to settle first. The
    month-years with no figure read the same in both readings."""
    found = doc.per_part("style.date_form_sup", part, lambda text: read(unread_marks(part, unread(part, unread_superscripts(text)))))
    return {"month-year": found["month-year"]} if "month-year" in found else {}   # (those without one too)


def _in_wire_form(doc, part, start: int, end: int) -> bool:
    """Whether part.text[start:end] lies in a wire dateline the reader marked
    as written in its agency's own day-first form (`attrs["wire_form"]`),
    compared in the source, as the paragraph under it holds the same
    characters."""
    spans = doc.analysis("style.wire_form_datelines", lambda d: [
        p.source_span(0, len(p.text), d.source) for p in d.parts
        if p.kind == "dateline" and p.attrs.get("wire_form")])
    if not spans:
        return False
    s, e = part.source_span(start, end, doc.source)
    return any(d_start <= s and e <= d_end for d_start, d_end in spans)


def _ends_link(doc, part, end: int) -> bool:
    """Whether a link's text (Markdown or HTML) ends at `end`: a link the
    reader marked, or inline HTML in Markdown whose `</a>` follows the text's
    last character in the source (`<a href="…">Jan. 5, 2026</a>`, qa49 #8)."""
    if any(e == end for _, e in link_spans(part)):
        return True
    return end > 0 and CLOSES_LINK.match(doc.source, part.source_span(end - 1, end, doc.source)[1]) is not None


# Closing inline-HTML tags up to a link's end (`</em></a>`), right after a year.
CLOSES_LINK = regex.compile(r"(?i)(?:</(?:em|strong|b|i|span|u)\s*>)*</a\s*>")


def deviations(text: str, typed: bool = False) -> dict[str, list[tuple[int, int, str]]]:
    """Every check's (start, end, replacement) in one text, the checks with
    none left out, each list in text order. The nine rules of this kind read
    the same month tokens: each token is read for all of them at once, when
    the first rule asks, in one pass (`_token_deviations`; the tests keep a
    check-by-check reading to compare it with, tests/date_form_reference.py). A machine's date stamp ("This entry was
    posted on ...") is skipped: the theme's date, no style matter; with `typed` (a
    writer's Markdown) a line-start "Updated ..." or "Posted ..." is not (`scan`)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for mo in scan(text, typed):
        if not mo.meta:
            _token_deviations(mo, text, out)
    return out


def typed_deviations(text: str) -> dict[str, list[tuple[int, int, str]]]:
    """`deviations` of a writer's Markdown text."""
    return deviations(text, True)


def _add(out: dict, check: str, found: tuple[int, int, str]) -> None:
    if check in out:
        out[check].append(found)
    else:
        out[check] = [found]


def _token_deviations(mo: Month, text: str, out: dict) -> None:
    """The deviations of one month token for each of CHECKS, in CHECKS'
    order, added to `out`'s lists; each check's conditions tested cheapest first, and the
    matches two checks read (the year after a day, the later days) made once."""
    ctx, name = mo.context, mo.name
    full = ABBREVIATED.get(name)
    if ctx == "day" and (new := AP_ABBREVIATION.get(name)) is not None:
        _add(out, "abbreviate", (mo.start, mo.end, new))
    if full is not None:
        if not ((ctx == "day" or ctx == "day-first") and full in AP_ABBREVIATION or ctx == ""
                or ctx == "lead-in" and not mo.dot):
            new = full + ("." if mo.sentence_end else "")
            sep = mo.year[SEP_G] if mo.year and ctx == "year" else ""
            if "," in sep or "of" in sep:
                _add(out, "spell-out", (mo.start, mo.year.end(), f"{new} {mo.year[0][len(sep):]}"))
            else:
                _add(out, "spell-out", (mo.start, mo.end, new))
        if ctx == "day" and (want := AP_ABBREVIATION.get(full)) and want != name + ("." if mo.dot else ""):
            _add(out, "form", (mo.start, mo.end, want))
    if ctx == "day":
        day = mo.day
        later = list(_later_days_written(text, day.end()))
        if day[ORD_G]:
            _add(out, "ordinal", (day.start(DAY_G), day.end(), day[DAY_G].lstrip("0")))
        for d in later:
            if d[ORD_G]:
                _add(out, "ordinal", (d.start(DAY_G), d.end(), d[DAY_G].lstrip("0")))
    elif ctx == "day-first":
        if mo.before["ord1"]:
            if not (mo.before["day1"] == "4" and name == "July"):      # the Fourth of July
                _add(out, "ordinal", _month_first(mo, text))           # "the 21st of October"
        elif not mo.before["the"]:
            _add(out, "order", _month_first(mo, text))                 # "on 5 January" -> "on Jan. 5"
    if mo.before is not None and mo.before[WD_G]:
        # a day a slash joins to a number ("Wed., March 5/6") is no DAY_AFTER, but the weekday
        # is read against it as "Wed., March 5" is, right or wrong (rr46b #1, #2)
        slashed = ctx == "" and SLASHED_DAY_AFTER.match(text, mo.end, None, SERIAL) is not None
        if ctx == "day" or ctx == "day-first" or slashed:
            _add(out, "weekday", _weekday(mo, text, slashed))
    if ctx == "year" and name in MONTH_NAMES and mo.year:
        sep = mo.year[SEP_G]
        if NO_WORD in sep:      # a <sup>'s figure first (`_month_year_past_figures`): no fix over it
            at = mo.year.start() + sep.count(NO_WORD)
            if "," in sep or "of" in sep:     # (with what the message says: the month, no figure)
                year = mo.year[0][len(sep):]
                _add(out, "month-year", (at, mo.year.end(), f" {year}",
                                         name + sep.replace(NO_WORD, "") + year, f"{name} {year}"))
        elif "," in sep or "of" in sep:
            _add(out, "month-year", (mo.start, mo.year.end(), f"{name} {mo.year[0][len(sep):]}"))
    if ctx != "day":
        return
    year = YEAR.match(text, day.end(), None, SERIAL)
    if any(d[DAY_G].startswith("0") for d in (day, *later)) and (
            year or not LEAD_IN.match(text, max(0, mo.start - 12), mo.start, SERIAL)):
        for d in (day, *later):
            if d is not day and text[d.start():d.start(DAY_G)].strip() == ",":
                break
            if d[DAY_G].startswith("0") and not d[ORD_G]:
                _add(out, "leading-zero", (d.start(DAY_G), d.end(DAY_G), d[DAY_G][1:]))
    after = year.end() if year is not None else 0
    while text.startswith(NO_WORD, after):
        after += 1          # a footnote mark after the year (`unread_marks`): the fix stays before it
    if year is not None and year[SEP_G].lstrip(NO_WORD).startswith(",") and year_goes_on(text, after):
        at = year.start() + len(year[SEP_G])
        _add(out, "year-comma", (at, year.end(), text[at:year.end()] + ","))


KIND = DateForm
