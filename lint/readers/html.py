"""HTML reader: a CMS export or a saved page, parsed with the standard
library's forgiving `html.parser`.

Body parts come from the elements (see `_html_extract`); when the page has an
`<article>`, only the first one's content is the story, so navigation and
footers are never linted. The head supplies title parts (`<title>`,
og:title, twitter:title, the JSON-LD headline), the publication date (in
order: article:published_time, itemprop=datePublished, JSON-LD
datePublished, the first `<time datetime>`) and, when the body has no
headline or dek, their stand-ins: og:title (else `<title>`) becomes the
headline and the meta description the dek.
"""
from __future__ import annotations

import json

import regex

from ..analysis.calendar import coerce_date
from ..document import Document, Part
from ._conventions import wire_dateline
from ._html_extract import Extractor
from ._stitch import align

FORMAT = "html"
_ARTICLE = regex.compile(r"<article[\s>/]", regex.IGNORECASE)
_DATE_SOURCES = (("article:published_time", "article:published_time"),
                 ("datePublished", "itemprop=datePublished"),
                 ("json-ld", "JSON-LD datePublished"),
                 ("time", "<time datetime>"))


def read(doc: Document) -> None:
    notices = len(doc.notices)
    ex = _extract(doc, restrict=bool(_ARTICLE.search(doc.source)))
    if ex.restrict and not (ex.in_article or ex.article_done):
        # "<article" was only in a comment or a script: read the whole page.
        doc.parts.clear()
        doc.suppressions.clear()
        doc.fields.clear()
        del doc.notices[notices:]
        ex = _extract(doc, restrict=False)
    for start, end in ex.jsonld:
        if _json_ld(doc, ex, start, end):
            break
    wire_dateline(doc)
    _stand_ins(doc, ex)
    for key, label in _DATE_SOURCES:
        if key in ex.dates:
            value, part = ex.dates[key]
            published = coerce_date(value)
            if published is not None:
                doc.published, doc.published_from = published, label
                doc.published_part = doc.add(part)
                break


def _extract(doc: Document, restrict: bool) -> Extractor:
    ex = Extractor(doc, page=True, restrict_to_article=restrict)
    ex.feed(0, len(doc.source))
    ex.close()
    return ex


def _stand_ins(doc: Document, ex: Extractor) -> None:
    """Head titles and descriptions, promoted when the body lacks a headline or dek."""
    if doc.first("headline") is None:
        stand_in = next((p for p in ex.meta_titles if p.name == "og:title"), ex.title)
        if stand_in is not None:
            stand_in.kind = "headline"
    for part in ex.meta_titles:
        doc.add(part)
    has_dek = doc.first("dek") is not None
    for part in ex.descriptions:
        if not has_dek:
            part.kind, has_dek = "dek", True
        doc.add(part)


_JSON_STRING = r'"((?:[^"\\]|\\.)*)"'


def _json_ld(doc: Document, ex: Extractor, start: int, end: int) -> bool:
    """Headline and datePublished from a JSON-LD block; True when it had either."""
    raw = doc.source[start:end]
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):   # broken or absurdly nested JSON-LD is not metadata
        return False
    found = False
    headline = _find_key(data, "headline")
    if isinstance(headline, str) and headline.strip():
        part = _json_part(doc, raw, start, "headline", headline, "schema headline")
        if part is not None:
            ex.meta_titles.append(part)
            found = True
    published = _find_key(data, "datePublished")
    if isinstance(published, str):
        part = _json_part(doc, raw, start, "datePublished", published, "JSON-LD datePublished")
        if part is not None:
            ex.dates.setdefault("json-ld", (published, part))
            found = True
    return found


def _find_key(data, key: str, budget: int = 500):
    """The first value of `key` in nested JSON (breadth-first, bounded)."""
    queue = [data]
    while queue and budget:
        budget -= 1
        item = queue.pop(0)
        if isinstance(item, dict):
            if key in item:
                return item[key]
            queue.extend(item.values())
        elif isinstance(item, list):
            queue.extend(item)
    return None


def _json_part(doc: Document, raw: str, base: int, key: str, value: str, name: str) -> Part | None:
    m = regex.search(rf'"{key}"\s*:\s*{_JSON_STRING}', raw)
    if not m:
        return None
    start, end = base + m.start(1), base + m.end(1)
    kind = "title" if key == "headline" else "field"
    if m[1] == value:
        return Part(kind, value, ((0, start),), name=name)
    return Part(kind, value, align(value, doc.source, start, end), name=name)
