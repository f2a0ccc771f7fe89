"""The HTML extractor as the Markdown reader runs it on raw HTML blocks:
over the masked text (template tags blanked), and for a block nested in a
list item or blockquote with the container prefixes cut out of its text.

A blank line ends an HTML block of CommonMark's types 6 and 7 (spec 4.6),
so `<nav>`, a Markdown paragraph and `</nav>` are three blocks, and the
paragraph is rendered inside the `<nav>`. `MaskedExtractor.around` says what
the elements such blocks leave open make of the Markdown between them."""
from __future__ import annotations

import bisect
from collections.abc import Callable

from .. import rx as regex

from ..document import Document
from ..suppress import find_directives
from . import templates
from ._html_extract import Extractor
from ._html_figures import Elem
from ._html_tags import SKIP
from ._md_tags import out_of_tables, tag_marks
from ._stitch import OBJECT, VALE_CONTAINERS

# Kinds an element open round Markdown paragraphs gives them, as the
# extractor gives its own paragraphs (`_html_kinds`: one such part for all).
_KINDS_AROUND = frozenset({"byline", "dek", "dateline"})
# A table's own tags: their end tags close its parts, inside it (`MaskedExtractor.end`).
_TABLE_PARTS = frozenset({"table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"})


class MaskedExtractor(Extractor):
    """The HTML extractor reading the masked text: template tags inside HTML
    (an attribute's `{{< ref >}}`, a Liquid tag in a `<figure>`) are neither
    markup the HTML parser trips on nor text; each leaves one OBJECT."""

    def __init__(self, doc: Document, text: str):
        super().__init__(doc, page=False)
        self.src = text
        self.cuts: list[tuple[int, int]] = []   # container prefixes of the block being fed
        self.opened: dict[int, tuple[Elem, int]] = {}   # id(elem) -> (elem, its start tag's offset)
        self._opening = 0                       # the offset of the start tag being read
        self.closings: Closings | None = None    # of the tokens `around` was last asked about
        self.sums: list[tuple[Elem, int, int, int]] = []   # `_sync`

    def inline_html(self, start: int, end: int) -> None:
        """HTML written inside a paragraph: an `<img>` is read as a picture;
        other tags only for their suppression comments."""
        if self.doc.source.startswith(("<img", "<IMG"), start):
            self.feed(start, end)
        else:
            self.doc.suppressions.extend(find_directives(self.doc.source, start, end))

    def paragraph(self, offset: int) -> None:
        """A Markdown paragraph the extractor is fed (a post's signature a
        blank line cut off) starts at `offset`: on the page its `<p>` is a
        block boundary, so the post's text before it is a part of its own."""
        self._break(offset, block=True)

    def feed_item(self, start: int, end: int, blanked: tuple[str, list[tuple[int, int]]], item: bool) -> None:
        """Feed src[start:end], a block nested in a list item or quote, as
        (its text, its container prefixes) `blanked` (`blank_prefixes`) give
        it. When `item`, the block is a list item's own raw HTML (`- <p>Item
        text here.</p>`): read inside an `<li>`, as the page renders the
        item, so its text is the item's (block "li"), and that `<li>` ends at
        `end`, closing what the block left open, as the item's end does: a
        `<script>`, `<style>`, `<textarea>` or other element whose text no
        reader sees (`SKIP`) too, which would otherwise ignore the `</li>`
        and hide every later HTML block."""
        depth, skip = len(self.stack), self.skip
        if item:
            self.start("li", {}, "", start)
        text, self.cuts = blanked
        self.feed(start, end, text)
        self.cuts = []
        if item:
            while self.skip > skip and len(self.stack) > depth:   # (above the item's <li>: all SKIP)
                self.end(self.stack[-1].tag, end)
            self.end("li", end)

    def start(self, tag: str, attrs: dict, raw: str, offset: int) -> None:
        self._opening = offset
        super().start(tag, attrs, raw, offset)

    def end(self, tag: str, offset: int) -> None:
        """An end tag; one inside a table (its cell, caption or rows) that
        names an element opened before the table is ignored, as a browser
        ignores it (WHATWG HTML 13.2.4.2, "has an element in scope": a table
        bounds it), so a `</blockquote>` in a cell ends no embedded post.
        Only a table closed later is a bound (`Closings.reach` of its start
        tag): an unclosed `<table>` is broken markup the later end tags are
        read past, and a stray `<td>` outside a table bounds nothing."""
        if self.open["table"] and tag not in _TABLE_PARTS and self.closings is not None:
            for elem in reversed(self.stack):
                if elem.tag == tag:
                    break
                if elem.tag == "table" and (known := self.opened.get(id(elem))) and known[0] is elem \
                        and self.closings.reach("table", known[1]) >= 0:
                    return
        super().end(tag, offset)

    def see(self, tokens: list, line: Callable[[int], int]) -> None:
        """Read `tokens` (the body's, `line(n)`: where line n starts) for where
        each element is closed (`Closings`), once per body."""
        if self.closings is None or self.closings.tokens is not tokens:
            self.closings, self.sums[:] = Closings(tokens, self.src, line), []

    def _push(self, elem: Elem) -> None:
        super()._push(elem)
        self.opened[id(elem)] = (elem, self._opening)

    def around(self, tokens: list, at: int, line: Callable[[int], int]) -> str | None:
        """What the HTML elements earlier blocks left open make of the
        Markdown block `tokens[at]` (`line(n)`: where line n starts), while
        the element's own end tag is in a later block, or ends this one
        (`Closings`; one never closed is broken markup, and the Markdown
        after it is read as it reads on its own, as is a block with words
        after the end tag of an element it closes): "mute" in page
        furniture (`<nav>`, `<form>`, `<button>`, `<code>`:
        `_html_scope._is_furniture`) or in an element whose text no reader
        sees (`<template>`, `<noscript>`: `SKIP`), as the extractor mutes a
        `<p>` there, or in a graphic's HTML (an svg `<foreignObject>`, a
        MathML `<mi>`: `Spaces.html_point`, where the block's tag is HTML;
        elsewhere in svg or math the block's tag breaks out of them first,
        WHATWG HTML 13.2.6.5); else "blockquote" in a `<blockquote>` or pull
        quote, or the kind of the innermost byline, dek or dateline element
        (`_KINDS_AROUND`); else None. Amortized constant time per element
        opened (`_sync`). Raises nothing."""
        if self.spaces.space != "html":      # the block's <p>, <h2>, <ul> ... breaks out of svg/math
            block = tokens[at].map
            for name in self.spaces.break_out():
                self.end(name, line(block[0]) if block else 0)
        if len(self.stack) < 2 or self.posts:
            return None
        self.see(tokens, line)
        sums = self._sync()
        here = 2 * at               # a reach beyond it: closed in a later block, or at this one's end
        _, mute, k, _ = sums[-1]
        point = self.spaces.html_point()
        if mute > here or (point is not None and self.closings.reach(*point) > here):
            return "mute"
        while k >= 0:
            elem, _, _, reach = sums[k]
            if reach > here:
                return "blockquote" if elem.quote is not None else elem.coll.kind
            k = sums[k - 1][2] if k else -1
        return None

    def containers(self, tokens: list, at: int) -> tuple[str, ...]:
        """The tags (`VALE_CONTAINERS`) of the elements open round the Markdown
        block `tokens[at]` and closed after it, outermost first, as `around`
        (asked first) synced them: a paragraph between raw `<figure>` and
        `</figure>` lines is in the figure Vale renders (qa427 #4); so is one
        between such lines in a list item or `>` quote, which the extractor
        is not fed as open round it (`Closings.nested`, qa438 #4)."""
        nested = ("figure",) if self.closings is not None and self.closings.tokens is tokens \
            and any(j < at and reach > 2 * at for j, reach in self.closings.nested("figure")) else ()
        if len(self.stack) < 2 or self.posts:
            return nested
        return tuple(e.tag for e, _, _, reach in self.sums if reach > 2 * at and e.tag in VALE_CONTAINERS) + nested

    def _sync(self) -> list:
        """`sums` as the open elements (`stack[1:]`) now are, one row per
        element: (it, the farthest reach of a muting element up to it, the
        row of the innermost kind-giving element up to it or -1, its own
        reach: `Closings.reach`). The stack only grows and shrinks at its
        top, so rows are kept while their element is still in its place."""
        stack, sums = self.stack, self.sums
        del sums[len(stack) - 1:]
        while sums and sums[-1][0] is not stack[len(sums)]:
            sums.pop()
        for elem in stack[len(sums) + 1:]:
            known = self.opened.get(id(elem))
            reach = self.closings.reach(elem.tag, known[1]) if known and known[0] is elem else -1
            _, mute, kind, _ = sums[-1] if sums else (None, -1, -1, -1)
            if elem.mute or elem.tag in SKIP:      # (an svg left open here: at its HTML, `around`)
                mute = max(mute, reach)
            elif reach >= 0 and (elem.quote is not None or
                                 (elem.coll is not None and elem.coll.kind in _KINDS_AROUND)):
                kind = len(sums)
            sums.append((elem, mute, kind, reach))
        return sums

    def text(self, text: str, offset: int) -> None:
        if self.cuts:   # a nested block's `> ` and indents are no text of it
            end = offset + len(text)
            k = max(bisect.bisect_right(self.cuts, (offset, end)) - 1, 0)
            pos = offset
            for cs, ce in self.cuts[k:]:
                if cs >= end:
                    break
                if ce > pos:
                    if cs > pos:
                        self._text(text[pos - offset:cs - offset], pos)
                    pos = ce
            if pos < end:
                self._text(text[pos - offset:], pos)
            return
        self._text(text, offset)

    def _text(self, text: str, offset: int) -> None:
        """Text with template masks: each run of them is one OBJECT."""
        if templates.MASK not in text:
            super().text(text, offset)
            return
        prev = 0
        for m in _MASK_RUN.finditer(text):
            if m.start() > prev:
                super().text(text[prev:m.start()], offset + prev)
            super().text(OBJECT, offset + m.start())
            prev = m.end()
        if prev < len(text):
            super().text(text[prev:], offset + prev)


_MASK_RUN = regex.compile(templates.MASK + "+")


class Closings:
    """Where each element a top-level HTML block opens is closed: its end
    tag past any of the same tag opened in between, in a later HTML block or
    a paragraph's or heading's raw HTML, at the top level or in a list item
    or `>` quote (an end tag reaches through `<li>` and `<blockquote>`, as a
    browser's "in scope" does), not in a table's cell (a Markdown pipe
    table's, or a raw HTML table's that is closed: `out_of_tables`). Found in
    one pass over the tokens per tag name asked about, by pairing start and
    end tags as a stack does. `line(n)`: where line n of `text` starts."""

    def __init__(self, tokens: list, text: str, line: Callable[[int], int]):
        self.tokens, self.text, self.line = tokens, text, line
        self.by_tag: dict[str, dict[int, int]] = {}
        self.inner: dict[str, list[tuple[int, int]]] = {}     # `nested`, by tag

    def reach(self, tag: str, offset: int) -> int:
        """For the element whose start tag `<tag` is at source `offset`:
        2j + 1 when token j closes it with nothing but space after its end
        tag (a block's end tag is its last, as far as the Markdown goes), 2j
        when words follow the end tag in that paragraph, -1 when no token
        closes it or no top-level block holds that start tag."""
        table = self.by_tag.get(tag)
        if table is None:
            table = self.by_tag[tag] = self._table(tag)
        return table.get(offset, -1)

    def nested(self, tag: str) -> list[tuple[int, int]]:
        """(token index, `reach`) of each `<tag` start tag in an HTML block
        inside a list item or `>` quote, in order; found once per tag."""
        if tag not in self.inner:
            self.inner[tag] = [(j, self.reach(tag, where)) for j, tok in enumerate(self.tokens)
                                if tok.type == "html_block" and tok.level > 0
                                for table, close, where, _ in tag_marks(tok, tag, self.text, self.line)
                                if not table and not close]
        return self.inner[tag]

    def _table(self, tag: str) -> dict[int, int]:
        marks = []
        tables = 0
        for j, tok in enumerate(self.tokens):
            if tok.type in ("table_open", "table_close"):
                tables += tok.nesting       # (a cell is a scope an end tag does not reach past)
            elif not tables:
                marks.extend((*m, j) for m in tag_marks(tok, tag, self.text, self.line))
        out: dict[int, int] = {}
        opens: list[int | None] = []     # offsets of the start tags still open (None: inline)
        last, at = None, -1              # an inline token's last child with words, not raw HTML
        for close, where, n, j in out_of_tables(marks, tag):   # (so is a raw HTML table)
            if not close:
                opens.append(where if n < 0 else None)
            elif opens:
                opened = opens.pop()
                if opened is None:
                    continue
                if n >= 0 and at != j:
                    tok, at = self.tokens[j], j
                    last = max((k for k, c in enumerate(tok.children)
                                if c.type != "html_inline" and c.content.strip()), default=-1)
                out[opened] = 2 * j + int(n < 0 or n > last)
        return out
