"""Turning HTML into article parts, shared by the HTML reader (a whole page)
and the Markdown reader (raw HTML blocks such as `<figure>`).

`Extractor` is fed start/end tags, text and character references with their
source offsets and keeps an element stack. Block elements (p, li, h2, ...)
each collect their text into one part; an element with a telling class
(`credit`, `byline`, `dateline`, `dek`) collects its own part and is cut out
of the enclosing one, so a figcaption's caption text excludes its credit.
Browsers forgive broken markup, so the stack does too: unknown end tags are
ignored and `<p>`/`<li>`/`<td>` close implicitly.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..document import Document, Notice, Part
from ..suppress import find_directives
from ._html_parser import PositionedParser, attr_span
from ._stitch import Builder, decode_refs

SKIP = frozenset({"script", "style", "noscript", "template", "pre", "code", "kbd", "samp",
                  "svg", "math", "iframe", "object", "select", "textarea"})
VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                  "col", "embed", "param", "track"})
BLOCK = frozenset({"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
                   "blockquote", "figure", "figcaption", "div", "section", "article", "main",
                   "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody",
                   "thead", "tfoot", "caption", "form", "hr", "address", "details", "summary",
                   "body", "html", "head", "title", "fieldset", "hgroup", "pre"})
PARAGRAPHS = frozenset({"p", "li", "td", "th", "dd", "dt"})
# Elements a new one of the same family closes implicitly, unless a container
# lies in between (a nested list keeps its parent's item open).
_CONTAINERS = BLOCK - PARAGRAPHS - {"tr"}
AUTO_CLOSE = {"p": ({"p"}, _CONTAINERS), "li": ({"li"}, _CONTAINERS | {"ul", "ol"}),
              "dt": ({"dt", "dd"}, _CONTAINERS), "dd": ({"dt", "dd"}, _CONTAINERS),
              "td": ({"td", "th"}, _CONTAINERS), "th": ({"td", "th"}, _CONTAINERS),
              "tr": ({"tr"}, _CONTAINERS)}
_CLOSES_P = ({"p"}, BLOCK - {"p"})    # any other block start ends an open <p>
CLASS_KINDS = {"credit": "credit", "photo-credit": "credit", "byline": "byline",
               "author": "byline", "dateline": "dateline", "dek": "dek",
               "standfirst": "dek", "subtitle": "dek"}
MAX_DEPTH = 512      # browsers cap nesting too; it keeps every step cheap on junk input
EXCLUSIVE = frozenset({"headline", "heading", "title", "caption", "credit", "byline",
                       "dateline", "dek"})


# Inline elements whose spans Vale's `link`, `strong` and `emphasis` scopes select.
_INLINE_MARKS = {"a": "link", "strong": "strong", "b": "strong", "em": "emphasis", "i": "emphasis"}


@dataclass
class Collector:
    kind: str
    builder: Builder = field(default_factory=Builder)
    name: str = ""
    credit: Part | None = None     # a credit carved out of this caption


@dataclass
class Figure:
    alt: Part | None = None
    caption: Part | None = None
    credit: Part | None = None


@dataclass
class Elem:
    tag: str
    coll: Collector | None = None
    figure: Figure | None = None
    capture: Builder | None = None   # itemprop=datePublished text
    article: bool = False


class Extractor:
    """Element-stack logic. `page=True` for a whole HTML page (title, meta,
    `<article>` scoping, first h1 as headline); False for HTML inside Markdown."""

    def __init__(self, doc: Document, page: bool, restrict_to_article: bool = False):
        self.doc, self.src, self.page = doc, doc.source, page
        self.stack: list[Elem] = [Elem("#root")]
        self.owners: list[Elem] = []             # elements with a collector, in stack order
        self.open: Counter[str] = Counter()      # open elements by tag
        self.figures: list[Figure] = []
        self.head = 0
        self.restrict = restrict_to_article
        self.in_article = self.article_done = False
        self.skip = 0
        self.headline_seen = not page
        self.blockquote = 0
        self.captures = 0
        self.title: Part | None = None           # <title>
        self.meta_titles: list[Part] = []        # og:title, twitter:title, schema headline
        self.descriptions: list[Part] = []
        self.dates: dict[str, tuple[object, Part]] = {}
        self.jsonld: list[tuple[int, int]] = []  # source spans of ld+json scripts
        self._script: list[int] | None = None

    # -- feeding -----------------------------------------------------------------
    def feed(self, start: int, end: int) -> None:
        """Parse src[start:end]; a parser failure is a notice, never an exception."""
        parser = PositionedParser(self, start, self.src[start:end])
        try:
            parser.feed(self.src[start:end])
            parser.close()
        except Exception as exc:  # html.parser is forgiving, but never let a page crash a run
            self.doc.notices.append(Notice("file.html", "warning",
                                           f"HTML parsing stopped early: {exc}", start))

    def close(self) -> None:
        """End of input: close whatever the markup left open."""
        while len(self.stack) > 1:
            self._pop()
        if self.owners:                          # bare text at the top level
            self._finish(self.owners.pop().coll)
            self.stack[0].coll = None

    def in_scope(self) -> bool:
        return not self.head and (self.in_article or not self.restrict)

    def _push(self, elem: Elem) -> None:
        self.stack.append(elem)
        self.open[elem.tag] += 1

    def _own(self, elem: Elem, coll: Collector) -> Collector:
        elem.coll = coll
        self.owners.append(elem)
        return coll

    # -- tags ---------------------------------------------------------------------
    def start(self, tag: str, attrs: dict, raw: str, offset: int) -> None:
        if self.skip:
            if tag in SKIP and tag not in VOID:
                self._push(Elem(tag))
                self.skip += 1
            return
        if tag == "meta":
            self._meta(attrs, raw, offset)
            return
        if tag in AUTO_CLOSE:
            self._close_open(*AUTO_CLOSE[tag])
        elif tag in BLOCK:
            self._close_open(*_CLOSES_P)
        if tag in BLOCK or tag == "br":
            self._break(offset, block=tag != "br")
        if tag == "img":
            self._img(attrs, raw, offset)
            return
        capture = False
        if "datePublished" in (attrs.get("itemprop") or "").split():
            capture = not self._date_attr("datePublished", attrs, raw, offset)
        elif tag == "time" and "time" not in self.dates and attrs.get("datetime"):
            self._date_attr("time", attrs, raw, offset)
        if tag in VOID or (len(self.stack) >= MAX_DEPTH and tag not in SKIP):
            return
        elem = Elem(tag)
        self._push(elem)
        if capture and self.in_scope():
            elem.capture = Builder()
            self.captures += 1
        if tag in SKIP:
            self.skip += 1
            if tag == "script" and "ld+json" in (attrs.get("type") or "").lower():
                self._script = [-1, -1]
            return
        if tag == "article" and self.restrict and not self.in_article and not self.article_done:
            elem.article = self.in_article = True
        if tag == "blockquote":
            self.blockquote += 1
        elif tag == "head":
            self.head += 1
        elif tag == "figure":
            elem.figure = Figure()
            self.figures.append(elem.figure)
        kind, name = self._kind_for(tag, attrs)
        if kind and (self.in_scope() or kind == "title"):
            self._own(elem, Collector(kind, name=name)).builder.block = tag
        elif tag in _INLINE_MARKS and self.owners:
            self.owners[-1].coll.builder.open_inline(_INLINE_MARKS[tag])

    def end(self, tag: str, offset: int) -> None:
        if not self.open[tag] or (self.skip and tag not in SKIP):
            return          # a stray end tag (or markup inside a <template>): ignore it
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                break
        else:
            return
        while len(self.stack) > i:
            self._pop()
        if tag in BLOCK:
            self._break(offset, block=True)

    def _close_open(self, tags: set[str], stop: set[str]) -> None:
        """Implicitly close the nearest open element in `tags`, unless a `stop`
        container lies in between."""
        open_ = self.open
        if not any(open_[t] for t in tags):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                while len(self.stack) > i:
                    self._pop()
                return
            if tag in stop:
                return

    def _pop(self) -> None:
        elem = self.stack.pop()
        self.open[elem.tag] -= 1
        if elem.tag in _INLINE_MARKS and self.owners and elem.coll is None:
            self.owners[-1].coll.builder.close_inline(_INLINE_MARKS[elem.tag])
        if elem.tag in SKIP:
            self.skip -= 1
            if elem.tag == "script" and self._script is not None:
                if self._script[0] >= 0:
                    self.jsonld.append((self._script[0], self._script[1]))
                self._script = None
        if elem.tag == "blockquote":
            self.blockquote -= 1
        elif elem.tag == "head":
            self.head -= 1
        if elem.article:
            self.in_article, self.article_done = False, True
        if elem.capture is not None:
            self.captures -= 1
            part = elem.capture.part("field", name="datePublished")
            if part is not None:
                self._date("datePublished", part.text, part)
        if elem.coll is not None:
            self.owners.pop()
            self._finish(elem.coll)
        if elem.figure is not None:
            self.figures.pop()
            self._link_figure(elem.figure)

    def _kind_for(self, tag: str, attrs: dict) -> tuple[str | None, str]:
        active = self._active()
        classes, rel, kind = attrs.get("class"), attrs.get("rel"), None
        if classes:
            kind = next((CLASS_KINDS[c] for c in classes.lower().split() if c in CLASS_KINDS), None)
        if kind is None and rel and "author" in rel.lower().split():
            kind = "byline"
        if kind:
            return (None if active and active.kind == kind else kind), ""
        if tag == "title":
            return ("title", "html title") if self.page and self.title is None else (None, "")
        if tag == "h1" and not self.headline_seen and self.in_scope():
            self.headline_seen = True
            return "headline", ""
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return "heading", ""
        if tag == "figcaption":
            return "caption", ""
        if tag in PARAGRAPHS and not (active and active.kind in EXCLUSIVE):
            return ("blockquote" if self.blockquote else "paragraph"), ""
        return None, ""

    def _active(self) -> Collector | None:
        return self.owners[-1].coll if self.owners else None

    def _break(self, offset: int, block: bool) -> None:
        """A block boundary: it ends a pending paragraph; inside a caption or
        other single-part element it only separates words."""
        if not self.owners:
            return
        elem = self.owners[-1]
        coll = elem.coll
        if block and coll.kind not in EXCLUSIVE:
            self.owners.pop()
            elem.coll = None
            self._finish(coll)
        elif not coll.builder.ends_with_space():
            coll.builder.add_decoded("\n", offset)

    # -- text -----------------------------------------------------------------------
    def text(self, text: str, offset: int) -> None:
        if self._script is not None:
            if self._script[0] < 0:
                self._script[0] = offset
            self._script[1] = offset + len(text)
            return
        for b in self._builders(text.isspace()):
            b.add(text, offset)

    def ref(self, raw: str, offset: int) -> None:
        """A character reference, `raw` as written in the source."""
        if self._script is None:
            for b in self._builders(False):
                b.add_ref(raw, offset)

    def _builders(self, blank: bool) -> list[Builder]:
        """Where text goes now: the innermost collector (started on demand for
        bare text in a container) and any date capture."""
        if self.skip:
            return []
        out = [e.capture for e in self.stack if e.capture is not None] if self.captures else []
        coll = self._active()
        if coll is None:
            if blank or not self.in_scope():
                return out
            kind = "caption" if self.figures else "blockquote" if self.blockquote else "paragraph"
            coll = self._own(self.stack[-1], Collector(kind))
        out.append(coll.builder)
        return out

    def comment(self, offset: int, length: int) -> None:
        self.doc.suppressions.extend(find_directives(self.src, offset, offset + length))

    # -- parts --------------------------------------------------------------------
    def _finish(self, coll: Collector) -> None:
        part = coll.builder.part(coll.kind, name=coll.name)
        if part is None:
            return
        if coll.kind == "title":
            self.title = part
            self.doc.fields.setdefault("title", part.text)
        self.doc.add(part)
        if coll.kind == "credit":
            outer = next((e.coll for e in reversed(self.owners) if e.coll.kind == "caption"), None)
            if outer is not None:
                outer.credit = part
            else:
                fig = self._figure()
                if fig is not None and fig.credit is None:
                    fig.credit = part
        elif coll.kind == "caption":
            if coll.credit is not None:
                _link(part, coll.credit)
            fig = self._figure()
            if fig is not None and fig.caption is None:
                fig.caption = part
                self._link_figure(fig)

    def _figure(self) -> Figure | None:
        return self.figures[-1] if self.figures else None

    def _link_figure(self, fig: Figure) -> None:
        if fig.caption is None:
            return
        if fig.alt is not None:
            fig.caption.attrs.setdefault("image", fig.alt.index)
        if fig.credit is not None and "credit" not in fig.caption.attrs:
            _link(fig.caption, fig.credit)

    def _img(self, attrs: dict, raw: str, offset: int) -> None:
        if not self.in_scope():
            return
        span = attr_span(raw, offset, "alt")
        has_alt = "alt" in attrs                  # a bare `alt` is an empty one
        info = {"src": attrs.get("src") or "", "missing": not has_alt,
                "decorative": has_alt and not (attrs["alt"] or "").strip()}
        if span is None:
            part = Part("alt", "", ((0, offset),), attrs=info)
        else:
            part = decode_refs(self.src, *span).part("alt", empty_at=span[0], attrs=info)
        self.doc.add(part)
        fig = self._figure()
        if fig is not None and fig.alt is None:
            fig.alt = part
            self._link_figure(fig)

    def _meta(self, attrs: dict, raw: str, offset: int) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if not key or content is None:
            return
        which = next(a for a in ("property", "name", "itemprop") if attrs.get(a))
        key_l = key.lower()
        self.doc.fields.setdefault(key, content)
        span = attr_span(raw, offset, "content")
        if span is None:
            return
        if key_l in ("og:title", "twitter:title"):
            part = decode_refs(self.src, *span).part("title", name=key_l)
            if part is not None:
                self.meta_titles.append(part)
        elif key_l in ("description", "og:description", "twitter:description") and which != "itemprop":
            part = decode_refs(self.src, *span).part("field", name=key_l)
            if part is not None:
                self.descriptions.append(part)
        elif key_l == "article:published_time" or key == "datePublished":
            part = decode_refs(self.src, *span).part("field", name=key)
            if part is not None:
                self._date(key_l if key_l.startswith("article") else "datePublished", content, part)

    def _date_attr(self, source: str, attrs: dict, raw: str, offset: int) -> bool:
        """Record a date given in a `datetime` or `content` attribute; False if none."""
        for name in ("datetime", "content"):
            span = attr_span(raw, offset, name)
            if span is not None and attrs.get(name):
                part = decode_refs(self.src, *span).part("field", name=f"{source} {name}")
                if part is not None:
                    self._date(source, attrs[name], part)
                return True
        return False

    def _date(self, source: str, value: str, part: Part) -> None:
        self.dates.setdefault(source, (value, part))


def _link(caption: Part, credit: Part) -> None:
    caption.attrs["credit"] = credit.index
    credit.attrs["caption"] = caption.index
