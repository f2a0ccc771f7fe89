"""A pattern's size once its counted repeats are written out, so a rule's
pattern that would exhaust memory is refused before `regex` compiles it.

The `regex` module writes a counted repeat out as that many copies of what
it repeats (its minimum count): in session 52 (tb5), compiling the house-rule
token `a{10000000}` took 10 s and 2.7 GB, and `(?:ab|cd){1000000}` killed the
process with a segmentation fault, before any time limit could act. Python's
`re` keeps a count as a number, so `re` patterns need no such test.
"""
from __future__ import annotations

import functools
import re

from . import rx as regex

from .value_words import as_written

LIMIT = 100_000     # items a pattern's counts may add; `a{100000}`: 0.3 s and 40 MB
# {m}, {m,}, {m,n}, {,n}: ASCII digits only; `{}` is text to `regex`, no count
_COUNT = re.compile(r"\{(?=[0-9,])([0-9]*)(?:,([0-9]*))?\}")
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
_NOT_DIGITS = re.compile(r"#[^\n]*\n|\s")
_PLAIN = re.compile(r"[^(){\\\[]+")     # see `_grammar`
_FLAGS = re.compile(r"\(\?(?:[abefiLmprsuwx\-]|V[01])*\)")
_VERBOSE_ON = re.compile(r"\(\?[a-zA-Z0-9]*x")     # (?x), (?ix), (?x: ...): VERBOSE may be on
_VERBOSE_OFF = re.compile(r"\(\?[a-zA-Z0-9]*-[a-zA-Z0-9]*x")     # (?-x), (?i-x: ...)
_LEADING_X = re.compile(r"\(\?[a-zA-Z0-9]*x[a-zA-Z0-9]*\)")     # (?x) first: on from the start
_V1 = re.compile(r"\(\?[a-zA-Z0-9]*V1")      # (?V1): nested sets, Unicode white space
# The flags as plain ints, tested against `int(flags)`: `0 & regex.VERBOSE` is the
# enum's own `__and__` in Python, about 8,700 instructions (callgrind), and
# `may_be_verbose` is asked some 250 times a start.
_VERBOSE_BIT, _V1_BIT = int(regex.VERBOSE), int(regex.V1)
_WIDE_SPACE = re.compile(r"[^\S \t\n\r\f\v]")     # white space `regex` skips only under VERSION1
_SCOPED = re.compile(r"\(\?[a-zA-Z0-9]*(?:-[a-zA-Z0-9]*)?:")     # (?x:, (?i-x:, (?:


@functools.cache
def _grammar(spaces: bool, hashes: bool, wide: bool) -> tuple:
    """The walk's expressions for one reading: (plain, flags, count, gap).

    plain: characters the walk reads as one item each whatever follows (a
    `{` may open a count, a `(` a comment), taken in one step; gap: what
    `regex` skips under VERBOSE (its `Source.get`): white space (ASCII; any
    Unicode space under VERSION1, `wide`), and with `hashes` a `#` to the
    line's end (to the pattern's end when no line ends). count: `{m}`,
    `{m,}`, `{m,n}`, `{,n}` as `regex`'s `parse_limited_quantifier` reads
    it, ASCII digits with gaps anywhere between the braces (`(?x)a{1 0#(\n0}`
    is `a{100}`); a comment there must end at a line end, else it runs to
    the pattern's end and the braces are text. flags: an inline flag group,
    `(?i)`, `(?-i)`, `(?x)`, `(?V1)`, that is no item (`(?:ab)(?i){3}`
    matches `ababab`, qa325 #3), its letters read past gaps under VERBOSE."""
    if not spaces:
        return _PLAIN, _FLAGS, _COUNT, None
    space = r"\s" if wide else r"[ \t\n\r\f\v]"
    comment = r"|#[^\n]*\n" if hashes else ""
    skip = rf"(?:{space}{comment})*"
    return (re.compile(r"[^(){\\\[" + ("#" if hashes else "") + space.strip("[]") + "]+"),
            re.compile(rf"\(\?(?!#)(?:[abefiLmprsuwx\-]|V[01]|{space}{comment})*\)"),
            re.compile(rf"\{{{skip}(?=[0-9,])((?:[0-9]{skip})*)(?:,{skip}((?:[0-9]{skip})*))?\}}"),
            re.compile(rf"(?:{space}|#[^\n]*)*" if hashes else rf"{space}*"))


def spelled_out(pattern: str, flags: int = 0) -> int:
    """An upper estimate of how many items `pattern` compiles to: a character,
    an escape or a set is one, a group the sum of what it holds (every
    branch), and an item followed by `{m}`, `{m,}` or `{m,n}` counts m times
    (once when m is 0 or missing); a count is ASCII digits, as `regex`'s
    `parse_count` reads it (`a{١٠٠}` is literal text there, qa292 #6). An
    inline flag group (`(?i)`) and a `(?#…)` comment are none, a comment
    ended as `regex`'s `parse_comment` ends it: at the first `)` not escaped
    by a `\\` (rr53b #9: `(?#{1000000})a` compiles to one item; qa301 #2:
    `(?#a\\)b{1000000})c` to one too). Braces after `\\p`, `\\P` or `\\N`
    are skipped only where `regex` reads them as the escape's name; else it
    reads `\\p` as `p` and the braces as text (`\\p{a{1000000}}` writes a
    million `a`s out). A parenthesis left open or closed too often counts as
    if balanced; compiling reports the syntax error.

    VERBOSE is read where it is certainly on (`flags`, or a leading `(?x)`,
    with no `(?-x)` anywhere): white space and `#` comments are skipped,
    between an item and its count and inside a count too, as `regex` skips
    them (qa325 #1, #2; qa328 #1). Where it may be on (an `x` flag further
    in, or turned off somewhere) this is the largest of four readings:
    without VERBOSE; with it from the first `x` flag on; with white space
    skipped there but `#` read as text (a `(?-x:#)` before a spaced count);
    and VERBOSE followed as inline flags turn it on and off. A pattern is
    never refused because it is hard to read (qa328 #2: `# (sic)` in an
    ordinary `(?x)` rule): each reading is sized. Where a `#` comment may
    hold a `(?#` unskipped, or VERSION1 may be on (`regex.V1`, `(?V1)`),
    whose nested sets (`[a[b](?#]]`) hold what this reads as a comment,
    each reading is taken with `(?#…)` as a comment and as text; where
    VERSION1 may be on, with sets flat and nested too. Every reading is one
    pass: no pattern hangs it."""
    verbose = bool(int(flags) & _VERBOSE_BIT)
    wide = bool(int(flags) & _V1_BIT or _V1.search(pattern))
    if not verbose and not (first := _VERBOSE_ON.search(pattern)):
        readings, sure = [((False, False), 0, None)], not wide
    elif (verbose or _LEADING_X.match(pattern)) and not _VERBOSE_OFF.search(pattern):
        readings, sure = [((True, True), 0, None)], not wide
    else:
        start = 0 if verbose else first.start()
        readings, sure = [((False, False), 0, None), ((True, True), start, None), ((True, False), start, None),
                          ((False, False), 0, verbose)], False
    return max(_walk(pattern, comments, nested, wide, *reading) for reading in readings
               for comments in ((True,) if sure else (True, False)) for nested in ((False, True) if wide else (False,)))


def _walk(pattern: str, comments: bool, nested: bool, wide: bool, reading: tuple[bool, bool],
          start: int, verbose: bool | None) -> int:
    """`spelled_out` in one reading: `(?#…)` read as a comment when
    `comments`, sets as VERSION1 nests them when `nested`; from `start` on,
    white space skipped when `reading[0]` (any Unicode space when `wide`)
    and `#…` to the line's end when `reading[1]` too. With `verbose` given,
    VERBOSE is followed instead, as `regex` turns it on and off: `verbose`
    at the start, then as inline flags set it (`(?x)`, `(?-x)`) up to the
    end of their group, and in a scoped group (`(?x:…)`, `(?-x:…)`)."""
    after, tracked = _grammar(*reading, wide), verbose is not None
    plain, flag, count_at, gap = _grammar(False, False, wide) if start or tracked else after
    stack, last, i, n = [0], 0, 0, len(pattern)
    on, states = bool(verbose), []
    while i < n:
        if tracked:
            plain, flag, count_at, gap = _grammar(on, on, wide)
        elif start and i >= start:
            (plain, flag, count_at, gap), start = after, 0
        if gap is not None:
            skipped, i = i, gap.match(pattern, i).end()
            if wide and (spaces := len(_WIDE_SPACE.findall(pattern, skipped, i))):
                stack[-1] += spaces     # items where VERSION1 is off after all, a count's item the larger
                last = max(last, 1)
            if i >= n:
                break
        c = pattern[i]
        if c == "(":
            kind = pattern[i + 1:i + 3]
            if kind == "?#" and comments:
                i = _past(pattern, i + 3, ")")
            elif kind == "?#":      # a group of text: the `#` is no line comment to `regex`, whatever the flags
                states.append(on)
                stack.append(2)
                last, i = 1, i + 3
            elif kind != "?:" and kind[:1] == "?" and (group := flag.match(pattern, i)):
                on, i = _turned(group[0], on), group.end()
            else:
                states.append(on)
                if tracked and (scoped := _SCOPED.match(pattern, i)):
                    on = _turned(scoped[0], on)
                stack.append(0)
                last, i = 0, i + 1
            continue
        if c == "{" and (count := count_at.match(pattern, i)):
            digits = _NOT_DIGITS.sub("", count[1]) if gap is not None else count[1]
            times = max(_count(digits), 1)
            stack[-1] += last * (times - 1)
            last, i = last * times, count.end()
            continue
        if c == ")":
            item, i = (stack.pop() if len(stack) > 1 else 0), i + 1
            on = states.pop() if states else on
        elif c == "\\":
            item, i = 1, i + 2
            if (braced := _BRACED.get(pattern[i - 1:i])) and (name := braced.match(pattern, i)):
                i = name.end()
        elif c == "[":
            item, i = 1, _set_end(pattern, i + 1, nested)
        else:   # a plain character, and the plain ones after it: one item each (one step, not a loop each)
            run = plain.match(pattern, i + 1)
            end = run.end() if run else i + 1
            stack[-1] += end - i - 1
            item, i = 1, end
        stack[-1] += item
        last = item
    return sum(stack)


def _turned(flags: str, on: bool) -> bool:
    """VERBOSE after the inline flags `flags` (`(?ix)`, `(?-x:`), `on` before."""
    turned_on, _, turned_off = flags.partition("-")
    return False if "x" in turned_off else True if "x" in turned_on else on


def _count(digits: str) -> int:
    """A count's digits as a number, at most `_MOST` (a count of 5,000 digits
    is more than `int()` reads)."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) < 13 else _MOST


def _set_end(pattern: str, i: int, nested: bool = False) -> int:
    """The index after the `]` that closes the set opened just before `i`
    (past the pattern's length when none does); with `nested`, as VERSION1
    reads sets (`regex`'s `parse_set_item`): a `[` in a set opens one in it,
    `[a[b](?#]]` is one set."""
    opened, depth, n = True, 1, len(pattern)
    while i < n:
        if opened:      # a set's start: `^`, then a `]` first is a member
            i += pattern.startswith("^", i)
            i += pattern.startswith("]", i)
            if not nested:
                return _past(pattern, i, "]")
            opened = False
            continue
        c = pattern[i]
        i += 2 if c == "\\" else 1
        if c == "[":
            depth, opened = depth + 1, True
        elif c == "]" and (depth := depth - 1) == 0:
            return i
    return i + 1


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
    if _at_most(pattern, flags) == 0:      # no count over 1: nothing added, without the walk
        return 0
    return max(spelled_out(pattern, flags) - len(pattern), 0)


def may_be_verbose(pattern: str, flags: int = 0) -> bool:
    """Whether VERBOSE may be on anywhere in `pattern` (`flags`, or an `x`
    flag inline): else white space and `#` are text everywhere in it."""
    return bool(int(flags) & _VERBOSE_BIT or _VERBOSE_ON.search(pattern))


def _at_most(pattern: str, flags: int = 0) -> int | None:
    """An upper bound of `added(pattern)` without `spelled_out`'s walk (about
    a microsecond a character: 8-20 ms of every start for the built-in rules'
    patterns): each character is at most one item, and each count found
    anywhere (`_COUNT`, as the walk reads one: it holds no second `{`, so no
    count the walk takes is hidden inside another) multiplies an item at most
    once, so the pattern spells out at most its length times the product of
    its counts. None when that product passes `LIMIT`, or where VERBOSE may
    be on (a count may be spelt with gaps, `{1 000}`): the walk decides."""
    if may_be_verbose(pattern, flags):
        return None
    product = 1
    for count in _COUNT.finditer(pattern):
        product *= max(_count(count[1]), 1)
        if product > LIMIT:
            return None
    return len(pattern) * (product - 1)


def countless(pattern: str, flags: int = 0) -> bool:
    """Whether `pattern` holds no counted repeat over one, read as `regex`
    may read it (`{1 000}` under VERBOSE too): a frame around joined terms
    (`regex_join`) that multiplies nothing they write out."""
    return _at_most(pattern, flags) == 0


def oversized(pattern: str, before: int = 0, flags: int = 0) -> str | None:
    """Why `pattern` is refused: its counted repeats add more than `LIMIT`
    items to it, with `before` more from the terms it is joined to; None
    when they do not."""
    if (bound := _at_most(pattern, flags)) is not None and before + bound <= LIMIT:
        return None
    total = before + added(pattern, flags)
    if total <= LIMIT:
        return None
    amount = f"some {total:,}" if total < 10 ** 9 else "over a billion"
    return (f"its counted repeats ({{n}}) write out {amount} more items, "
            f"over the {LIMIT:,} newslint allows; use + or * or a smaller count")


def not_compiling(pattern: str, why: object) -> str:
    """The one wording of a refused pattern: `regex '…' does not compile:
    why`, the pattern quoted as written and cut short (`value_words.as_written`)."""
    return f"regex {as_written(pattern)} does not compile: {why}"


def compile_counted(pattern: str, flags: int = 0, sized: bool = False) -> "regex.Pattern":
    """`regex.compile(pattern, flags)`, or `regex.error` when it is
    `oversized` or when `regex` raises ValueError: it cannot read a count (a
    `{0,n}` of 5,000 digits) or the flags are at odds (an inline `(?V1)` under
    VERSION0, said in regex's words: qa303 #1), so a caller that names a
    pattern that does not compile names this one too. `sized`: the caller
    sized its parts instead (`regex_join`: terms joined, each read alone)."""
    if not sized and (why := oversized(pattern, flags=flags)) is not None:
        raise regex.error(why)
    try:
        return regex.compile(pattern, flags)
    except ValueError as exc:   # int()'s 4,300-digit limit, or flags at odds (an inline (?V1) under VERSION0)
        if "digits" not in str(exc):
            raise regex.error(str(exc)) from None
        raise regex.error("a count of thousands of digits is too long to read; "
                          "use + or * or a smaller count") from None
