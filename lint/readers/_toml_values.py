"""Where each string of a TOML array or inline table is written, found by
walking its text once (TOML 1.0 "Array", "Inline Table"): an array may
span lines, with comments and a trailing comma between its items, and its
items may be inline tables (`images = [\\n  {src = "a.jpg", caption = "..."},\\n]`).

A walker, not a parser: `tomllib` has read the front matter and builds the
values; this only gives each string's place and its keys below the value,
which `_fm_toml` looks up in the data, so a value it misreads is never
taken for another (a string it places under the wrong keys is no string
there, or a different one, and is dropped).
"""
from __future__ import annotations

from .. import rx as regex

from . import _scalars
from ._toml_lines import multiline_end

# TOML 1.0 "Keys": a key is bare (A-Za-z0-9_-), "basic" (with escapes) or
# 'literal', and a dotted key joins such keys with dots (white space around them ignored).
PIECE = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')"""
KEY = rf"{PIECE}(?:[ \t]*\.[ \t]*{PIECE})*"
_KEY_PIECE = regex.compile(r"""(?P<bare>[A-Za-z0-9_-]+)|"(?P<basic>(?:[^"\\\r\n]|\\.)*)"|'(?P<literal>[^'\r\n]*)'""")
_KEY_AT = regex.compile(KEY)
_GAP = regex.compile(r"(?:[ \t\r\n]++|#[^\n]*+)*+")         # white space, line ends, comments
_BASIC = regex.compile(r'"[^"\\\r\n]*+(?:\\.[^"\\\r\n]*+)*+"')
_LITERAL = regex.compile(r"'[^'\r\n]*+'")
_BARE = regex.compile(r"[^,\[\]{}#\r\n]*+")       # a number, date or boolean, up to what ends it
_DEEPEST = 20                                    # front matter deeper than this is data


def path(written: str) -> tuple[str, ...]:
    """The keys of the (dotted) TOML key `written`: a bare key as it is, a
    "basic" one with its escapes decoded, a 'literal' one verbatim (TOML 1.0,
    "Keys"): `site."og.title"` is ("site", "og.title"), `"ti\\u0074le"` is
    ("title",)."""
    return tuple(m["bare"] if m["bare"] is not None else m["literal"] if m["literal"] is not None
                 else _scalars.toml_basic(written, m.start("basic"), m.end("basic")).text()
                 for m in _KEY_PIECE.finditer(written))


def strings(src: str, at: int, end: int) -> list[tuple[tuple, int, int]]:
    """Each string in the array or inline table whose `[` or `{` is at
    src[at], before `end`: (its keys below the value, array indexes as
    ints, where its quotes start, where they end); a multi-line string
    (three quotes) too. Past text it cannot walk (not TOML) it stops, with
    what it found up to there."""
    out: list[tuple[tuple, int, int]] = []
    _value(src, at, end, (), out)
    return out


def _value(src: str, p: int, end: int, keys: tuple, out: list) -> int:
    """Walk the value at src[p] under `keys`, adding its strings to `out`;
    where it ends, or `end` when it cannot be walked."""
    if p >= end:
        return end
    ch = src[p]
    if ch in "[{":
        return _collection(src, p, end, keys, out) if len(keys) < _DEEPEST else end
    if src.startswith(('"""', "'''"), p):
        stop = multiline_end(src, p, end)
        out.append((keys, p, stop))
        return stop
    if ch in "\"'":
        m = (_BASIC if ch == '"' else _LITERAL).match(src, p, end)
        if m is None:
            return end
        out.append((keys, p, m.end()))
        return m.end()
    return _BARE.match(src, p, end).end()


def _collection(src: str, p: int, end: int, keys: tuple, out: list) -> int:
    """Walk the array or inline table opening at src[p]; where it ends."""
    close, table, i = "]" if src[p] == "[" else "}", src[p] == "{", 0
    p = _GAP.match(src, p + 1, end).end()
    while p < end and src[p] != close:
        below: tuple = (i,)
        if table:
            k = _KEY_AT.match(src, p, end)
            if k is None:
                return end
            below = path(k.group())
            p = _GAP.match(src, k.end(), end).end()
            if not src.startswith("=", p):
                return end
            p = _GAP.match(src, p + 1, end).end()
        p = _GAP.match(src, _value(src, p, end, keys + below, out), end).end()
        if src.startswith(",", p):
            p, i = _GAP.match(src, p + 1, end).end(), i + 1
        elif p < end and src[p] != close:
            return end
    return min(p + 1, end)
