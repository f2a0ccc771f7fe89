"""MDX syntax that is code, not prose (mdxjs.com/docs/what-is-mdx).

ESM blocks (`import`/`export` at the start of a line, up to a blank line),
JavaScript expressions in braces (`{props.year}`, `{/* comment */}`) and JSX
component tags (`<Chart data={rows} />`, `<Callout>`, fragments `<>`) are
markup; the prose between a component's opening and closing tags stays
prose. Lower-case HTML-like tags are left to the HTML reading, with only
their `{...}` attribute values masked. Code fences and code spans are
skipped: braces there are literal, as MDX reads them.
"""
from __future__ import annotations

import regex

from .templates import Tag

_MAX = 20_000
_ESM = regex.compile(r"^(?:import|export)\b[^\n]*(?:\n(?![ \t]*\r?$)[^\n]*)*", regex.M)
_FENCE = regex.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*$", regex.M)
_NEXT = regex.compile(r"[{<`]")
_COMPONENT = regex.compile(r"</?(?:[A-Z][\w.:\-]*)?(?=[\s/>{])|</?>")


def scan_jsx(src: str, start: int, end: int) -> list[Tag]:
    tags: list[Tag] = []
    skip = _code_fences(src, start, end)
    for m in _ESM.finditer(src, start, end):
        if not _inside(skip, m.start()):
            tags.append(Tag(m.start(), m.end(), "esm", block=True))
    skip.extend((t.start, t.end) for t in tags)
    skip.sort()
    pos = start
    k = 0
    while True:
        m = _NEXT.search(src, pos, end)
        if m is None:
            break
        at = m.start()
        while k < len(skip) and skip[k][1] <= at:
            k += 1
        if k < len(skip) and skip[k][0] <= at:
            pos = skip[k][1]
            continue
        ch = src[at]
        if ch == "`":                      # a code span: step over it whole
            run = len(regex.match(r"`+", src[at:at + 64])[0])
            close = src.find("`" * run, at + run, min(end, at + _MAX))
            pos = at + run if close == -1 else close + run
            continue
        stop = _braces(src, at, end) if ch == "{" else _component(src, at, end)
        if stop is None:
            pos = at + 1
            continue
        tags.append(Tag(at, stop, "expression" if ch == "{" else "jsx"))
        pos = stop
    tags.sort(key=lambda t: t.start)
    return tags


def _code_fences(src: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, opened = [], None
    for m in _FENCE.finditer(src, start, end):
        if opened is None:
            opened = m
        elif m["fence"][0] == opened["fence"][0] and len(m["fence"]) >= len(opened["fence"]):
            spans.append((opened.start(), m.end()))
            opened = None
    if opened is not None:
        spans.append((opened.start(), end))
    return spans


def _inside(spans, at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _braces(src: str, at: int, end: int) -> int | None:
    """End of the balanced `{...}` at `at` (strings and template literals kept whole)."""
    depth, p, limit = 0, at, min(end, at + _MAX)
    while p < limit:
        ch = src[p]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return p + 1
        elif ch in "\"'`":
            q = p + 1
            while q < limit and src[q] != ch:
                if ch != "`" and src[q] == "\n":
                    return None
                q += 2 if src[q] == "\\" else 1
            p = q
        p += 1
    return None


def _component(src: str, at: int, end: int) -> int | None:
    """End of a JSX component tag or fragment at `at`, or None for HTML and text."""
    m = _COMPONENT.match(src, at, end)
    if not m:
        return None
    p, limit = m.end(), min(end, at + _MAX)
    while p < limit:
        ch = src[p]
        if ch == ">":
            return p + 1
        if ch == "{":
            stop = _braces(src, p, end)
            if stop is None:
                return None
            p = stop
            continue
        if ch in "\"'":
            q = src.find(ch, p + 1, limit)
            if q == -1:
                return None
            p = q
        p += 1
    return None
