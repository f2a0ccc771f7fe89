"""The element records of the HTML extractor and its steps for pictures.

`Elem` is one open element, `Collector` the part an element is collecting.
`FigureSteps` (mixed into `_html_extract.Extractor`) links an image's alt
text, caption and credit: inside a `<figure>`, or inside a `_picture_box`,
a small container that holds a picture and a caption or credit class but no
story text (`<div><img><div class="credit">AP</div>Caption text</div>`), which
then acts as the figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Part
from ._html_media import Figure, PullQuote, alt_part, credit_block, finish_quote, link_credit
from ._html_tags import CONTROL_NAME, IMAGE_FURNITURE, NOT_MARKED, names_control

# Inline elements that may wrap a control's image (`<a class="btn"><img></a>`).
INLINE_WRAPPERS = frozenset({"a", "span", "button", "i", "b", "em", "strong", "picture"})
from ._stitch import Builder


@dataclass
class Collector:
    kind: str
    builder: Builder = field(default_factory=Builder)
    name: str = ""
    credit: Part | None = None     # a credit carved out of this caption
    block_breaks: list[int] = field(default_factory=list)   # source offsets of inner block boundaries
    at: int = 0                    # where the element's content starts (an empty credit's place)
    h1: bool = False


@dataclass
class Elem:
    tag: str
    coll: Collector | None = None
    figure: Figure | None = None
    quote: PullQuote | None = None
    capture: Builder | None = None   # itemprop=datePublished text
    article: bool = False
    mute: bool = False               # furniture: its text is never prose
    box: int = 0                     # this <article>'s number (1, 2, ...), 0 for other elements
    img: bool = False                # a picture has been seen inside it
    texts_before: int = 0            # story text parts finished before it opened
    control: bool = False            # its class or id names a button, icon or logo


class FigureSteps:
    """Picture handling for `Extractor`; uses its stack, figures, owners and doc."""

    def _picture_box(self) -> Elem | None:
        """The element round a caption or credit outside any `<figure>` that
        holds a picture and so acts as its figure: the parent or grandparent
        of the element just opened, if a picture was seen in it (the credit
        and caption text beside an `<img>` in a `<div>`) and no paragraph,
        quote or heading (a story's container is no figure)."""
        for elem in self.stack[-3:-1][::-1]:
            if elem.img and elem.figure is None and elem.texts_before == self.n_texts and \
                    elem.tag not in NOT_MARKED and elem.tag != "#root":
                return elem
        return None

    def _in_control(self) -> bool:
        """The <img> sits in a control: its parent, or an inline element round
        it (a link, a button), names a button, icon or logo."""
        for elem in reversed(self.stack):
            if elem.control:
                return True
            if elem.tag not in INLINE_WRAPPERS:
                return False
        return False

    def _split_credit(self, coll: Collector, part: Part) -> Part:
        """The caption without the credit block it ends with, if any (that
        credit is added to the document and kept on the collector)."""
        split = credit_block(self.src, part, coll.block_breaks)
        if split is None:
            return part
        part, coll.credit = split
        self.doc.add(coll.credit)
        return part

    def _place_in_figure(self, coll: Collector, part: Part) -> None:
        """Link a finished caption or credit to its caption, credit and picture."""
        if coll.kind == "credit":
            outer = next((e.coll for e in reversed(self.owners) if e.coll.kind == "caption"), None)
            if outer is not None:
                outer.credit = part
            else:
                fig = self._figure()
                if fig is not None and fig.credit is None:
                    fig.credit = part
            return
        if coll.credit is not None:
            link_credit(part, coll.credit)
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
            link_credit(fig.caption, fig.credit)

    def _close_figure(self, fig: Figure) -> None:
        """A figure with no picture is no captioned image: its figcaption
        attributes a quote it holds, or is furniture (a share box)."""
        if fig.media or fig.caption is None:
            self._link_figure(fig)
            return
        if fig.quote is not None:
            fig.quote.cite = fig.quote.cite or fig.caption
            finish_quote(fig.quote)
        for part in fig.texts:
            part.attrs["drop"] = True

    def _img(self, attrs: dict, raw: str, offset: int) -> None:
        if not self.in_scope() or self.mute:
            return
        part = alt_part(self.src, attrs, raw, offset)
        if part is None:             # a tracking pixel, a stand-in or a hidden image
            return
        path = part.attrs["src"].split("?", 1)[0]
        if names_control(attrs) or IMAGE_FURNITURE.search(path) or CONTROL_NAME.search(path) or \
                self._in_control():
            part.attrs["control"] = True
        for elem in self.stack:
            elem.img = True
        self.last_alt = part
        self.doc.add(part)
        fig = self._figure()
        if fig is not None and fig.alt is None:
            fig.alt = part
            self._link_figure(fig)
