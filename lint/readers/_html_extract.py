"""Turning HTML into article parts, shared by the HTML reader (a whole page)
and the Markdown reader (raw HTML blocks such as `<figure>`).

`Extractor` is fed start/end tags, text and character references with their
source offsets and keeps an element stack (text and finished parts:
`_html_text`; the steps a start tag takes once read: `_html_opens`). Block
elements (p, li, h2, ...)
each collect their text into one part, of the kind `_html_kinds` chooses; an
element with a telling class (`credit`, `byline`, `dateline`, `dek`; matched
by class token, so `article__credit` counts) collects its own part and is cut
out of the enclosing one, so a figcaption's caption text excludes its credit.
Page metadata goes to `PageMeta`; images, figures and pull quotes follow
`_html_media`; an embedded post's text becomes `embed` parts (`_html_posts`).
A `<time>` outside running text and navigation, form controls, share links
and a media player's labels are page furniture: their text is never prose;
nor is code (`<pre>`, `<code>`: `_html_tags.VERBATIM`; inline, one OBJECT);
on a full page so is a template's standing notice (an affiliate
disclosure) and a hidden phrase; a hidden block's parts are marked
`hidden`, except the rest of the story behind a "Continue reading" button
(those decisions, and which `<article>`s are read: `_html_scope`). A video's poster and a hidden
copy of a picture are no pictures (`_html_figures.FigureSteps._unseen`).
Browsers forgive broken markup, so the stack does too: unknown end tags are
ignored and `<p>`/`<li>`/`<td>` close implicitly.
"""
from __future__ import annotations

from collections import Counter
from ..document import Document, Notice, Part
from ._html_figures import Collector, Elem, FigureSteps, LooseCaption
from ._html_heads import HeadSteps
from ._html_kinds import KindSteps
from ._html_line_on import LineSteps
from ._html_media import MEDIA_TAGS, Figure, PullQuote, finish_quote
from ._html_meta import PageMeta
from ._html_foreign import Spaces
from ._html_parser import PositionedParser
from ._html_names import NO_NAMES, names_of
from ._html_opens import OpenSteps
from ._html_posts import Post, finish_post, unclosed
from ._html_scope import ScopeSteps
from ._html_tags import BLOCK, HEADINGS, INLINE, MAX_DEPTH, PHRASING, SKIP, VERBATIM, VOID, inline_mark
from ._html_text import TextSteps
from ._stitch import VALE_CONTAINERS, Builder


class Extractor(FigureSteps, HeadSteps, KindSteps, LineSteps, OpenSteps, ScopeSteps, TextSteps):
    """Element-stack logic. `page=True` for a whole HTML page (title, meta,
    `<article>` scoping, first h1 as headline); False for HTML inside Markdown.
    `story_page=True` for a page whose story was found (video furniture is read).
    `restrict_to_article=True`: only the text of the outermost `<article>`
    numbered `article` (0: the first), or of each one numbered in the range
    `article`, is read."""

    def __init__(self, doc: Document, page: bool, restrict_to_article: bool = False, story_page: bool = False,
                 article: int | range = 0):
        self.doc, self.src, self.page = doc, doc.source, page
        self.story_page = story_page
        self.stack: list[Elem] = [Elem("#root")]
        self.owners: list[Elem] = []             # elements with a collector, in stack order
        self.open: Counter[str] = Counter()      # open elements by tag
        self.figures: list[Figure] = []
        self.last_alt: Part | None = None        # the last picture's alt part
        self.pending_pic: LooseCaption | None = None   # a picture whose caption box is open
        self.loose_captions: list[LooseCaption] = []    # pictures and the texts of their boxes
        self.n_texts = 0                         # paragraphs, quotes and headings finished
        self.head = 0
        self.restrict = restrict_to_article
        # with `restrict`: which outermost <article>s (from 0)
        self.articles = range(article, article + 1) if isinstance(article, int) else article
        self.tops, self.top_at = 0, []           # outermost <article>s seen, and where each starts
        self.top_of: dict[int, int] = {}         # <article> number -> its outermost one's index (from 0)
        self.in_article = self.article_done = False
        self.skip = 0
        self.headline_seen = not page
        self.blockquote = 0
        self.captures = 0
        self.mute = 0
        self.veiled = 0                          # open hidden blocks (`Elem.veiled`)
        self.veil_depth: dict[int, int] = {}     # id(part) -> open hidden blocks round it
        self.transcript = 0                      # open transcript containers
        self.asides: list[Elem] = []             # open <aside>s that are no pull quote
        self.sidebars = 0                        # of them, sidebars (`_sidebar`)
        self.quotes: list[PullQuote] = []
        self.posts: list[Post] = []              # the open embedded post (at most one)
        self.n_posts = 0                         # posts read so far (with text)
        self.meta = PageMeta(doc)
        self._init_heads()
        self.boxes: list[int] = []               # numbers of the open <article> elements
        self.n_boxes = 0
        self.box_of: dict[int, int] = {}         # id(part) -> innermost <article> around it
        self._script: list[int] | None = None
        self.spaces = Spaces()                   # open svg/math and their HTML points, over every feed

    # -- feeding -----------------------------------------------------------------
    def feed(self, start: int, end: int, text: str | None = None) -> None:
        """Parse src[start:end], or `text` in its place (as long, the same
        line breaks: Markdown container prefixes blanked); a parser failure
        is a notice, never an exception."""
        text = self.src[start:end] if text is None else text
        parser = PositionedParser(self, start, text, self.spaces)
        try:
            parser.feed(text)
            parser.close()
        except Exception as exc:  # html.parser is forgiving, but never let a page crash a run
            self.doc.notices.append(Notice("file.html", "warning",
                                           f"HTML parsing stopped early: {exc}", start))
        else:
            if parser.left_open is not None:
                self._left_open(*parser.left_open)

    def _left_open(self, tag: str, at: int) -> None:
        """Say, once, a text-only element (`<textarea>`, `<title>`, ...) whose
        start tag at `at` has no end tag: the rest of the fed text is its
        text, as a browser reads it (WHATWG HTML 13.2.5.2-3), so none of it
        is linted."""
        rest = "page" if self.page else "HTML block"
        said = (f"<{tag}> is never closed: the rest of the {rest} is read as its text (as "
                f"a browser reads it), so it is not linted; close it with </{tag}>")
        if not any(n.offset == at and n.rule == "file.html" for n in self.doc.notices):
            self.doc.notices.append(Notice("file.html", "warning", said, at))

    def close(self) -> None:
        """End of input: close whatever the markup left open (an embedded
        post left open is a notice: the page would lose what it holds)."""
        if self.posts:
            self.doc.notices.append(unclosed(self.posts[0]))
        while len(self.stack) > 1:
            self._pop()
        if self.owners:                          # bare text at the top level
            self._finish(self.owners.pop().coll)
            self.stack[0].coll = None

    def close_post(self, ended: str = "") -> None:
        """End an embedded post the markup left open (Markdown text after a
        raw HTML block that a blank line cut off), so later blocks are not its
        text; a notice says so, as on the page that text would be the post's.
        `ended`: what closes it on the page (the end of a Markdown quote)."""
        if self.posts:
            self.doc.notices.append(unclosed(self.posts[0], ended=ended))
        while self.posts and len(self.stack) > 1:
            self._pop()

    def _push(self, elem: Elem) -> None:
        elem.texts_before = self.n_texts
        self.stack.append(elem)
        self.open[elem.tag] += 1

    def _own(self, elem: Elem, coll: Collector) -> Collector:
        elem.coll = coll
        coll.builder.within = tuple(e.tag for e in self.stack if e.tag in VALE_CONTAINERS)
        self.owners.append(elem)
        return coll

    # -- tags ---------------------------------------------------------------------
    def start(self, tag: str, attrs: dict, raw: str, offset: int) -> None:
        """A start tag `raw` at `offset`: close what it implies, read a
        picture or a head's metadata, then open the element and decide what
        its text is (a post's, furniture, hidden, a part of its own)."""
        if self.skip:
            if tag in SKIP and tag not in VOID:
                self._push(Elem(tag))
                self.skip += 1
            elif tag in ("image", "img") and self.figures:
                self._svg_photo(tag, attrs)         # a photo drawn in the figure's svg
            return
        if self._h1_open:
            self._h1_tag(raw, offset)
        if tag == "meta":
            self.meta.meta(attrs, raw, offset)
            return
        if tag == "link" and self.page:
            self.meta.link(attrs)
        self._implied_ends(tag, offset)
        if tag in MEDIA_TAGS and self._picture(tag, attrs, raw, offset):
            return
        if tag == "svg" and self.figures:
            self._svg(attrs)                    # a chart, or a photo's frame (`_close_figure`)
        capture = False
        if tag == "time" or "itemprop" in attrs:
            capture = not self.meta.dated_element(tag, attrs, raw, offset)
        if tag in VOID or (len(self.stack) >= MAX_DEPTH and tag not in SKIP and tag not in VERBATIM):
            return
        if tag in VERBATIM and not self.mute and self._in_text():
            self._code_object(offset)        # inline code in running text: one OBJECT
        names = names_of(tag, attrs) if attrs else NO_NAMES
        elem = self._new_elem(tag, attrs, names)
        self._push(elem)
        if capture and self.in_scope():
            elem.capture = Builder()
            self.captures += 1
        if tag in SKIP:
            self.skip += 1
            if tag == "script" and "ld+json" in (attrs.get("type") or "").lower():
                self._script = [-1, -1]
            return
        if tag == "a":
            self._link(elem, attrs)
            if self.posts:
                self.posts[-1].link(attrs)
        self._read_as(elem, tag, attrs, names, raw, offset)
        if names.transcript:
            elem.transcript = True
            self.transcript += 1
        if tag == "article":
            self._open_article(elem, offset)
        self._open_box(elem, tag, attrs)
        self._open_part(elem, tag, attrs, raw, offset)
        if tag in INLINE:
            self._credit_edge(elem, attrs, offset)

    def end(self, tag: str, offset: int) -> None:
        if tag in HEADINGS and not self.open[tag] and not self.skip:
            # any heading's end tag closes the open heading, as browsers parse it
            # (HTML spec 13.2.6.4.7: `<h2>Dek</h3>` must not swallow the story)
            tag = next((e.tag for e in reversed(self.stack) if e.tag in HEADINGS), tag)
        if not self.open[tag] or (self.skip and tag not in SKIP):
            return          # a stray end tag (or markup inside a <template>): ignore it
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                break
        else:
            return
        closing = self.stack[i]
        if closing.coll is not None:
            self._bold_dateline_on(i, offset)       # a bold dateline's paragraph goes on past it
            self._line_on(i, offset)                # and a <q>'s or a speaker's, with its line
        if self.posts and self.stack[i].post is None and any(e.post for e in self.stack[i + 1:]):
            line = self.doc.lines.position(offset)[0]           # an outer end tag ends it
            self.doc.notices.append(unclosed(self.posts[0], tag, line))
        while len(self.stack) > i:
            self._pop()
        if closing.rest is not None:
            self._story_rest(closing, offset)
        if tag in BLOCK:
            self._break(offset, block=True)

    def closes(self, tag: str) -> bool:
        """Whether an end tag `tag` names an element open on the stack (a
        heading's end tag names any open heading, as `end` reads it)."""
        open_ = self.open
        return bool(open_[tag]) or tag in HEADINGS and any(open_[h] for h in HEADINGS)

    def _close_open(self, tags: set[str], stop: set[str]) -> None:
        """Implicitly close the nearest open element in `tags`, unless a `stop`
        container lies in between."""
        open_ = self.open
        for t in tags:      # (a loop, not any() over a generator: run at every block's start)
            if open_[t]:
                break
        else:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                while len(self.stack) > i:
                    self._pop()
                return
            if tag in stop:
                return

    def _pop(self) -> None:
        elem = self.stack.pop()
        self.open[elem.tag] -= 1
        if (mark := inline_mark(elem.tag, elem.attrs)) and self.owners and elem.coll is None:
            self.owners[-1].coll.builder.close_inline(mark)
            if elem.anchor:         # (only its own: a link inside it, broken markup, leaves it open)
                self.owners[-1].coll.builder.close_inline("anchor")
        if elem.kicker and self.owners:
            self.owners[-1].coll.builder.close_inline("kicker")
        if elem.tag in SKIP:
            self.skip -= 1
            if elem.tag == "script" and self._script is not None:
                if self._script[0] >= 0:
                    self.meta.jsonld.append((self._script[0], self._script[1]))
                self._script = None
        if elem.mute:
            self.mute -= 1
        if elem.transcript:
            self.transcript -= 1
        if elem.quote is not None:
            self.blockquote -= 1
        elif elem.tag == "head":
            self.head -= 1
        if elem.article:
            self.in_article, self.article_done = False, True
        if elem.box:
            self.boxes.pop()
        post = elem.post
        if elem.capture is not None:
            self.captures -= 1
            part = elem.capture.part("field", name="datePublished")
            if part is not None:
                self.meta.date_text(part)
        if elem.coll is not None:
            self.owners.pop()
            if elem.tag in PHRASING:        # its part, started on demand, ends with it, and so do the marks
                elem.coll.builder.close_open()     # opened in it for the phrasing run round it (qa385 #5)
            self._finish(elem.coll)
        if elem.veiled:                # (after its own part: a hidden `<p>`'s is hidden)
            self.veiled -= 1
        if post is not None:
            self.posts.pop()
            if post.parts:
                self.n_posts += 1
                finish_post(post, self.n_posts)
                if self.figures and not self.figures[-1].post:
                    self.figures[-1].post = post.number    # its figcaption is the post's
        if elem.quote is not None:
            self.quotes.pop()
            if elem.figure is None and post is None and self.figures and not self.figures[-1].media:
                self.figures[-1].quote = elem.quote     # a figcaption may attribute it
            finish_quote(elem.quote)
        if elem.figure is not None:
            self.figures.pop()
            self._close_figure(elem.figure)
        if self.pending_pic is not None:
            self._settle_box(elem)
        if elem.aside:
            self.asides.pop()
            self.sidebars -= elem.sidebar
