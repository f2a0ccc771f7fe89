"""The front-matter keys the readers know by name: which hold the headline,
other titles, the dek, the byline and the publication date, and how a key
written in another case is matched (`known`, Hugo's way) or not (`same`,
Jekyll's and Eleventy's)."""
from __future__ import annotations

import datetime as dt

from . import _fm_images
from ._conventions import FRONT_MATTER_DATE_KEYS

DATE_KEYS = FRONT_MATTER_DATE_KEYS
# The keys a dek is given by: the four read from the start, then the ones real sites use
# (digitalgov's Hugo `deck`, the Daily Bruin's Jekyll `teaser`, Jekyll's and 18F's Eleventy
# `excerpt`, and `subhead`, `standfirst`, the HTML reader's dek class names). Each one there is a
# dek part: a site shows them all (under the hed, in listings, in meta tags), so a fault in any is one
# a reader sees.
DEK_KEYS = {"description", "summary", "subtitle", "dek", "deck", "teaser", "excerpt", "subhead", "standfirst"}
BYLINE_KEYS = {"author", "byline", "authors"}
HEADLINE_KEYS = ("headline", "hed")          # an explicit headline beats `title`
# The keys a headline may be given by, in any case: one there with no text (`title: ""`, `title: ~`,
# `title: []`) is read as stated with no headline, so each language's reader gives it an entry.
HEADLINE_NAMES = frozenset(k.lower() for k in (*HEADLINE_KEYS, "title"))
# The keys a publication date may be given by, in any case: one holding no text and no date
# (`date = 1e400`, `date: [2024, 1]`) is read as stated (`no_date`), so it is said, as `date: TK` is.
DATE_NAMES = frozenset(k.lower() for k in DATE_KEYS)
TITLE_KEYS = {"seo_title", "seoTitle", "og_title", "social_title", "linktitle", "linkTitle",
              "short_title", "meta_title"}    # other title fields, compared with the headline
# Hugo reads every front matter key in any case (`Title`, `Summary`, `PublishDate`), so the
# well-known keys are matched so (lower case -> as this reader spells it); a part keeps the
# key as written. Jekyll's and Eleventy's keys are case-sensitive (Jekyll ignores `Date:` and
# dates the post by its file name): with `markup: jekyll` or `eleventy` only the exact key is
# read (`case_blind`), and in any mode the exact key beats another case of it.
KNOWN_KEYS = {k.lower(): k for k in (*HEADLINE_KEYS, "title", *sorted(TITLE_KEYS), *DEK_KEYS,
                                     *BYLINE_KEYS, *DATE_KEYS)}


def known(key: str) -> str:
    """The well-known key `key` is in another case (`Title` -> `title`), else `key`."""
    return KNOWN_KEYS.get(key.lower(), key)


def same(key: str) -> str:
    return key


def named(key: str) -> bool:
    """Whether the top front-matter key `key` is one newslint reads by name,
    in any case: a headline, title, dek, byline or date key, or a picture's
    (`image`, `featured_image`, `image_credit`, a bare `credit`: `_fm_images`),
    the keys `rank` puts before all others."""
    return rank(key) < OTHER


_FIRST = HEADLINE_NAMES | {k.lower() for k in DATE_KEYS}


def rank(key: str) -> int:
    """When the top front-matter key `key` is read under the value cap
    (`_fm_entry.capped`): 0 a headline or date key, 1 another key read by
    name (a title, dek or byline key), 2 a picture's, 3 any other; keys of
    one rank in the file's order. So a gallery of thousands of `images`
    written first cannot leave the title and date unread."""
    low = key.lower()
    return 0 if low in _FIRST else 1 if low in KNOWN_KEYS else 2 if _fm_images.picture_key(key) else OTHER


OTHER = 3       # `rank` of a key newslint does not read by name


def no_date(key: str, value: object) -> bool:
    """Whether top key `key` is a date key (`DATE_NAMES`) whose value is
    neither text nor a date nor empty (a number, `true`, a list, a mapping,
    binary data): each reader gives it an `Entry.stated`, and the front
    matter says it is not a date."""
    return key.lower() in DATE_NAMES and value not in (None, "") and \
        not isinstance(value, (str, dt.date)) and (not isinstance(value, (list, dict)) or bool(value))
