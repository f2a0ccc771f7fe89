"""Read a story held inside another file: HTML in a WXR `content:encoded`, a
JSON Lines body, XHTML in a NewsML-G2 `inlineXML`.

The embedded text is first decoded (XML entities, JSON escapes) with a map
back to the file, `outer`: sorted (offset in the text, offset in the file)
pairs, each run copied verbatim from there (the `Part.segments` convention).
The text is read by the reader for its format as a document of its own;
`adopt` then moves its parts into the article, composing each part's map
with `outer`, so every part lands on the export file's own characters.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ..document import Document, Notice, Part, Suppression
from . import html, markdown, text as text_reader
from .options import ReadOptions

Map = tuple[tuple[int, int], ...]
LINKS = ("credit", "caption", "image")     # attrs holding another part's index (_html_media)


def map_offset(outer: Map, i: int) -> int:
    """File offset of the embedded text's offset `i`."""
    k = max(bisect.bisect_right(outer, (i, float("inf"))) - 1, 0)
    t0, s0 = outer[k]
    return s0 + (i - t0)


def compose(segments: Map, length: int, outer: Map, starts: list[int] | None = None) -> Map:
    """A part's segments (into the embedded text) as segments into the file.
    `length` is the part's text length (the last segment runs to it);
    `starts`, when given, is `outer`'s embedded offsets (one list for all of
    an embedded body's parts, not one per part)."""
    starts = [t for t, _ in outer] if starts is None else starts
    out: list[tuple[int, int]] = []
    for k, (t, s) in enumerate(segments):
        stop = segments[k + 1][0] if k + 1 < len(segments) else length
        end = s + (stop - t)          # where this segment's run ends in the embedded text
        while True:
            j = max(bisect.bisect_right(starts, s) - 1, 0)
            o = outer[j][1] + (s - outer[j][0])
            if not out or out[-1][1] - out[-1][0] != o - t:   # not a straight continuation
                out.append((t, o))
            nxt = starts[j + 1] if j + 1 < len(starts) else None
            if nxt is None or nxt >= end:
                break
            t, s = t + (nxt - s), nxt
    return tuple(out) or ((0, map_offset(outer, segments[0][1] if segments else 0)),)


def _lines_meant(sub: Document, s: Suppression) -> tuple[int, int]:
    """[start, end) in `sub`'s text of the line after the one the directive
    `s` ends on (empty at the end), for `disable-next-line` in an embedded
    body; for `disable-line`, of the lines it spans (`Suppression.close`)."""
    starts, n = sub.lines.starts, len(sub.source)
    after = bisect.bisect_right(starts, s.offset if s.close is None else s.close - 1)   # the line after its end
    if s.action == "disable-line":
        return starts[bisect.bisect_right(starts, s.offset) - 1], starts[after] if after < len(starts) else n
    if after >= len(starts):
        return n, n
    return starts[after], starts[after + 1] if after + 1 < len(starts) else n


def read_as(fmt: str, path: str, source: str, options: ReadOptions,
            headline: bool = False) -> Document:
    """`source` read as `fmt` (html: always a CMS fragment, never a page).
    `headline`: the article has one already, so plain text's first line is
    not taken for it."""
    sub = Document(path=path, source=source, format=fmt)
    if fmt == "html":
        html.read(sub, fragment=True)
    elif fmt == "markdown":
        markdown.read(sub, options)
    else:
        if headline:       # the text reader names a headline only when there is none yet
            sub.parts.append(Part("headline", "", ((0, 0),)))
        text_reader.read(sub)
        if headline:
            sub.parts = [p for p in sub.parts[1:]]
            for i, part in enumerate(sub.parts):
                part.index = i
    return sub


def adopt(article: Document, sub: Document, outer: Map, unsafe: str = "",
          keep_date: bool = True) -> None:
    """Move `sub`'s parts, notices, directives and protected spans into
    `article`, mapped through `outer`. `unsafe`: characters no fix may write
    there (the container's own syntax, on top of the part's). The sub-document's
    publication date is kept when `keep_date` and the article has none."""
    base = len(article.parts)
    starts = [t for t, _ in outer]
    for part in sub.parts:
        segments = compose(part.segments, len(part.text), outer, starts)
        moved = Part(part.kind, part.text, segments, name=part.name, attrs=dict(part.attrs))
        for key in LINKS:
            if isinstance(moved.attrs.get(key), int):
                moved.attrs[key] += base
        chars = set(moved.attrs.get("unsafe_chars", "")) | set(unsafe)
        if chars:
            moved.attrs["unsafe_chars"] = "".join(sorted(chars))
        if part is sub.published_part and keep_date and article.published is None:
            article.published, article.published_from = sub.published, sub.published_from
            article.published_part = moved
        article.add(moved)
    if keep_date and article.published is None and sub.published is not None:
        article.published, article.published_from = sub.published, sub.published_from
    article.notices.extend(Notice(n.rule, n.level, n.message, map_offset(outer, n.offset))
                           for n in sub.notices)
    article.suppressions.extend(
        replace(s, offset=map_offset(outer, s.offset),
                next_line=tuple(map_offset(outer, i) for i in _lines_meant(sub, s)),
                close=None if s.close is None else map_offset(outer, s.close),
                at=tuple(map_offset(outer, i) for i in s.at), ends=tuple(map_offset(outer, i) for i in s.ends),
                name=tuple(map_offset(outer, i) for i in s.name))
        for s in sub.suppressions)
    article.protected.extend((map_offset(outer, a), map_offset(outer, b)) for a, b in sub.protected)
    article.protected.sort()
    for key, value in sub.fields.items():
        article.fields.setdefault(key, value)
