"""Time stamp lines over a story (`Published June 5, 2026`, `Updated 5:32
p.m. ET, Oct. 14`, `Posted: 3 hours ago`): what `stamp_line` reads on one
line, and the publication date the stamps of one story give (`StampDates`).
The plain-text reader (lint/readers/text.py) reads them over the story and
right under its standfirst or byline (`under_top`); the Markdown reader
above its story (`_md_preamble`), with this code. Their lead words are `published_leads`, `updated_leads` and
`stamp_days` in lint/data/plain_text.yaml (its comments give the sources).
A writer's stamp that names the writer too (`Posted by Jane Doe on March 3,
2026`) is `_release_lines`'."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import WEEKDAY_NAMES, parse_date_line
from ..analysis.word_patterns import phrase_alternation as _phrases
from ..document import Document, Part
from ..rule_cache import load_data

# A clock time beside a stamp's date, before or after it (`5:32 PM EDT Jun
# 5, 2026`, `June 5, 2026 at 4:30PM ET`): minutes or a.m./p.m. in either
# case, then a time zone's capitals.
CLOCK = r"\d{1,2}(?::\d\d\s*(?i:[ap]\.?m\.?)?|\s*(?i:[ap]\.?m\.?))(?:\s+\p{Lu}{2,4})?"


def stamp_days(data: dict) -> str:
    """The pattern of a day a stamp names with no date (`yesterday`,
    `Tuesday`: `stamp_days` of lint/data/plain_text.yaml, parsed as `data`,
    or a weekday), in any case."""
    return rf"(?i:{_phrases(data['stamp_days'])}|{'|'.join(WEEKDAY_NAMES)})"


# A date with a clock time before or after it (`7:05 p.m. Dec. 1`, `Dec. 1,
# 2026, at 7 PM`): a stamp's body, and a web page's stamp term's (`_html_dates`).
DATE_AND_CLOCK = rf"(?:{CLOCK},?\s+)?(?P<date>.+?)(?:(?:,|\s+at|\s+-)?\s+{CLOCK})?"


def _stamp(leads) -> regex.Pattern:
    """A time stamp line: a lead (`Published`, `Updated`), then the date, a
    clock time before or after it, and an update's note after a `|`."""
    return regex.compile(rf"(?i:{_phrases(leads)})\s*:?\s+{DATE_AND_CLOCK}"
                         r"(?:\s*[|·•–—-]?\s+(?i:last\s+)?(?i:updated|modified)\b.*)?")


# A stamp's time with no calendar date: `5:32 p.m. ET`, `3 hours ago`.
TIME_ONLY = regex.compile(rf"{CLOCK}|(?i:\d+\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago|just\s+now)")
_STAMP_SEPARATOR = regex.compile(r"\s+[|·•]\s+")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The stamp patterns, built from lint/data/plain_text.yaml on first use."""
    data = load_data("plain_text.yaml")
    return {
        "published": _stamp(data["published_leads"]),
        "updated": _stamp(data["updated_leads"]),
        "published lead": regex.compile(rf"(?i:{_phrases(data['published_leads'])})\s*:?\s+"),
        "updated lead": regex.compile(rf"(?i:{_phrases(data['updated_leads'])})\s*:?\s+"),
        "stamp day": regex.compile(stamp_days(data)),
    }


def stamp_lead_end(line: str) -> int:
    """Where the lead words of a stamp opening `line` end, with their label
    colon and the spaces after it (`Updated: ` -> 9, `Last updated on `),
    or 0 when no `published_leads` or `updated_leads` word opens it."""
    m = _patterns()["published lead"].match(line) or _patterns()["updated lead"].match(line)
    return m.end() if m else 0


def stamp_line(line: str):
    """(`published` or `updated`, date or None, month and day or None, lead
    words) for a time stamp line (`Published June 5, 2026`, `Updated 5:32
    p.m. ET, Oct. 14`, `Published: 3 hours ago`), else None. The date only
    when the line carries a year: without one the year is a guess (as a wire
    dateline's is), so the line gives none, but it is a stamp all the same,
    no prose and no headline; its month and day (a date in leap year 2000)
    are kept for `stamped_date`. The lead words are the stamp's own as
    written (`Posted`, `Last modified`), for the verbose note that names
    where the date came from: one, or two when the date is a `Published`
    stamp's day in its update's year. On one line with an update
    (`Published June 5 | Updated June 6, 2026`) it takes the update's year,
    as on two lines."""
    if len(line) > 80:
        return None
    pieces = _STAMP_SEPARATOR.split(line)
    if len(pieces) > 1:        # `Updated: June 6, 2026 | Published: June 5, 2026`: the Published stamp's date
        stamps = [stamp_line(piece) for piece in pieces]
        if all(stamps):
            published = next((s for s in stamps if s[0] == "published"), None)
            updated = next((s for s in stamps if s[0] == "updated" and s[1] is not None), None)
            if published and published[1] is None and published[2] is not None and updated:
                # `Published June 5 | Updated June 6, 2026`: June 5 in the update's year (`stamped_date`)
                when = stamped_date(published[2], updated[1])
                return ("published", when, None, (published[3][0], updated[3][0])) if when else published
            return published or stamps[0]
    for name in ("published", "updated"):
        m = _patterns()[name].fullmatch(line)
        if m is None:
            continue
        when = parse_date_line(m["date"])
        day = parse_date_line(m["date"], default_year=2000) if when is None else None
        after_lead = _patterns()[name + " lead"].match(line).end()      # `Updated 5:32 p.m. ET`: a time alone
        if when is not None or day is not None or TIME_ONLY.fullmatch(m["date"]) \
                or TIME_ONLY.fullmatch(line, after_lead) or _patterns()["stamp day"].fullmatch(m["date"]):
            return name, when, day, (line[:after_lead].rstrip(" \t:"),)
    return None


def add_updates(doc: Document, line: str) -> None:
    """Add the update stamps of a stamp line to `doc`: the line itself
    (`Updated Dec. 4, 2026`) or its pieces between bars (`Published Dec. 3,
    2026 | Updated 3:15 p.m. Dec. 4`). One with its year is an update date
    (`Document.updates`), never the publication date; one with a month and
    day but no year goes to `Document.update_days` with the latest dated
    update stamp read before it (`Updated Nov. 28, 2026` over `Updated 9
    a.m. Dec. 1`, on one line or two) or None, for `analysis.update_date`
    to place on or after that stamp or the publication date."""
    pieces = _STAMP_SEPARATOR.split(line)
    for stamp in [stamp_line(piece) for piece in pieces] if len(pieces) > 1 else [stamp_line(line)]:
        if stamp is not None and stamp[0] == "updated":
            if stamp[1] is not None:
                doc.updates.append(stamp[1])
            elif stamp[2] is not None:
                doc.update_days.append((stamp[2], max(doc.updates, default=None)))


def stamped_date(day: dt.date, updated: dt.date) -> dt.date | None:
    """The publication date of a `Published June 5` line with no year over
    an `Updated June 6, 2026` one: its month and day in the update's year,
    or the year before when that would come after the update (a story
    published Dec. 31 and updated Jan. 2). None for Feb. 29 in a common year."""
    for year in (updated.year, updated.year - 1):
        try:
            when = day.replace(year=year)
        except ValueError:
            return None
        if when <= updated:
            return when
    return None


def _source(leads: tuple[str, ...]) -> str:
    """Where a stamp's date came from, in the stamp's words (nu25 #13): `the
    'Posted' line`, or `the 'Posted' line, in the 'Last modified' line's
    year` when it took an update's year."""
    if len(leads) == 1:
        return f"the '{leads[0]}' line"
    return f"the '{leads[0]}' line, in the '{leads[1]}' line's year"


class StampDates:
    """The publication date the time stamp lines of one story give, as a
    reader meets them (`add`): a `Published` line's over an `Updated`
    one's, and a `Published June 5` line with no year takes the year of an
    `Updated June 6, 2026` line, above or below it (`stamped_date`), never
    the update's date itself. With no `Published` line, the earliest
    `Updated` line's date, whichever comes first on the page: the story ran
    by then, and a later one is an update to it, never its publication
    (`Updated Dec. 3, 2026` over `Updated Dec. 5, 2026`: Dec. 3). A date
    some other line gave (a date line, front matter) stands. An update's
    date with its year is the story's update date too (`add_updates`)."""

    def __init__(self) -> None:
        self._undated: tuple[dt.date, Part, str] | None = None   # the first year-less `Published` line
        self._update: tuple[Part, str] | None = None    # the update stamp whose date stands, and its lead

    def add(self, doc: Document, stamp: tuple, part: Part) -> None:
        """Add the field `part` of a stamp line (`stamp_line`'s `stamp`) to
        `doc` and take its date for the publication date when it gives one."""
        doc.add(part)
        add_updates(doc, part.text)
        name, when, day, leads = stamp
        from_update = self._update is not None and doc.published_part is self._update[0]
        if when is None:
            if name == "published" and day is not None and self._undated is None:
                self._undated = day, part, leads[0]
                if from_update and (when := stamped_date(day, doc.published)) is not None:
                    doc.published, doc.published_part = when, part
                    doc.published_from = _source((leads[0], self._update[1]))
            return
        if doc.published is not None and not from_update:
            return
        if name == "updated" and from_update and when >= doc.published:
            return      # a second `Updated` line, no earlier: the earliest stands (qa63 #12e)
        if name == "updated" and self._undated is not None:
            day, undated, lead = self._undated
            published = stamped_date(day, when)
            if published is not None:
                doc.published, doc.published_part, doc.published_from = published, undated, _source((lead, leads[0]))
                return
        doc.published, doc.published_part, doc.published_from = when, part, _source(leads)
        if name == "updated":
            self._update = part, leads[0]


def under_top(doc: Document, line: str, over_story: Callable[[], bool]):
    """The stamp (`stamp_line`) of a line in a story's body right under its
    top, or None: a stamp with a full date, year and all (`Published Nov.
    23, 2026`), right under the byline or under the story's first paragraph
    when a headline stands over that (a standfirst: the stamp is the
    story's, qa58), and over the rest of the story (`over_story`: text
    follows it, or the byline is the next line of its block). Deeper in
    the body, at its foot and with a day alone, a line that opens with
    `Published` is prose."""
    parts = doc.parts
    if not parts:
        return None
    last = parts[-1]
    if last.kind != "byline" and not (last.kind == "paragraph" and _standfirst(parts)):
        return None
    stamp = stamp_line(line)
    return stamp if stamp is not None and stamp[1] is not None and over_story() else None


def _standfirst(parts: list[Part]) -> bool:
    """Whether the last of `parts` is the story's first paragraph, a headline
    over it: read back to the headline or an earlier paragraph, which in a
    story's body is the part before (one step a body line, not the whole
    list)."""
    for k in range(len(parts) - 2, -1, -1):
        if parts[k].kind in ("paragraph", "headline"):
            return parts[k].kind == "headline"
    return False
