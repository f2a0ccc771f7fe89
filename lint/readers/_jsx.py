"""MDX syntax that is code, not prose (mdxjs.com/docs/what-is-mdx).

ESM blocks (`import`/`export` at the start of a line, up to a blank line),
JavaScript expressions in braces (`{props.year}`, `{/* comment */}`) and JSX
component tags (`<Chart data={rows} />`, `<Callout>`, fragments `<>`) are
markup; the prose between a component's opening and closing tags stays
prose. Lower-case HTML-like tags are left to the HTML reading, with only
their `{...}` attribute values masked. Code fences and code spans are
skipped: braces there are literal, as MDX reads them. One pass pairs the
braces, so the scan stays linear however the text is written.
"""
from __future__ import annotations

import bisect

from .. import rx as regex

from .templates import Tag

_ESM = regex.compile(r"^(?:import|export)\b[^\n]*(?:\n(?![ \t]*\r?$)[^\n]*)*", regex.M)
_FENCE = regex.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*$", regex.M)
_TICKS = regex.compile(r"`+")
_MAX_STRING = 2000
_COMPONENT = regex.compile(r"</?(?:[A-Z][\w.:\-]*)?(?=[\s/>{])|</?>")


def scan_jsx(src: str, start: int, end: int) -> list[Tag]:
    tags = [Tag(m.start(), m.end(), "esm", block=True) for m in _ESM.finditer(src, start, end)]
    skip = sorted(_code_fences(src, start, end) + [(t.start, t.end) for t in tags])
    spans = _code_spans(src, start, end, skip)
    pairs = _braces(src, start, end, sorted(skip + spans))
    blocked = sorted(skip + spans)
    starts = [s for s, _ in blocked]
    pos = start
    for m in regex.finditer(r"[{<]", src, pos=start, endpos=end):
        at = m.start()
        if at < pos:
            continue
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and blocked[k][0] <= at < blocked[k][1]:
            continue
        stop = pairs.get(at) if src[at] == "{" else _component(src, at, end, pairs)
        if stop is None:
            continue
        tags.append(Tag(at, stop, "expression" if src[at] == "{" else "jsx"))
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


def _code_spans(src: str, start: int, end: int, skip) -> list[tuple[int, int]]:
    """Inline code: a backtick run closed by the next run of the same length."""
    runs: dict[int, list[int]] = {}
    for m in _TICKS.finditer(src, start, end):
        runs.setdefault(len(m.group()), []).append(m.start())
    spans, used = [], -1
    for m in _TICKS.finditer(src, start, end):
        if m.start() < used:
            continue
        same = runs[len(m.group())]
        k = bisect.bisect_right(same, m.start())
        if k < len(same):
            close = same[k] + len(m.group())
            spans.append((m.start(), close))
            used = close
    return spans


def _braces(src: str, start: int, end: int, skip) -> dict[int, int]:
    """Each `{` outside code mapped to the end of its matching `}`."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    k = 0
    for m in regex.finditer(r"[{}]", src, pos=start, endpos=end):
        at = m.start()
        while k < len(skip) and skip[k][1] <= at:
            k += 1
        if k < len(skip) and skip[k][0] <= at:
            continue
        if src[at] == "{":
            stack.append(at)
        elif stack:
            pairs[stack.pop()] = at + 1
    return pairs


def _component(src: str, at: int, end: int, pairs: dict[int, int]) -> int | None:
    """End of a JSX component tag or fragment at `at`, or None for HTML and text.
    The tag ends at `>`; a blank line or another `<` first means it is text."""
    m = _COMPONENT.match(src, at, end)
    if not m:
        return None
    p = m.end()
    while p < end:
        ch = src[p]
        if ch == ">":
            return p + 1
        if ch == "<" or (ch == "\n" and src.startswith("\n\n", p)):
            return None
        if ch == "{":
            stop = pairs.get(p)
            if stop is None:
                return None
            p = stop
            continue
        if ch in "\"'":     # an attribute string, on its line
            q = src.find(ch, p + 1, min(end, p + _MAX_STRING))
            if q == -1 or "\n" in src[p:q]:
                return None
            p = q
        p += 1
    return None
