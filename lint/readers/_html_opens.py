"""What a start tag opens, for the HTML extractor.

`OpenSteps` (mixed into `_html_extract.Extractor`, which keeps the element
stack and reads each start tag in `start`) holds the steps a start tag takes
once it is read: the record of the element about to open (what its class
and id name), what it ends as browsers parse it (an open `<p>` at a block,
a heading at another), a picture or media element, what its text is (an
embedded post's, page furniture, a hidden block's), the box it opens (an
`<aside>`, a pull quote, a `<figure>`) and the part it collects or the
inline mark it opens. Kept apart from the stack logic (`start`, `end`,
`_pop`) so each module stays small.
"""
from __future__ import annotations

from ._html_figures import Collector, Elem
from ._html_looks import draws_photo, svg_look
from ._html_media import Figure, PullQuote, image_source, is_pull_quote, names_pull_box
from ._html_names import Names
from ._html_posts import start_post
from ._html_tags import AUTO_CLOSE, BLOCK, CLOSES_P, HEADINGS, heading_role, inline_mark, is_hidden, names_sidebar
from ._html_video import is_video_still, names_video_box


class OpenSteps:
    """The steps of a start tag after it is read (see the module docstring)."""

    def _new_elem(self, tag: str, attrs: dict, names: Names) -> Elem:
        """The record of an element about to open, with what its attributes
        name (`names`: its class and id): a control, a media player block, a
        lazy video embed (on a story's page), a hidden element, a gallery's
        thumbnail strip."""
        return Elem(tag, attrs, control=names.control, player=names.player,
                    still_box=self.story_page and names_video_box(tag, attrs),
                    hidden=bool(attrs) and is_hidden(tag, attrs), thumbs=names.thumbs)

    def _implied_ends(self, tag: str, offset: int) -> None:
        """What a start tag at `offset` ends, as browsers parse it: an open
        heading ends at another (`<h2>Dek<h3>` ends the dek), a `<p>`, `<li>`
        or cell at its like (`AUTO_CLOSE`) and a `<p>` at any other block;
        a block or `<br>` breaks the text."""
        if tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self.end(self.stack[-1].tag, offset)
        if tag in AUTO_CLOSE:
            self._close_open(*AUTO_CLOSE[tag])
        elif tag in BLOCK:
            self._close_open(*CLOSES_P)
        if tag in BLOCK or tag == "br":
            self._break(offset, block=tag != "br")

    def _picture(self, tag: str, attrs: dict, raw: str, offset: int) -> bool:
        """A picture or media element (`MEDIA_TAGS`): it makes the open
        figure show media, ends a pending caption box with text, and an
        image a reader sees (not a player's poster, a hidden copy) is read
        (`_img`; a video's still needs no alt on a story's page). True for
        an `<img>`, which opens no element."""
        unseen = tag in ("img", "amp-img") and self._unseen(attrs)    # a player's poster, a hidden copy
        if not unseen and self.figures and (tag != "img" or image_source(attrs)):
            self.figures[-1].media = True
        if self.pending_pic is not None and self.pending_pic.texts:
            self.pending_pic = None      # text between two pictures or a video: no caption box
        if tag in ("img", "amp-img"):
            if not unseen:
                before = self.last_alt
                self._img(attrs, raw, offset)
                if self.story_page and self.last_alt is not before and self.last_alt.attrs.get("missing") \
                        and is_video_still(image_source(attrs), self.stack):
                    self.last_alt.attrs["decorative"] = True    # a video's still: the player replaces it
            return tag == "img"
        return False

    def _svg(self, attrs: dict) -> None:
        """An inline `<svg>` in a figure (none inside another: those are read
        as their outermost one): one drawn large is a chart (the figcaption is
        a chart's, `_close_figure`); and whether a photo drawn in it shows
        (`_svg_photo`); both from one `svg_look`."""
        fig, look = self.figures[-1], svg_look(attrs)
        fig.chart = fig.chart or look.chart
        fig.svg_pictures = look.pictures

    def _svg_photo(self, tag: str, attrs: dict) -> None:
        """A start tag read inside an svg (an element whose text no reader
        sees, `SKIP`, is open): a photo it draws (`draws_photo`: an svg
        `<image>`, an `<img>` in a `<foreignObject>`), while only svgs are
        open (not a `<template>`'s copy) and the figure's svg shows its
        pictures, makes the figure show media, as an `<img>` does: its
        figcaption is a photo's caption and needs a credit, never a chart's."""
        fig = self.figures[-1]
        if fig.svg_pictures and not fig.media and draws_photo(tag, attrs) and not self._unseen(attrs) and \
                all(e.tag == "svg" for e in self.stack[len(self.stack) - self.skip:]):
            fig.media = True

    def _read_as(self, elem: Elem, tag: str, attrs: dict, names: Names, raw: str, offset: int) -> None:
        """What the text of `elem`, just opened (`raw` at `offset`; `names`: what its class and id
        name), is: an embedded post's (it
        collects its own `embed` part, so no paragraph runs into it), page
        furniture (muted: `_is_furniture`), or, in a hidden block on a page,
        what no reader sees (`_veil`); else as its parts say."""
        if not self.posts and names.embed and self.in_scope() and not self.mute and not self.veiled:
            elem.post = start_post(tag, attrs, offset)
            self.posts.append(elem.post)
            self._own(elem, Collector("embed", at=offset + len(raw)))
        elif self._is_furniture(elem, tag, attrs, names):
            elem.mute = True
            self.mute += 1
        elif self.page and elem.hidden and tag in BLOCK and not self._story_goes_on(tag, attrs):
            self._veil(elem, tag, attrs, offset)

    def _open_box(self, elem: Elem, tag: str, attrs: dict) -> None:
        """`elem` opens a box that frames its parts: an `<aside>` (a
        sidebar when named or titled), a pull quote or `<blockquote>`, the
        `<head>`, a `<figure>`."""
        pull = tag in ("aside", "blockquote") and is_pull_quote(tag, attrs)
        if tag == "aside" and not pull:
            elem.aside = True
            self.asides.append(elem)
            if names_sidebar(attrs):
                self._sidebar(elem)
        elif self.asides and (tag in HEADINGS or tag == "header") and not self._in_aside_figure():
            self._sidebar(self.asides[-1])     # a titled box: "UK news in pictures"
        if tag == "blockquote" or (tag == "aside" and pull):
            self.blockquote += 1
            # a pull-quote box's own quote, or the quote of a figure, <div> or
            # <section> marked a pull quote (WordPress: <figure class="wp-block-pullquote"><blockquote>)
            inside = (bool(self.quotes) and self.quotes[-1].marked) or \
                (bool(self.figures) and self.figures[-1].pull) or self._in_pull_box(elem)
            elem.quote = PullQuote(marked=inside or pull)
            self.quotes.append(elem.quote)
        elif tag == "head":
            self.head += 1
        elif tag == "figure":
            elem.figure = Figure(pull=is_pull_quote(tag, attrs))
            self.figures.append(elem.figure)

    def _in_item(self) -> bool:
        """Whether the element just opened (`stack[-1]`) has an `<li>` as its
        nearest block ancestor (`BLOCK`): `<li><p>` and `<li><a><p>` do, and a
        story a theme wraps in a list item (`<li><article><p>`, a live blog's
        `<ol><li><div><p>`) does not. Walks back over inline elements only."""
        if not self.open["li"]:
            return False
        stack = self.stack
        for i in range(len(stack) - 2, 0, -1):
            if stack[i].tag in BLOCK:
                return stack[i].tag == "li"
        return False

    def _in_pull_box(self, elem: Elem) -> bool:
        """The nearest `<div>` or `<section>` around `elem` is named a pull
        quote (`<div class="pullquote"><blockquote>`); a figure, quote or
        aside between them, or the story's `<article>`, ends the search."""
        for up in reversed(self.stack):
            if up is elem:
                continue
            if up.tag in ("div", "section"):
                return names_pull_box(up.tag, up.attrs or {})
            if up.tag in ("article", "aside", "blockquote", "body", "figure"):
                return False
        return False

    def _open_part(self, elem: Elem, tag: str, attrs: dict, raw: str, offset: int) -> None:
        """`elem` collects a part of its own when its kind says so
        (`_kind_for`; a caption or credit beside a picture outside any
        figure makes that picture's box its figure), or opens an inline
        mark (a link, emphasis, a kicker inside a heading) in the part being collected.
        An element that already collects its own part (an embedded post's,
        `_read_as`: `<h1 class="tiktok-embed">`, `<p class="twitter-tweet">`)
        takes no second one: owned twice, it left a copy of its part, or a
        closed owner for the end of input to finish (fx377)."""
        kind, name = self._kind_for(tag, attrs)
        if elem.coll is not None:
            kind = None
        if kind in ("caption", "credit") and not self.figures:
            box = self._picture_box()
            if box is not None:
                box.figure = Figure(alt=self.last_alt, media=True)
                self.figures.append(box.figure)
        if kind and (self.in_scope() or kind == "title"):
            coll = self._own(elem, Collector(kind, name=name, at=offset + len(raw)))
            # a list item's paragraph (`<li><p>`, as CMS exports write items) is the
            # item's text, as a Markdown `- ` item's paragraph is (`markdown._inline`)
            coll.builder.block = "li" if tag == "p" and self._in_item() else tag
            self._open_heading(coll, tag, attrs, raw, offset)
        elif (mark := inline_mark(tag, attrs)) and self.owners:
            self.owners[-1].coll.builder.open_inline(mark)
            if tag == "a" and (attrs.get("href") or "").strip().startswith("#"):
                self.owners[-1].coll.builder.open_inline("anchor")    # a place on this page
                elem.anchor = True
        if elem.coll is None and self.owners and self.owners[-1].coll.builder.block in HEADINGS and \
                heading_role(attrs.get("class")) == "kicker":
            self.owners[-1].coll.builder.open_inline("kicker")      # `_html_label.cut_kicker` reads it
            elem.kicker = True
