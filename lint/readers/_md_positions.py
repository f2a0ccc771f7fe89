"""Source positions for markdown-it, recorded while it parses.

markdown-it's tokens carry line ranges only. Two maps give every character
its source offset without searching the text again:

- `PositionedInline` runs markdown-it's own inline rules and stamps each
  token with `meta["span"]`, the [start, end) it consumed in the inline
  run's text (the step's bounds; pending text from where it began; one
  character per emphasis mark). Image alt tokens, parsed from the label
  alone, are shifted to the run's coordinates.
- `content_map` places an inline run's text (a paragraph's lines with their
  container prefixes and indentation removed, a heading between its marks,
  a table cell between pipes) on the source lines it came from, by
  arithmetic on the line ends. A tab in a line's indent that markdown-it
  expanded into spaces the source lacks (CommonMark 0.31 §2.2) gets a
  segment of its own, so the text after it keeps its place.
"""
from __future__ import annotations

import bisect

from .. import rx as regex

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline

try:
    from markdown_it.common.utils import mdTrim as _md_trim   # markdown-it-py >= 4
except ImportError:       # pragma: no cover - markdown-it-py 3 trims with str.strip
    def _md_trim(s: str) -> str:
        return s.strip()


class PositionedInline(ParserInline):
    """markdown-it's inline parser, unchanged, plus `meta["span"]` on every token."""

    def tokenize(self, state) -> None:
        rules = self.ruler.getRules("")
        end = state.posMax
        max_nesting = state.md.options["maxNesting"]
        tokens = state.tokens
        pending_at = -1
        while state.pos < end:
            self.step(state)
            p0, n0 = state.pos, len(tokens)
            ok = False
            if state.level < max_nesting:
                for rule in rules:
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= p0:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if not ok:
                _append_pending(state, state.src[p0])
                state.pos += 1
            if len(tokens) == n0:
                if pending_at < 0:      # text the next push (or the end) flushes
                    pending_at = p0
            else:
                _stamp(tokens, n0, p0, state.pos, pending_at)
                pending_at = -1
            if ok and state.pos >= end:
                break
        if state.pending:
            tok = state.pushPending()
            tok.meta["span"] = (pending_at, pending_at + len(tok.content))

    def step(self, state) -> None:
        """Called once per step of the loop above (a token or a character of
        text): a subclass may count the work and stop a run."""


def _append_pending(state, text: str) -> None:
    append = getattr(state, "append_pending", None)
    if append is not None:
        append(text)
    else:                     # pragma: no cover - markdown-it-py 3
        state.pending += text


def _stamp(tokens, n0: int, p0: int, p1: int, pending_at: int) -> None:
    new = tokens[n0:]
    i = 0
    if pending_at >= 0 and new[0].type == "text" and "span" not in new[0].meta:
        new[0].meta["span"] = (pending_at, pending_at + len(new[0].content))
        i = 1
    rest = [t for t in new[i:] if "span" not in t.meta]
    if rest and all(t.type == "text" for t in rest):     # a run of emphasis marks
        c = p0
        for t in rest:
            t.meta["span"] = (c, c + len(t.content))
            c += len(t.content)
        return
    for t in rest:
        t.meta["span"] = (p0, p1)
        if t.type == "image" and t.children:     # alt parsed from the label alone
            _shift(t.children, p0 + 2)


def _shift(tokens, by: int) -> None:
    for t in tokens:
        s, e = t.meta.get("span", (0, 0))
        t.meta["span"] = (s + by, e + by)
        if t.children:
            _shift(t.children, by)


def install(md: MarkdownIt, cls: type[PositionedInline] | None = None) -> MarkdownIt:
    """Give `md` the positioned inline parser (or `cls`, a subclass), keeping its enabled rules."""
    cls = cls or PositionedInline
    inline = cls.__new__(cls)
    inline.__dict__.update(md.inline.__dict__)
    md.inline = inline
    # fragments_join glues unused emphasis marks onto their neighbours, which
    # would move text away from its span; separate text tokens read the same.
    md.disable("fragments_join")
    return md


_LINE_BREAK = regex.compile(r"\r\n?|\n")


def line_starts(text: str, base: int) -> list[int]:
    """`base` and the start of each line after it, as markdown-it counts lines
    (a line ends at LF, CRLF or a lone CR). With no CR in the text, plain
    `find`s for LF give the same starts without a match object per line."""
    if "\r" in text:
        return [base] + [m.end() for m in _LINE_BREAK.finditer(text, base)]
    starts, find = [base], text.find
    nl = find("\n", base)
    while nl != -1:
        starts.append(nl + 1)
        nl = find("\n", nl + 1)
    return starts


class ContentMap:
    """Offsets in an inline run's text -> source offsets: one segment per line
    (or per verbatim piece of a table cell)."""

    __slots__ = ("segments", "_starts")

    def __init__(self, segments: list[tuple[int, int]]):
        self.segments = segments or [(0, 0)]
        self._starts = [t for t, _ in self.segments]

    def source(self, i: int) -> int:
        k = max(bisect.bisect_right(self._starts, i) - 1, 0)
        t0, s0 = self.segments[k]
        return s0 + i - t0

    def pieces(self, start: int, end: int):
        """(offset, source offset, length) runs covering [start, end)."""
        segs = self.segments
        k = max(bisect.bisect_right(self._starts, start) - 1, 0)
        pos = start
        while pos < end:
            t0, s0 = segs[k]
            stop = min(end, segs[k + 1][0]) if k + 1 < len(segs) else end
            if stop > pos:
                yield pos, s0 + pos - t0, stop - pos
                pos = stop
            k += 1


def line_at(starts: list[int], end: int, n: int) -> int:
    """Where line n starts (`starts`: each line's start offset), `end` past the last."""
    return starts[n] if n < len(starts) else end


def content_map(kind: str, content: str, src: str, lines: list[tuple[int, int]]) -> ContentMap:
    """Where `content` (an inline token's text) lies in `src`.

    `kind` is "lines" (paragraph, setext heading: each content line is the
    end of its source line, the last one trimmed), "heading" (ATX: between
    the marks) or "cell" (a table cell). `lines` are the (start, end) source
    spans, without line breaks, of the token's lines in order.
    """
    if kind == "cell":
        return ContentMap([(0, lines[0][0])])     # cells are mapped by table_cells
    segments: list[tuple[int, int]] = []
    t = 0
    parts = content.split("\n")
    last = len(parts) - 1
    for k, text in enumerate(parts):
        if k >= len(lines):
            segments.append((t, lines[-1][1]))
            break
        ls, le = lines[k]
        if kind == "heading":
            le = _heading_end(src, ls, le)
        if k == last:
            le = ls + len(_rtrim(src[ls:le]))
        start = le - len(text)
        lead = len(text) - len(text.lstrip(" \t")) if start < ls else 0
        if 0 < lead and start + lead >= ls:
            # spaces markdown-it wrote for a tab in the indent (CommonMark 0.31
            # §2.2), which the source lacks: the text after them is the line's end
            segments += [(t, ls), (t + lead, start + lead)]
        else:
            segments.append((t, max(ls, start)))
        t += len(text) + 1
    return ContentMap(segments)


def container_cuts(src: str, start: int, end: int, quotes: int) -> list[tuple[int, int]]:
    """The source spans of the container prefixes on the lines of
    src[start:end] after its first: up to `quotes` blockquote marks (`>`,
    each with the spaces before and the one after it) and then the line's
    white space (a list item's indent). A template tag written over several
    lines inside a quote or list item is masked before markdown-it reads the
    block, so markdown-it never strips these; its values leave them out, as
    `blank_prefixes` blanks them for raw HTML."""
    out = []
    nl = src.find("\n", start, end)
    while nl != -1:
        ls = p = nl + 1
        for _ in range(quotes):
            q = p
            while q < end and q - p < 3 and src[q] in " \t":
                q += 1
            if q >= end or src[q] != ">":
                break
            p = q + 1 + (q + 1 < end and src[q + 1] == " ")
        while p < end and src[p] in " \t":
            p += 1
        if p > ls:
            out.append((ls, p))
        nl = src.find("\n", ls, end)
    return out


def blank_prefixes(content: str, src: str, lines: list[tuple[int, int]],
                   end: int) -> tuple[str, list[tuple[int, int]]] | None:
    """src[lines[0][0]:end] (a raw HTML block's source lines, `end` past the
    last one's line break) with the container prefixes markdown-it stripped
    from `content` (a blockquote's `> `, a list item's marker and indent)
    turned into spaces, and the [start, end) source spans of those prefixes.
    A line's leading white space goes with its prefix (markdown-it expands a
    tab there into spaces the source lacks). The text keeps the source's
    length and line breaks, so the HTML parser reads the block as written
    and every offset stays the source's. None when a line of `content` is
    not the end of its source line: then no position would be exact."""
    pieces: list[str] = []
    cuts: list[tuple[int, int]] = []
    texts = content.split("\n")
    if len(texts) < len(lines):
        return None
    for k, (ls, le) in enumerate(lines):
        text = texts[k].lstrip(" \t")
        cut = le - len(text)
        if cut < ls or src[cut:le] != text:
            return None
        if cut > ls:
            cuts.append((ls, cut))
        nxt = lines[k + 1][0] if k + 1 < len(lines) else end
        pieces += (" " * (cut - ls), src[cut:nxt])
    out = "".join(pieces)
    return (out, cuts) if len(out) == end - lines[0][0] else None


def _rtrim(s: str) -> str:
    """What markdown-it trims off the end of a block's text."""
    trimmed = _md_trim("x" + s)
    return trimmed[1:]


def _heading_end(src: str, ls: int, le: int) -> int:
    """End of an ATX heading's text: before the closing run of `#` (heading.py)."""
    e = le
    while e > ls and src[e - 1] in " \t":
        e -= 1
    t = e
    while t > ls and src[t - 1] == "#":
        t -= 1
    if t < e and t > ls and src[t - 1] in " \t" and src[ls:t].strip(" \t#>"):
        e = t
    return e


def table_cells(src: str, ls: int, le: int) -> list[ContentMap | None]:
    """One map per cell of the table row src[ls:le], split as markdown-it's
    `escapedSplit` splits (an escaped `\\|` is a literal pipe, its backslash
    dropped), after any container prefix (`>`, indentation)."""
    p = ls
    while p < le and src[p] in " \t>":
        p += 1
    e = ls + len(_rtrim(src[ls:le]))
    columns: list[list[tuple[int, int]]] = []     # verbatim source pieces per column
    piece_start, cur = p, []
    q = p
    while q < e:
        ch = src[q]
        if ch == "|":
            if q > p and src[q - 1] == "\\":
                cur.append((piece_start, q - 1))
                piece_start = q
            else:
                cur.append((piece_start, q))
                columns.append(cur)
                cur, piece_start = [], q + 1
        q += 1
    cur.append((piece_start, e))
    columns.append(cur)
    if columns and _empty(columns[0]):
        columns.pop(0)
    if columns and _empty(columns[-1]):
        columns.pop()
    out: list[ContentMap | None] = []
    for pieces in columns:
        segments, t = [], 0
        for s, f in pieces:
            if f > s:
                segments.append((t, s))
                t += f - s
        raw = "".join(src[s:f] for s, f in pieces)
        lead = len(raw) - len(_md_trim(raw + "x")) + 1
        out.append(ContentMap(_rebase(segments, lead)) if segments else None)
    return out


def _empty(pieces) -> bool:
    return all(f <= s for s, f in pieces)


def _rebase(segments: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """The map of text[lead:] given the map of text."""
    starts = [t for t, _ in segments]
    k = max(bisect.bisect_right(starts, lead) - 1, 0)
    t0, s0 = segments[k]
    out = [(0, s0 + lead - t0)]
    out.extend((t - lead, s) for t, s in segments[k + 1:])
    return out


# markdown-it's container tokens and the HTML tag each is rendered as (Vale lints
# Markdown as HTML): `Part.attrs["within"]`, what a `.vale.ini`'s SkippedScopes names.
_MD_CONTAINERS = {"blockquote": "blockquote", "bullet_list": "ul", "ordered_list": "ol", "list_item": "li"}


def step_within(within: list[str], token_type: str) -> None:
    """Push or pop on `within` the container a token opens or closes."""
    kind, _, edge = token_type.rpartition("_")
    if kind in _MD_CONTAINERS:
        if edge == "open":
            within.append(_MD_CONTAINERS[kind])
        elif edge == "close" and within:
            within.pop()
