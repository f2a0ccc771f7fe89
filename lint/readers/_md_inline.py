"""Placing markdown-it inline tokens back onto the source.

Inline tokens carry no positions, so they are aligned monotonically: a
cursor walks the block's source and each token is found from the cursor
(text by its content, escapes and entities by their source form in
`markup`, emphasis by its delimiter run). Everything that is not prose is
stepped over: link destinations and titles, code spans, inline HTML,
autolinks and bare URLs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import regex

from ..document import Document
from .patterns import URL, may_hold_url
from ._stitch import Builder, align

_BACKTICKS = regex.compile(r"`+")
_EMPHASIS = {"em_open": 1, "strong_open": 1, "s_open": 1,
             "em_close": -1, "strong_close": -1, "s_close": -1}


@dataclass
class Image:
    start: int                 # source offset of `![`
    src: str
    alt: Builder
    title: tuple[int, int] | None
    lone: bool                 # nothing but whitespace came before it in its paragraph


@dataclass
class Inline:
    """The prose of one inline run, the images in it, and how much of the
    prose was outside emphasis (a wholly italic paragraph is caption-like)."""

    builder: Builder = field(default_factory=Builder)
    images: list[Image] = field(default_factory=list)
    plain: int = 0
    end: int = 0


class Aligner:
    """`on_html(start, end)` receives each inline HTML span (suppression
    comments, inline `<img>`)."""

    def __init__(self, doc: Document, on_html: Callable[[int, int], None]):
        self.src, self.on_html = doc.source, on_html
        self.links = may_hold_url(doc.source)     # else no text token needs a URL search

    def run(self, tokens, cursor: int, limit: int) -> Inline:
        out = Inline()
        out.end = self._walk(tokens, cursor, limit, out, out.builder)
        return out

    def _walk(self, tokens, cur: int, limit: int, out: Inline, b: Builder) -> int:
        src = self.src
        emphasis = 0
        autolink = False
        for tok in tokens:
            t = tok.type
            if t == "text":
                if autolink:
                    pos = src.find(tok.content, cur, limit)
                    cur = cur if pos < 0 else pos + len(tok.content)
                else:
                    added = self._text(tok.content, cur, limit, b)
                    if emphasis == 0:
                        out.plain += len(tok.content.strip())
                    cur = added
            elif t == "text_special":
                pos = src.find(tok.markup, cur, limit)
                if pos < 0:
                    continue
                if tok.content == tok.markup:
                    b.add(tok.content, pos)
                else:
                    b.add_decoded(tok.content, pos)
                if emphasis == 0:
                    out.plain += 1
                cur = pos + len(tok.markup)
            elif t in ("softbreak", "hardbreak"):
                pos = src.find("\n", cur, limit)
                if pos < 0:
                    continue
                start = pos - 1 if pos > cur and src[pos - 1] == "\r" else pos
                b.add(src[start:pos + 1], start)
                cur = pos + 1
            elif t in _EMPHASIS:
                pos = src.find(tok.markup, cur, limit)
                if pos >= 0:
                    cur = pos + len(tok.markup)
                emphasis += _EMPHASIS[t]
                mark = "strong" if t.startswith("strong") else "emphasis" if t.startswith("em") else ""
                if mark:
                    (b.open_inline if _EMPHASIS[t] > 0 else b.close_inline)(mark)
            elif t == "code_inline":
                cur = self._skip_code(tok.markup, cur, limit)
                b.open_inline("code")
                b.close_inline("code")
            elif t == "html_inline":
                pos = src.find(tok.content, cur, limit)
                if pos >= 0:
                    self.on_html(pos, pos + len(tok.content))
                    cur = pos + len(tok.content)
            elif t == "link_open":
                autolink = tok.markup == "autolink"
                pos = src.find("<" if autolink else "[", cur, limit)
                cur = cur if pos < 0 else pos + 1
                if not autolink:
                    b.open_inline("link")
            elif t == "link_close":
                b.close_inline("link")
                if autolink:
                    pos = src.find(">", cur, limit)
                    autolink = False
                    cur = cur if pos < 0 else pos + 1
                else:
                    cur, _ = self._skip_target(cur, limit)
            elif t == "image":
                cur = self._image(tok, cur, limit, out, b)
        return cur

    def _text(self, content: str, cur: int, limit: int, b: Builder) -> int:
        """Add a text token (bare URLs left out); returns the new cursor."""
        pos = self.src.find(content, cur, limit)
        if pos < 0:
            # The parser changed the text (a table cell's `\|`): place it greedily.
            segs = align(content, self.src, cur, limit)
            b.add_segments(content, segs)
            t, s = segs[-1]
            return s + len(content) - t
        prev = 0
        for m in URL.finditer(content) if self.links else ():
            b.add(content[prev:m.start()], pos + prev)
            prev = m.end()
        b.add(content[prev:], pos + prev)
        return pos + len(content)

    def _skip_code(self, markup: str, cur: int, limit: int) -> int:
        """Past a code span: the next backtick run of exactly the opening length."""
        opened = False
        for m in _BACKTICKS.finditer(self.src, cur, limit):
            if len(m.group()) == len(markup):
                if opened:
                    return m.end()
                opened = True
        return cur

    def _skip_target(self, cur: int, limit: int) -> tuple[int, tuple[int, int] | None]:
        """After a link's text: step over `]` and then `(dest "title")`, `[ref]`
        or nothing. Returns the cursor and the title's inner span, if any."""
        src = self.src
        pos = src.find("]", cur, limit)
        if pos < 0:
            return cur, None
        p = pos + 1
        if p < limit and src[p] == "[":
            close = src.find("]", p + 1, limit)
            return (p if close < 0 else close + 1), None
        if p >= limit or src[p] != "(":
            return p, None
        p = _skip_space(src, p + 1, limit)
        if p < limit and src[p] == "<":
            close = src.find(">", p, limit)
            p = limit if close < 0 else close + 1
        else:
            depth = 0
            while p < limit and not src[p].isspace():
                ch = src[p]
                if ch == "\\":
                    p += 1
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    if depth == 0:
                        break
                    depth -= 1
                p += 1
        p = _skip_space(src, p, limit)
        title = None
        if p < limit and src[p] in "\"'(":
            closer = ")" if src[p] == "(" else src[p]
            q = p + 1
            while q < limit and src[q] != closer:
                q += 2 if src[q] == "\\" else 1
            title = (p + 1, min(q, limit))
            p = _skip_space(src, q + 1, limit)
        if p < limit and src[p] == ")":
            p += 1
        return p, title

    def _image(self, tok, cur: int, limit: int, out: Inline, b: Builder) -> int:
        start = self.src.find("![", cur, limit)
        if start < 0:
            return cur
        alt = Builder()
        inner = Inline(builder=alt)
        cur = self._walk(tok.children or (), start + 2, limit, inner, alt)
        cur, title = self._skip_target(cur, limit)
        out.images.append(Image(start, tok.attrs.get("src", ""), alt, title,
                                lone=not b.has_text))
        return cur


def _skip_space(src: str, p: int, limit: int) -> int:
    while p < limit and src[p] in " \t\r\n":
        p += 1
    return p
