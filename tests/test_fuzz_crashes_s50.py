"""Hangs and a lost edit found by fuzzing and by hand in session 50 (tb3).

A house rule of many tokens (a 1 MB rule file, the most a rule file may
be) hung while newslint read which literals its matches hold
(`_literals._any_required` tried every literal against every other).
Synthetic input only.
"""
from __future__ import annotations

import random
import time

from lint.kinds._literals import _any_required


def _brute(literals: set[str]) -> frozenset[str]:
    """The definition: every literal that holds no other one."""
    return frozenset(s for s in literals if not any(o != s and o in s for o in literals))


def test_many_tokens_have_their_literals_read_in_moments():
    rng = random.Random(50)
    tokens = sorted({"".join(rng.choice("abcdefghijklmnop") for _ in range(10)) for _ in range(30_000)})
    start = time.process_time()
    got = _any_required(tokens)
    assert time.process_time() - start < 5          # was minutes: 900 million tests
    assert got == frozenset(tokens)                 # ten random letters: none holds another


def test_a_literal_that_holds_a_shorter_one_is_dropped_and_one_as_long_is_kept():
    assert _any_required(["lorem ipsum dolor", "ipsum", "sit amet", "amet sit"]) == {"ipsum", "sit amet", "amet sit"}
    # as many literals of a length as a longer one has windows, and fewer: both ways of looking
    assert _any_required(["abcdef", "xy", "zw", "cd", "qq", "rr", "ss"]) == {"xy", "zw", "cd", "qq", "rr", "ss"}
    assert _any_required(["abcdefghijklmnop", "mn"]) == {"mn"}


def test_the_literals_kept_are_those_the_definition_keeps():
    rng = random.Random(5001)
    for _ in range(300):
        tokens = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(1, 40))]
        assert _any_required(tokens) == _brute({t.lower() for t in tokens}), tokens
