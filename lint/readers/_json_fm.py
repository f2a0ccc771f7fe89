"""Hugo's JSON front matter: a JSON object opening the file (gohugo.io:
front matter formats), closed by its matching brace.

`json` validates and builds the data; a small walk over the same text then
gives every string value its dotted key and its decoded text with the map
to the source (RFC 8259 section 7 escapes, via `_scalars`).
"""
from __future__ import annotations

import json

import regex

from ..document import Document, Notice
from . import _scalars
from ._fm_entry import capped
from ._fm_keys import HEADLINE_NAMES, named

_SPACE = regex.compile(r"[ \t\r\n]*")
_STRING = regex.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', regex.DOTALL)   # runs, not a step a character
_OTHER = regex.compile(r"[^,\]\}\s]+")


def object_end(src: str, p: int = 0) -> int | None:
    """End of the JSON object or array at src[p] (strings kept whole), or None."""
    depth = 0
    n = len(src)
    while p < n:
        ch = src[p]
        if ch == '"':
            m = _STRING.match(src, p)
            if m is None:
                return None
            p = m.end()
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return p + 1
        p += 1
    return None


def entries(doc: Document, start: int, end: int, max_entries: int, max_depth: int):
    """(data, [(dotted key, value, text, segments)]) for the object src[start:end]."""
    src = doc.source
    try:
        data = json.loads(src[start:end])
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", 1)
        col = getattr(exc, "colno", 1)
        offset = doc.lines.line_start(line) + col - 1 if hasattr(exc, "lineno") else start
        doc.notices.append(Notice("file.front-matter", "error",
                                  f"invalid JSON front matter: {getattr(exc, 'msg', exc)}", offset,
                                  unread_front=True))
        return {}, []
    out: list[tuple | None] = []
    repeats: list[tuple[str, int, int]] = []
    stopped: list[int | None] = [None]
    _walk(src, start, "", data, out, 0, max_entries, max_depth, repeats, stopped)
    if stopped[0] is not None:
        doc.notices.append(capped(doc, stopped[0], max_entries))
    for key, first, at in repeats:
        doc.notices.append(Notice(
            "file.front-matter", "error", f"invalid JSON front matter: {key} given twice (first "
            f"on line {doc.lines.position(first)[0]}); JSON readers keep only the last, so write "
            "it once", at))
    return data, [e for e in out if e is not None]


def _walk(src: str, p: int, key: str, value, out: list, depth: int, cap: int, max_depth: int,
          repeats: list, stopped: list) -> int:
    """Walk the JSON value at src[p] (already validated as `value`); returns its end.
    A name an object repeats goes to `repeats` (dotted key, offset of the first,
    offset of the repeat), and the entries of its earlier value become None: `json`
    kept the last value, which is not the text they were read from. `stopped`
    holds one offset: the first string the entry cap `cap` left unread."""
    p = _SPACE.match(src, p).end()
    ch = src[p]
    if depth == 1 and key.lower() in HEADLINE_NAMES and not isinstance(value, str):
        if isinstance(value, (int, float)):      # `"title": 1984` (or true): as Hugo prints it
            m = _OTHER.match(src, p)
            out.append((key, m[0], m[0], ((0, p),)))
            return m.end()
        out.append((key, value, "", ((0, p),)))      # `"title": null`: a title with no text, at its value
    if ch in "{[" and depth > max_depth:
        return object_end(src, p) or len(src)
    if ch == "{":
        p += 1
        seen: dict[str, tuple[int, int, int]] = {}     # name -> its entries' span, offset
        while True:
            p = _SPACE.match(src, p).end()
            if src[p] == "}":
                return p + 1
            if src[p] == ",":
                p += 1
                continue
            name = _STRING.match(src, p)
            p = _SPACE.match(src, name.end()).end() + 1      # past ':'
            k = json.loads(name.group())
            v = value.get(k) if isinstance(value, dict) else None
            sub = f"{key}.{k}" if key else str(k)
            begin = len(out)
            p = _walk(src, p, sub, v, out, depth + 1, cap, max_depth, repeats, stopped)
            if k in seen:
                a, b, first = seen[k]
                out[a:b] = [None] * (b - a)
                repeats.append((sub, first, name.start()))
            seen[k] = (begin, len(out), name.start())
    if ch == "[":
        p += 1
        i = 0
        while True:
            p = _SPACE.match(src, p).end()
            if src[p] == "]":
                return p + 1
            if src[p] == ",":
                p += 1
                continue
            item = value[i] if isinstance(value, list) and i < len(value) else None
            p = _walk(src, p, f"{key}.{i}", item, out, depth + 1, cap, max_depth, repeats, stopped)
            i += 1
    if ch == '"':
        m = _STRING.match(src, p)
        # past the cap only a top key newslint reads by name (a title after 2,000 tags) is read;
        # the first string left unread is kept (`stopped`) for the notice
        if len(out) >= cap and isinstance(value, str) and not (depth == 1 and named(key)):
            stopped[0] = p if stopped[0] is None else stopped[0]
        elif depth <= max_depth and isinstance(value, str):
            b = _scalars.json_string(src, m.start() + 1, m.end() - 1)
            text, segments = _scalars.placed(value, b, m.start() + 1)
            out.append((key, value, text, segments))
        return m.end()
    return _OTHER.match(src, p).end()
