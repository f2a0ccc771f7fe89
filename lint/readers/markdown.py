"""Markdown reader (CommonMark plus tables, via markdown-it-py).

Front matter is read by `frontmatter`. In the body the first H1 is the
headline and other headings are headings; paragraphs, list items and table
cells are paragraphs, and inside a blockquote blockquotes. Before the first
ordinary paragraph, a line that is only a date is the dateline and a
`By ...` line the byline. An image yields an `alt` part (zero-length when
the alt is empty: Markdown cannot mark an image decorative) and its title a
caption; the rest of a paragraph that opens with an image, or a caption-like
paragraph right under a lone image, is that image's caption. Raw HTML blocks
go through the HTML reader's extractor, so `<figure>` reads the same in both.
Code blocks and spans, HTML, URLs and markup are never prose.
"""
from __future__ import annotations

import re

import regex
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..analysis.calendar import parse_date_line
from ..document import Document, Part
from ..suppress import find_directives
from . import frontmatter
from ._conventions import looks_like_caption, wire_dateline
from ._html_extract import Extractor
from ._md_inline import Aligner, Inline
from ._stitch import sub_part
from .text import BYLINE

FORMAT = "markdown"
_MD = MarkdownIt("commonmark").enable("table")
_MD.disable("text_join")    # keep escapes and entities as tokens that carry their source form
_MD.disable("inline")       # inline runs are parsed by `_inline_tokens`, plain ones without the parser
# The characters at which an enabled inline rule other than text and newline
# can fire (escape, code, emphasis, link, image, autolink, HTML, entity).
_INLINE_MARKUP = re.compile(r"[\\`*_\[!<&]")
_LINE_BREAK = regex.compile(r"\r\n?|\n")
_OPENERS = {"paragraph_open", "heading_open", "th_open", "td_open"}


def read(doc: Document) -> None:
    fm = frontmatter.locate(doc)
    body = fm.body if fm else 0
    env: dict = {}
    tokens = _MD.parse(doc.source[body:], env)
    for tok in tokens:
        if tok.type == "inline":
            tok.children = _inline_tokens(tok.content, env)
    if fm:
        has_h1 = any(t.type == "heading_open" and t.tag == "h1" for t in tokens)
        frontmatter.read(doc, fm, has_h1)
    _Body(doc, body).run(tokens)
    wire_dateline(doc)


def _inline_tokens(content: str, env: dict) -> list[Token]:
    """What markdown-it's inline parser gives for one inline run. Most runs
    hold no markup at all: for them the result (text tokens split by soft
    and hard line breaks, as its `newline` rule makes them) is built here
    directly, several times faster than running every inline rule per character."""
    if _INLINE_MARKUP.search(content):
        return _MD.inline.parse(content, _MD, env, [])
    out: list[Token] = []
    lines = content.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i:
            line = line.lstrip(" \t")           # spaces opening a continuation line
        if i == last:
            if line:
                out.append(Token("text", "", 0, content=line))
            break
        if line.endswith("  "):
            line, brk = line.rstrip(" "), "hardbreak"
        else:
            line, brk = (line[:-1] if line.endswith(" ") else line), "softbreak"
        if line:
            out.append(Token("text", "", 0, content=line))
        out.append(Token(brk, "br", 0))
    return out


class _Body:
    def __init__(self, doc: Document, base: int):
        self.doc, self.src = doc, doc.source
        # Line starts as markdown-it counts lines (it normalises \r\n and \r).
        self.starts = [base] + [m.end() for m in _LINE_BREAK.finditer(self.src, base)]
        self.cur = base
        self.html = Extractor(doc, page=False)
        self.aligner = Aligner(doc, self._inline_html)
        self.headline = False
        self.preamble = True          # still before the first ordinary paragraph
        self.dateline = self.byline = False
        self.pending_image: Part | None = None   # alt of a paragraph that was only images
        self.items = 0                # depth of list items around the current block

    def line(self, n: int) -> int:
        return self.starts[n] if n < len(self.starts) else len(self.src)

    def run(self, tokens) -> None:
        quote = 0
        opener = None
        for tok in tokens:
            t = tok.type
            if t == "blockquote_open":
                quote += 1
            elif t == "blockquote_close":
                quote -= 1
            elif t == "list_item_open":
                self.items += 1
            elif t == "list_item_close":
                self.items -= 1
            elif t in _OPENERS:
                opener = tok
            elif t == "inline" and opener is not None and tok.map:
                self._inline(tok, opener, quote)
            elif t == "html_block" and tok.map:
                self._html_block(tok)
            elif t in ("fence", "code_block", "hr", "table_open"):
                self.pending_image = None
        self.html.close()

    def _inline(self, tok, opener, quote: int) -> None:
        pending, self.pending_image = self.pending_image, None
        start = max(self.cur, self.line(tok.map[0]))
        res = self.aligner.run(tok.children or (), start, self.line(tok.map[1]))
        self.cur = max(self.cur, res.end)
        res.builder.block = opener.tag if opener.tag != "p" or not self.items else "li"
        if opener.type == "heading_open":
            kind = "heading"
            if opener.tag == "h1" and not self.headline:
                kind, self.headline = "headline", True
            self._images(res)
            part = res.builder.part(kind)
            if part is not None:
                self.doc.add(part)
            return
        kind = "blockquote" if quote else "paragraph"
        lone = bool(res.images) and res.images[0].lone
        alts = self._images(res)
        part = res.builder.part(kind)
        if part is None:
            if alts:
                self.pending_image = alts[-1]
            return
        if lone:
            part.kind, part.attrs["image"] = "caption", alts[0].index
        elif pending is not None and looks_like_caption(part.text, res.plain == 0):
            part.kind, part.attrs["image"] = "caption", pending.index
        elif kind == "paragraph" and self.preamble and opener.type == "paragraph_open":
            part = self._preamble(part)
        if part is not None:
            self.doc.add(part)
            if part.kind == "paragraph":
                self.preamble = False

    def _images(self, res: Inline) -> list[Part]:
        alts = []
        for img in res.images:
            alt = img.alt.part("alt", empty_at=img.start, attrs={"src": img.src})
            # Markdown has no way to mark an image decorative: an empty alt is missing.
            alt.attrs.update(missing=not alt.text, decorative=False)
            alts.append(self.doc.add(alt))
            if img.title and img.title[1] > img.title[0]:
                self.doc.add(Part.from_slice("caption", self.src, *img.title, name="image title",
                                             attrs={"image": alt.index}))
        return alts

    def _preamble(self, part: Part) -> Part | None:
        """Leading date and `By ...` lines of a paragraph above the story become
        the dateline and byline; what follows stays a paragraph."""
        doc, pos = self.doc, 0
        text = part.text
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl == -1 else nl
            line = text[pos:end].rstrip("\r").strip()
            if not line:
                break
            stop = pos + len(text[pos:end].rstrip("\r").rstrip())
            if not self.dateline and parse_date_line(line, default_year=2000):
                self.dateline = True
                dateline = doc.add(sub_part(part, "dateline", pos, stop))
                if doc.published is None:
                    doc.published = parse_date_line(line)
                    if doc.published is not None:
                        doc.published_from, doc.published_part = "date line", dateline
            elif not self.byline and len(line) <= 100 and BYLINE.match(line):
                self.byline = True
                doc.add(sub_part(part, "byline", pos, stop))
            else:
                break
            pos = len(text) if nl == -1 else nl + 1
        if pos == 0:
            return part
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return sub_part(part, "paragraph", pos, len(text)) if pos < len(text) else None

    def _html_block(self, tok) -> None:
        start, end = self.line(tok.map[0]), self.line(tok.map[1])
        self.cur = max(self.cur, end)
        before = len(self.doc.parts)
        if tok.level == 0:
            self.html.feed(start, end)
        else:   # inside a list or quote the source lines carry Markdown prefixes
            self.doc.suppressions.extend(find_directives(self.src, start, end))
        added = self.doc.parts[before:]
        if added:   # a bare <img> block waits for its caption like a Markdown image
            self.pending_image = added[-1] if added[-1].kind == "alt" else None

    def _inline_html(self, start: int, end: int) -> None:
        if self.src.startswith(("<img", "<IMG"), start):
            self.html.feed(start, end)
        else:
            self.doc.suppressions.extend(find_directives(self.src, start, end))
