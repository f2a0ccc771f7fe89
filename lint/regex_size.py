"""A pattern's size once its counted repeats are written out, so a rule's
pattern that would exhaust memory is refused before `regex` compiles it.

The `regex` module writes a counted repeat out as that many copies of what
it repeats (its minimum count): in session 52 (tb5), compiling the house-rule
token `a{10000000}` took 10 s and 2.7 GB, and `(?:ab|cd){1000000}` killed the
process with a segmentation fault, before any time limit could act. Python's
`re` keeps a count as a number, so `re` patterns need no such test.
"""
from __future__ import annotations

import re

import regex

from .value_words import shown

LIMIT = 100_000     # items a pattern's counts may add; `a{100000}`: 0.3 s and 40 MB
_COUNT = re.compile(r"\{([0-9]*)(?:,([0-9]*))?\}")     # {m}, {m,}, {m,n}, {,n}: ASCII digits only
# the braces `regex` reads as part of an escape (its parse_property, parse_named_char): \p{L},
# \p{^Script=Latin}, \N{EM DASH}; other braces after \p or \N are literal text there
_NAME, _VALUE = "[A-Za-z0-9 &_.\\-]*", "[A-Za-z0-9 &_./\\-]*"     # a value holds more than spaces
# a value is spaces, then a non-space, then any: one way to match it, so an unclosed brace
# is read in one pass (the value as any then a non-space then any backtracked quadratically, qa303 #2)
_BRACED = {"p": re.compile(rf"\{{\^?{_NAME}(?:[:=] *[A-Za-z0-9&_./\-]{_VALUE})?\}}"),
           "N": re.compile(r"\{[A-Za-z0-9 \-]*\}"),
           "x": re.compile(r"\{[^}]*\}?")}    # \x{ \u{ \U{: `regex` refuses any brace there
_BRACED.update(P=_BRACED["p"], u=_BRACED["x"], U=_BRACED["x"])
_MOST = 10 ** 12    # a longer count is read as this: int() refuses over 4,300 digits (qa292 #4)
# (?x), (?ix), (?x: ...), (?V1): VERBOSE, or VERSION1's nested sets, somewhere in the pattern
# characters the walk reads as one item each whatever follows (a `{` may open a count, a `(` a
# comment): a run of them is taken in one step
_PLAIN = re.compile(r"[^(){\\\[]+")
_NO_COMMENTS = re.compile(r"\(\?[a-zA-Z0-9]*(?:x|V1)")


def spelled_out(pattern: str, flags: int = 0) -> int:
    """An upper estimate of how many items `pattern` compiles to: a character,
    an escape or a set is one, a group the sum of what it holds (every
    branch), and an item followed by `{m}`, `{m,}` or `{m,n}` counts m times
    (once when m is 0 or missing); a count is ASCII digits, as `regex`'s
    `parse_count` reads it (`a{١٠٠}` is literal text there, qa292 #6). A
    `(?#…)` comment is none, ended as `regex`'s `parse_comment` ends it: at
    the first `)` not escaped by a `\\` (rr53b #9: `(?#{1000000})a` compiles
    to one item; qa301 #2: `(?#a\\)b{1000000})c` to one too). A
    `#` comment under VERBOSE is counted as items: a later `(?-x)` can turn
    VERBOSE off again, and a `#` read as a comment there let a huge count
    through (qa301 #1). Where VERBOSE may be on (`flags`, or an `x` flag in
    the pattern), `(?#` may stand inside a `#` comment, so it is no comment
    here either; nor where VERSION1 may be on (`regex.V1`, `(?V1)`), whose
    nested sets (`[a[b](?#]]`) hold what this reads as a comment. Braces
    after `\\p`, `\\P` or `\\N` are skipped only where `regex` reads them as
    the escape's name; else it reads `\\p` as `p` and the braces as text
    (`\\p{a{1000000}}` writes a million `a`s out). A parenthesis left open
    or closed too often counts as if balanced; compiling reports the syntax
    error."""
    comments = not flags & (regex.VERBOSE | regex.V1) and not _NO_COMMENTS.search(pattern)
    stack, last, i, n = [0], 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if comments and c == "(" and pattern.startswith("?#", i + 1):
            i = _past(pattern, i + 3, ")")
            continue
        if c == "(":
            stack.append(0)
            last, i = 0, i + 1
            continue
        if c == "{" and (count := _COUNT.match(pattern, i)):
            times = max(_count(count[1]), 1)
            stack[-1] += last * (times - 1)
            last, i = last * times, count.end()
            continue
        if c == ")":
            item, i = (stack.pop() if len(stack) > 1 else 0), i + 1
        elif c == "\\":
            item, i = 1, i + 2
            if (braced := _BRACED.get(pattern[i - 1:i])) and (name := braced.match(pattern, i)):
                i = name.end()
        elif c == "[":
            item, i = 1, _set_end(pattern, i + 1)
        else:   # a plain character, and the plain ones after it: one item each (one step, not a loop each)
            plain = _PLAIN.match(pattern, i + 1)
            end = plain.end() if plain else i + 1
            stack[-1] += end - i - 1
            item, i = 1, end
        stack[-1] += item
        last = item
    return sum(stack)


def _count(digits: str) -> int:
    """A count's digits as a number, at most `_MOST` (a count of 5,000 digits
    is more than `int()` reads)."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) < 13 else _MOST


def _set_end(pattern: str, i: int) -> int:
    """The index after the `]` that closes the set opened just before `i`."""
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":     # a `]` first is a member
        i += 1
    return _past(pattern, i, "]")


def _past(pattern: str, i: int, end: str) -> int:
    """The index after the first `end` from `i` on that no `\\` escapes (past
    the pattern's length when there is none)."""
    while i < len(pattern) and pattern[i] != end:
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def added(pattern: str, flags: int = 0) -> int:
    """The items `pattern`'s counted repeats add to it: `spelled_out` beyond
    its own length, so a long alternation of plain words adds none; the
    terms of an alternation add up."""
    if _at_most(pattern) == 0:      # no count over 1: nothing added, without the walk
        return 0
    return max(spelled_out(pattern, flags) - len(pattern), 0)


def _at_most(pattern: str) -> int | None:
    """An upper bound of `added(pattern)` without `spelled_out`'s walk (about
    a microsecond a character: 8-20 ms of every start for the built-in rules'
    patterns): each character is at most one item, and each count found
    anywhere (`_COUNT`, as the walk reads one: it holds no second `{`, so no
    count the walk takes is hidden inside another) multiplies an item at most
    once, so the pattern spells out at most its length times the product of
    its counts. None when that product passes `LIMIT`: the walk decides."""
    product = 1
    for count in _COUNT.finditer(pattern):
        product *= max(_count(count[1]), 1)
        if product > LIMIT:
            return None
    return len(pattern) * (product - 1)


def oversized(pattern: str, before: int = 0, flags: int = 0) -> str | None:
    """Why `pattern` is refused: its counted repeats add more than `LIMIT`
    items to it, with `before` more from the terms it is joined to; None
    when they do not."""
    if (bound := _at_most(pattern)) is not None and before + bound <= LIMIT:
        return None
    total = before + added(pattern, flags)
    if total <= LIMIT:
        return None
    amount = f"some {total:,}" if total < 10 ** 9 else "over a billion"
    return (f"its counted repeats ({{n}}) write out {amount} more items, "
            f"over the {LIMIT:,} newslint allows; use + or * or a smaller count")


def not_compiling(pattern: str, why: object) -> str:
    """The one wording of a refused pattern: `regex '…' does not compile:
    why`, the pattern cut short (`value_words.shown`)."""
    return f"regex {shown(pattern)} does not compile: {why}"


def compile_counted(pattern: str, flags: int = 0) -> "regex.Pattern":
    """`regex.compile(pattern, flags)`, or `regex.error` when it is
    `oversized` or when `regex` raises ValueError: it cannot read a count (a
    `{0,n}` of 5,000 digits) or the flags are at odds (an inline `(?V1)` under
    VERSION0, said in regex's words: qa303 #1), so a caller that names a
    pattern that does not compile names this one too."""
    if (why := oversized(pattern, flags=flags)) is not None:
        raise regex.error(why)
    try:
        return regex.compile(pattern, flags)
    except ValueError as exc:   # int()'s 4,300-digit limit, or flags at odds (an inline (?V1) under VERSION0)
        if "digits" not in str(exc):
            raise regex.error(str(exc)) from None
        raise regex.error("a count of thousands of digits is too long to read; "
                          "use + or * or a smaller count") from None
