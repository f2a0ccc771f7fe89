"""The publication date a lint computes with, and the `-v` line saying where
it came from: the `--published` date or the config's first, then the
article's own. An implausible one (too far ahead for its source, a
placeholder year) is refused and never used (`readers.refused_date`), so no
date check computes with year 1 or 9999; each refusal is a
`file.implausible-date` finding the engine places.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .config import Config
from .document import Document
from .readers import USER_DATE_SOURCE, refused_date
from .readers._fm_unread import unread_date
from .readers.patterns import dateline_match


def settle(doc: Document, config: Config) -> tuple[Document, list[tuple[str, int]]]:
    """Settle the publication date: `--published`/config first, then the
    article's own. An implausible date (`implausible_publication`; how far
    ahead depends on the source: `_conventions.PLANNED_RUN_SOURCES`) is refused
    and never used, so no date check computes with year 1 or 9999. Returns the
    document to lint (a copy when the date changes: `doc` is never changed) and
    (message, offset) for each date refused: at the date's value, or for a
    date with none in the text (`--published`, the config's) at the article's
    start (`Document.article_at`), which no audit slice moves (qa386 #2)."""
    candidates = [(doc.published, doc.published_from, doc.published_part)]
    if config.published:
        candidates.insert(0, (config.published, USER_DATE_SOURCE, None))
    chosen, passed = (None, "", None), []
    for date, source, part in candidates:
        if date is None:
            continue
        at = part.source_offset(0) if part is not None else doc.article_at
        if refused_date(date, source, at) is None:
            chosen = (date, source, part)
            break
        passed.append((date, source, at))
    instead = f"the article's own, {chosen[0].isoformat()} (from {chosen[1]})" if chosen[0] else ""
    refused = [(notice.message, notice.offset) for date, source, at in passed
               if (notice := refused_date(date, source, at, instead)) is not None]
    if chosen != (doc.published, doc.published_from, doc.published_part):
        doc = replace(doc, published=chosen[0], published_from=chosen[1],
                      published_part=chosen[2], cache={})
    return doc, refused


def note(doc: Document, undated: bool, refused: bool) -> str:
    """The `-v` line on the publication date: where it came from, that it is
    still to come, or why there is none (`refused`: one was given but refused,
    and its warning says why). A file the summary's note does not count as
    `undated` (an empty file, no dated check on) says why."""
    if doc.published is None and refused:
        return f"{doc.path}: the publication date given was refused (see the warning); checks that need one are quiet"
    if doc.published is None and not undated:   # not counted in the summary's note (nu29 #9)
        return (f"{doc.path}: empty: no publication date to look for" if doc.empty
                else f"{doc.path}: no publication date found, and no check selected needs one")
    if doc.published is None:
        why = unread_date(doc) or _yearless_dateline(doc)     # `Date:` under Jekyll (nu20 #4)
        return f"{doc.path}: no publication date found{f' ({why})' if why else ''}; checks that need one are quiet"
    if doc.published > dt.date.today():   # a scheduled story (`_conventions.PLANNED_RUN_SOURCES`)
        return (f"{doc.path}: published {doc.published.isoformat()} (from {doc.published_from}), "
                "a date still to come: linted as if it ran then")
    return f"{doc.path}: published {doc.published.isoformat()} (from {doc.published_from})"


def _yearless_dateline(doc: Document) -> str:
    """Why a story under a wire dateline is undated when that dateline's date
    has no year (`BOSTON, April 20 (Reuters) - `): "the wire dateline's date,
    'April 20', gives no year", or "" for any other story. No year is
    guessed: the date checks compare dates in full, and a story dated Dec. 30
    may tell of a Jan. 2 in the next year (nu43 M4; docs/dates.md)."""
    part = next((p for p in doc.parts if p.kind == "dateline" and p.attrs.get("wire")), None)
    # (the pattern reads the space after the dash)
    m = dateline_match(part.text + " ") if part is not None else None
    if m is None or not m["date"] or m["year"]:
        return ""
    return f"the wire dateline's date, {m['date']!r}, gives no year"
