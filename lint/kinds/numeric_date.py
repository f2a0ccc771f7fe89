"""`numeric-date`: a date written in figures (`11/2/2026`) in copy.

AP's "dates" entry writes a date as month, day and year (`Nov. 2, 2026`),
never in figures. Only three numbers joined by slashes count, the last a
year of two or four digits, with a reading as a date (a month of 1-12 and a
day of that month, in either order): a fraction (`3/4`), a ratio, `24/7`
and a path (`/2026/11/02/`, a URL's `…/11/2/2026`) are not dates. Hyphens
join them too (`11-2-2026`, nu23 #7), but only before a four-digit year
(`DASHED_YEAR`) and not after a word naming a code or number
(`CODE_BEFORE`: `Case No.`, `Section`, `§`, `Ordinance`, `Permit` ...) or
before a clock in hyphens (a file name's stamp, `12-29-2014 12-23-46 PM`);
no figures before a file name's extension count (`11-2-2026.pdf`): a
record `11-2-1`, a score `11-2`, a range `2024-2026`, a phone number and
ISO's `2026-11-02` stay quiet. No fix is
offered: `11/2/2026` is Nov. 2 to an American reader and Feb. 11 to most
others, and a fix that picks one can make the copy wrong. The message
gives each reading that exists. A table's cells (Markdown or HTML) are data,
not copy, and are not read; nor are code, front matter, headlines or
subheads (scope). qa47 #5 left out more that is not copy:

- a two-digit year counts only after a word that takes a date (`by
  12/31/21`, `as of 3/19/15`, `on Monday 3/4/26`): a stat line's `4/9/20`
  or `went 3/10/26 from three` is no date;
- a plain-text table: a line of a part with two or more lines set as a row
  (columns split by a tab or two spaces, or no word but figures), when
  another line of the part is one too; two spaces after a sentence's stop
  are a typing habit, a column only beside another gap on the line;
- a wire dateline (`NEW YORK, 11/2/2026 (Reuters) -`) and a stamp under a
  label in capitals (`STORY_DATE: 05/09/2014`);
- a direct quotation: the writer quotes what was said or written.
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES
from ..analysis.quoted_spans import quoted
from ..regex_cache import SERIAL
from .base import Finding, Kind
from .date_form import AP_ABBREVIATION

TABLE_CELLS = ("td", "th")   # `attrs["block"]` of a table's cell: data, not copy
NUMERIC = regex.compile(r"(?<![\p{L}\p{N}/.:#=?&_-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)"
                        r"(?P<y>\d{4}|\d{2})(?![\p{L}\p{N}/_-]|[.,:]\p{N})")
# With hyphens (`11-2-2026`, nu23 #7) only a four-digit year of 1600-2099
# counts, and not after a word that names a code or a number (`Case No.
# 11-2-2026`, `model 10-4-2026`): a record (`11-2-1`), a score (`11-2`), a
# range (`2024-2026`), a phone number (`1-800-555-0199`) and ISO's
# `2026-11-02` (a year first) are no such three numbers.
DASHED_YEAR = regex.compile(r"(?:1[6-9]|20)\d\d")
# A clock in hyphens after it (`12-29-2014 12-23-46 PM`): a screenshot's or
# camera's file name, a machine's stamp (FNC-1 body 571), not copy.
DASHED_CLOCK = regex.compile(r"[ _]\d{1,2}-\d\d(?:-\d\d)?(?!\d)")
CODE_BEFORE = regex.compile(
    r"(?:\b(?:no|nos|number|num|case|docket|file|order|model|part|sku|item|serial|ticket|lot|code|id|"
    r"ref|reference|invoice|policy|claim|account|acct|flight|route|bill|form|room|exhibit|tel|phone|"
    r"fax|cell|call|dial|ext|isbn|patent|version|v|"
    # a law's or a record's number (qa52 #7): `Section 11-2-2026`, `§ 12-10-2019`
    r"section|sec|sect|chapter|ch|article|art|rule|ordinance|ord|resolution|res|statute|"
    r"regulation|reg|permit|license|licence|batch|parcel|exit|c\.r\.s|p/n)\.?|#|§{1,2})[ \t]*:?[ \t]*\Z",
    regex.IGNORECASE)
# A file name's extension right after the figures (`11-2-2026.pdf`, qa52 #7).
FILE_EXTENSION = regex.compile(r"\.\p{L}[\p{L}\d]{1,4}\b")
# Words after which a two-digit year's figures are a date (read backwards
# from the figures, on their line).
DATE_CUE = regex.compile(
    r"(?:\b(?:on|by|before|after|since|until|till|from|through|thru|as\s+of|dated|effective|due|"
    r"expires?|expiring|expired|deadline|date|posted|updated|born|died|beginning|starting|ending|"
    r"(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)[ \t]*[:,]?[ \t]+)(?:\(\s*)?\Z", regex.IGNORECASE)
# A line set as a table's row: columns parted by a tab or two spaces, or no word at all.
# Two spaces after a full stop are a typing habit, not a column (qa49 #3):
# such a gap counts only when the line has another.
COLUMNS = regex.compile(r"\S(?:\t|  )\s*\S")
SENTENCE_GAP = regex.compile(r"[.!?][\"'\u201d\u2019)]*  (?! )(?=\S)")
WORD = regex.compile(r"\p{L}{2,}")
# `NEW YORK, 11/2/2026 (Reuters) -`: a place in capitals and a comma before the
# figures, an agency or a dash after them.
DATELINE_BEFORE = regex.compile(r"\A\s*\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?,\s*\Z")
DATELINE_AFTER = regex.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]{1,2}\s")
# `STORY_DATE: 05/09/2014`: a machine's label in capitals opening the line,
# or one joined by an underscore anywhere (FNC-1 #313's `... STORY_DATE:`).
STAMP_LABEL = regex.compile(r"(?:(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\d_ ]{2,}|\b\p{Lu}+_[\p{Lu}_]+):[ \t]*\Z")


def _reading(month: int, day: int, year: int) -> str | None:
    """`Nov. 2, 2026` for a month, day and year that make a day, else None."""
    try:
        dt.date(year if year >= 100 else 2000 + year, month, day)
    except ValueError:
        return None
    name = MONTH_NAMES[month - 1]
    shown = str(year) if year >= 100 else f"'{year:02d}"
    return f"{AP_ABBREVIATION.get(name, name)} {day}, {shown}"


class NumericDate(Kind):
    name = "numeric-date"
    placeholders = frozenset({"reading"})
    description = "Flags a date written in figures (11/2/2026, 11-2-2026); AP writes Nov. 2, 2026."
    default_scope = ("dek", "paragraph", "blockquote", "caption", "footnote")

    def check(self, doc, parts):
        for part in parts:
            text = part.text
            if part.attrs.get("block") in TABLE_CELLS or not _may_hold(text):
                continue
            rows = None           # read when the part's first figures are found
            for m in NUMERIC.finditer(text, None, None, False, SERIAL):
                if rows is None:
                    rows = _rows(text)
                if _not_copy(doc, part, m, rows):
                    continue
                a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
                first, second = _reading(a, b, y), _reading(b, a, y)
                if first is None and second is None:
                    continue
                if first and second and first != second:
                    how = f"'{first}' if the month comes first, '{second}' if the day does"
                else:
                    how = f"'{first or second}'"
                yield Finding(part, m.start(), m.end(), args={"reading": how})


def _may_hold(text: str) -> bool:
    """Can NUMERIC match in `text`? It needs a slash, or a hyphen after a
    digit: plain string tests spare its scan of most parts, which have
    hyphens only inside words."""
    if "/" in text:
        return True
    i = text.find("-")
    while i != -1:
        if i and text[i - 1].isdigit():
            return True
        i = text.find("-", i + 1)
    return False


def _columns(line: str) -> bool:
    """The line has a column gap: a tab, two spaces or more not after a
    sentence's stop, or two gaps of any kind."""
    gaps = len(COLUMNS.findall(line))
    return gaps > 1 or gaps > len(SENTENCE_GAP.findall(line))


def _rows(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line set as a table's row, when two lines or
    more of the text are; else none."""
    if "\n" not in text:
        return []
    rows, at = [], 0
    for line in text.split("\n"):
        if line.strip() and (_columns(line.strip()) or not WORD.search(NUMERIC.sub("", line))):
            rows.append((at, at + len(line)))
        at += len(line) + 1
    return rows if len(rows) >= 2 else []


def _not_copy(doc, part, m, rows) -> bool:
    """Figures that are not a date in copy (the module's docstring)."""
    start, end, text = m.start(), m.end(), part.text
    line_start = text.rfind("\n", 0, start) + 1
    if m["sep"] == "-" and (not DASHED_YEAR.fullmatch(m["y"]) or DASHED_CLOCK.match(text, end)
                            or CODE_BEFORE.search(text, max(line_start, start - 16), start)):
        return True
    if FILE_EXTENSION.match(text, end):
        return True
    if len(m["y"]) == 2 and not DATE_CUE.search(text, line_start, start):
        return True
    if any(s <= start and end <= e for s, e in rows):
        return True
    if DATELINE_BEFORE.match(text, 0, start) and DATELINE_AFTER.match(text, end):
        return True
    if STAMP_LABEL.search(text, max(0, line_start - 1, start - 40), start):
        return True
    return quoted(doc, part, start, end)


KIND = NumericDate
