"""Which stretches of a full page the reader has to parse, once the extractor
has said on which source lines the story lies.

Parsing a 180 KB page with the standard library's pure-Python parser costs
about as much as finding its story, and most of a page is navigation, ads and
scripts. So the reader parses: the `<head>`; the story's lines (from the h1
just above them, for the headline and lead picture, to a few lines after);
and, anywhere else, each `<h1>`, JSON-LD block, `<meta>`/`<link>` tag and
newslint comment directive (a page with a transcript container outside
those stretches is parsed whole). A stretch never starts inside a tag, a script,
a style sheet or a comment. When the extractor's lines cannot be trusted
(it rebuilt part of the text), or the stretches turn out not to hold the
story, the reader parses the whole page instead.
"""
from __future__ import annotations

import bisect

from .. import rx as regex

from ..document import LineIndex

MARGIN_BEFORE = 8     # lines above the story's first line (an h1 further up is reached separately)
MARGIN_AFTER = 8      # lines after its last
H1_REACH = 400        # lines: how far above the story its headline may stand
MAX_LOOSE = 0.2       # share of story text without a source line beyond which lines are ignored
# A transcript container's start tag: its text may lie far below the story (a
# video's transcript in the page's footer area), so such a page is parsed whole.
_TRANSCRIPT = regex.compile(r"transcript", regex.IGNORECASE)
_IN_NAME = regex.compile(r"""\b(?:id|class)\s*=\s*["']?[^"'<>=]*$""", regex.IGNORECASE)
_HEAD_END = regex.compile(r"</head\s*>", regex.IGNORECASE)
_H1 = regex.compile(r"<h1[\s>]", regex.IGNORECASE)
_SMALL = regex.compile(
    r"<h1[\s>].*?</h1\s*>"
    r"|<script[^>]*ld\+json[^>]*>.*?</script\s*>"
    r"|<(?:meta|link)\s[^>]*>"
    r"|<!--\s*newslint-.*?-->", regex.IGNORECASE | regex.DOTALL)
# Constructs a stretch must not start inside: (opening, closing).
_RAW = [(regex.compile(r"<script[\s>]", regex.IGNORECASE), regex.compile(r"</script\s*>", regex.IGNORECASE)),
        (regex.compile(r"<style[\s>]", regex.IGNORECASE), regex.compile(r"</style\s*>", regex.IGNORECASE)),
        (regex.compile(r"<!--"), regex.compile(r"-->"))]


def windows(source: str, lines: LineIndex, story) -> list[tuple[int, int]] | None:
    """Sorted, non-overlapping (start, end) offsets to parse, or None: parse all."""
    if not story.lines or story.loose_share > MAX_LOOSE or \
            story.lines[-1] == 1 < len(lines.starts):
        return None     # no lines, or all on line 1 (a tree the extractor rebuilt): parse all
    first, last = story.lines[0], max(story.lines[-1], story.reach)
    h1_lines = [lines.position(m.start())[0] for m in _H1.finditer(source)]
    above = [n for n in h1_lines if first - H1_REACH <= n <= first]
    top = min(first - MARGIN_BEFORE, above[-1] if above else first)
    start = _safe_start(source, lines.line_start(max(top, 1)))
    end = lines.line_start(last + MARGIN_AFTER + 1) if last + MARGIN_AFTER < len(lines.starts) \
        else len(source)
    if any(not start <= m.start() < end and _names_transcript(source, m.start())
           for m in _TRANSCRIPT.finditer(source)):
        return None     # a transcript outside the stretch (see `_html_page.transcript_parts`)
    spans = [(start, end)]
    head = _HEAD_END.search(source)
    if head:
        spans.append((0, head.end()))
    spans.extend(m.span() for m in _SMALL.finditer(source))
    return _merge(spans)


def _names_transcript(source: str, at: int) -> bool:
    """The word "transcript" at `at` is in a tag's id or class value."""
    lt = source.rfind("<", max(at - 300, 0), at)
    return lt >= 0 and ">" not in source[lt:at] and bool(_IN_NAME.search(source, lt, at))


def _safe_start(source: str, pos: int) -> int:
    """`pos`, moved back to the start of a tag, script, style or comment it falls in."""
    moved = True
    while moved:
        moved = False
        lt, gt = source.rfind("<", 0, pos), source.rfind(">", 0, pos)
        if lt > gt:                     # inside a tag
            pos, moved = lt, True
        for opening, closing in _RAW:
            last_open = _last(opening, source, pos)
            if last_open >= 0 and _last(closing, source, pos) < last_open:
                pos, moved = last_open, True
    return pos


def _last(pattern, source: str, pos: int) -> int:
    """Start of the last match of `pattern` in source[:pos], or -1."""
    found = -1
    window = 4096
    lo = max(pos - window, 0)
    while True:
        for m in pattern.finditer(source, lo, pos):
            found = m.start()
        if found >= 0 or lo == 0:
            return found
        lo, window = max(lo - window * 4, 0), window * 4


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def covered(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
