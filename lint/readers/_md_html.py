"""The HTML extractor as the Markdown reader runs it on raw HTML blocks:
over the masked text (template tags blanked), and for a block nested in a
list item or blockquote with the container prefixes cut out of its text."""
from __future__ import annotations

import bisect

import regex

from ..document import Document
from ..suppress import find_directives
from . import templates
from ._html_extract import Extractor
from ._stitch import OBJECT


class MaskedExtractor(Extractor):
    """The HTML extractor reading the masked text: template tags inside HTML
    (an attribute's `{{< ref >}}`, a Liquid tag in a `<figure>`) are neither
    markup the HTML parser trips on nor text; each leaves one OBJECT."""

    def __init__(self, doc: Document, text: str):
        super().__init__(doc, page=False)
        self.src = text
        self.cuts: list[tuple[int, int]] = []   # container prefixes of the block being fed

    def inline_html(self, start: int, end: int) -> None:
        """HTML written inside a paragraph: an `<img>` is read as a picture;
        other tags only for their suppression comments."""
        if self.doc.source.startswith(("<img", "<IMG"), start):
            self.feed(start, end)
        else:
            self.doc.suppressions.extend(find_directives(self.doc.source, start, end))

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
