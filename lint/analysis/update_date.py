"""The date a story says it was last updated, from the fields its reader
kept: Markdown front matter (`lastmod`, Hugo's key; `updated`, `modified`,
`last_modified`, `date_modified`, any case) and a page's meta tags
(`article:modified_time`, `og:updated_time`, `itemprop=dateModified`); and
from the dates its reader found in the story (`Document.updates`): a
plain-text or Markdown `Updated Dec. 4, 2026` stamp line
(`readers._text_stamps`), one in a page's story text (`readers._html_dates.story_updates`, fx106)
and a page's JSON-LD `dateModified` (fx88).
None of them is ever the publication date's source here. A stamp with no
year (`Updated 3:15 p.m. Dec. 4`: `Document.update_days`) takes the year
that puts it on or after the publication date (`placed_update`), unless
that date is itself an `Updated` stamp's (fx94), and on or after a dated
update stamp read before it (`Updated Nov. 28, 2026` over `Updated 9 a.m.
Dec. 1`, the live-blog shape, qa64 #11); with neither, its year is no one's
guess and it gives no date.

A value is a YAML date or datetime, or a string opening with an ISO date
(`2026-12-03`, `2026-12-03T09:00:00-05:00`); a datetime's date is taken as
written, in its own time zone, as the publication date is. Anything else
(a number, a list, `0000-00-00`, `Dec. 3`) gives no date. An implausible
date is refused as a publication date is (`calendar.implausible_publication`:
before 1800, a CMS placeholder such as `0001-01-01`, or after tomorrow), so a
typed `lastmod: 9999-12-31` does not silence every later date.

A live log or an updated story keeps its first date as `date`, and what it
tells of the hours after that was written in an update
(`dates.after-publication` reads up to this date, nu26 #6).
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from .calendar import add_days, coerce_date, implausible_publication

UPDATE_KEYS = frozenset({"lastmod", "updated", "modified", "last_modified", "last-modified",
                         "lastmodified", "date_modified", "datemodified", "article:modified_time",
                         "og:article:modified_time", "og:updated_time"})
_ISO = regex.compile(r"\s*\d{4}-\d{2}-\d{2}(?!\d)")


def update_date(doc) -> dt.date | None:
    """The latest plausible update date among doc.fields' update keys,
    doc.updates and doc.update_days (`placed_update`: on or after the
    latest plausible of the publication date, unless an `Updated` stamp
    gave it, and the dated update stamp read before the yearless one), or None."""
    found = [d for key, value in doc.fields.items()
             if isinstance(key, str) and key.lower() in UPDATE_KEYS and (d := update_value(value)) is not None]
    found += doc.updates
    published = None if doc.published is None or _from_an_update(doc) else doc.published
    for day, stamp in doc.update_days:
        after = max((d for d in (published, stamp) if d is not None and implausible_publication(d) is None),
                    default=None)
        if after is not None and (d := placed_update(day, after)) is not None:
            found.append(d)
    return max((d for d in found if implausible_publication(d) is None), default=None)


def placed_update(day: dt.date, published: dt.date) -> dt.date | None:
    """The date of an update stamp with no year (`Updated 3:15 p.m. Dec. 4`;
    `day`: its month and day in leap year 2000) in a story published on
    `published`: that day in the publication's year, or in the next year
    when it would come before the publication (published Dec. 30, updated
    Jan. 2), so never before the publication and less than a year after
    it. None for Feb. 29 in a common year."""
    for year in (published.year, published.year + 1):
        try:
            when = day.replace(year=year)
        except ValueError:
            return None
        if when >= published:
            return when
    return None


def _from_an_update(doc) -> bool:
    """Whether the publication date is an `Updated` stamp's own (a story
    with no `Published` line, fx78): a stamp with no year may then be an
    earlier update or a later one, so its year is no one's guess."""
    part = doc.published_part
    return part is not None and part.kind == "field" and part.name == "updated"


def update_value(value) -> dt.date | None:
    """`calendar.coerce_date`, kept to values that are dates or open with an
    ISO date: an update key's free text ("Dec. 3, 2026") gives none."""
    if isinstance(value, str) and _ISO.match(value) is None:
        return None
    return coerce_date(value)


def written_by(doc, grace_days: int) -> dt.date:
    """The last day the story may date what it tells as done (an event told
    past, a picture taken): `grace_days` after its publication date, or its
    update date (`update_date`) when that is later. Needs doc.published."""
    limit = add_days(doc.published, grace_days)
    updated = update_date(doc)
    return updated if updated is not None and updated > limit else limit
