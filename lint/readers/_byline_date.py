"""A saved page's publication date from its byline's CMS stamp ("By Ann Lee
| Monday, Dec. 29, 2014"): the date a page with no date in its markup
(JSON-LD, meta tags, `<time>`, its URL) prints for its story, read before
htmldate's guess from the page's text (nu75 #4). Only the first byline that
`_html_stamps.byline_writer` read as a writer and a stamp; only a full date
(with its year) that no update's word ("Updated", "Modified") comes before:
an update stamp is never the publication date (fx106). The stamp is
weaker than the story's own year: when a date the story writes in full
(`Dec. 29, 2014`, `March 2014`) names another year, the page stays undated
and that year governs its yearless dates (`story_year`, qa423 #3)."""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from ..document import Document, Part
from ._html_dates import parse_published

# Where a date may open in a stamp: a weekday's or a month's word, or a figure.
_DATE_START = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:(?:mon|tue|wed|thu|fri|sat|sun"
                            r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d)")
# An update's word: the date after it is the update's.
_UPDATE = regex.compile(r"(?i)\b(?:updated?|modified|edited|revised)\b")
SOURCE = "the byline's stamp"


def byline_date(doc: Document) -> tuple[dt.date, Part, int] | None:
    """(date, byline part, offset of the date in its text) of the first
    byline with a writer and a stamp (attrs["writer"]), its stamp's first
    full date outside the name (after it, else before it: "Posted Dec. 29,
    2014 by Jan Sun"); None when that byline's stamp holds none, or only
    after an update's word, or no such byline is read."""
    for part in doc.parts:
        if part.kind != "byline" or "writer" not in part.attrs or \
                part.attrs.get("hidden") or part.attrs.get("sidebar"):
            continue
        start, end = part.attrs["writer"]
        for lo, hi in ((end, len(part.text)), (0, start)):
            for m in _DATE_START.finditer(part.text, lo, hi):
                if _UPDATE.search(part.text, lo, m.start()):
                    break
                value = parse_published(part.text[m.start():hi])
                if value is not None:
                    return (value, part, m.start()) if _story_years(doc, part) <= {value.year} else None
        return None
    return None


# The parts whose written dates are the story's own (not a page's stamps).
_STORY_KINDS = frozenset(("paragraph", "heading", "blockquote", "caption", "dateline"))


def _story_years(doc: Document, stamp: Part) -> set[int]:
    """The years of the dates and months the story writes with their year."""
    from ..analysis.date_mention import DATE, MONTH      # (only for a page dated by its byline)
    from ..analysis.dates import find_mentions

    return {m.first.year for p in doc.parts if p.kind in _STORY_KINDS and p is not stamp
            for m in find_mentions(p.text, None, p)
            if m.year_written and m.kind in (DATE, MONTH) and m.first is not None}
