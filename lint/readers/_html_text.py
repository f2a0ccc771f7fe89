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
its `<article>`, the h1 list, the title. Kept apart from the tag logic so
each module stays small; no behaviour of its own.
"""
from __future__ import annotations

import re

import regex

from ..analysis.abbreviations import SENTENCE_FINAL_ABBREVIATION_WORDS, STOP_ABBREVIATIONS
from ..suppress import find_directives
from ._html_figures import Collector
from ._html_tags import EXCLUSIVE, INLINE, KICKER_MAX_WORDS, inline_mark
from ._stitch import OBJECT, Builder

# A sentence's end before trailing space: a stop, then any closing marks.
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")
# ...but not the stop of an abbreviation or an initial, one letter's included
# ("Dr.", "John F.", "the U.S.", "4 p.m."), nor a quoted question or
# exclamation, which its tag may follow ("?”", "!”"): the sentence may go on.
_NO_SENTENCE_END = regex.compile(rf"(?:\b(?:{STOP_ABBREVIATIONS}|\p{{L}})\.|[!?][\"'\u201d\u2019\u00bb]+)\s*$")
# ...unless it is the stop of an abbreviation AP lets end a sentence: a time
# ("at 4 p.m."), a name's suffix ("John Smith Jr."), a firm's ("Acme Inc.",
# "Acme Co."), a country's initials ("the U.S."). Whether it does is told by
# what follows the break (`_opens_sentence`): "4 p.m.<br><br>The council"
# ends the paragraph, "the U.S.<br><br>Army" and "4 p.m.<br><br>Tuesday" do
# not. A title's stop ("Dr.") or one initial's ("John F.") never ends it.
_MAY_END_SENTENCE = regex.compile(
    rf"(?:\b[ap]\.m|\b(?:{'|'.join(SENTENCE_FINAL_ABBREVIATION_WORDS)})|\b\p{{Lu}}\.\p{{Lu}})\.\s*$")
# What opens a sentence after such a stop: an opening quote mark (a straight
# single one before a capital), or a
# capitalised function word (titles.yaml `stopwords`: "The", "He", "On"),
# which starts no name run on from the abbreviation ("the U.S. Army"),
# bar the few that are names too ("New York", "May 5", "Will Smith").
# The word must be read whole and end before something that is no part of a
# name: "A-10", "A.J.", "A&M" and a word cut off where the read-ahead stops
# (`_read_on`) open none; nor does one before a zero-width character
# (U+200B-U+200D, U+2060, U+FEFF: `A&#8203;-10`), still inside the word (qa165 #5).
_SENTENCE_OPENING = regex.compile(
    r"\s*(?:[\"\u201c\u2018\u201e\u00ab]|'(?=\p{Lu})|(\p{Lu}\p{Ll}*)(?=[^\p{L}\p{N}\-\u2010\u2011.&/\u00ad\u200b-\u200d\u2060\ufeff]))")
# An opening quote mark (a straight single one before a capital: `'The`, not
# `'til`): what may open a paragraph inside inline markup opened after a held
# break (`4 p.m.<br><br><em>“The…`, nu43 H3), where a word does not (`<b>The</b> hall`).
_QUOTE_OPENING = regex.compile(r"\s*(?:[\"\u201c\u2018\u201e\u00ab]|'(?=\p{Lu}))")
# What the read-ahead skips inside a word (a soft hyphen, written or as a
# reference; a comment) and what it decodes (any other reference).
_IN_WORD = re.compile(r"\u00ad|&(?:shy|#173|#x[aA][dD]);|<!--(?:(?!-->).){0,200}?-->", re.S)
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# How far `_read_on` reads: past the longest stopword and the mark after it.
READ_ON_CHARS = 24
_NAME_TOO = frozenset({"new", "may", "will"})


# How many characters other than space `_tail` keeps: past the longest
# abbreviation before a stop and a run of closing marks after it.
TAIL_WORD_CHARS = 64


def _tail(pieces: list[str], stop: int) -> str:
    """The end of `"".join(pieces[:stop])` that holds its last
    TAIL_WORD_CHARS characters other than space (all of it when shorter):
    as much as `SENTENCE_END` and `_NO_SENTENCE_END`, anchored at the end,
    read."""
    at, seen = stop, 0
    while at > 0 and seen < TAIL_WORD_CHARS:
        at -= 1
        seen += len(pieces[at]) - sum(c.isspace() for c in pieces[at])
    return "".join(pieces[at:stop])


def _unescape(text: str) -> str:
    """`html.unescape(text)`: character references decoded. `html` is
    imported here, on first use: its entity table is ~2 ms of a plain-text
    run's start."""
    import html
    return html.unescape(text)


def _read_on(src: str, at: int, text: str) -> str:
    """`text` (decoded, the first text other than space after a held break,
    which ends at `src[at]`) with the source after it read on, decoded, to
    READ_ON_CHARS characters: soft hyphens and comments inside a word
    dropped (`In&shy;terior`, `On<!-- x -->tario` read "Interior",
    "Ontario"), references decoded (`&#84;he` reads "The"). It stops at a
    tag, so a word that runs up to one is cut and opens no sentence.
    Bounded: a held break costs the same whatever follows."""
    out = [text.lstrip()[:READ_ON_CHARS].replace("\u00ad", "")]
    size = len(out[0])
    while size < READ_ON_CHARS and at < len(src):
        m = _IN_WORD.match(src, at)
        if m is not None:
            at = m.end()
            continue
        m = _REFERENCE.match(src, at)
        if m is not None:
            piece, at = _unescape(m[0]), m.end()
        elif src[at] == "<":
            break
        else:
            piece, at = src[at], at + 1
        out.append(piece)
        size += len(piece)
    return "".join(out)


# Quote marks that open, close, or do either (straight) a quotation; those
# that open one again after a held break (a quote run on into a new paragraph).
_QUOTE_MARKS = re.compile("[\u201c\u201e\u00ab\u201d\u00bb\"]")
_REOPEN = "\u201c\u201e\u00ab\""


def _quote_open(coll) -> bool:
    """A double quotation opened in `coll`'s paragraph so far is still open
    (more `“ „ «` than `” »`, or an odd number of `"`): a held break there
    never ends the paragraph (qa165 #4). Reads each piece once, keeping
    (pieces read, opened less closed, straight marks) in `coll.quotes_read`."""
    pieces = coll.builder.pieces
    read, depth, straight = coll.quotes_read
    for piece in pieces[read:]:
        for m in _QUOTE_MARKS.finditer(piece):
            c = m[0]
            if c == '"':
                straight += 1
            else:
                depth += 1 if c in "\u201c\u201e\u00ab" else -1
    coll.quotes_read = (len(pieces), depth, straight)
    return depth > 0 or straight % 2 == 1


def _opens_sentence(text: str) -> bool:
    """`text`, the first text after a held `<br><br>`, opens a sentence
    (`_SENTENCE_OPENING`)."""
    m = _SENTENCE_OPENING.match(text)
    if m is None:
        return False
    if m[1] is None:
        return True
    from ..analysis.words import tables     # asked only after a held break
    word = m[1].lower()
    return word in tables()["stopwords"] and word not in _NAME_TOO


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
        reading = None if block else self._second_br(coll)
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
        self._end_part()
        coll = self._own(elem, Collector(old.kind, name=old.name))
        coll.builder.block = old.builder.block
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
        (`_second_br`: "at 4 p.m.<br><br>"), the paragraph ends at the break
        when it opens a sentence (`_opens_sentence`, on the first word read
        whole: `_read_on`) and no quotation is open (`_quote_open`) unless
        that text opens one again. Inline markup opened since (`_opened_since`)
        ends it only when the text opens with a quote mark
        (`4 p.m.<br><br><em>“The…`, not `<b>The</b> hall`), and other markup
        never does; either way the break is decided."""
        coll = self._active()
        if coll is None or coll.held is None or self.skip or self.mute:
            return
        if raw:
            text = _unescape(text)
        if text.isspace():
            return
        held, coll.held = coll.held, None
        opened = self._opened_since(coll, held)
        if opened is None:
            return
        first = _read_on(self.src, at, text)
        if opened and not _QUOTE_OPENING.match(first):
            return
        # a quotation still open goes on over the break, unless the text
        # after it opens one again (a quote run on into a new paragraph)
        if _opens_sentence(first) and (first.lstrip()[:1] in _REOPEN or not _quote_open(coll)):
            self._split_at_break()

    @staticmethod
    def _second_br(coll: Collector) -> str | None:
        """"end" for a paragraph's line break right after another (only space
        between) where a sentence ends before the first: `starts.<br><br>“The…`.
        Not after an abbreviation's or initial's stop (`Dr.<br><br>Ames`) or a
        quoted `?”`/`!”` (its tag may come next: qa158 #1, #2), nor
        after a wire dateline's dash (`LONDON, March 3 (Reuters) -<br><br>`,
        still the paragraph's dateline) nor mid-sentence (a stanza break in
        quoted verse, `tide,<br><br>and the…`): there it stays a line end
        (None). "held" after the stop of an abbreviation that may end a
        sentence (`_MAY_END_SENTENCE`: "at 4 p.m.<br><br>"): the text after
        the break decides (`_after_held`).
        Reads only the text's tail before the first break (`_tail`), so a
        long `<p>` of many breaks costs time in proportion to its length."""
        pieces = coll.builder.pieces
        if coll.kind != "paragraph" or coll.br_at < 0 or "".join(pieces[coll.br_at:]).strip():
            return None
        read_at, reading = coll.sentence_read
        if read_at < 0 or any(p.strip() for p in pieces[read_at:coll.br_at]):
            before = _tail(pieces, coll.br_at)      # (space since the last reading leaves its answer)
            reading = None if SENTENCE_END.search(before) is None \
                else "end" if _NO_SENTENCE_END.search(before) is None \
                else "held" if _MAY_END_SENTENCE.search(before) is not None else None
        coll.sentence_read = (coll.br_at, reading)
        return reading

    def text(self, text: str, offset: int) -> None:
        if self._script is not None:
            if self._script[0] < 0:
                self._script[0] = offset
            self._script[1] = offset + len(text)
            return
        self._after_held(text, offset + len(text))
        for b in self._builders(text.isspace()):
            b.add(text, offset)

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
            coll = self._own(self.stack[-1], Collector(kind))
        out.append(coll.builder)
        return out

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
