"""A picture's own matter on a real page, for eval_pages.py's yardstick.

The reference bodies often leave a picture's caption, credit, byline and
slideshow controls out, so `_pages_outside` does not count them as page
text between a picture and the story. This module says which stretches of
the raw page they are: `caption_matter` gives (start, end) source offsets
of whole elements. It says so by markup alone, from the standard library's
parser (never newslint's reader, so the reader cannot move the yardstick):

- anywhere on the page, a `<figure>`'s `<figcaption>` and its elements
  whose class or id names a caption, credit, source or byline, when the
  figure holds a picture (HTML's element for a picture with its caption;
  a `<figure>` with no picture, a newsletter box, has no caption);
- in the picture's own block, any such element, a `<time>`, a control (a
  `<button>`, a link to a place on the page, a script or an image file)
  and, when the block is a slideshow (two or more pictures and a control),
  each slide: an element holding one picture.

An element whose text is only an ad's label ("Advertisement", "Sponsored")
or only links to other pages (a card's headline) is never a picture's matter. `is_furniture` names the other side: the
class/id tokens of an ad, a promo or a sponsor's box.
"""
from __future__ import annotations

import html as htmlmod
from html.parser import HTMLParser

import regex

from _pages_reference import _VOID

PICTURES = frozenset({"img", "video"})
# Class or id naming a picture's own matter (grazia's hero-caption, slate's
# credit, businessinsider's and foxnews's source, mashable's byline).
_MATTER = regex.compile(r"caption|credit|source|byline", regex.I)
# A link that opens no other page: a slideshow's Next/Previous, a full-size file.
_CONTROL_LINK = regex.compile(r"\s*(?:#|javascript:|$)|[^?#]*\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#].*)?$",
                              regex.I | regex.S)
# The label of an ad or sponsored box, all of an element's text.
_AD_LABEL = regex.compile(r"\W*(?:advertisement|advertising|ad|sponsored(?:\s+content)?|promoted|"
                          r"paid\s+(?:post|content)|partner\s+content)\W*", regex.I)
# A class or id token naming an ad, a promo or a sponsor's box ("ad-slot",
# "promo_card", "sponsored"; not "header", "shadow", "load").
_FURNITURE = regex.compile(r"(?:^|[-_])(?:ads?|advert\w*|sponsor\w*|promo\w*)(?:[-_]|$)", regex.I)
# A link to another page, with its text (not to a place on the page, a script or an image file).
_AWAY_LINK = regex.compile(r"<a\b(?=[^>]*\bhref\s*=\s*[\"']?(?!\s*(?:#|javascript:|[\"'>]))(?![^\"'>]*\.(?:jpe?g|png|gif|webp|avif|tiff?)\b))"
                           r"[^>]*>.*?</a\s*>", regex.I | regex.S)
_TAGS = regex.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", regex.I | regex.S)


def is_furniture(tag: str, tokens: list[str]) -> bool:
    """An element that is page furniture by its markup: an `<aside>` (a
    sidebar: HTML's element for content beside the page's own) or one whose
    class/id tokens ('.ad-slot', '#promo') name an ad, a promo or a sponsor."""
    return tag == "aside" or any(_FURNITURE.search(t.lstrip(".#")) for t in tokens)


class _Elements(HTMLParser):
    """Every element of a stretch of page: tag, class/id tokens, href, start
    and end offsets in the stretch (end: its end tag's '>', or the stretch's
    end when never closed), pictures inside it and its parent's index."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.elems: list[dict] = []
        self.stack: list[int] = []

    def _at(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in PICTURES:
            for i in self.stack:
                self.elems[i]["pictures"] += 1
        if tag in _VOID:
            return
        a = dict(attrs)
        tokens = ([a["id"]] if a.get("id") else []) + (a.get("class") or "").split()
        self.elems.append({"tag": tag, "tokens": tokens, "href": a.get("href"), "start": self._at(),
                           "end": len(self.text), "pictures": 0,
                           "parent": self.stack[-1] if self.stack else None})
        self.stack.append(len(self.elems) - 1)

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, -1, -1):
            if self.elems[self.stack[k]]["tag"] == tag:
                end = self.text.find(">", self._at())
                for i in self.stack[k:]:
                    self.elems[i]["end"] = len(self.text) if end < 0 else end + 1
                del self.stack[k:]
                return

    def ancestors(self, i: int):
        while (i := self.elems[i]["parent"]) is not None:
            yield self.elems[i]


def _elements(text: str) -> _Elements:
    """`text` parsed (as far as the parser could read it)."""
    parser = _Elements(text)
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # noqa: BLE001 - a page the parser cannot read: what was read so far
        pass
    return parser


def _is_matter(e: dict) -> bool:
    return e["tag"] in ("figcaption", "time") or any(_MATTER.search(t) for t in e["tokens"])


def _is_control(e: dict) -> bool:
    return e["tag"] == "button" or e["tag"] == "a" and _CONTROL_LINK.match(e["href"] or "") is not None


def ad_label(text: str) -> bool:
    """All the visible text of markup `text` is an ad's label ("Advertisement")."""
    words = htmlmod.unescape(_TAGS.sub(" ", text))
    return _AD_LABEL.fullmatch(words) is not None


def _not_matter(e: dict, text: str) -> bool:
    """Element `e` with markup `text` is no picture's matter: an ad's label,
    or a caption that is only links to other pages (a card's headline; a
    byline may link to its writer's page)."""
    byline = e["tag"] == "time" or any("byline" in t.lower() for t in e["tokens"])
    return ad_label(text) or (not byline and link_only(text))


def link_only(text: str) -> bool:
    """The visible text of markup `text` is all inside links to other pages:
    a card's headline, not a picture's caption."""
    shown = htmlmod.unescape(_TAGS.sub(" ", text)).strip()
    return bool(shown) and not htmlmod.unescape(_TAGS.sub(" ", _AWAY_LINK.sub(" ", text))).strip()


def figure_captions(raw: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the caption matter of every `<figure>` on the
    page that holds a picture."""
    parser = _elements(raw)
    out = []
    for i, e in enumerate(parser.elems):
        if not _is_matter(e) or e["tag"] == "time":
            continue
        figure = next((a for a in parser.ancestors(i) if a["tag"] == "figure"), None)
        if figure is not None and figure["pictures"] and not _not_matter(e, raw[e["start"]:e["end"]]):
            out.append((e["start"], e["end"]))
    return out


def block_matter(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the matter of the picture block raw[start:end]:
    captions, credits, bylines, times and controls, and the slides of a
    slideshow (two or more pictures and a control)."""
    text = raw[start:end]
    elems = _elements(text).elems
    if not elems:
        return []
    slideshow = elems[0]["pictures"] >= 2 and any(_is_control(e) for e in elems)
    out = []
    for e in elems[1:] if elems[0]["start"] == 0 else elems:
        if _is_matter(e) or _is_control(e) or (slideshow and e["pictures"] == 1):
            if not _not_matter(e, text[e["start"]:e["end"]]):
                out.append((start + e["start"], start + e["end"]))
    return out


def blank(raw: str, spans: list[tuple[int, int]]) -> str:
    """`raw` with each span's characters turned to spaces (offsets kept)."""
    if not spans:
        return raw
    out, at = [], 0
    for s, e in sorted(spans):
        if e <= at:
            continue
        s = max(s, at)
        out += [raw[at:s], " " * (e - s)]
        at = e
    out.append(raw[at:])
    return "".join(out)

