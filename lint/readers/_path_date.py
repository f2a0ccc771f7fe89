"""The publication date a dated file name gives a Markdown article with none
in its front matter, as the site generators read it: Jekyll a `YYYY-M-D-`
prefix of the file name (`_posts/2024-03-05-slug.md`, its posts'
convention), Eleventy `YYYY-MM-DD` anywhere in the path. An implausible date is refused with a
notice, as one written in the article is (`_conventions.refused_date`).
Jekyll also titles a post with no title from the slug after that date
(`title_from_slug`).
"""
from __future__ import annotations

import datetime as dt
import os

import regex

from ..document import Document
from ._conventions import refused_date
from ._fm_keys import HEADLINE_NAMES

_JEKYLL_DATE = regex.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_ELEVENTY_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# A Jekyll post's file name: its date, the slug, the last extension.
_JEKYLL_SLUG = regex.compile(r"^\d{2,4}-\d{1,2}-\d{1,2}-(?P<slug>.*)\.[^.]+$")


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


def title_from_slug(doc: Document, markup: str, lang: str = "yaml") -> None:
    """Set `doc.headline` and `doc.headline_from` ("file name") to the title
    Jekyll gives a post that states none: a file with YAML front matter
    (`lang`; Jekyll reads no TOML or JSON front matter) in a `_posts` folder
    named `YYYY-M-D-slug.ext` is titled from its slug, each hyphen-separated
    word capitalized (`2026-12-01-council-meets.md` -> "Council Meets";
    Jekyll's `Document#populate_title`, `Utils.titleize_slug`).
    Only for a Jekyll post: under markup "jekyll", or under "auto" unless the
    nearest site root above the file is another generator's (a `hugo.toml`
    or `.eleventy.js` and no `_config.yml`: `site_sections.nearest_generators`;
    Hugo and Eleventy title no page from its file name). With no site config
    found, `_posts` is Jekyll's (GitHub Pages builds a site with none). Not
    when a title key is there in another case (`Title:`, which Jekyll skips:
    the writer's title is lost, and the missing headline says so). No part is
    added: no writer wrote that text and no character of the file holds it,
    so no rule reads or places it."""
    path = doc.path.replace(os.sep, "/").split("/")
    found = _JEKYLL_SLUG.match(path[-1])
    if markup not in ("auto", "jekyll") or lang != "yaml" or "_posts" not in path[:-1] or found is None or \
            any(p.attrs.get("unread", ("",))[0] == "headline" for p in doc.parts) or \
            (markup == "auto" and not _jekyll_site(doc.path)):
        return
    words = found["slug"].rstrip(".").split("-")
    while words and not words[-1]:          # as Ruby's split drops trailing empty fields
        words.pop()
    title = " ".join(w.capitalize() for w in words)
    if title.strip():
        doc.headline, doc.headline_from = title, "file name"


def nil_title(doc: Document) -> bool:
    """Whether the front matter's only headline key is `title` and holds nil
    (`title: ~`, a bare `title:`, `title: null`), with nothing of it left
    unread: Jekyll's `data["title"] ||=` (`Document#populate_title`) titles
    such a post from its slug, where `title: ''` stays (an empty string is
    true in Ruby) and the missing headline is said."""
    keys = [k for k in doc.fields if isinstance(k, str) and k.lower() in HEADLINE_NAMES]
    return keys == ["title"] and doc.fields["title"] is None and not any(n.unread_front for n in doc.notices)


def _jekyll_site(path: str) -> bool:
    """Whether the file at `path` may be a Jekyll site's: the nearest site
    root above it has a Jekyll config, or none is found. Listings are kept
    with their stamps (`site_listings.KEPT`), so a config added while the
    language server runs is seen."""
    from ..site_listings import KEPT
    from ..site_sections import nearest_generators

    found = nearest_generators(path, KEPT)
    return not found or "Jekyll" in found
