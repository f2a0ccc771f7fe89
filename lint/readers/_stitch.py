"""Building parts whose text is stitched from source slices, for the Markdown
and HTML readers (which see text in pieces: tokens, data chunks, entities).

A `Builder` collects pieces with their source offsets and emits one segment
per discontinuity. A decoded entity or escape maps its character(s) to the
start of its source form and always breaks contiguity, so
`Part.is_verbatim` refuses a fix that spans it.
"""
from __future__ import annotations

import bisect
from typing import Callable

from .. import rx as regex

from ..document import OBJECT, Part

# OBJECT (from `document`) stands in the text for an inline object that is
# not prose (a code span, a template tag): it separates the words around it,
# matches no word pattern, is trimmed off a part's ends and, mapped to where
# the object starts, keeps any fix from spanning it. (U+FFFC OBJECT
# REPLACEMENT CHARACTER.)
_BLANK = " \t\r\n\f\v" + OBJECT
_CHARREF = regex.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


# Block tags recorded as `attrs["block"]`: the ones Vale's scopes tell apart
# (heading levels, list items, table cells) beyond the part kind itself, and a
# definition list's term and description (a list of the story's to the page
# reader: `_html_lists.story_lists`; plain prose to Vale).
VALE_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "caption", "dt", "dd"})
# Container tags recorded, outermost first, as `attrs["within"]`: the ones round a
# part that a `.vale.ini`'s `SkippedScopes` can name (`vale.scope`), as written in
# the source (a `<th>` with no `<thead>` round it has none: Vale reads tags as written).
# A cell's <td>/<th> too, so a paragraph or list in a skipped cell is out (qa427 #6).
VALE_CONTAINERS = frozenset({"figure", "blockquote", "ul", "ol", "li", "table", "caption", "thead", "tbody",
                             "tfoot", "tr", "td", "th"})
# Parts whose kind names their box already (a picture's alt). A caption or credit keeps
# the containers round its figure: one in a skipped quote, item or cell is out (qa427 #3).
_OWN_BOX = frozenset({"alt"})


def inline_spans(part: Part, kind: str) -> list[tuple[int, int]]:
    """(start, end) offsets in `part.text` of each inline mark of `kind`
    (`link`, `anchor`, `strong`, `emphasis`, `code`) the reader recorded in
    `attrs["inline"]`, in reading order."""
    return [(s, e) for k, s, e in part.attrs.get("inline", ()) if k == kind]


def link_spans(part: Part) -> list[tuple[int, int]]:
    """`inline_spans` of the part's links, in reading order."""
    return inline_spans(part, "link")


def page_link_spans(part: Part) -> list[tuple[int, int]]:
    """`link_spans` less the links to a place on this page (`href="#..."`,
    which the reader also marks with an inline `anchor` of the same span):
    the links that lead to another page."""
    anchors = set(inline_spans(part, "anchor"))
    return [span for span in link_spans(part) if span not in anchors]


class Builder:
    """Accumulates (text, source offset) pieces into one part's text and segments."""

    __slots__ = ("pieces", "segments", "length", "has_text", "_next", "block", "inline", "_open", "hard", "notes",
                 "within")

    def __init__(self) -> None:
        # The HTML-like tag of the block (`h2`, `li`, `td`, ...) and inline spans
        # (kind, start, end) such as links: Vale's scopes read them from `Part.attrs`.
        self.block = ""
        self.within: tuple[str, ...] = ()    # `VALE_CONTAINERS` round the block, outermost first
        self.inline: list[list] = []
        self._open: dict[str, list[list]] = {}    # kind -> its marks still open, innermost last
        self.pieces: list[str] = []
        self.segments: list[tuple[int, int]] = []
        self.length = 0
        self.has_text = False    # anything but whitespace collected yet
        self._next = -1          # source offset that would continue the last piece
        # Source offsets of hard line breaks (`<br>`, a Markdown `\\` or two-space
        # break): `Part.attrs["hard_breaks"]`, so no reader downstream takes one
        # for a soft wrap (qa155 #2-#4).
        self.hard: list[int] = []
        # Source spans of Markdown footnote markers, which leave no text:
        # `Part.attrs["notes"]` (`kinds.time_form`: a stop after one is the sentence's).
        self.notes: list[tuple[int, int]] = []

    def add(self, text: str, offset: int) -> None:
        """text copied verbatim from source[offset:offset+len(text)]."""
        if not text:
            return
        if offset != self._next:
            self.segments.append((self.length, offset))
        if not self.has_text and text.strip(_BLANK):
            self.has_text = True
        self.pieces.append(text)
        self.length += len(text)
        self._next = offset + len(text)

    def add_decoded(self, text: str, offset: int) -> None:
        """text decoded from a source form (entity, escape) that starts at offset."""
        if not text:
            return
        self.segments.append((self.length, offset))
        self.has_text = self.has_text or bool(text.strip(_BLANK))
        self.pieces.append(text)
        self.length += len(text)
        self._next = -1

    def add_hard_break(self, text: str, offset: int, decoded: bool = False) -> None:
        """A hard line break `text` whose character maps to source `offset`
        (decoded from a tag such as `<br>`, or copied verbatim)."""
        self.hard.append(offset)
        (self.add_decoded if decoded else self.add)(text, offset)

    def add_ref(self, raw: str, offset: int) -> None:
        """A character reference as written in the source. HTML decodes legacy
        names without `;` by prefix (`&nbspTK` is a no-break space then `TK`),
        so the literal tail the decoding leaves is mapped back to the source."""
        import html   # here: its entity table is ~2 ms of a plain-text run's start

        decoded = html.unescape(raw)
        if decoded == raw:
            self.add(raw, offset)
            return
        tail = 0
        while (tail < len(decoded) - 1 and tail < len(raw) - 1
               and decoded[-1 - tail] == raw[-1 - tail]):
            tail += 1
        self.add_decoded(decoded[:len(decoded) - tail], offset)
        self.add(raw[len(raw) - tail:], offset + len(raw) - tail)

    def add_segments(self, text: str, segments) -> None:
        """Append text that carries its own (text_offset, source_offset) map."""
        if not text:
            return
        for t, s in segments:
            self.segments.append((self.length + t, s))
        self.has_text = self.has_text or bool(text.strip(_BLANK))
        self.pieces.append(text)
        self.length += len(text)
        self._next = -1

    def text(self) -> str:
        return "".join(self.pieces)

    def ends_with_space(self) -> bool:
        return not self.pieces or self.pieces[-1][-1:].isspace()

    def ends_on_a_new_line(self) -> bool:
        """Nothing collected yet, or the white space the text ends with holds
        a line break: a `<br>` after it adds none ("Jane Doe / <br>CC BY 2.0"
        still gets its own: qa156 #6)."""
        for piece in reversed(self.pieces):
            run = piece[len(piece.rstrip()):]
            if "\n" in run or "\r" in run:
                return True
            if len(run) < len(piece):
                return False
        return True

    def part(self, kind: str, *, empty_at: int | None = None, **kw) -> Part | None:
        """The trimmed part, or None when only whitespace was collected (unless
        `empty_at` gives where a zero-length part should point)."""
        text = self.text()
        start, end = 0, len(text)
        while start < end and (text[start].isspace() or text[start] == OBJECT):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == OBJECT):
            end -= 1
        if start == end:
            if empty_at is None:
                return None
            return Part(kind, "", ((0, empty_at),), **kw)
        if len(self.segments) == 1:     # one verbatim run, as most paragraphs are: no map to slice
            t0, s0 = self.segments[0]
            segs: tuple[tuple[int, int], ...] = ((0, s0 + start - t0),)
        else:
            segs = slice_segments(self.segments, start, end)
        part = Part(kind, text[start:end], segs, **kw)
        if self.block in VALE_BLOCKS:
            part.attrs.setdefault("block", self.block)
        if self.within and kind not in _OWN_BOX:
            part.attrs["within"] = self.within
        if self.hard:
            part.attrs["hard_breaks"] = frozenset(self.hard)
        if self.notes:
            part.attrs["notes"] = tuple(self.notes)
        if self.inline and kind != "alt":
            # (a link opened in the block's leading blank, `<h2>\n  <a>Title</a>`,
            # still covers the text from its start)
            marks = [(k, max(s - start, 0), min(e, end) - start) for k, s, e in self.inline
                     if (start <= s <= end and (e > s or k == "code")) or s < start < e]
            if marks:
                part.attrs["inline"] = marks
        return part

    def open_inline(self, kind: str) -> None:
        """An inline element (link, strong, emphasis; code, which leaves no text)
        starts at the current end."""
        mark = [kind, self.length, -1]
        self.inline.append(mark)
        self._open.setdefault(kind, []).append(mark)

    def close_inline(self, kind: str) -> None:
        """The innermost open element of that kind ends at the current end (a
        stack per kind: 10,000 nested `*` close in linear time)."""
        stack = self._open.get(kind)
        if stack:
            stack.pop()[2] = self.length

    def close_open(self) -> None:
        """Every inline element still open ends at the current end."""
        for stack in self._open.values():
            while stack:
                stack.pop()[2] = self.length


def slice_segments(segments, start: int, end: int, starts: list[int] | None = None
                   ) -> tuple[tuple[int, int], ...]:
    """The segment map of text[start:end], rebased to 0. `starts` (the
    segments' text offsets) lets a caller slicing one map many times build it
    once: the work is then that of the slice, not of the whole map."""
    if starts is None:
        starts = [t for t, _ in segments]
    k = max(bisect.bisect_right(starts, start) - 1, 0)
    t0, s0 = segments[k]
    out = [(0, s0 + start - t0)]
    for i in range(k + 1, len(segments)):
        t, s = segments[i]
        if t >= end:
            break
        out.append((t - start, s))
    return tuple(out)


def sub_part(part: Part, kind: str, start: int, end: int, **kw) -> Part:
    """A new part over part.text[start:end], keeping its map to the source."""
    return Part(kind, part.text[start:end], slice_segments(part.segments, start, end), **kw)


def marks_within(marks, start: int, end: int) -> list[tuple[str, int, int]]:
    """The inline marks (`attrs["inline"]`: kind, start, end) over text[start:end],
    rebased to its start and cut to it, as `Builder.part` keeps them: a code
    mark at either end, any other that holds some of the slice's text."""
    return [(k, max(s - start, 0), min(e, end) - start) for k, s, e in marks
            if (start <= s <= end and (e > s or k == "code")) or s < start < e]


def add_with_refs(b: Builder, src: str, start: int, end: int) -> None:
    """Append src[start:end] to `b` with HTML character references decoded."""
    pos = start
    for m in _CHARREF.finditer(src, start, end):
        b.add(src[pos:m.start()], pos)
        b.add_ref(m.group(), m.start())
        pos = m.end()
    b.add(src[pos:end], pos)


def decode_refs(src: str, start: int, end: int) -> Builder:
    """src[start:end] with HTML character references decoded, as a Builder."""
    b = Builder()
    add_with_refs(b, src, start, end)
    return b


_HTML_TAG = regex.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->", regex.DOTALL)


def without_html(text: str, segments) -> tuple[str, tuple[tuple[int, int], ...]]:
    """(text, segments) with HTML tags and comments left out: for values that a
    template renders as HTML (a shortcode parameter, a front-matter dek), whose
    tags, written or entity-escaped, are markup rather than prose."""
    if "<" not in text:
        return text, tuple(segments)
    kept = Builder()
    prev = 0
    starts = [t for t, _ in segments]
    for m in _HTML_TAG.finditer(text):
        if m.start() > prev:
            kept.add_segments(text[prev:m.start()], slice_segments(segments, prev, m.start(), starts))
        prev = m.end()
    if prev < len(text):
        kept.add_segments(text[prev:], slice_segments(segments, prev, len(text), starts))
    return kept.text(), tuple(kept.segments) or tuple(segments[:1])


# Format characters a page shows as nothing inside a word: SOFT HYPHEN (a
# line-break hint), ZERO WIDTH SPACE, WORD JOINER and ZERO WIDTH NO-BREAK SPACE
# (a stray BOM). CMSes and hyphenation plugins leave them in copy; kept in the
# text they split "emo\u00adtional" into a word no word check knows. Joiners
# that change how text renders (ZWJ, ZWNJ) are kept.
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")


def drop_invisible(part: Part) -> None:
    """Leave the `INVISIBLE` characters out of `part`'s text, in place. Each
    run left out opens a new segment past it, so every position stays exact
    and `Part.is_verbatim` refuses a fix spanning one (its source differs from
    the text); the ends are trimmed again; inline marks (`attrs["inline"]`)
    move with the text."""
    text = part.text
    # (Four `in` tests, one per `INVISIBLE` character, read the text at memory
    # speed; the character set's search took some 10 ns a character.)
    if text.isascii() or not ("\u00ad" in text or "\u200b" in text or "\u2060" in text
                              or "\ufeff" in text):
        return
    kept, prev, runs = Builder(), 0, []       # runs: (start, end, chars left out before it)
    starts = [t for t, _ in part.segments]
    for m in _INVISIBLE.finditer(text):
        if m.start() > prev:
            kept.add_segments(text[prev:m.start()], slice_segments(part.segments, prev, m.start(), starts))
        prev = m.end()
        runs.append((m.start(), m.end(), (runs[-1][2] + runs[-1][1] - runs[-1][0]) if runs else 0))
    if prev < len(text):
        kept.add_segments(text[prev:], slice_segments(part.segments, prev, len(text), starts))
    new, segs = kept.text(), kept.segments or [(0, part.source_offset(len(text)))]
    lead = len(new) - len(new.lstrip())
    end = len(new.rstrip()) if new.strip() else lead

    def moved(i: int) -> int:
        k = bisect.bisect_right(runs, (i, len(text) + 1, 0)) - 1
        if k >= 0:
            s, e, before = runs[k]
            i -= before + min(i, e) - s        # a run's own characters up to i, and all before it
        return min(max(i - lead, 0), end - lead)

    _settle(part, new, segs, lead, end, part.source_offset(len(text)), moved)


def cut_out(part: Part, start: int, end: int) -> None:
    """Leave part.text[start:end] out of `part`, in place, as template text: an
    `OBJECT` stands where it was (mapped to its start, so no fix spans it, and
    the words around it stay apart) and the ends are trimmed as `Builder.part`
    trims them. Every other character keeps its exact source position; inline
    marks move with the text or shrink to the cut."""
    text = part.text
    b = Builder()
    b.add_segments(text[:start], slice_segments(part.segments, 0, start) if start else ())
    b.add_decoded(OBJECT, part.source_offset(start))
    if end < len(text):
        b.add_segments(text[end:], slice_segments(part.segments, end, len(text)))
    new = b.text()
    lead = len(new) - len(new.lstrip(_BLANK))
    stop = max(len(new.rstrip(_BLANK)), lead)

    def moved(i: int) -> int:
        i = i if i <= start else start + 1 + max(i - end, 0) if i >= end else start
        return min(max(i - lead, 0), stop - lead)

    _settle(part, new, b.segments, lead, stop, part.source_offset(start), moved)


def _settle(part: Part, new: str, segments, lead: int, stop: int, empty_at: int,
            moved: Callable[[int], int]) -> None:
    """Make new[lead:stop] (built with `segments`) `part`'s text, in place; an
    empty one maps to `empty_at` in the source. Inline marks go through `moved`
    (an old text position to its new one). The last step of `drop_invisible`
    and `cut_out`."""
    part.text = new[lead:stop]
    part.segments = slice_segments(segments, lead, stop) if stop > lead else ((0, empty_at),)
    part.__post_init__()
    if "inline" in part.attrs:
        part.attrs["inline"] = [(k, moved(s), moved(e)) for k, s, e in part.attrs["inline"]]
