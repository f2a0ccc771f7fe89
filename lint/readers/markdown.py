"""Markdown reader (CommonMark plus tables, via markdown-it-py), for plain
Markdown and the Markdown of static-site repos (Hugo, Jekyll, Eleventy, MDX).

Front matter is read by `frontmatter`; its `title` is the headline, else
the first H1 is, else a leading `## ` (`demoted_hed`, as HTML's leading
`<h2>`), and other headings are headings (under a front-matter title an
H1 with no paragraph or heading above it is a heading named `H1`, a title
field `titles.fields-disagree` compares). Front matter that is there but
cannot be read gives no headline, and then neither does the body; nor does
it when the title is there but empty (`title: ""`): the site heads the page
with that empty title, so that is the missing headline, not a body `#`. Template syntax
(`templates`: shortcodes, Liquid/Nunjucks tags, kramdown attribute lists,
MDX's JSX) is found first and blanked out before parsing, so it is markup,
never prose, and its bytes are protected from fixes; a figure-like tag's
parameters give caption, credit and alt parts (`figures`). Paragraphs, list
items and table cells are paragraphs, and inside a blockquote blockquotes.
Before the first ordinary paragraph, a line that is only a date is the
dateline, a `By ...` line the byline, and a release line or a dated
`Posted` stamp is read as the text reader reads it (`_md_preamble`). An
image yields an `alt` part (zero-length when the alt is empty: Markdown
cannot mark an image decorative) and its title a caption; the rest of a paragraph that opens with
an image, or a caption-like paragraph right under a lone image, is that
image's caption; a paragraph whose credit lead-in names nobody ("... (Photo by: )")
is a caption with no image, in a blockquote too (`blank_credit_caption`). Raw HTML blocks go through the HTML reader's extractor, so
`<figure>` reads the same in both, and an embedded post (a tweet's
`<blockquote class="twitter-tweet">`, see `_html_posts`) gives `embed` parts,
also inside a list item or blockquote (its prefixes blanked, `blank_prefixes`),
and one a blank line split goes on to its end tag (`_md_posts`);
a video player's `<iframe>` is markup. A footnote's definition (`[^1]: ...`)
gives `footnote` parts and a marker of a defined note no text (`_md_notes`).
markdown-it's set-up and the inline pass, with its budget for link syntax a
fuzzer makes costly, are in `_md_parse`.
Without a date in the front matter, a dated file name gives the
publication date, as Jekyll (`_posts/2024-03-05-slug.md`) and Eleventy
(`YYYY-MM-DD` anywhere in the path) read it (`_path_date`).
"""
from __future__ import annotations

import bisect
from functools import partial

from .. import rx as regex

from ..analysis.sentence_ends import MARKDOWN_LINE_ENDS_AT_STOP
from ..document import Document, Notice, Part
from ..format_names import format_ext
from ..suppress import find_directives
from . import frontmatter, templates
from ._contacts import release_contacts
from ._gallery_credit import gallery_credits
from ._captions import blank_credit_caption, looks_like_caption
from ._conventions import demoted_hed, lone_cr_as_lf, wire_dateline
from ._md_html_lazy import LazyHtml
from ._md_inline import Inline, InlineReader
from ._md_notes import CLOSE as NOTE_CLOSE, OPEN as NOTE_OPEN, number_notes
from ._md_parse import TOO_DEEP, budget_notice, parse
from ._no_body import no_body
from ._path_date import date_from_path
from ._html_posts import opens_post
from ._live_log import live_log
from ._md_positions import blank_prefixes, container_cuts, content_map, line_at, line_starts, step_within, table_cells
from ._md_posts import PostEnds
from ._md_preamble import Above, read_preamble
from ._release_lines import release_date
from ._text_lines import before_mark, may_hold_end_mark, md_end_mark
from .figures import Figures
from .options import DEFAULT, ReadOptions

FORMAT = "markdown"


_OPENERS = {"paragraph_open", "heading_open", "th_open", "td_open"}
# Container tokens: (change in quote depth, change in list item depth).
_CONTAINERS = {"blockquote_open": (1, 0), "blockquote_close": (-1, 0),
               "list_item_open": (0, 1), "list_item_close": (0, -1)}
# A player's iframe: markup, no text (the HTML extractor reads a post's snippet).
_PLAYER = regex.compile(r"""<(?:blockquote|div|iframe)\b[^>]*?src\s*=\s*["'][^"']*(?:youtube|vimeo|player|embed)""",
                        regex.IGNORECASE)


# A list item's marker opening a line (CommonMark 5.2): "- ", "* ", "+ ", "1. ", "1) ".
_LIST_ITEM = regex.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")

def read(doc: Document, options: ReadOptions = DEFAULT) -> None:
    """Fill `doc` from its Markdown. markdown-it counts a lone CR (old Mac
    files, some CMS exports) as a line break, as LineIndex does: the reader
    works on a copy where each lone CR is a LF (`lone_cr_as_lf`, issue 13)."""
    lone_cr_as_lf(doc, _read, options)


def _read(doc: Document, options: ReadOptions) -> None:
    said = len(doc.notices)
    fm = frontmatter.locate(doc)
    body = fm.body if fm else 0
    case_blind = options.markup not in frontmatter.CASE_SENSITIVE_MARKUPS
    if fm:
        frontmatter.read(doc, fm, dict(options.image_fields), case_blind)
        if not case_blind:
            frontmatter.mark_unread_case(doc, options.markup)
    if doc.published is None and not frontmatter.states_date(doc, case_blind):   # front matter wins
        date_from_path(doc, options.markup)
    mdx = format_ext(doc.path) == ".mdx"
    tags = templates.scan(doc.source, body, len(doc.source), options.markup, jsx=mdx)
    no_body(doc, *((fm.start, fm.end, fm.body) if fm else (0, 0, 0)), tags)
    doc.protected.extend((t.start, t.end) for t in tags)
    text = templates.masked(doc.source, tags)
    tokens, deep = parse(text, body, mdx)
    unread = any(n.unread_front for n in doc.notices[said:])   # it holds the hed: `# ` is a heading (fx121 #1)
    unread = unread or doc.headline_at is not None      # `title: ""`: the site shows that; `# ` is a heading
    reading = _Body(doc, text, body, tags, Figures(dict(options.figures)), unread)
    reading.run(tokens)
    number_notes(doc, tokens)       # the order the page prints the notes in
    gallery_credits(doc, wrapped=True)   # "Photos: Getty Images" under raw HTML figures, as on a page (qa409 #7)
    if deep is not None:            # qa94 #9: markdown-it drops it; say where
        doc.notices.append(Notice("file.markdown", "warning", TOO_DEEP, reading.line(deep[0]) + deep[1]))
    if doc.first("headline") is None and not unread:
        demoted_hed(doc)
    wire_dateline(doc)
    live_log(doc)
    release_date(doc)
    release_contacts(doc)


class _Body:
    def __init__(self, doc: Document, text: str, base: int, tags, figures: Figures, no_hed: bool = False):
        self.doc, self.src, self.text = doc, doc.source, text
        # Line starts as markdown-it counts lines (it normalises \r\n and \r).
        self.starts = line_starts(text, base)
        # where line n starts: no bound method, as the HTML extractor keeps it (`_md_html.Closings`)
        self.line = partial(line_at, self.starts, len(self.src))
        self.html = LazyHtml(doc, text)
        self.figures = figures
        self.tags = tags
        self.tag_starts = [t.start for t in tags]    # in source order: bisected per HTML block
        # the holder's method, not one of ours: a bound method of _Body stored
        # on its own reader was a reference cycle holding each document
        self.inline = InlineReader(doc, text, tags, self.html.inline_html, figures.is_figure)
        self.headline = no_hed or doc.first("headline") is not None
        # under the front matter's headline an H1 opening the body is a title field, "H1" (qa334 #2)
        self.h1_field = not no_hed and self.headline
        self.marks = may_hold_end_mark(text, base, len(text))    # else no block's end is tried as one
        self.preamble = True          # still before the first ordinary paragraph
        self.above = Above()          # what the lines read above the story gave: `read_preamble`
        self.pending_image: Part | None = None   # alt of a paragraph that was only images
        self.items = 0                # depth of list items around the current block
        self.within: list[str] = []   # the containers round it, outermost first (`step_within`)
        self.notes: list[str] = []    # labels of the footnote definitions around it (`_md_notes`)
        self.row: list = []
        self.cell = 0
        self.post_end = -1            # the token whose HTML closes the open post
        self.post_level = 0           # nesting of the HTML block that opened it
        self.tokens: list = []
        self.post_ends: PostEnds | None = None   # where a post a blank line split is closed (`run`)
        self.at = 0                   # the token being read

    def line_span(self, n: int) -> tuple[int, int]:
        start = self.line(n)
        end = self.line(n + 1) if n + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def run(self, tokens) -> None:
        quote = 0
        opener = None
        last = 0                          # end line of the last block read
        self.tokens, self.post_ends = tokens, PostEnds(tokens, self.text, self.line)
        for i, tok in enumerate(tokens):
            self.at = i
            t = tok.type
            html = self.html.made
            if html is not None and html.posts and t != "html_block" and tok.nesting >= 0 \
                    and not self._closed_later(i):
                html.close_post()   # Markdown text ends a post a blank line left open
            elif html is not None and html.posts and tok.nesting < 0 and tok.level < self.post_level:
                # the quote or list item holding the post ends: on the page its
                # end tag closes the post there (the browser pops up to it)
                at = self.doc.lines.position(self.line(max(last - 1, 0)))[0]
                what = {"blockquote_close": "> quote", NOTE_CLOSE: "footnote"}.get(t, "list item")
                html.close_post(f"the end of the Markdown {what} on line {at}")
            if tok.map:
                last = tok.map[1]
            step_within(self.within, t)
            if t in _CONTAINERS:          # a picture's caption sits in its own quote or item
                self.pending_image = None
                quote += _CONTAINERS[t][0]
                self.items += _CONTAINERS[t][1]
            elif t == NOTE_OPEN:          # a footnote's definition: its blocks are its text
                self.pending_image = None
                self.notes.append(tok.meta["label"])
            elif t == NOTE_CLOSE:
                self.pending_image = None
                self.notes.pop()
            elif t == "tr_open" and tok.map:
                self.row, self.cell = table_cells(self.text, *self.line_span(tok.map[0])), 0
            elif t in _OPENERS:
                opener = tok
            elif t == "inline" and i == self.post_end and tok.map \
                    and self._post_html(tok, start=self.line(tok.map[0]), end=self.line(tok.map[1])):
                pass        # the paragraph whose raw </blockquote> closes the post
            elif t == "inline" and opener is not None and tok.map:
                self._inline(tok, opener, quote)
            elif t == "html_block" and tok.map:
                self._html_block(tok, quote)
            elif t in ("fence", "code_block", "hr", "table_open"):
                self.pending_image = None
        if self.html.made is not None:   # (one never fed has nothing to close)
            self.html.made.close()

    def _closed_later(self, i: int) -> bool:
        """Does a later token at the post's level close the open post
        (`_md_posts.PostEnds.after`)? Then the Markdown up to it, which a
        blank line in the embed code made Markdown, is the post's text, as
        on the page. Looked up once per post."""
        if self.post_end < i:
            end = self.post_ends.after(i, self.html.made.posts[-1].tag, self.post_level)
            if end < 0:
                return False
            self.post_end = end
        return True

    def _map(self, tok, opener):
        if opener.type in ("th_open", "td_open"):
            cmap = self.row[self.cell] if self.cell < len(self.row) else None
            self.cell += 1
            return cmap
        lines = [self.line_span(n) for n in range(tok.map[0], tok.map[1])]
        kind = "heading" if opener.type == "heading_open" and opener.markup.startswith("#") else "lines"
        return content_map(kind, tok.content, self.text, lines)

    def _inline(self, tok, opener, quote: int) -> None:
        pending, self.pending_image = self.pending_image, None
        html = self.html.made           # (none fed yet: no element is open round this block)
        around = html.around(self.tokens, self.at, self.line) if html is not None else None
        if around == "mute":            # in a <nav>, <form>, <code> ...: read for its directives only
            cmap = self._map(tok, opener)
            if cmap is not None and tok.content:
                self.inline.run(tok.children or (), tok.content, cmap)
            return
        mark = None if quote | self.items or self.notes or not self.marks else md_end_mark(self.text, self.starts[0], tok.map, self.line_span, opener)
        if mark is not None:        # `###`, `-30-` alone or glued under the last line: no heading and no prose
            self.doc.add(Part.from_slice("field", self.src, *mark, name="end-mark"))
            if tok.map[1] - tok.map[0] == 1:
                return
        cmap = self._map(tok, opener)
        if "budget_spent" in tok.meta:      # (rare: the place of the notice is looked up only then)
            budget_notice(self.doc, tok, cmap.source(0) if cmap is not None else self.line(tok.map[0]))
        if cmap is None or not tok.content:
            return
        res = self.inline.run(tok.children or (), tok.content, cmap)
        res.builder.block = opener.tag if opener.tag != "p" or not self.items else "li"
        res.builder.within = tuple(self.within) + (html.containers(self.tokens, self.at) if html is not None else ())
        if self.html.posts():       # Markdown inside an embedded post (`_closed_later`)
            self._images(res)
            part = res.builder.part("embed")
            if part is not None:
                self.doc.add(part)
                self.html.made.posts[-1].parts.append(part)
            return
        if self.notes:      # a footnote's text (a heading's too): not the story's flow (`_md_notes`)
            self._images(res, quote)
            part = res.builder.part("footnote", name=self.notes[-1])
            if part is not None:
                if quote:           # a blockquote's paragraph in the note: no quote runs on into it
                    part.attrs["quote_depth"] = quote
                self.doc.add(part)
            return
        if opener.type == "heading_open":
            kind, name = "heading", ""
            if opener.tag == "h1" and not self.headline:
                kind, self.headline = "headline", True
            elif opener.tag == "h1" and self.h1_field and self.preamble and not quote | self.items:
                name = "H1"         # (one below a paragraph or a subhead is a section's)
            self.h1_field = False
            self._images(res)
            part = res.builder.part(kind, name=name)
            if part is not None:
                self.doc.add(part)
            return
        kind = "blockquote" if quote or around == "blockquote" else "paragraph"
        if around in ("byline", "dek", "dateline") and opener.type == "paragraph_open":
            kind = around
        lone = bool(res.images) and res.images[0].lone
        first_tag = res.images[0].tag if res.images else None
        alts = self._images(res, quote) if res.images else []
        part = res.builder.part(kind) if mark is None else before_mark(res.builder.part(kind), mark[0])
        if part is None:
            if alts and alts[-1] is not None:
                self.pending_image = alts[-1]
            return
        if lone and first_tag is None and alts[0] is not None:
            part.kind, part.attrs["image"] = "caption", alts[0].index
        elif lone and alts[0] is not None and alts[0].kind == "alt" \
                and "\n" in self.src[first_tag.end:part.source_offset(0)] \
                and looks_like_caption(part.text, res.upright == 0 and not self._labels_list(tok)):
            # a figure tag on its own line with a caption-like line under it;
            # text running on from the tag on its line (a floated picture) is body
            part.kind, part.attrs["image"] = "caption", alts[0].index
        elif pending is not None and looks_like_caption(
                part.text, res.upright == 0 and not self._labels_list(tok)):
            part.kind, part.attrs["image"] = "caption", pending.index
        elif opener.type == "paragraph_open" and (caption := blank_credit_caption(part)) is not None:
            part = caption     # no picture above it: its credit is reported, as in plain text
        elif kind == "paragraph" and self.preamble and opener.type == "paragraph_open":
            part = read_preamble(self.doc, part, self.above)
        if part is not None:
            self.doc.add(part)
            if part.kind == "paragraph":
                self.preamble = False

    def _labels_list(self, tok) -> bool:
        """Whether the paragraph `tok` is one line, not a sentence, with a list
        right under it: an italic line there ("*Editor's picks*") is the
        list's label, not the caption of the picture above it; one that ends
        a sentence ("*A man wades through the flood.*") still describes it."""
        first, after = tok.map
        if after - first != 1 or MARKDOWN_LINE_ENDS_AT_STOP.search(tok.content):
            return False
        n = after
        while n < len(self.starts) and not self.text[slice(*self.line_span(n))].strip():
            n += 1
        return n < len(self.starts) and bool(_LIST_ITEM.match(self.text, *self.line_span(n)))

    def _images(self, res: Inline, quote: int = 0) -> list[Part | None]:
        """Parts for the run's images; per image the part a caption paragraph
        under it links to (its alt; a figure tag's caption or alt), or None."""
        out: list[Part | None] = []
        for img in res.images:
            if img.tag is not None:
                out.append(self._figure(img.tag, quote))
                continue
            alt = img.alt.part("alt", empty_at=img.start, attrs={"src": img.src})
            # Markdown has no way to mark an image decorative (CommonMark: the alt is the
            # image's description): an empty alt is missing, and missing-alt gives no alt="" hint.
            alt.attrs.update(missing=not alt.text, decorative=False, decorative_mark=False)
            out.append(self.doc.add(alt))
            title = img.title.part("caption", name="image title", attrs={"image": alt.index}) \
                if img.title is not None else None
            if title is not None:
                self.doc.add(title)
        return out

    def _html_block(self, tok, quote: int) -> None:
        start, end = self.line(tok.map[0]), self.line(tok.map[1])
        before = len(self.doc.parts)
        if _PLAYER.match(self.text, start, end):   # a video embed: markup, never prose
            self.doc.suppressions.extend(find_directives(self.src, start, end))
            self.pending_image = None
            return
        if not self.html.posts():
            self.post_level = tok.level
        if not self._post_html(tok, start, end, quote):
            # other HTML inside a quote (or a list in one) is markup: only its directives count
            self.doc.suppressions.extend(find_directives(self.src, start, end))
        k = bisect.bisect_left(self.tag_starts, start)
        for tag in self.tags[k:bisect.bisect_left(self.tag_starts, end, k)]:
            if self.figures.is_figure(tag):        # figure tags written inside the HTML
                self._figure(tag, quote)
        added = self.doc.parts[before:]
        if added:   # a bare <img> block waits for its caption like a Markdown image;
            # a figure with its own <figcaption> (a template tag's picture is read after it) does not
            self.pending_image = added[-1] if added[-1].kind == "alt" and \
                not any(p.kind == "caption" for p in added) else None

    def _figure(self, tag, quote: int) -> Part | None:
        """A figure tag's parts; inside a list item or quote its values leave
        out the container prefixes of the lines it spans (`container_cuts`)."""
        cuts = container_cuts(self.src, tag.start, tag.end, quote) if quote or self.items else ()
        return self.figures.read(self.doc, tag, cuts)

    def _post_html(self, tok, start: int, end: int, quote: int = 0) -> bool:
        """Feed lines [start, end) of `tok` (an HTML block, or the paragraph
        that closes a post) to the HTML extractor: at the top level as they
        are; inside a list item or blockquote when they open an embedded post
        (or go on with one), and an HTML block of a list item outside any
        quote as the item's own (`- <p>Item text.</p>`: `feed_item`), their
        container prefixes blanked so positions stay exact. False when not
        fed (other nested HTML is markup; a block that cannot be placed exactly)."""
        self.html.get().see(self.tokens, self.line)     # (a table's cell is a scope: `MaskedExtractor.end`)
        if tok.type == "inline":
            self.html.made.paragraph(start)             # (its <p> ends the post's text before it)
        if tok.level - (tok.type == "inline") == 0:
            self.html.made.feed(start, end)
            return True
        post = bool(self.html.posts()) or opens_post(self.text, start, end)
        if not post and (quote or not self.items or tok.type != "html_block"):
            return False
        lines = [self.line_span(n) for n in range(*tok.map)]
        blanked = blank_prefixes(tok.content, self.text, lines, end)
        if blanked is not None:
            self.html.get().feed_item(start, end, blanked, item=not post)
        return blanked is not None


def preload() -> None:
    """Import what reading raw HTML needs (`_md_html`, lazy in a run) before
    `--jobs` workers fork, so no worker imports it again (`runner._preload_readers`)."""
    from importlib import import_module
    import_module("._md_html", __package__)
