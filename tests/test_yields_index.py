"""`yields.drop` bisects each named rule's sorted spans (qa336 #1); it must drop
exactly what the plain comparison of every pair dropped."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from lint import yields


def _pairwise(out, yielding):
    spans = {}
    for d in out:
        spans.setdefault(d.rule, []).append((d.offset, d.end_offset))
    return [d for d in out if d.rule not in yielding or not any(
        (a < d.end_offset and d.offset < b) or a == d.offset
        for rid in yielding[d.rule] for a, b in spans.get(rid, ()))]


YIELDING = {"a": ("b", "c"), "d": ("b",), "c": ("e",)}


@pytest.mark.parametrize("seed", range(8))
def test_drop_keeps_exactly_what_the_pairwise_comparison_keeps(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        out = []
        for _ in range(rng.randint(0, 14)):
            start = rng.randint(0, 24)
            out.append(SimpleNamespace(rule=rng.choice("abcdef"), offset=start,
                                       end_offset=start + rng.choice((0, 0, 1, 2, 3, 7))))
        assert [id(d) for d in yields.drop(out, YIELDING)] == [id(d) for d in _pairwise(out, YIELDING)]


@pytest.mark.parametrize("span, kept", [((5, 5), False), ((4, 5), True), ((9, 12), True), ((8, 9), False),
                                        ((0, 20), False), ((3, 6), False)])
def test_drop_reads_overlap_and_a_shared_start(span, kept):
    """`b` flags 5-9: a span inside, over or ending in it yields; one that only
    touches it (ends at 5, starts at 9) does not; an empty span at 5 yields."""
    named = SimpleNamespace(rule="b", offset=5, end_offset=9)
    mine = SimpleNamespace(rule="a", offset=span[0], end_offset=span[1])
    assert (mine in yields.drop([named, mine], YIELDING)) is kept
