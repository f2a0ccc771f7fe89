"""JSON-LD (`<script type="application/ld+json">`) read with source offsets.

`json.loads` gives values but not where they are, and searching the raw text
for a value afterwards lands on the wrong object (a nested `isPartOf.headline`)
or the wrong column (a `\\u0026` escape). So this module tokenises the block
itself: every string keeps the offset of its opening quote, and decoding its
escapes (RFC 8259 section 7) builds the map from text to source as it goes.

Real pages are forgiving and so is this reader: raw control characters in
strings, a `<![CDATA[` or `<!--` wrapper, trailing commas and text after the
first value are accepted. Anything else ends the block: it yields no data,
never an exception. Depth is capped so hostile nesting stays cheap.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from .. import rx as regex

from ..document import Part
from ._stitch import Builder, add_with_refs

MAX_DEPTH = 64
# A string is runs of plain characters between escapes (the unrolled loop):
# `(?:[^"\\]|\\.)*` took a step, and ~100 bytes of the regex engine's stack, per
# character, and a MemoryError on a 5 MB articleBody.
_TOKEN = regex.compile(r'\s*(?:(?P<s>"[^"\\]*+(?:\\.[^"\\]*+)*+")|(?P<p>[{}\[\]:,])'
                       r'|(?P<l>[^\s{}\[\]:,"]+))', regex.S)
_ESCAPE = regex.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", regex.S)
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
# schema.org types whose headline and datePublished are the story's own.
_ARTICLE_TYPES = frozenset({"blogposting", "liveblogposting", "report", "socialmediaposting"})
# Keys under which an object describes something else (the site, an author, a series).
_ELSEWHERE = frozenset({"isPartOf", "publisher", "author", "creator", "sourceOrganization",
                        "copyrightHolder", "breadcrumb", "itemListElement", "about", "mentions",
                        "citation", "comment", "review", "video", "image", "associatedMedia"})


@dataclass(frozen=True)
class JStr:
    """A JSON string token: src[start:end] includes both quotes."""

    start: int
    end: int

    def part(self, src: str, kind: str, **kw) -> Part | None:
        """The decoded value as a part whose characters map to their escapes."""
        b = Builder()
        pos = self.start + 1
        stop = self.end - 1
        for m in _ESCAPE.finditer(src, pos, stop):
            if m.start() < pos:          # the low half of a surrogate pair, already read
                continue
            add_with_refs(b, src, pos, m.start())
            if m[1] is not None:
                code = int(m[1], 16)
                low = _ESCAPE.match(src, m.end(), stop) if 0xD800 <= code < 0xDC00 else None
                if low and low[1] and 0xDC00 <= int(low[1], 16) < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + int(low[1], 16) - 0xDC00
                    b.add_decoded(chr(code), m.start())
                    pos = low.end()
                    continue
                b.add_decoded(chr(code), m.start())
            else:
                b.add_decoded(_SIMPLE.get(m[2], m[2]), m.start())
            pos = m.end()
        add_with_refs(b, src, pos, stop)
        return b.part(kind, **kw)

    def value(self, src: str) -> str:
        raw = src[self.start:self.end]
        try:
            return json.loads(raw, strict=False)
        except ValueError:
            return raw[1:-1]


def parse(src: str, start: int, end: int):
    """The first JSON value in src[start:end] with strings as `JStr`s (keys as
    plain str), or None when the block is not JSON."""
    first = _first_bracket(src, start, end)
    if first < 0:
        return None
    root_holder: list = []
    stack: list = [root_holder]
    keys: list = [None]
    pos = first
    expect_key = False
    while pos < end:
        m = _TOKEN.match(src, pos, end)
        if not m:
            break
        pos = m.end()
        top = stack[-1]
        if m["p"]:
            ch = m["p"]
            if ch in "{[":
                if len(stack) > MAX_DEPTH:
                    return None
                new = {} if ch == "{" else []
                _store(top, keys, new)
                stack.append(new)
                keys.append(None)
                expect_key = ch == "{"
            elif ch in "}]":
                stack.pop()
                keys.pop()
                if len(stack) == 1:
                    break
                expect_key = False
            elif ch == ",":
                expect_key = isinstance(top, dict)
            continue
        if expect_key and isinstance(top, dict):
            keys[-1] = JStr(m.start("s"), m.end("s")).value(src) if m["s"] else m["l"]
            expect_key = False
            continue
        _store(top, keys, JStr(m.start("s"), m.end("s")) if m["s"] else m["l"])
    return root_holder[0] if root_holder else None


def _first_bracket(src: str, start: int, end: int) -> int:
    a, b = src.find("{", start, end), src.find("[", start, end)
    return min((i for i in (a, b) if i >= 0), default=-1)


def _store(container, keys: list, value) -> None:
    if isinstance(container, dict):
        if keys[-1] is not None:
            container.setdefault(keys[-1], value)
            keys[-1] = None
    else:
        container.append(value)


def _types(obj: dict, src: str) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {i.value(src).lower() for i in items if isinstance(i, JStr)}


def is_article(obj: dict, src: str) -> bool:
    return any(t.endswith("article") or t in _ARTICLE_TYPES for t in _types(obj, src))


def objects(value, src: str):
    """Every object breadth-first with its depth of nesting under objects
    that describe something else (0: the page's own objects, @graph members)."""
    queue = [(value, 0)]
    while queue:
        item, away = queue.pop(0)
        if isinstance(item, dict):
            yield item, away
            for key, sub in item.items():
                if isinstance(sub, (dict, list)):
                    queue.append((sub, away + (key in _ELSEWHERE)))
        elif isinstance(item, list):
            queue.extend((sub, away) for sub in item)


@dataclass
class Facts:
    """What the page's JSON-LD says about its story, as string tokens."""

    headline: JStr | None = None
    published: tuple[JStr, ...] = ()  # datePublished: its value, or each of a list's (`dates`)
    modified: tuple[JStr, ...] = ()   # dateModified: the story's update date, never its publication's
    body: JStr | None = None          # articleBody (see `_html_body`)
    section: str = ""                 # articleSection (the first, when a list): an article's only
    site: str = ""
    url: str = ""


def facts(src: str, blocks: list[tuple[int, int]]) -> Facts:
    """Headline, datePublished, dateModified (`dates`) and articleBody of the story: from the first
    object typed as an article (any block), else from the page's own
    objects, never from an object nested under `isPartOf`, `publisher` and
    the like; its articleSection from an article-typed object only."""
    out = Facts()
    fallback = Facts()
    for start, end in blocks:
        for obj, away in objects(parse(src, start, end), src):
            if away:
                continue
            target = out if is_article(obj, src) else fallback
            for key, attr in (("headline", "headline"), ("articleBody", "body")):
                if getattr(target, attr) is None and isinstance(obj.get(key), JStr):
                    setattr(target, attr, obj[key])
            for key, attr in (("datePublished", "published"), ("dateModified", "modified")):
                if not getattr(target, attr):
                    setattr(target, attr, dates(obj.get(key)))
            named = obj.get("articleSection")      # (a property of articles only)
            named = next(iter(named), None) if isinstance(named, list) else named
            if target is out and not out.section and isinstance(named, JStr):
                out.section = named.value(src)
            _site_and_url(obj, src, out)
    out.headline = out.headline or fallback.headline
    out.published = out.published or fallback.published
    out.modified = out.modified or fallback.modified
    out.body = out.body or fallback.body
    return out


def dates(value) -> tuple[JStr, ...]:
    """The strings a date property holds, as JSON-LD writes one: a string
    (`"2026-12-03"`), a value object (`{"@value": "2026-12-03", "@type":
    "Date"}`, JSON-LD 1.1 section 4.2.1) or a list of either, in order; ()
    for anything else (a number, null, an object with no `@value`)."""
    items = value if isinstance(value, list) else [value]
    found = (i.get("@value") if isinstance(i, dict) else i for i in items)
    return tuple(i for i in found if isinstance(i, JStr))


def _site_and_url(obj: dict, src: str, out: Facts) -> None:
    pub = obj.get("publisher")
    if not out.site and isinstance(pub, dict) and isinstance(pub.get("name"), JStr):
        out.site = pub["name"].value(src)
    for key in ("url", "mainEntityOfPage"):
        val = obj.get(key)
        if isinstance(val, dict):
            val = val.get("@id")
        if not out.url and isinstance(val, JStr):
            out.url = val.value(src)
