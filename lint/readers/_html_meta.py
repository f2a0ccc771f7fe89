"""What a page says about itself: title fields, description, site name, URL
and publication-date candidates, each with its exact place in the source.

The extractor hands every `<meta>`, `<link>` and dated element here. Date
candidates are ranked by how reliably each source states the publication
date (the order of issue 10, after htmldate's and trafilatura's metadata
readers): JSON-LD datePublished, `article:published_time` (and the `og:`
spelling), `itemprop=datePublished`, other CMS publication tags (Parse.ly,
Sailthru, Dublin Core), a date in the page's URL, then a `<time datetime>`.
A modified or updated date is never a candidate.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as regex

from ..document import Document, Part
from ._html_parser import attr_span
from ._stitch import decode_refs

RANK_JSON_LD, RANK_ARTICLE, RANK_OG_ARTICLE, RANK_ITEMPROP, RANK_CMS, RANK_URL, RANK_TIME = range(7)
# Publication tags of CMSes and analytics vendors (lower-cased meta names).
CMS_DATE_KEYS = frozenset({
    "parsely-pub-date", "sailthru.date", "article_date_original", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date", "date", "pubdate", "pub_date", "publishdate",
    "publish-date", "publish_date", "article.published", "article:published",
    "dcsext.articlefirstpublished", "og:published_time", "datecreated", "published_time"})
_NOT_PUBLISHED = regex.compile(r"modif|updat|expir|revis|edited", regex.IGNORECASE)
TITLE_KEYS = ("og:title", "twitter:title")
DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")
SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")


@dataclass
class DateCandidate:
    rank: int
    label: str          # where it came from, as `newslint parse` and notices say
    value: str
    part: Part | None   # the source text, or None for a value read from the URL


@dataclass
class PageMeta:
    """Filled while the page is parsed; read by the HTML reader afterwards."""

    doc: Document
    title: Part | None = None                        # <title>
    empty_title: tuple[int, str] | None = None       # an empty <title>: where, "empty" or "blank"
    titles: list[Part] = field(default_factory=list)  # og:title, twitter:title, schema headline
    descriptions: list[Part] = field(default_factory=list)
    dates: list[DateCandidate] = field(default_factory=list)
    jsonld: list[tuple[int, int]] = field(default_factory=list)   # ld+json script spans
    sites: list[str] = field(default_factory=list)   # og:site_name and the like
    urls: list[str] = field(default_factory=list)    # canonical link, og:url

    def meta(self, attrs: dict, raw: str, offset: int) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if not key or content is None:
            return
        which = next(a for a in ("property", "name", "itemprop") if attrs.get(a))
        key_l = key.lower()
        self.doc.fields.setdefault(key, content)
        if key_l in SITE_KEYS and content.strip():
            self.sites.append(content.strip())
        elif key_l == "og:url" and content.strip():
            self.urls.append(content.strip())
        span = attr_span(raw, offset, "content")
        if span is None:
            return
        if key_l in TITLE_KEYS:
            self._add(self.titles, span, "title", key_l)
        elif key_l in DESCRIPTION_KEYS and which != "itemprop":
            self._add(self.descriptions, span, "field", key_l)
        elif key_l in ("article:published_time", "og:article:published_time"):
            rank = RANK_ARTICLE if key_l.startswith("article") else RANK_OG_ARTICLE
            self._date_at(rank, key_l, content, span, key)
        elif key == "datePublished":
            self._date_at(RANK_ITEMPROP, "itemprop=datePublished", content, span, key)
        elif (key_l in CMS_DATE_KEYS or key_l.endswith("published_time")) \
                and not _NOT_PUBLISHED.search(key_l):
            self._date_at(RANK_CMS, key, content, span, key)

    def link(self, attrs: dict) -> None:
        if "canonical" in (attrs.get("rel") or "").lower().split() and attrs.get("href"):
            self.urls.insert(0, attrs["href"].strip())

    def dated_element(self, tag: str, attrs: dict, raw: str, offset: int) -> bool:
        """A `datetime`/`content` attribute of an itemprop=datePublished element or
        a `<time>`; False when the element states the date in its text instead."""
        props = (attrs.get("itemprop") or "").split()
        marks = " ".join((attrs.get("class") or "", attrs.get("itemprop") or "", attrs.get("id") or ""))
        if "datePublished" in props:
            rank, label = RANK_ITEMPROP, "itemprop=datePublished"
        elif tag == "time" and not _NOT_PUBLISHED.search(marks):
            rank, label = RANK_TIME, "<time datetime>"
        else:
            return True
        for name in ("datetime", "content"):
            span = attr_span(raw, offset, name)
            if span is not None and attrs.get(name):
                self._date_at(rank, label, attrs[name], span, f"{label} {name}")
                return True
        return tag == "time"

    def date_text(self, part: Part) -> None:
        """The text of an itemprop=datePublished element that has no attribute."""
        self.dates.append(DateCandidate(RANK_ITEMPROP, "itemprop=datePublished", part.text, part))

    def _date_at(self, rank: int, label: str, value: str, span, name: str) -> None:
        part = decode_refs(self.doc.source, *span).part("field", name=name)
        if part is not None:
            self.dates.append(DateCandidate(rank, label, value, part))

    def _add(self, out: list[Part], span, kind: str, name: str) -> None:
        part = decode_refs(self.doc.source, *span).part(kind, name=name)
        if part is not None:
            out.append(part)

    def ranked_dates(self) -> list[DateCandidate]:
        return sorted(self.dates, key=lambda c: c.rank)   # stable: page order within a rank
