"""The element records of the HTML extractor and its steps for pictures.

`Elem` is one open element, `Collector` the part an element is collecting.
`FigureSteps` (mixed into `_html_extract.Extractor`) links an image's alt
text, caption and credit: inside a `<figure>`, or inside a `_picture_box`,
a small container that holds a picture and a caption or credit class but no
story text (`<div><img><div class="credit">AP</div>Caption text</div>`), which
then acts as the figure.

With no class to tell, a box that holds a picture and then only a short text
or two (`<li><div><img></div><div><p>Caption</p></div></li>`, a caption as
bare text beside the image) records a `LooseCaption`: on a full page, the
reader makes its first text the picture's caption when the main-content
extractor did not keep it as story text (`_html_page.PageStory`).

A picture linking to a site's front page is a logo or a partner's badge
(`_html_looks.is_home_link`), unless a `<figure>` shows it: a story's
photo may link to its agency's or photographer's front page. Two more kinds of picture are the page's, not
the story's, though the extractor may keep them (`_after_picture`): an
author's headshot (a byline beside it names the person in its alt text or file name: an author box under the
story) and a teaser card's picture (it links to the page a headline after it
links to, or sits in one link with a headline: "Most read", "Read next").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as regex

from ..document import Part
from ._html_posts import Post
from ._html_looks import is_home_link, is_large, is_link, is_thumbnail, names_author, same_page
from ._html_media import Figure, PullQuote, alt_part, credit_block, finish_quote, link_credit
from ._html_stamps import is_timestamp
from ._html_tags import CONTROL_NAME, IMAGE_FURNITURE, NOT_MARKED, names_control, names_poster
from ._html_thumbs import ThumbSteps
from ._stitch import Builder

# Inline elements that may wrap a control's image (`<a class="btn"><img></a>`).
INLINE_WRAPPERS = frozenset({"a", "span", "button", "i", "b", "em", "strong", "picture"})
# A picture box's text that may be its caption: at most this many blocks and
# characters in all (a caption, perhaps a "View full size" link), and at least
# this many words in the first; not a link (a teaser card), a timestamp, or an
# author box's or newsletter box's line; beside a picture, not a thumbnail
# (an avatar, a teaser's icon: `_html_looks.is_thumbnail`).
BOX_TEXTS, BOX_CHARS, BOX_WORDS = 3, 500, 3
NOT_CAPTION = regex.compile(r"\s*(?:(?:written|posted|reviewed|edited|latest\s+posts|more\s+posts|"
                            r"articles|stories)\s+by\b|(?:sign\s+up|subscribe|never\s+miss)\b)",
                            regex.IGNORECASE)
# Elements that hold a story, or a picture's own credit line: no author box.
STORY_BOXES = frozenset({"#root", "html", "body", "article", "main", "section", "header", "figure"})
# A teaser card's headline follows its picture within this many texts.
CARD_TEXTS = 2
_NO_PAGE = regex.compile(r"\s*(?:#|javascript:)|.*\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#].*)?$",
                         regex.IGNORECASE | regex.DOTALL)
# A link's text that opens the picture itself, not another page: "View larger
# image", "Enlarge", "See all 12 photos", "Open gallery", "Full size".
_PICTURE_LINK = regex.compile(r"\s*(?:(?:view|see|open|show|click\s+to\s+(?:view|enlarge))\b.{0,30}?"
                              r"\b(?:larger|full[\s-]*size|image|photo|picture|gallery|slide\s*show)"
                              r"|enlarge\b|full[\s-]*(?:size|screen)\b).{0,40}",
                              regex.IGNORECASE | regex.DOTALL)
# A sentence's end: a card's title is a headline, which has none ("Read the full report.").
_SENTENCE_END = regex.compile(r"[.!]['\"”’)]?\s*$")


@dataclass
class Collector:
    kind: str
    builder: Builder = field(default_factory=Builder)
    name: str = ""
    credit: Part | None = None     # a credit carved out of this caption
    block_breaks: list[int] = field(default_factory=list)   # source offsets of inner block boundaries
    br_at: int = -1                # its builder's piece count after its last <br>, if any
    sentence_read: tuple[int, str | None] = (-1, None)   # (br_at when last read, `_html_breaks.second_br`'s reading there)
    held: tuple[int, int] | None = None   # a <br><br> held undecided: (inline marks, stack height) then
    quotes_read: tuple[int, int, int] = (0, 0, 0)   # (pieces read, open less closed, straight) for `_html_breaks._quote_open`
    at: int = 0                    # where the element's content starts (an empty credit's place)
    edge: tuple[int, int] | None = None   # a caption's inline start tag glued to its text: (offset, pieces then)
    h1: bool = False
    around: tuple = ()             # an h1's: the elements open round it, itself last (`Elem`)
    h1_tags: list | None = None    # an h1's: its start tag and those inside it so far, (offset, raw)
    heading_class: str | None = None   # a heading's: its start tag's class attribute


@dataclass
class LooseCaption:
    """A picture and the texts finished after it inside the box round it."""
    alt: Part
    depth: int                       # stack height when the <img> was read
    link: "Elem | None" = None       # the link round the picture, if any
    texts: list[Part] = field(default_factory=list)
    teaser: bool = False             # a text inside that link: a card linking elsewhere


@dataclass
class Elem:
    tag: str
    attrs: dict | None = None        # its start tag's attributes
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
    player: bool = False             # its class names a media player block (`names_player`)
    still_box: bool = False          # a lazy video embed's own element (`_html_video.names_video_box`)
    hidden: bool = False             # no reader sees it until a script shows it (`is_hidden`)
    veiled: bool = False             # a hidden block on a page: its text parts are marked hidden
    rest: tuple[int, int, int] | None = None  # a hidden-class block in the story's run: (first part,
                                              # start offset, hidden blocks open in it)
    anchor: bool = False             # an `<a>` to a place on this page: it opened an inline 'anchor' mark
    kicker: bool = False             # a kicker's class inside a heading: it opened an inline 'kicker' mark
    thumbs: bool = False             # its class names a gallery's thumbnail strip (`names_thumb_strip`)
    transcript: bool = False         # its class or id names a transcript
    post: Post | None = None         # the embedded post it opens (`_html_posts`)
    aside: bool = False              # an <aside> that is no pull quote
    href: str = ""                   # a link's address
    sidebar: bool = False            # that aside named a sidebar, or titled (`_html_tags.SIDEBAR_NAME`)
    captioned: bool = False          # a caption with text has been finished inside it
    blanks: "list[Part] | None" = None   # blank credits in it kept only if a picture or caption follows


class FigureSteps(ThumbSteps):
    """Picture handling for `Extractor`; uses its stack, figures, owners and doc."""

    # The last picture read: (alt part, the innermost elements round it, texts
    # finished before it, the link round it); and the address of the last link opened.
    last_pic: "tuple[Part, list[Elem], int, Elem | None] | None" = None
    last_href = ""

    def _link(self, elem: Elem, attrs: dict) -> None:
        elem.href = self.last_href = (attrs.get("href") or "").strip()

    def _after_picture(self, part: Part) -> None:
        """A byline or text finished after the last picture, before it counts:
        - a byline in the picture's box (the innermost element round both,
          with no story text before the picture or between them; not a
          story's container such as `<article>`) that the picture names
          (`names_author`) makes it the author's headshot: page furniture,
          as an avatar is (attrs["control"]);
        - a heading or paragraph that is one link to the page the picture
          links to (not an image file or an anchor), or one inside the link
          round the picture, within CARD_TEXTS texts: the picture is a
          teaser card's, for another page (attrs["teaser"]); not a link to
          the page itself, a label that opens the picture ("View larger
          image") or a paragraph that ends as a sentence ("Read the full
          report."): a story's chart linked to its source."""
        alt, around, before, link = self.last_pic
        since = self.n_texts - before
        if part.kind == "byline":
            box = next((e for e in reversed(self.stack) if any(e is a for a in around)), None)
            if not since and box is not None and box.texts_before == before and \
                    box.tag not in STORY_BOXES and names_author(alt, part.text):
                alt.attrs["control"] = True
            return
        if since >= CARD_TEXTS:
            self.last_pic = None
            return
        if link is None:
            return
        if same_page(link.href, self.meta.urls):
            return
        if any(e is link for e in self.stack) or (
                is_link(part) and self.last_href == link.href and link.href
                and not _NO_PAGE.match(link.href) and not _PICTURE_LINK.fullmatch(part.text)
                and not (part.kind == "paragraph" and _SENTENCE_END.search(part.text))):
            alt.attrs["teaser"] = True
            self.last_pic = None

    def _sidebar(self, elem: Elem) -> None:
        """An `<aside>` is a sidebar (a promo, a related story's card, a
        gallery of other news) when its class names one or it has a title;
        an untitled one may hold the story's own picture (Politico's
        `story-enhancement`). On a page, its pictures are checked only when
        the extractor kept them (`_html_page.PageStory.keep_only`)."""
        if not elem.sidebar:
            elem.sidebar = True
            self.sidebars += 1

    def _in_aside_figure(self) -> bool:
        """A figure is open in the innermost `<aside>`: a heading there titles the picture."""
        for e in reversed(self.stack):
            if e is self.asides[-1] or e.figure is not None:
                return e.figure is not None
        return False

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

    def _round_img(self, flag: str) -> bool:
        """The element right round the `<img>`, looking out through links and
        inline wrappers up to the first block, has `flag` (an `_Elem` field)
        set: `control`, the picture sits in a button, icon or logo; `player`,
        in a media player block."""
        for elem in reversed(self.stack):
            if getattr(elem, flag):
                return True
            if elem.tag not in INLINE_WRAPPERS:
                return False
        return False

    def _unseen(self, attrs: dict) -> bool:
        """The `<img>` is no picture a reader sees as the story's: a video's
        poster (its class names one, or the element right round it, through
        links and inline wrappers, is a player block: `_html_tags.names_poster`,
        `names_player`), or inside a hidden element (a lightbox's copy:
        `_html_tags.is_hidden`)."""
        if attrs and names_poster(attrs) or any(e.hidden for e in self.stack):
            return True
        return self._round_img("player")

    def _settle_box(self, elem: Elem) -> None:
        """`elem` (just closed) held the pending picture: when texts followed
        the picture in it, decide whether they are its caption box's."""
        pic = self.pending_pic
        if len(self.stack) >= pic.depth:
            return                       # not round the picture
        if (elem.tag in NOT_MARKED and elem.tag != "table") or elem.figure is not None or \
                elem.texts_before < \
                self.n_texts - len(pic.texts):
            self.pending_pic = None      # a story container, or text before the picture
            return
        if not pic.texts:
            pic.depth = len(self.stack)  # nothing yet: the box may be the parent
            return
        self.pending_pic = None
        first = pic.texts[0]
        if len(pic.texts) <= BOX_TEXTS and first.kind == "paragraph" and \
                len(first.text.split()) >= BOX_WORDS and sum(len(p.text) for p in pic.texts) <= BOX_CHARS \
                and not (pic.teaser or is_link(first) or is_timestamp(first.text) or NOT_CAPTION.match(first.text)):
            self.loose_captions.append(pic)

    def _box_text(self, part: Part) -> None:
        """A text finished while a picture's box is open."""
        pic = self.pending_pic
        pic.texts.append(part)
        if pic.link is not None and any(e is pic.link for e in self.stack):
            pic.teaser = True

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
                elif fig is None and not part.text.strip():
                    self._blank_slot(part)
            return
        for elem in self.stack:
            elem.captioned = True
            self._keep_blanks(elem)
        if coll.credit is not None:
            link_credit(part, coll.credit)
        fig = self._figure()
        if fig is not None and fig.caption is None:
            fig.caption = part
            self._link_figure(fig)

    def _blank_slot(self, part: Part) -> None:
        """A blank credit element outside any figure (a carousel template's
        `<div class="credit"></div>`) is furniture, not an unfilled credit,
        unless its box (the closed credit element's parent or grandparent)
        holds a picture or a caption with text, before or after it."""
        box = self.stack[-2:]
        if any(e.img or e.captioned for e in box):
            return
        part.attrs["drop"] = True
        for elem in box:
            elem.blanks = (elem.blanks or []) + [part]

    @staticmethod
    def _keep_blanks(elem: Elem) -> None:     # a picture or caption came into `elem`
        for part in elem.blanks or ():
            part.attrs.pop("drop", None)
        elem.blanks = None

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
        attributes a quote it holds, captions an embedded post (WordPress's
        embed block: the editor's words under the post; attrs for_post, the
        post's number, and no picture to credit), captions a chart drawn as
        an inline svg (attrs chart: no photo to credit; its credit element,
        if any, is linked), or is furniture (a share box). With neither
        picture nor caption, its blank credit elements are a template's
        empty slots, not an unfilled credit: dropped."""
        if not fig.media and fig.caption is None:
            for part in fig.texts:
                if part.kind == "credit" and not part.text.strip():
                    part.attrs["drop"] = True
        if fig.media or fig.caption is None:
            self._link_figure(fig)
            return
        if fig.chart and fig.quote is None and not fig.post:
            for part in fig.texts:
                if part.kind == "caption":
                    part.attrs["chart"] = True
            self._link_figure(fig)
            return
        if fig.post and fig.quote is None:
            for part in fig.texts:
                if part.kind == "caption":
                    part.attrs["for_post"] = fig.post
            return
        if fig.quote is not None:
            fig.quote.cite = fig.quote.cite or fig.caption
            finish_quote(fig.quote)
        for part in fig.texts:
            part.attrs["drop"] = True

    def _img(self, attrs: dict, raw: str, offset: int) -> None:
        if not self.in_scope() or self.mute or self.posts:
            return                   # (a post's pictures are the platform's, not the story's)
        part = alt_part(self.src, attrs, raw, offset)
        if part is None:             # a tracking pixel, a stand-in or a hidden image
            return
        path = part.attrs["src"].split("?", 1)[0]
        if names_control(attrs) or self._round_img("control") or self._in_thumb_strip(attrs) or \
                ((IMAGE_FURNITURE.search(path) or CONTROL_NAME.search(path)) and not is_large(attrs)):
            part.attrs["control"] = True
        link = next((e for e in reversed(self.stack) if e.tag == "a"), None)     # round the picture
        if link is not None and is_home_link(link.href) and not self.open["figure"]:
            part.attrs["control"] = True     # a site's logo or a partner's badge (in a
                                             # <figure>, a story picture linked to its agency)
        if link is not None and not part.attrs.get("control") and self._strip_thumbnail(attrs) and \
                self._opens_own_file():      # (only a gallery's: an ad's or a sponsor's picture
            part.attrs["lightbox"] = True    # links to its own file too) the page's only copy,
                                             # kept by the story (`_html_page`)
            if self.boxes:                   # in its <article>
                self.box_of[id(part)] = self.boxes[-1]
        for elem in self.stack:
            elem.img = True
            if elem.blanks:
                self._keep_blanks(elem)
        if self.sidebars:
            part.attrs["sidebar"] = True
        self.last_alt = part
        self.doc.add(part)
        self.last_pic = (part, self.stack[-8:], self.n_texts, link)
        self.pending_pic = None if self.figures or part.attrs.get("control") or \
            is_thumbnail(attrs, part.attrs["src"]) else LooseCaption(part, len(self.stack), link)
        fig = self._figure()
        if fig is not None and fig.alt is None:
            fig.alt = part
            self._link_figure(fig)
