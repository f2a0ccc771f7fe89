"""Where the HTML extractor's text goes, and what a finished part joins.

`TextSteps` (mixed into `_html_extract.Extractor`, which keeps the element
stack) routes each run of text and character reference, with its source
offset, to the innermost collector (started on demand for bare text in a
container: an `embed`, `caption`, `blockquote` or `paragraph` part, by what
is open) and to any open date capture; muted furniture gets none, script
text only marks a JSON-LD block's span. A block boundary ends a pending
paragraph but only separates words inside a caption or other single-part
element (`_html_tags.EXCLUSIVE`). `_finish` turns a collector into a part
and records it where it belongs: the document, its figure, quote or post,
its `<article>`, the h1 list, the title. (A part handed on past a phrasing
element's end tag to the container is `_html_line_on`'s.) Whether a `<br><br>` inside a
paragraph ends it is read by `_html_breaks`. Kept apart from the tag logic
so each module stays small; no behaviour of its own.
"""
from __future__ import annotations

from .. import rx as regex

from ..suppress import find_directives
from ._conventions import note_word
from ._html_breaks import ends_at_held, second_br, unescape
from ._html_figures import Collector
from ._html_stamps import byline_writer, is_timestamp
from ._html_tags import CLASS_HINT, CLASS_KINDS, CREDIT_LEAD, EXCLUSIVE, INLINE, KICKER_MAX_WORDS, PHRASING, \
    inline_mark
from ._stitch import OBJECT, Builder
from ._text_fields import standalone_place
from .patterns import dateline_match

# A word of prose, as the loose text after a dateline opens with one.
_WORD = regex.compile(r"\w")


def _placed(line: str, linked: bool = False) -> bool:
    """Whether `line`, a bold lead-in and the loose text after it, opens
    with a `WIRE_DATELINE` that only a dateline writes: its place (no note's
    or kicker's word: `_conventions.note_word`) then a date (`LONDON, Dec. 5
    --`), an agency or a distributor (`LONDON (AP) --`), or a comma and a
    state or a country as AP writes them, cut short or in title case
    (`PORTLAND, Ore. --`, `SEOUL, South Korea --`; AP Stylebook
    "datelines"). A word in capitals alone before the dash is a label's as
    often (`RELATED --`, `READ MORE --`, qa200 #5), unless it is a city AP
    names alone (`_text_fields.standalone_place`: `WASHINGTON --`, rr48b
    #3), and so are two joined by a comma (`PHOTOS, VIDEO --`, `SPORTS,
    SCORES --`, qa202 #4): such a lead-in ends its own line. So does one
    with no word after its dash before a link (`linked`: `NEWS, Sports --
    <a>...`, `RELATED, Dec. 5 -- <a>...`, qa205 #1): a section's label opens
    a line of links, a dateline a line of prose."""
    m = dateline_match(line)
    if m is None or (linked and not _WORD.search(line, m.end())):
        return False
    place, comma, region = m["place"].partition(",")
    return not note_word(place) and (bool(m["date"] or m["agency"] or m["distributor"]) or "." in region
                                     or any(c.islower() for c in region) or not comma and standalone_place(place))


class TextSteps:
    """Text routing and part finishing for `Extractor` (see the module docstring)."""

    def _break(self, offset: int, block: bool) -> None:
        """A block boundary: it ends a pending paragraph; inside a caption or
        other single-part element it only separates words. A line break
        (`block` False) is a line end, but a second one with only space
        since the first (`<br><br>`, `<br>\n<br />`) ends a paragraph, as the
        page shows it: older CMS copy breaks its paragraphs so in one `<p>`."""
        if not self.owners:
            return
        coll = self.owners[-1].coll
        reading = None if block or self._in_quotation() else second_br(coll)
        if block and coll.kind not in EXCLUSIVE:
            self._end_part()
        elif reading == "end" and coll.kind not in EXCLUSIVE:
            self._split_at_break()
        else:
            coll.block_breaks.append(offset)
            if not (coll.builder.ends_with_space() if block else self._on_a_new_line(coll)):
                coll.builder.add_hard_break("\n", offset, decoded=True)
            if not block:
                coll.br_at = len(coll.builder.pieces)
                # held only at the paragraph's own level: a break inside <b>,
                # <em> or <a> is never a paragraph's end (qa160 #1)
                coll.held = (len(coll.builder.inline), len(self.stack)) \
                    if reading == "held" and self.stack and self.stack[-1] is self.owners[-1] else None

    def _in_quotation(self) -> bool:
        """A `<q>` is open round the text, inside the innermost owner: a
        browser shows one quote over a `<br><br>` there, with no mark at
        the break, so the break stays a line end: split, the quote would
        need a mark opening the second paragraph, as a typed one run on
        does, which a `<q>` has none of (qa372 #3). The owner counts: a
        `<q>` opening loose text owns the part started for it (qa379 #1)."""
        elem = self.owners[-1]
        for e in reversed(self.stack):
            if e.tag == "q":
                return True
            if e is elem:
                return False
        return False

    @staticmethod
    def _on_a_new_line(coll: Collector) -> bool:
        """A `<br>` here adds no line break: the text ends on one already
        (`Builder.ends_on_a_new_line`), a space before it is none ("Jane Doe
        / <br>CC BY 2.0": qa156 #6). Only space since the last `<br>`: that
        one left its line break, and the white space is not read again, so a
        long run of `<br> ` costs time in proportion to its length."""
        pieces = coll.builder.pieces
        if coll.br_at >= 0 and not "".join(pieces[coll.br_at:]).strip():
            return True
        return coll.builder.ends_on_a_new_line()

    def _end_part(self) -> None:
        """Finish the innermost owner's collector: its part ends here."""
        elem = self.owners.pop()
        coll, elem.coll = elem.coll, None
        self._finish(coll)

    def _split_at_break(self) -> None:
        """End the innermost owner's part at a `<br><br>`; the element goes
        on collecting the text after the break as a new part of the same
        kind and block, with the inline marks open round it (`<em>`, `<a
        href>`) closed in the first and opened again in the second. A
        part started on demand would belong to the innermost element, so an
        `<em>` opened after the break made a part of its own and its tag
        (`</em> Ruiz said.`) a third (nu43 H3)."""
        elem = self.owners[-1]
        k = len(self.stack) - 1
        while k > 0 and self.stack[k] is not elem:
            k -= 1
        marks = [(m, e.anchor) for e in self.stack[k + 1:] if (m := inline_mark(e.tag, e.attrs))]
        old = elem.coll
        for mark, anchor in reversed(marks):
            old.builder.close_inline(mark)
            if anchor:
                old.builder.close_inline("anchor")
        if elem.tag in PHRASING:
            old.builder.close_open()        # the marks opened on demand (`_marks_on_demand`)
        self._end_part()
        coll = self._own(elem, Collector(old.kind, name=old.name))
        coll.builder.block = old.builder.block
        self._marks_on_demand(coll, k)
        for mark, anchor in marks:
            coll.builder.open_inline(mark)
            if anchor:
                coll.builder.open_inline("anchor")

    def _opened_since(self, coll: Collector, held: tuple[int, int]) -> int | None:
        """How many elements opened since the held break (`held`: the inline
        marks and stack height then) are still open round the text, when all
        are inline (`_html_tags.INLINE`: `<em>`, `<a>`, `<span>`) with no part
        of their own and no other markup round text since (qa170 #7: `<em></em>` is none); else None."""
        marks, height = held
        opened = self.stack[height:]
        if len(self.stack) < height or any(e.tag not in INLINE or e.coll is not None for e in opened):
            return None
        started = sum(1 + e.anchor for e in opened if inline_mark(e.tag, e.attrs))
        since = sum(1 for _, start, end in coll.builder.inline[marks:] if end != start)
        return len(opened) if since == started else None

    def _after_held(self, text: str, at: int, raw: bool = False) -> None:
        """`text` (a character reference as written when `raw`), ending at
        source offset `at`, about to go to the active collector: if it is
        the first text other than space after a `<br><br>` held undecided
        (`_html_breaks.second_br`: "at 4 p.m.<br><br>"), the paragraph ends
        at the break when `_html_breaks.ends_at_held` says so. Inline markup
        opened since (`_opened_since`) lets only a quote mark end it
        (`4 p.m.<br><br><em>“The…`, not `<b>The</b> hall`), and other markup
        never does; either way the break is decided."""
        coll = self._active()
        if coll is None or coll.held is None or self.skip or self.mute:
            return
        if raw:
            text = unescape(text)
        if text.isspace():
            return
        held, coll.held = coll.held, None
        opened = self._opened_since(coll, held)
        if opened is not None and ends_at_held(self.src, at, text, coll, opened):
            self._split_at_break()

    def text(self, text: str, offset: int) -> None:
        if self._script is not None:
            if self._script[0] < 0:
                self._script[0] = offset
            self._script[1] = offset + len(text)
            return
        self._after_held(text, offset + len(text))
        if self.owners and self.owners[-1].coll.edge is not None:
            self._credit_after_edge(self.owners[-1].coll, text)
        for b in self._builders(text.isspace()):
            b.add(text, offset)

    def _credit_edge(self, elem, attrs: dict, offset: int) -> None:
        """An inline element (`<span>`) opened at `offset` right after its
        paragraph's or caption's text, with no space between, and collecting
        no part of its own: when it is a credit by its class (`credit`,
        `source`: `_html_tags.CLASS_KINDS`, beside a picture or not, `<p>Jane
        in an undated picture.<span class="source">Facebook</span></p>`), a
        line break goes in at its start tag, as the page shows the two apart
        (nu46 #6); in a caption, an element of no such class that marks no
        text (`_html_tags.inline_mark`: a `<span>`, not `<b>`, which the
        page runs on) is held (`edge`) until its first text tells
        (`_credit_after_edge`)."""
        coll = self._active()
        if coll is None or elem.coll is not None or coll.builder.ends_with_space():
            return
        classes = attrs.get("class")
        if classes and CLASS_HINT.search(classes) and any(
                m.lastgroup in ("credit", "source") for m in map(CLASS_KINDS.search, classes.split()) if m):
            coll.builder.add_hard_break("\n", offset, decoded=True)
        elif coll.kind == "caption" and inline_mark(elem.tag, attrs) is None:
            coll.edge = (offset, len(coll.builder.pieces))    # (a <b> or <a href> runs on as shown)

    @staticmethod
    def _credit_after_edge(coll: Collector, text: str) -> None:
        """The first text after a caption's held inline start tag (`edge`):
        when nothing came between and it says it is a credit
        (`_html_tags.CREDIT_LEAD`: `phenomenon.</span><span>Credit: Ou
        Dongqu/Xinhua</span>`), a line break goes in at that tag (nu46 #6);
        else the text runs on as before."""
        (at, pieces), coll.edge = coll.edge, None
        if pieces == len(coll.builder.pieces) and CREDIT_LEAD.match(text):
            coll.builder.add_hard_break("\n", at, decoded=True)

    def ref(self, raw: str, offset: int) -> None:
        """A character reference, `raw` as written in the source."""
        if self._script is None:
            self._after_held(raw, offset + len(raw), raw=True)
            for b in self._builders(False):
                b.add_ref(raw, offset)

    def _builders(self, blank: bool) -> list[Builder]:
        """Where text goes now: the innermost collector (started on demand for
        bare text in a container) and any date capture."""
        if self.skip:
            return []
        out = [e.capture for e in self.stack if e.capture is not None] if self.captures else []
        if self.mute:
            return out
        coll = self._active()
        if coll is None:
            if blank or not self.in_scope():
                return out
            kind = "embed" if self.posts else "caption" if self.figures else \
                "blockquote" if self.blockquote else "paragraph"
            coll = self._own(self.stack[self._quotation_at()], Collector(kind))
            self._marks_on_demand(coll, len(self.stack) - 1)
        out.append(coll.builder)
        return out

    def _phrasing_from(self, top: int) -> int:
        """The index of the outermost element of the run of phrasing
        elements (`_html_tags.PHRASING`: `<em>`, `<a>`, `<q>`, `<font>`)
        that ends at `stack[top]`; `top + 1` when that one is none."""
        k = top + 1
        while k > 1 and self.stack[k - 1].tag in PHRASING:
            k -= 1
        return k

    def _quotation_at(self) -> int:
        """The index of the element that owns a part started on demand for
        bare text: the outermost `<q>` of the phrasing run round it, else the
        innermost element: a `<q>` opening loose text is one part whatever
        element opens its words (`<div><q><em>We</em> waited`: qa379 #3)."""
        top = len(self.stack) - 1
        return next((k for k in range(self._phrasing_from(top), top + 1) if self.stack[k].tag == "q"), top)

    def _marks_on_demand(self, coll: Collector, top: int) -> None:
        """`coll` (just started on demand for bare text inside inline
        elements: `<div><q>…`, `<div><a href>…`, no owner round them; or
        again after a `<br><br>` there) opens the marks of the phrasing
        elements up to `stack[top]`, outermost first, which their start
        tags had no collector to open in: the part is a quotation or a link
        as the page shows it (qa372 #2), through a `<span>` or `<font>`
        between (`<div><q><span>We</span>…`). Each runs to its element's
        end, or to the part's end (`Builder.close_open`)."""
        for e in self.stack[self._phrasing_from(top):top + 1]:
            if mark := inline_mark(e.tag, e.attrs):
                coll.builder.open_inline(mark)

    def _code_object(self, offset: int) -> None:
        """An inline code element (`_html_tags.VERBATIM`) starting at
        `offset` in running text: one OBJECT mapped to its start tag, in an
        inline `code` span, as the Markdown reader stands in for a code span
        (its words are no prose, and the words around it stay apart)."""
        builder = self._active().builder
        builder.open_inline("code")
        builder.add_decoded(OBJECT, offset)
        builder.close_inline("code")

    def comment(self, offset: int, length: int) -> None:
        self.doc.suppressions.extend(find_directives(self.src, offset, offset + length))

    def _h1_kicker(self, part) -> None:
        """Cut the kicker an `<h1>` opens with out of it (`_html_label.cut_kicker`).
        A kicker that holds all of its text is the h1's own words when they
        are more than a kicker's (`_html_tags.KICKER_MAX_WORDS`: `<h1><span
        class="kicker">Council approves budget</span></h1>`), else the h1 is
        that kicker."""
        from ._html_label import cut_kicker, kicker_end     # a page step: a fragment's h1 rarely needs it
        if kicker_end(part) < len(part.text):
            cut_kicker(self.doc, part)
        elif len(part.text.split()) <= KICKER_MAX_WORDS:
            part.kind, part.name = "field", "kicker"

    def _finish(self, coll: Collector) -> None:
        h1 = None
        if coll.h1:     # (taken off the collector, whose own element is in `around`: no reference cycle)
            h1 = self._close_h1(coll)
        if coll.kind == "credit":      # an empty credit element is a blank credit, not none
            part = coll.builder.part("credit", empty_at=coll.at)
        else:
            part = coll.builder.part(coll.kind, name=coll.name)
        if part is None:
            if coll.kind == "title" and self.meta.empty_title is None:     # said if no headline is found
                self.meta.empty_title = (coll.at, "blank" if coll.builder.text() else "empty")
            return
        if coll.kind == "caption" and coll.credit is None:
            part = self._split_credit(coll, part)
        elif coll.kind == "byline" and (writer := byline_writer(part.text)) is not None:
            # a writer and a CMS stamp ("By June Sun | Tuesday, Dec. 29, 2014"): a byline whose
            # stamp, outside the writer's name, keeps its date checks (qa409 #6, qa415 #2, #3)
            part.attrs["writer"] = writer
        elif coll.kind == "byline" and is_timestamp(part.text):
            # a byline-classed block that is only a date and time (nypost's `byline-date`,
            # "December 29, 2014 | 10:32am") names no one: a CMS stamp, date checks only (nu72 #7)
            part.kind, part.name = "field", "timestamp"
        if self.last_pic is not None and coll.kind in ("paragraph", "heading", "byline"):
            self._after_picture(part)
        if coll.kind in ("paragraph", "blockquote", "heading"):
            self.n_texts += 1
            if self.pending_pic is not None:
                self._box_text(part)
        if self.transcript:
            part.attrs["transcript"] = True
        if self.sidebars:
            part.attrs["sidebar"] = True
        if self.veiled:
            part.attrs["hidden"] = True
            self.veil_depth[id(part)] = self.veiled
        if coll.h1 and any(m[0] == "kicker" for m in part.attrs.get("inline", ())):
            self._h1_kicker(part)
        if coll.kind == "title":
            self.meta.title = part
            self.doc.fields.setdefault("title", part.text)
        self.doc.add(part)
        if coll.kind in ("caption", "credit") and self.figures:
            self.figures[-1].texts.append(part)
        if self.boxes:
            self.box_of[id(part)] = self.boxes[-1]
        self._keep_heading(coll, part, h1)
        if coll.kind == "embed" and self.posts:
            self.posts[-1].parts.append(part)
        elif coll.kind == "blockquote" and self.quotes:
            self.quotes[-1].parts.append(part)
        elif coll.name == "cite" and self.quotes:
            self.quotes[-1].cite = part
        if coll.kind in ("caption", "credit"):
            self._place_in_figure(coll, part)
