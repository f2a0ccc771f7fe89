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
from itertools import islice

import regex

from ..document import Document
from ..suppress import find_directives
from . import templates
from ._html_extract import Extractor
from ._html_figures import Elem
from ._html_tags import SKIP
from ._stitch import OBJECT

# Kinds an element open round Markdown paragraphs gives them, as the
# extractor gives its own paragraphs (`_html_kinds`: one such part for all).
_KINDS_AROUND = frozenset({"byline", "dek", "dateline"})
# Skipped elements a browser leaves at a Markdown paragraph's `<p>` (a
# breakout tag in foreign content, WHATWG HTML 13.2.6.5): its text is shown.
_LEFT_AT_P = frozenset({"svg", "math"})


class MaskedExtractor(Extractor):
    """The HTML extractor reading the masked text: template tags inside HTML
    (an attribute's `{{< ref >}}`, a Liquid tag in a `<figure>`) are neither
    markup the HTML parser trips on nor text; each leaves one OBJECT."""

    def __init__(self, doc: Document, text: str):
        super().__init__(doc, page=False)
        self.src = text
        self.cuts: list[tuple[int, int]] = []   # container prefixes of the block being fed
        self.ends: dict[int, tuple[Elem, int]] = {}   # id(elem) -> (elem, the token closing it: `_ends_later`)

    def inline_html(self, start: int, end: int) -> None:
        """HTML written inside a paragraph: an `<img>` is read as a picture;
        other tags only for their suppression comments."""
        if self.doc.source.startswith(("<img", "<IMG"), start):
            self.feed(start, end)
        else:
            self.doc.suppressions.extend(find_directives(self.doc.source, start, end))

    def around(self, tokens: list, at: int, line: Callable[[int], int]) -> str | None:
        """What the HTML elements earlier blocks left open make of the
        Markdown block `tokens[at]` (`line(n)`: where line n starts), when
        a later block closes them (`closed_from`; one never closed is
        broken markup, and the Markdown after it is read as it reads on
        its own): "mute" in page furniture (`<nav>`, `<form>`, `<button>`,
        `<code>`: `_html_scope._is_furniture`) or in an element whose text
        no reader sees (`<template>`, `<noscript>`: `SKIP`, but for
        `_LEFT_AT_P`), as the extractor mutes a `<p>` there; else
        "blockquote" in a `<blockquote>` or pull quote, or the kind of the
        innermost byline, dek or dateline element (`_KINDS_AROUND`); else
        None. Raises nothing."""
        if len(self.stack) < 2 or self.posts:
            return None
        kind = None
        for elem in self.stack[1:]:
            if elem.mute or (elem.tag in SKIP and elem.tag not in _LEFT_AT_P):
                if self._ends_later(elem, tokens, at, line):
                    return "mute"
            elif elem.quote is not None or (elem.coll is not None and elem.coll.kind in _KINDS_AROUND):
                if self._ends_later(elem, tokens, at, line):
                    kind = "blockquote" if elem.quote is not None else elem.coll.kind
        return kind

    def _ends_later(self, elem: Elem, tokens: list, at: int, line: Callable[[int], int]) -> bool:
        """Does a block from `tokens[at]` on close `elem`? Looked up once per
        element while the token that closes it is ahead."""
        known = self.ends.get(id(elem))
        if known is None or known[0] is not elem or 0 <= known[1] < at:
            known = self.ends[id(elem)] = (elem, closed_from(tokens, at, elem.tag, self.src, line))
        return known[1] >= 0

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


def closed_from(tokens: list, i: int, tag: str, text: str, line: Callable[[int], int]) -> int:
    """The index of the first token from `i` on that closes an open `tag`
    (its end tag past any of the same tag opened in between): a top-level
    HTML block, or a top-level paragraph's or heading's raw tag; -1 if
    none does. `line(n)`: where line n of `text` starts."""
    pattern = regex.compile(rf"<(/?){regex.escape(tag)}(?=[\s/>])", regex.IGNORECASE)
    depth = 1
    for j, tok in enumerate(islice(tokens, i, None), i):
        if tok.type == "html_block" and tok.level == 0 and tok.map:
            found = pattern.finditer(text, line(tok.map[0]), line(tok.map[1]))
        elif tok.type == "inline" and tok.level == 1 and tok.children:
            found = (m for c in tok.children if c.type == "html_inline"
                     for m in [pattern.match(c.content)] if m)
        else:
            continue
        for m in found:
            depth += -1 if m[1] else 1
            if not depth:
                return j
    return -1
