"""The top-level branches of a regex, for a load check that reads which
branch wins: `shown-after` is tried once where a match ends, so a branch
that matches empty text before others leaves them never tried (`|x`).

A light scan, not a parser: backslash escapes, character classes (a `]`
first in one is literal) and groups are stepped over; a pattern that is one
group whole (`(?:|x)`, `(|x)`, `(?P<n>|x)`) is read inside it. A verbose
pattern's `#` comments are not read as comments: a `|` or bracket in one
may split it wrongly (a check that reads it then says nothing or too much).
"""
from __future__ import annotations

from .. import rx as regex

_OPEN = regex.compile(r"\((?:\?(?::|P?<[A-Za-z_]\w*>|'[A-Za-z_]\w*'))?")


def branches(pattern: str) -> list[str]:
    """The top-level branches of `pattern` in order (one: none split it)."""
    while True:
        inner = _whole_group(pattern)
        if inner is None:
            break
        pattern = inner
    out, start = [], 0
    for i, c, depth in _steps(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def _steps(pattern: str):
    """(offset, character, depth after it) of each `(`, `)` and `|` of
    `pattern`, escapes and character classes stepped over."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _class_end(pattern: str, i: int) -> int:
    """The offset of the `]` that closes the class opened at `i` (its end when none)."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _whole_group(pattern: str) -> str | None:
    """What a plain or named group holding all of `pattern` holds, or None
    (a lookaround or a flags group is no such group; nor is `(a)(b)`)."""
    opened = _OPEN.match(pattern)
    if opened is None or not pattern.endswith(")"):
        return None
    for i, c, depth in _steps(pattern):
        if c == ")" and depth == 0:
            return pattern[opened.end():-1] if i == len(pattern) - 1 else None
    return None
