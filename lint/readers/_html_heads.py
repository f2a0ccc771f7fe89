"""What the HTML extractor keeps about a page's headings, for the steps
after the page is read that choose the headline and where the story starts
(`html._read`, `_html_page`, `_html_brand`, `_html_label`, `_html_live`),
so that no step reads the page's markup again:
- every `<h1>` part of a page (`h1s`: `html._read` picks the headline among
  them with `_html_title.choose_headline`), where its content starts
  (`h1_at`: `_html_page.PageStory.keep_only` keeps the story's parts from
  there when that h1 is the headline, its kicker with it), the
  elements open round it, itself last (`h1_around`: `_html_live` reads
  the sectioning boxes from them), and its start tag and the start tags
  inside it, each as (offset, raw text) (`h1_tags`: `_html_brand.masthead`
  reads those before its text);
- each heading part's start tag's class attribute (`heading_class`:
  `_html_label.kickers`).
Each map is keyed by id(part).
"""
from __future__ import annotations

from ._html_tags import HEADINGS


class HeadSteps:
    """Heading records for `_html_extract.Extractor` (see the module docstring)."""

    def _init_heads(self) -> None:
        self.h1s: list = []                      # every h1 of a page, for choosing the headline
        self.h1_at: dict[int, int] = {}
        self.h1_around: dict[int, tuple] = {}
        self.h1_tags: dict[int, list] = {}
        self._h1_open: list[list] = []           # each open h1's start tags so far (h1s nest)
        self.heading_class: dict[int, str] = {}

    def _open_heading(self, coll, tag: str, attrs: dict, raw: str, offset: int) -> None:
        """`coll`, the collector just opened for `tag` (`raw` at `offset`),
        notes a heading's class, and an h1's place on the stack and tags."""
        if tag in HEADINGS:
            coll.heading_class = attrs.get("class")
        if tag == "h1" and self.page:
            coll.h1 = True
            coll.around = tuple(self.stack)
            coll.h1_tags = [(offset, raw)]
            self._h1_open.append(coll.h1_tags)

    def _h1_tag(self, raw: str, offset: int) -> None:
        """A start tag `raw` at `offset`: kept for every h1 open round it."""
        for tags in self._h1_open:
            tags.append((offset, raw))

    def _close_h1(self, coll) -> tuple:
        """The finished h1 `coll`'s record (the elements open round it, its
        start tags), taken off the collector and the open h1s; an h1 inside
        another keeps its own record and leaves the outer one's whole."""
        tags = coll.h1_tags or []
        self._h1_open = [t for t in self._h1_open if t is not tags]
        h1 = (coll.around, tags)
        coll.around, coll.h1_tags = (), None
        return h1

    def _keep_heading(self, coll, part, h1: tuple | None) -> None:
        """Record `part`, just finished from `coll` (`h1`: for an h1, the
        elements open round it and its start tags)."""
        if h1 is not None and part.kind != "field":
            self.h1s.append(part)
            self.h1_at[id(part)] = coll.at
            self.h1_around[id(part)], self.h1_tags[id(part)] = h1
        if coll.heading_class is not None:
            self.heading_class[id(part)] = coll.heading_class
