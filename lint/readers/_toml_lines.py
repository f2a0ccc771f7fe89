"""What each line of a TOML front matter is, found in one forward scan: a
line of its own (a `[table]` header, a `key = value` pair, a comment or
nothing) or the inside of a value left open on an earlier line (an array,
an inline table or a multi-line string, TOML 1.0 "Array", "String").

A lexer, not a parser: `tomllib` builds the values; this only tells the
line regexes of `_fm_toml` which lines they may read, so that an array item
`  [640],` is no table header and the lines of a `\"\"\"` string in an
array are text. It assumes TOML `tomllib` has read, and on any other text
still ends, in one pass.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as regex

from ..document import escaped_at
from . import _fm_entry

_BLANK = regex.compile(r"[ \t\r]*+")
# a header's or a key's text up to its `]`-line end, `=` or comment, quoted keys kept whole
# (runs, not a step a character: a 9 MB string must not exhaust the regex engine's memory)
_QUOTED = r""""[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"?|'[^'\n]*+'?"""
_HEADER = regex.compile(rf"""(?:[^"'\n#]++|{_QUOTED})*+""")
_KEY = regex.compile(rf"""(?:[^"'=\n#]++|{_QUOTED})*+""")
_PLAIN = regex.compile(r"""[^"'\[\]{}#\n]*+""")
# a whole line that leaves nothing open (`key = "value"`, `n = 3`, a comment, a blank): one step
_CLOSED = regex.compile(rf"""(?:[^"'=\n#\[]++|{_QUOTED})*+(?:=[ \t]*+(?:{_QUOTED}|[^"'\[\]{{}}#\n]*+)"""
                        r"""[ \t\r]*+)?+(?:#[^\n]*+)?+\n""")
_BASIC = regex.compile(r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"?')
_LITERAL = regex.compile(r"'[^'\n]*+'?")
_COMMENT = regex.compile(r"[^\n]*+")
# a decimal integer as written outside a string (TOML 1.0 "Integer": underscores between digits),
# never a bare key of digits in an inline table (`{ 111 = 1 }`: an `=` follows it; qa83 #4)
_INTEGER = regex.compile(r"(?<![\w.:+-])[+-]?[0-9][0-9_]*+(?![\w.:+-])(?![ \t]*+=)")


@dataclass
class Lines:
    """`own`: the offsets of the lines that stand on their own (outside any
    value left open); `plain`: the (start, end) of the text outside strings and
    comments in values (numbers, dates, booleans), when asked for; `deepest`:
    where the value nested deepest starts (its first `[` or `{`), -1 when no
    value holds one (brackets in strings, comments and headers do not count)."""

    own: set[int] = field(default_factory=set)
    plain: list[tuple[int, int]] = field(default_factory=list)
    deepest: int = -1


def scan(src: str, start: int, end: int, plain: bool = False) -> Lines:
    """The `Lines` of the TOML src[start:end] (`start` at a line's start;
    offsets are `src`'s). `plain` (for `huge_integer`): fill `Lines.plain`
    too; the one-step pass over a closed line (`_CLOSED`) is off then, as
    it records no runs, so the scan is slower."""
    out = Lines()
    depth = most = 0        # arrays and inline tables open; the most open at once
    opened = start          # where the value open now started
    p, fresh = start, True  # `fresh`: p is at a line's start
    while p < end:
        if fresh and depth == 0:
            out.own.add(p)
            closed = None if plain else _CLOSED.match(src, p, end)
            if closed is not None:
                p = closed.end()
                continue
            q = _BLANK.match(src, p, end).end()
            p = (_HEADER if q < end and src[q] == "[" else _KEY).match(src, q, end).end()
            if p < end and src[p] == "=":
                p += 1
        fresh = False
        q = _PLAIN.match(src, p, end).end()
        if plain and q > p:
            out.plain.append((p, q))
        p = q
        if p >= end:
            break
        ch = src[p]
        if ch == "\n":
            p, fresh = p + 1, True
        elif ch == "#":
            p = _COMMENT.match(src, p, end).end()
        elif ch in "[{":
            opened = p if depth == 0 else opened
            depth, p = depth + 1, p + 1
            if depth > most:
                most, out.deepest = depth, opened
        elif ch in "]}":
            depth, p = max(depth - 1, 0), p + 1
        elif src.startswith(ch * 3, p):
            p = multiline_end(src, p, end)
        else:
            p = (_BASIC if ch == '"' else _LITERAL).match(src, p, end).end()
    return out


def multiline_end(src: str, at: int, end: int) -> int:
    """The end of the multi-line string opening at `at` (its three quotes),
    past up to two quotes of its own before the closing three, or `end`
    when it is never closed."""
    close = multiline_close(src, at, end)
    return end if close == -1 else close + 3


def multiline_close(src: str, at: int, end: int) -> int:
    """Where the closing three quotes of the multi-line string opening at
    `at` (its three quotes) start, after up to two quotes of the string's
    own (four quotes in a row: the value ends with one), or -1 when it is not closed
    before `end`; in a basic one an escaped quote closes nothing (TOML 1.0,
    "String")."""
    quote = src[at:at + 3]
    close = src.find(quote, at + 3, end)
    while quote == '"""' and close != -1 and escaped_at(src, close, at + 3):
        close = src.find(quote, close + 1, end)
    if close == -1:
        return -1
    extra = 0
    while extra < 2 and close + 3 < end and src[close + 3] == quote[0]:
        close, extra = close + 1, extra + 1
    return close


def huge_integer(src: str, start: int, end: int) -> tuple[int, int] | None:
    """(where, how many digits) of the first integer in the TOML
    src[start:end], outside strings and comments and not a key (an all-digit
    key of an inline table, which TOML reads as a string), with more digits
    than Python converts (`_fm_entry.int_digits_limit`), or None."""
    limit = _fm_entry.int_digits_limit()
    if not limit:
        return None
    for a, b in scan(src, start, end, plain=True).plain:
        for m in _INTEGER.finditer(src, a, b):
            digits = sum(c.isdigit() for c in m.group())
            if digits > limit:
                return m.start(), digits
    return None
