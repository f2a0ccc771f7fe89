"""`regex_size`'s two shortcuts (issue 15, start-up: the walk took 8-20 ms of
every start over the built-in rules' 81 patterns) answer as the walk did:
`_at_most`'s bound (length times the product of every count) lets `added`
and `oversized` skip the walk, and the walk takes a run of plain characters
in one step. `walked` below is lead54's walk, one character a step, kept
here as the reference; random patterns built from the characters the walk
reads (groups, comments, escapes with braces, sets, counts) must give the
same number, `added` and `oversized` the same answers. Synthetic patterns
only; nothing here compiles a pattern.
"""
from __future__ import annotations

import random
import re

import pytest
import regex

from lint.regex_size import _BRACED, _COUNT, LIMIT, _at_most, _count, _past, _set_end, added, oversized, spelled_out

# lead54's test of where `(?#` is no comment; VERBOSE and inline flag groups, which fx468 reads
# another way (`test_regex_size_readings`), are left out of the patterns below
_NO_COMMENTS = re.compile(r"\(\?[a-zA-Z0-9]*(?:x|V1)")


def walked(pattern: str, flags: int = 0) -> int:
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
        else:
            item, i = 1, i + 1
        stack[-1] += item
        last = item
    return sum(stack)


PIECES = ["a", "b", "|", "(", ")", "(?:", "(?#", "\\", "\\)", "\\\\", "\\p{L}", "\\p{a{3}}",
          "\\N{EM DASH}", "\\x{41}", "[", "]", "[^", "[\\]", "{", "}", "{0}", "{1}", "{2}", "{7}", "{3,}", "{,4}",
          "{2,5}", "{60}", "{300}", "{100000}", "{1000001}", "{00000000000009}", "{١٠}", " ", "#", "\n", "é"]
# no `(?x)` nor `(?V1)` piece and no flags: lead54's walk read neither VERBOSE nor VERSION1 as `regex`
# does (the walk now takes the larger of two readings of `(?#` under VERSION1)


def _pattern(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24)))


def _reference_oversized(pattern: str, before: int = 0, flags: int = 0) -> bool:
    return before + max(walked(pattern, flags) - len(pattern), 0) > LIMIT


def test_the_walk_counts_as_the_one_character_a_step_walk():
    rng = random.Random(59)
    for _ in range(30_000):
        pattern, flags = _pattern(rng), 0
        assert spelled_out(pattern, flags) == walked(pattern, flags), (pattern, flags)


def test_added_and_oversized_answer_as_the_walk_does():
    rng = random.Random(1559)
    skipped = 0
    for _ in range(30_000):
        pattern, flags = _pattern(rng), 0
        before = rng.choice([0, 0, 1, 50_000, LIMIT - 5, LIMIT])
        exact = max(walked(pattern, flags) - len(pattern), 0)
        bound = _at_most(pattern)
        assert bound is None or exact <= bound, pattern       # a bound, never under the count
        skipped += bound is not None and before + bound <= LIMIT
        assert added(pattern, flags) == exact, pattern
        assert (oversized(pattern, before, flags) is not None) is _reference_oversized(pattern, before, flags)
    assert skipped > 5_000          # the shortcut is taken, not only the walk


@pytest.mark.parametrize("pattern, refused", [
    ("a{1000}b{1000}", False),              # a product of counts over LIMIT, a sum under it: walked
    ("(?:a{1000}){1000}", True),            # nested: the walk writes out a million
    ("a{100010}", True), ("a{100009}", False),   # 100,001 and 100,000 items added: over LIMIT, at it
    ("(?:ab|cd){14289}", True), ("(?:ab|cd){14288}", False)])     # seven items a copy: `?`, `:` and `|` too
def test_the_nearest_cases_either_side_of_the_limit(pattern, refused):
    assert (oversized(pattern) is not None) is refused is _reference_oversized(pattern)


def test_the_bound_is_the_length_times_the_counts_and_none_past_the_limit():
    assert _at_most("abc") == 0 and _at_most("a{1}b{0}") == 0       # no count over one adds nothing
    assert _at_most("a{2}b{3,}") == len("a{2}b{3,}") * 5
    assert _at_most("a{1000}b{1000}") is None
