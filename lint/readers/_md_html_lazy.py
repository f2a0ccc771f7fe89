"""The Markdown reader's holder of its raw-HTML extractor, made lazily:
`_md_html` (and with it the HTML stack, about 20 modules, 4% of a
one-article run) is imported only when a body's first raw HTML is fed to
it. Kept apart from `markdown` so that module stays under 400 lines.
"""
from __future__ import annotations

from ..document import Document


class LazyHtml:
    """The HTML extractor (`_md_html.MaskedExtractor`) of one body's raw HTML,
    made when the first HTML is fed to it: a Markdown file with no raw HTML
    never imports the HTML stack (about 20 modules, 4% of a one-article
    run). `made` is the extractor, or None while nothing was fed; one never
    fed has no element open, no post and nothing to close."""

    __slots__ = ("doc", "text", "made")

    def __init__(self, doc: Document, text: str):
        self.doc, self.text = doc, text
        self.made = None

    def get(self):
        """The extractor, made now if not yet."""
        if self.made is None:
            from ._md_html import MaskedExtractor
            self.made = MaskedExtractor(self.doc, self.text)
        return self.made

    def posts(self) -> list:
        """The extractor's open embedded posts (none before it is made)."""
        return self.made.posts if self.made is not None else []

    def inline_html(self, start: int, end: int) -> None:
        """HTML written inside a paragraph (`MaskedExtractor.inline_html`)."""
        self.get().inline_html(start, end)
