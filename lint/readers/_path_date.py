"""The publication date a dated file name gives a Markdown article with none
in its front matter, as the site generators read it: Jekyll a `YYYY-M-D-`
prefix of the file name (`_posts/2024-03-05-slug.md`, its posts'
convention), Eleventy `YYYY-MM-DD` anywhere in the path. An implausible date is refused with a
notice, as one written in the article is (`_conventions.refused_date`).
"""
from __future__ import annotations

import datetime as dt
import os

from .. import rx as regex

from ..document import Document
from ._conventions import refused_date

_JEKYLL_DATE = regex.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_ELEVENTY_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_from_path(doc: Document, markup: str) -> None:
    """Set `doc.published` (and `published_from`: "file name" or "file path")
    from a dated file name (Jekyll: a `YYYY-M-D-` prefix of the file name,
    under any `markup` but "none"; Eleventy: `YYYY-MM-DD` anywhere in the
    path, under "auto" and "eleventy"), or add the notice refusing it. No
    such date, or no real day (2024-02-30), leaves `doc` as it is."""
    if markup == "none":
        return
    name = os.path.basename(doc.path)
    found = _JEKYLL_DATE.match(name)
    source = "file name"
    if found is None and markup in ("auto", "eleventy"):
        found = _ELEVENTY_DATE.search(doc.path.replace(os.sep, "/"))
        source = "file path"
    if found is None:
        return
    try:
        value = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return
    notice = refused_date(value, source)
    if notice is None:
        doc.published, doc.published_from = value, source
    else:
        doc.notices.append(notice)
