"""The day an update or correction note was written on.

An update or correction is often a note (`[^1]: Update, May 9, 2024: The
council will vote next Tuesday.`), dated after publication by design
(dates.after-publication leaves notes alone), or, in a format with no
footnotes (a site's page), a paragraph of the story (`<p><em>Update, May 9, 2024:
...</em></p>`, qa410 #7). A weekday counted from its own words (`next
Tuesday`) is counted from the note's date, not the publication day (qa395
#7): dates.relative-weekday names that day, in each paragraph of the note
(qa410 #5), or the day of a later label in the note (qa424 #4); a story's
label set as a paragraph of its own dates the paragraph after it (qa424 #7),
in Markdown as on a page (nu76 #5).
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from ..document import Part
from ..regex_cache import SERIAL
from .date_mention import DATE, Mention
from .date_scan import note_opener, opens_note

# The note's label ends at its first colon (none of a time's: `4:30 p.m.`),
# closing parenthesis or dash.
_LABEL_END = regex.compile(r":(?!\d)|[)—–]")
_LABEL_REACH = 40          # characters after the opener its date may stand within
# A date after the label's colon that a colon or dash ends itself:
# `Correction: May 9, 2024: ...` (qa410 #6).
_DATE_ENDS = regex.compile(r"\s*(?::(?!\d)|[—–])")
# A numeric date in the label, month first as AP and US copy write it
# (`Update, 5/9/2024:`, `Update, 5/9/24:`); a first number over 12 is the
# day (`13/5/2024`).
_NUMERIC = regex.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def note_days(parts, found: dict, published: dt.date | None) -> dict[int, dt.date]:
    """The day each `footnote` part among `parts` counts from, by part
    index: the latest dated label (`note_day`) among its note's paragraphs
    up to it, so a paragraph with its own later label (`Update, May 16,
    2024:` after the note's `Update, May 9, 2024:`) takes its own date
    (qa424 #4) and the paragraphs after it take it too. `found`: date
    mentions by part index. A part with no dated label before it is absent."""
    out: dict[int, dt.date] = {}
    last: dict[str, dt.date] = {}
    for p in parts:
        if p.kind != "footnote":
            continue
        day = note_day(p, found.get(p.index, ()), published)
        if day is not None:
            last[p.name] = day
        if p.name in last:
            out[p.index] = last[p.name]
    return out


def note_day(part: Part, found: list[Mention], published: dt.date | None,
             paragraphs: bool = False) -> dt.date | None:
    """The day of a `footnote` part (or, with `paragraphs`, for a format with
    no footnotes, a `paragraph` part) that opens as an update or correction
    note (`date_scan.opens_note`) and dates itself in its label,
    after `published` (`Update, May 9, 2024:`, `Correction (May 9, 2024):`,
    `Update, Thursday, May 9, 2024:`, `Update 4:30 p.m., May 9, 2024:`,
    `Correction: May 9, 2024:`, `Update, 5/9/2024:`, `Update, 5/9/24:` in
    the century nearest the publication, `_numeric_day`); None for any other
    part. `found`: the part's date mentions."""
    if not (part.kind == "footnote" or paragraphs and part.kind == "paragraph") or published is None or not opens_note(part.text):
        return None
    text = part.text
    opener = note_opener().match(text, None, None, SERIAL)
    label = _LABEL_END.search(text, opener.end(), opener.end() + _LABEL_REACH, SERIAL)
    if label is None:
        return None
    bare = not text[opener.end():label.start()].strip(" ,")
    for m in found:
        if m.kind == DATE and (opener.end() <= m.start and m.end <= label.start() or
                               bare and not text[label.end():m.start].strip() and _DATE_ENDS.match(text, m.end)):
            return _after(m.date, published)
    num = _NUMERIC.search(text, opener.end(), label.start())
    return None if num is None else _numeric_day(num, published)


def _numeric_day(num, published: dt.date) -> dt.date | None:
    """The day of a label's numeric date (`_NUMERIC` match `num`), if after
    `published`. A two-digit year is put in the century that sets it
    nearest the publication's year (qa424 #8; across a century's turn,
    `1/6/00` in a story of Dec. 29, 1999 is 2000: qa431 #9)."""
    a, b, year = map(int, num.groups())
    if len(num[3]) == 2:
        base = published.year // 100 * 100 + year
        year = min((base - 100, base, base + 100), key=lambda y: abs(y - published.year))
    month, day = (b, a) if a > 12 else (a, b)
    try:
        return _after(dt.date(year, month, day), published)
    except ValueError:
        return None


def _after(day: dt.date | None, published: dt.date) -> dt.date | None:
    return day if day is not None and day > published else None


def label_day(parts, part: Part, found: dict, published: dt.date | None) -> dt.date | None:
    """For a story's `paragraph` part (any format), the day of the update
    label set as a paragraph of its own right before it (`<p><strong>Update,
    May 9, 2024:</strong></p><p>...</p>`, NITF's next `<p>`: qa424 #7), or
    None. `parts`: the document's parts in order; `found`: date mentions by
    part index. The label paragraph must end at its label's colon, dash or
    parenthesis."""
    prev = parts[part.index - 1] if part.kind == "paragraph" and part.index else None
    if prev is None or prev.kind != "paragraph" or not prev.text.rstrip().endswith((":", ")", "—", "–")):
        return None
    return note_day(prev, found.get(prev.index, ()), published, True)
