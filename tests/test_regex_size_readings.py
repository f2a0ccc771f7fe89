"""`regex_size` read against `regex`'s own parser (qa325, qa328): the walk's
estimate is an upper bound of what `regex` parses a pattern to, under
VERBOSE too (white space and `#` comments between an item and its count and
inside a count), with inline flag groups and `(?#…)` comments between an
item and its count, and where VERBOSE is turned on and off in one pattern.

The reference is `regex._regex_core._parse_pattern`, the parse `regex.compile`
runs before it writes counts out (so no pattern here is ever expanded): a
repeat is its item times its minimum count (at least once), a group or a
branch the sum of what it holds, anything else one item. Synthetic patterns
only.
"""
from __future__ import annotations

import random
import time

import pytest
import regex
from regex import _regex_core as core

from lint.regex_size import LIMIT, _at_most, added, oversized, spelled_out


def parsed_items(pattern: str, flags: int = 0) -> int | None:
    """Items `regex` parses `pattern` to, None when it does not parse."""
    global_flags = flags
    for _ in range(4):     # a global flag further in (`(?V1)`) makes `regex` parse again, as here
        source = core.Source(pattern)
        info = core.Info(global_flags, source.char_type, {})
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        source.use_unicode_space(bool(info.flags & regex.V1))
        try:
            tree = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        except (regex.error, ValueError, OverflowError):
            return None
        return _items(tree) if source.at_end() else None
    return None


def _items(node) -> int:
    if isinstance(node, core.GreedyRepeat):         # lazy and possessive repeats are ones too
        return max(node.min_count, 1) * _items(node.subpattern)
    if isinstance(node, core.Sequence):
        return sum(_items(item) for item in node.items)
    if isinstance(node, core.Branch):
        return sum(_items(branch) for branch in node.branches)
    if isinstance(node, core.Conditional):
        return _items(node.yes_item) + _items(node.no_item)
    if hasattr(node, "subpattern"):
        return _items(node.subpattern)
    return 1


PIECES = ["a", "b", "|", "(", ")", "(?:", "(?#c)", "(?#", "(?x)", "(?-x)", "(?x:", "(?-x:", "(?i)", "(?-i)",
          "(?V1)", "(? i)", " ", "\t", "\xa0", "\u2003", "#", "#c(\n", "#c[\n", "#c\\\n", "#)\n", "\n", "\\", "\\ ",
          "\\#", "[", "]", "[#]", "[ ]", "{", "}", "{2}", "{3,}", "{,4}", "{1 0}", "{1#(\n0}", "{ 7 }", "{2 ,5}",
          "{6#c\n}", "{60}", "{300}", "\\p{L}", "é", "?", "+"]
FLAGS = [0, regex.VERBOSE, regex.V1, regex.VERBOSE | regex.V1]


def _pattern(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24)))


def test_the_estimate_is_never_under_what_regex_parses():
    rng = random.Random(468)
    parsed = 0
    for _ in range(40_000):
        pattern, flags = _pattern(rng), rng.choice(FLAGS)
        if (items := parsed_items(pattern, flags)) is None:
            continue
        parsed += 1
        assert spelled_out(pattern, flags) >= items, (pattern, flags, items)
        bound = _at_most(pattern, flags)
        assert bound is None or added(pattern, flags) <= bound, (pattern, flags)
    assert parsed > 5_000       # enough patterns that `regex` takes, not only ones it refuses
