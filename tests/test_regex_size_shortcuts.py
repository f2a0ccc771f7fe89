"""`regex_size`'s two shortcuts (issue 15, start-up: the walk took 8-20 ms of
every start over the built-in rules' 81 patterns) answer as the walk did:
`_at_most`'s bound (length times the product of every count) lets `added`
and `oversized` skip the walk, and the walk takes a run of plain characters
in one step. `walked` below is lead54's walk, one character a step, with
fx463's readings (qa325: inline flag groups, VERBOSE gaps before and inside
counts), kept here as the reference; random patterns built from the
characters the walk reads (groups, comments, escapes with braces, sets,
counts, flag groups, white space, `#` comments, spaced counts) must give the
same number, `added` and `oversized` the same answers, and the bound (None
wherever VERBOSE may be on) never under the walk. Synthetic patterns only;
nothing here compiles a pattern.
"""
from __future__ import annotations

import random
import re

import pytest
import regex

from lint.regex_size import (_BRACED, _COUNT, _COUNT_VERBOSE, _FLAGS, _FLAGS_VERBOSE, _GAPS, _HELD, _MOST, _V1,
                             _VERBOSE, LIMIT, _at_most, _count, _past, _set_end, added, oversized, spelled_out)


def walked(pattern: str, flags: int = 0) -> int:
    """The walk one character a step: lead54's, with qa325's readings (an
    inline flag group is no item; where VERBOSE may be on, white space, `#`
    comments and counts spelt with gaps cover both readings). `_MOST` where
    a `#` comment there holds structure."""
    verbose = bool(flags & regex.VERBOSE) or _VERBOSE.search(pattern) is not None
    comments = not flags & regex.V1 and not _V1.search(pattern)
    flag_group = _FLAGS_VERBOSE if verbose else _FLAGS
    stack, kept, last, i, n = [0], [None], 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if comments and c == "(" and pattern.startswith("?#", i + 1):
            i = _past(pattern, i + 3, ")")
            continue
        if c == "(" and (flag := flag_group.match(pattern, i)):
            i = flag.end()
            continue
        if c == "(":
            stack.append(0)
            kept.append(last if pattern.startswith("?#", i + 1) else None)
            last, i = 0, i + 1
            continue
        if c == "{" and (count := _COUNT.match(pattern, i)):
            times = max(_count(count[1]), 1)
            stack[-1] += last * (times - 1)
            last, i = last * times, count.end()
            continue
        if verbose and c == "{" and (count := _COUNT_VERBOSE.match(pattern, i)):
            times = max(_count(_GAPS.sub("", count[1])), 1)
            text = pattern[i:count.end()]
            stack[-1] += last * (times - 1) + walked(text)
            last, i = max(last * times, _last_in_text(text)), count.end()
            continue
        if verbose and c == "#":
            end = pattern.find("\n", i)
            end = n if end < 0 else end
            if _HELD.search(pattern[i:end]):
                if "{" in pattern[i:]:
                    return _MOST
                stack[-1] += n - i
                break
            text = pattern[i:end]
            stack[-1] += walked(text)
            last = max(last, _last_in_text(text))
            i = end
            continue
        if verbose and c.isspace():
            stack[-1] += 1
            last, i = max(last, 1), i + 1
            continue
        held = None
        if c == ")":
            item, i = (stack.pop() if len(stack) > 1 else 0), i + 1
            held = kept.pop() if len(kept) > 1 else None
        elif c == "\\":
            item, i = 1, i + 2
            if (braced := _BRACED.get(pattern[i - 1:i])) and (name := braced.match(pattern, i)):
                i = name.end()
        elif c == "[":
            item, i = 1, _set_end(pattern, i + 1)
        else:
            item, i = 1, i + 1
        stack[-1] += item
        last = item if held is None else max(held, item)
    return sum(stack)


_COUNT_AT_END = re.compile(_COUNT.pattern + r"\Z")


def _last_in_text(text: str) -> int:
    """The size of a comment's last item read as text: a run of counts at its
    end multiplies the one character before them."""
    size = 1
    while count := _COUNT_AT_END.search(text):
        size *= max(_count(count[1]), 1)
        text = text[:count.start()]
    return size


PIECES = ["a", "b", "|", "(", ")", "(?:", "(?#", "(?x)", "(?V1)", "\\", "\\)", "\\\\", "\\p{L}", "\\p{a{3}}",
          "\\N{EM DASH}", "\\x{41}", "[", "]", "[^", "[\\]", "{", "}", "{0}", "{1}", "{2}", "{7}", "{3,}", "{,4}",
          "{2,5}", "{60}", "{300}", "{100000}", "{1000001}", "{00000000000009}", "{١٠}", " ", "#", "\n", "é",
          # qa325: inline flag groups, gaps before and inside counts (read so where VERBOSE may be on)
          "(?i)", "(?-i)", "(?x)", "(?-x)", "(?x:", "(?i x)", "(?#c)", "#c\n", "#)\n", "\t", "{1 0}", "{ 300 }",
          "{1000 ,}", "{10#c\n00}", "{1#(\n0}", "{#}\n30}", "{#{300}\n3}", "(?R)", "(?1)"]


def _pattern(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24)))


def _reference_oversized(pattern: str, before: int = 0, flags: int = 0) -> bool:
    return before + max(walked(pattern, flags) - len(pattern), 0) > LIMIT


def test_the_walk_counts_as_the_one_character_a_step_walk():
    rng = random.Random(59)
    for _ in range(30_000):
        pattern, flags = _pattern(rng), rng.choice([0, regex.VERBOSE, regex.V1])
        assert spelled_out(pattern, flags) == walked(pattern, flags), (pattern, flags)


def test_added_and_oversized_answer_as_the_walk_does():
    rng = random.Random(1559)
    skipped = 0
    for _ in range(30_000):
        pattern, flags = _pattern(rng), rng.choice([0, regex.VERBOSE])
        before = rng.choice([0, 0, 1, 50_000, LIMIT - 5, LIMIT])
        exact = max(walked(pattern, flags) - len(pattern), 0)
        bound = _at_most(pattern, flags)
        assert bound is None or exact <= bound, pattern       # a bound, never under the count
        skipped += bound is not None and before + bound <= LIMIT
        assert added(pattern, flags) == exact, pattern
        assert (oversized(pattern, before, flags) is not None) is _reference_oversized(pattern, before, flags)
    assert skipped > 3_000          # the shortcut is taken, not only the walk (never where VERBOSE may be on)


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
