"""Which part an element's text becomes, for the HTML extractor.

`KindSteps` (mixed into `_html_extract.Extractor`, which keeps the element
stack) answers, for a start tag, the kind of part its text collects (`embed`,
`credit`, `byline`, `caption`, `headline`, `paragraph`, ...) and a name for a
`field` part, or None when the element adds no part of its own. The order of
the tests is the order of trust: inside an embedded post every block is the
post's; then a telling class token (a caption or source class only beside a
picture), a credit `itemprop` in a figure, `rel="author"`, a pull quote's
`<cite>` or `<footer>`; only then the tag itself (the page's first `<h1>` is
its headline). Kept apart from the stack logic so each module stays small.
"""
from __future__ import annotations

from ._html_figures import Collector
from ._html_tags import (CLASS_HINT, CLASS_KINDS, CLASS_PRIORITY, CREDIT_PROPS, EXCLUSIVE, HEADINGS,
                         KICKER, NOT_MARKED, PARAGRAPHS)


# Elements whose kicker class marks a kicker standing alone over a heading.
_KICKER_TAGS = frozenset({"p", "span"})


class KindSteps:
    """The extractor's choice of part kind (see the module docstring)."""

    def _kind_for(self, tag: str, attrs: dict) -> tuple[str | None, str]:
        """(kind, name) for a start tag about to be pushed; kind None when the
        element collects no part (or the enclosing one already is that kind).
        Marks the headline seen at the page's first in-scope `<h1>`."""
        active = self._active()
        if self.posts:          # a post's blocks are the post, whatever their class
            return ("embed" if tag in PARAGRAPHS or tag in HEADINGS else None), ""
        classes, rel, kind, name = attrs.get("class"), attrs.get("rel"), None, ""
        if classes and tag not in NOT_MARKED:
            if CLASS_HINT.search(classes):
                found = {m.lastgroup for m in map(CLASS_KINDS.search, classes.split()) if m}
                # Caption and source classes count beside a picture only: in a
                # figure, or in a `_picture_box`.
                if found & {"caption", "source"} and not (self.figures or self._picture_box()):
                    found -= {"caption", "source"}
                kind = next((k for k in CLASS_PRIORITY if k in found), None)
                kind = "credit" if kind == "source" else kind
            # (a tag inside an h1 with a kicker's class is an inline `kicker` mark, read as
            # a heading's own class is: `_html_tags.heading_role`; `_html_text` cuts it)
            if kind is None and active is None and tag in _KICKER_TAGS and not (self.figures or self.blockquote) \
                    and KICKER.search(classes):
                # a kicker over a fragment's demoted hed (`<p class="kicker">PORTS</p><h2>...`) or a page's
                # story heading: a paragraph still, named so that `_conventions.demoted_hed` and
                # `_html_opening.kicker_line` can tell it
                return "paragraph", "kicker"
        if kind is None and self.figures and tag not in NOT_MARKED and \
                (attrs.get("itemprop") or "").lower() in CREDIT_PROPS:
            kind = "credit"
        if kind is None and rel and "author" in rel.lower().split():
            kind = "byline"
        if kind is None and tag in ("cite", "footer") and self.quotes and \
                self.stack[-2].quote is self.quotes[-1]:
            kind, name = "field", "cite"              # a quote's attribution line
        if kind:
            return (None if active and active.kind == kind else kind), name
        if tag == "title":
            return ("title", "html title") if self.page and self.meta.title is None else (None, "")
        if tag == "h1" and not self.headline_seen and self.in_scope():
            self.headline_seen = True
            return "headline", ""
        if tag in HEADINGS:
            return "heading", ""
        if tag == "figcaption":
            return "caption", ""
        if tag in PARAGRAPHS and not (active and active.kind in EXCLUSIVE):
            return ("blockquote" if self.blockquote else "paragraph"), ""
        return None, ""

    def _active(self) -> Collector | None:
        """The collector text goes to now: the innermost owner's."""
        return self.owners[-1].coll if self.owners else None

    def _in_text(self) -> bool:
        """Inside a paragraph, caption or other element whose text is prose."""
        coll = self._active()
        return coll is not None and coll.kind not in ("title", "field")

    def _in_sentence(self) -> bool:
        """Inside a paragraph or blockquote that already holds words: an
        inline element opened here runs on in its sentence."""
        coll = self._active()
        return coll is not None and coll.kind in ("paragraph", "blockquote") and coll.builder.has_text
