"""Turning one inline run's tokens into prose with its map to the source.

Every token arrives with its span in the run's text (`_md_positions`), and
the run's `ContentMap` places that text in the source, so nothing is
searched for. What is not prose is left out: link destinations and titles,
autolinks and bare URLs, inline HTML and template syntax. A code span, a
template tag or a `<br>` between words still separates them: each leaves
one `OBJECT` (or a line break) in the text, mapped to where it starts, so
`word<br>word` never reads as one word and a fix never spans it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable

from .. import rx as regex
from markdown_it.helpers import parseLinkDestination, parseLinkTitle

from ..document import Document
from ._html_tags import PHRASING
from ._md_notes import MARKER
from ._md_positions import ContentMap
from ._stitch import OBJECT, Builder, add_with_refs
from .patterns import URL, may_hold_url
from .templates import MASK, Tag

_EMPHASIS = {"em_open": 1, "strong_open": 1, "s_open": 1,
             "em_close": -1, "strong_close": -1, "s_close": -1}
_MASKED = regex.compile(MASK + "+")
_BR = regex.compile(r"<br\b", regex.IGNORECASE)
# An inline `<q>` start or end tag: a quotation (`_html_tags.INLINE_MARKS`), which
# the page shows between quote marks and the quote scan reads as a quote.
_Q = regex.compile(r"<(/?)q(?:\s[^>]*)?>", regex.IGNORECASE)
# An inline `<sup>` start or end tag: a superscript (`_html_tags.INLINE_MARKS`), as a
# footnote's figure (`7pm<sup>1</sup>.`, which `kinds.time_form` reads as no word).
_SUP = regex.compile(r"<(/?)sup(?:\s[^>]*)?>", regex.IGNORECASE)
# An inline HTML start or end tag of another element (its name in group 2).
_TAG = regex.compile(r"<(/?)([a-z][a-z0-9]*)\b[^>]*>", regex.IGNORECASE)
# Raw-HTML phrasing elements a `<q>` left open inside ends with (`<em>`, `<a>`, `<span>`).
_ENDS_Q = PHRASING - {"q"}


@dataclass
class Image:
    start: int                 # source offset of `![`, or of a figure tag
    src: str
    alt: Builder | None
    title: Builder | None      # an inline image's title, a caption
    lone: bool                 # nothing but whitespace came before it in its paragraph
    tag: Tag | None = None     # a figure-like shortcode or include


@dataclass
class Inline:
    """The prose of one inline run, the images in it, how much of the prose
    was outside emphasis, and how much outside italics: a wholly italic
    paragraph is caption-like, a wholly bold one ("**Scrum**") a subhead."""

    builder: Builder = field(default_factory=Builder)
    images: list[Image] = field(default_factory=list)
    plain: int = 0
    upright: int = 0        # characters outside italics (plain, bold or struck through)


class InlineReader:
    """`on_html(start, end)` receives each inline HTML span (suppression
    comments, inline `<img>`); `is_figure(tag)` says which template tags
    stand for a picture."""

    def __init__(self, doc: Document, text: str, tags: list[Tag],
                 on_html: Callable[[int, int], None], is_figure: Callable[[Tag], bool]):
        self.src, self.on_html, self.is_figure = text, on_html, is_figure
        self.tags = tags
        self._tag_starts = [t.start for t in tags]
        self.links = may_hold_url(doc.source)     # else no text token needs a URL search
        self._content = ""

    def run(self, tokens, content: str, cmap: ContentMap) -> Inline:
        """Read one inline run: its tokens, its text and that text's source map."""
        self._content = content
        out = Inline()
        self._walk(tokens, cmap, out, out.builder, True)
        out.builder.close_open()    # a <q> left open ends with the run, as a browser ends it at </p> (qa372 #5)
        return out

    def _walk(self, tokens, cmap: ContentMap, out: Inline, b: Builder, outer: bool) -> None:
        """Read `tokens` into `b`. `opened` counts, for each emphasis or
        link open round the token (Markdown's, or a raw-HTML phrasing
        element's: `<em>`, `<a>`, `<span>`, qa385 #4), the `<q>`s opened
        inside it and still open: its end ends them, as a browser ends an
        element left open in an `<em>` or `<a>` at its end tag (qa379 #4; a
        `<q>` left open outside any runs to the run's end, `run`)."""
        emphasis = italic = 0
        autolink = False
        opened = _Levels()
        for tok in tokens:
            t = tok.type
            s, e = tok.meta.get("span", (0, 0))
            if t == "text":
                if not autolink and tok.content:
                    self._text(tok.content, s, cmap, b, out if outer else None)
                    if emphasis == 0:
                        out.plain += len(tok.content.strip())
                    if italic == 0:
                        out.upright += len(tok.content.strip())
            elif t == "text_special":
                at = cmap.source(s)
                if tok.content == tok.markup:
                    b.add(tok.content, at)
                elif tok.info == "escape" and tok.markup == "\\" + tok.content:
                    # `\"` writes its mark after the backslash: a finding on it belongs
                    # there (fx116 #2); `Part.is_verbatim` refuses a fix starting on it
                    b.add_decoded(tok.content, cmap.source(s + 1))
                else:
                    b.add_decoded(tok.content, at)
                if emphasis == 0:
                    out.plain += 1
                if italic == 0:
                    out.upright += 1
            elif t in ("softbreak", "hardbreak"):
                self._line_break(s, e, cmap, b, t == "hardbreak")
            elif t in _EMPHASIS:
                emphasis += _EMPHASIS[t]
                mark = "strong" if t.startswith("strong") else "emphasis" if t.startswith("em") else ""
                if mark == "emphasis":
                    italic += _EMPHASIS[t]
                if mark:
                    (b.open_inline if _EMPHASIS[t] > 0 else b.close_inline)(mark)
                # named by the tag it renders as: a raw `</em>` ends a `*`'s <em> (qa392 #7)
                opened.open(tok.tag) if _EMPHASIS[t] > 0 else opened.close(b, tok.tag)
            elif t == "code_inline":
                b.open_inline("code")
                b.add_decoded(OBJECT, cmap.source(s))
                b.close_inline("code")
            elif t == "html_inline":
                start, end = cmap.source(s), cmap.source(e - 1) + 1
                self.on_html(start, end)
                if _BR.match(tok.content):
                    b.add_hard_break("\n", start, decoded=True)
                elif q := _Q.fullmatch(tok.content):
                    (b.close_inline if q[1] else b.open_inline)("quotation")
                    opened.count_q(not q[1])
                elif sup := _SUP.fullmatch(tok.content):
                    (b.close_inline if sup[1] else b.open_inline)("superscript")
                    opened.close(b, "sup") if sup[1] else opened.open("sup")
                elif (m := _TAG.fullmatch(tok.content)) and (name := m[2].lower()) in _ENDS_Q:
                    opened.close(b, name) if m[1] else opened.open(name)     # (`<span/>` opens one too)
            elif t == "link_open":
                autolink = tok.markup == "autolink"
                if not autolink:
                    b.open_inline("link")
                    opened.open(tok.tag)
            elif t == "link_close":
                if not autolink:
                    b.close_inline("link")
                    opened.close(b, tok.tag)
                autolink = False
            elif t == "image":
                self._image(tok, s, e, cmap, out, b)
            elif t == MARKER:              # a defined note's marker: no text, its place kept
                b.notes.append((cmap.source(s), cmap.source(e - 1) + 1))

    def _text(self, content: str, s: int, cmap: ContentMap, b: Builder, out) -> None:
        """Add a text token, leaving out bare URLs and template tags."""
        cuts: list[tuple[int, int, bool]] = []        # (start, end, leaves an OBJECT)
        if MASK in content:
            cuts.extend((m.start(), m.end(), True) for m in _MASKED.finditer(content))
        if self.links and ("://" in content or "ww." in content.lower()):
            cuts.extend((m.start(), m.end(), False) for m in URL.finditer(content))
        if not cuts:
            self._emit(b, content, s, cmap)
            return
        cuts.sort()
        prev = 0
        for c0, c1, obj in cuts:
            if c0 < prev:
                continue
            self._emit(b, content[prev:c0], s + prev, cmap)
            if obj:
                at = cmap.source(s + c0)
                b.add_decoded(OBJECT, at)
                if out is not None:
                    self._figures(at, cmap.source(s + c1 - 1) + 1, out, b)
            prev = c1
        self._emit(b, content[prev:], s + prev, cmap)

    @staticmethod
    def _emit(b: Builder, text: str, s: int, cmap: ContentMap) -> None:
        if len(cmap.segments) == 1:     # a one-line run: one piece, no walk over the map
            t0, s0 = cmap.segments[0]
            b.add(text, s0 + s - t0)
            return
        for t, at, n in cmap.pieces(s, s + len(text)):
            b.add(text[t - s:t - s + n], at)

    def _figures(self, start: int, end: int, out: Inline, b: Builder) -> None:
        """Figure-like tags inside a blanked run stand for images there."""
        k = bisect.bisect_left(self._tag_starts, start)
        while k < len(self.tags) and self.tags[k].start < end:
            tag = self.tags[k]
            if self.is_figure(tag):
                out.images.append(Image(tag.start, "", None, None,
                                        lone=not b.has_text, tag=tag))
            k += 1

    def _line_break(self, s: int, e: int, cmap: ContentMap, b: Builder, hard: bool = False) -> None:
        nl = cmap.source(s)
        if self.src.startswith("\\", nl):      # a backslash hard break
            nl += 1
        end = nl + 2 if self.src.startswith("\r\n", nl) else nl + 1
        (b.add_hard_break if hard else b.add)(self.src[nl:end], nl)

    def _image(self, tok, s: int, e: int, cmap: ContentMap, out: Inline, b: Builder) -> None:
        alt = Builder()
        inner = Inline(builder=alt)
        self._walk(tok.children or (), cmap, inner, alt, False)
        label_end = max([c.meta.get("span", (0, s + 2))[1] for c in tok.children or ()]
                        + [s + 2])
        title = self._title(cmap, label_end, e)
        out.images.append(Image(cmap.source(s), tok.attrs.get("src", ""), alt, title,
                                lone=not b.has_text))

    def _title(self, cmap: ContentMap, label_end: int, end: int) -> Builder | None:
        """The title of `![alt](dest "title")`, placed through the map, its
        character references decoded, as CommonMark reads a link's title
        (`Photo by:&nbsp;(CC BY 2.0)`: a blank credit, then a note, qa137 #10)."""
        text = self._content
        if not text.startswith("](", label_end):
            return None
        p = _skip_space(text, label_end + 2, end)
        dest = parseLinkDestination(text, p, end)
        if not dest.ok:
            return None
        q = _skip_space(text, dest.pos, end)
        if q == dest.pos:
            return None
        title = parseLinkTitle(text, q, end)
        if not title.ok or title.pos - 1 <= q + 1:
            return None
        b = Builder()
        for t, at, n in cmap.pieces(q + 1, title.pos - 1):
            if text[t:t + n] == self.src[at:at + n]:
                add_with_refs(b, self.src, at, at + n)      # `&nbsp;`, `&#160;` decoded, as CommonMark does
            else:
                b.add(text[t:t + n], at)                    # a masked template: as it stands
        return b


class _Levels:
    """The emphasis and links open round a token (`InlineReader._walk`):
    a stack of levels `[name, open <q>s]`, `name` the tag an element
    renders as (`em`, `strong`, `s`, `a` for Markdown's; a raw-HTML
    phrasing element's own), so a raw end tag ends what a browser ends with
    it, and how many of each name are open (so a stray end tag costs
    nothing)."""

    def __init__(self):
        self.stack: list[list] = []
        self.names: dict[str, int] = {}

    def open(self, name: str) -> None:
        self.stack.append([name, 0])
        self.names[name] = self.names.get(name, 0) + 1

    def close(self, b: Builder, name: str) -> None:
        """The innermost level of that name ends with every level inside
        it and the `<q>`s still open in them, as a browser's end tag pops
        what is open inside its element; with none of its name open (a
        stray `</span>`) nothing ends."""
        if not self.names.get(name):
            return
        k = len(self.stack) - 1
        while self.stack[k][0] != name:
            k -= 1
        for level_name, n in self.stack[k:]:
            self.names[level_name] -= 1
            for _ in range(n):
                b.close_inline("quotation")
        del self.stack[k:]

    def count_q(self, opening: bool) -> None:
        """A `<q>` opens in the innermost level, or a `</q>` ends the
        innermost one open, which belongs to the innermost level counting
        one (a `<q>` closed by its own `</q>` inside an emphasis nested in
        the one it opened in: qa385 #6); one opened outside every level
        counts in none."""
        if opening:
            if self.stack:
                self.stack[-1][1] += 1
            return
        for level in reversed(self.stack):
            if level[1]:
                level[1] -= 1
                return


def _skip_space(text: str, p: int, end: int) -> int:
    while p < end and text[p] in " \t\r\n":
        p += 1
    return p
