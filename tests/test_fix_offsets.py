"""`fix_offsets.FixMap`, the one offset map `fixes._guarded` and
`fix_baseline.Kept.moved` move their spans with, checked against the text
the fixes wrote (hypothesis): an untouched place keeps its character, a
place inside a rewritten span goes to its replacement's start or end, and
`overlaps` agrees with a scan of every fix."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from lint.diagnostic import Fix
from lint.fix_offsets import FixMap
from lint.fix_written import Written
from lint.fixes import _apply

text = st.text(alphabet="ab c\n", min_size=0, max_size=30)


@st.composite
def fixed(draw):
    source = draw(text)
    n = len(source)
    fixes = set()
    for _ in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, min(n, a + 4)))
        fixes.add(Fix(a, b, draw(st.sampled_from(["", "X", "YZ", "QQQ"]))))
    new, applied = _apply(source, fixes)
    return source, new, applied


@settings(max_examples=300, deadline=None)
@given(fixed())
def test_each_place_goes_where_the_fixes_put_its_text(case):
    source, new, applied = case
    moved = FixMap(applied)
    for i, f in enumerate(applied):
        a, b = moved.written(i)
        assert new[a:b] == f.replacement
    for pos in range(len(source) + 1):
        inside = [f for f in applied if f.start < pos < f.end]
        here = [i for i, f in enumerate(applied) if f.start == f.end == pos]
        if inside:
            a, b = moved.written(applied.index(inside[0]))
            assert (moved.to(pos, True), moved.to(pos)) == (a, b)
        elif here:
            a, b = moved.written(here[0])
            assert (moved.to(pos, True), moved.to(pos)) == (a, b)    # the insertion falls between
        else:
            assert moved.to(pos, True) == moved.to(pos)
            starting = [i for i, f in enumerate(applied) if f.start == pos]
            if starting:                                 # its text is rewritten: the new text starts there
                assert moved.to(pos) == moved.written(starting[0])[0]
            else:                                        # the character at pos (or the end) went there
                assert new[moved.to(pos):moved.to(pos) + 1] == source[pos:pos + 1]
        for end in range(pos, len(source) + 1):
            assert moved.overlaps(pos, end) == any(f.start < end and pos < f.end for f in applied)


span = st.tuples(st.sampled_from("ab"), st.integers(0, 12), st.integers(0, 4)).map(
    lambda t: (t[0], t[1], t[1] + t[2]))


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=8), st.sampled_from("ab"), st.integers(0, 14), st.integers(0, 4))
def test_a_fix_is_its_rules_own_rewrite_only_when_one_span_holds_it(written, rule, start, size):
    """`fix_written`'s own-rule guard (bisection) against every span read in
    turn: a fix inside a non-empty span its rule wrote (an insertion: strictly inside)."""
    fix = Fix(start, start + size, "X")
    if size:
        want = any(r == rule and s <= fix.start and fix.end <= e and s < e for r, s, e in written)
    else:
        want = any(r == rule and s < fix.start < e for r, s, e in written)
    record = Written()
    record.whole = [(r, s, e, "") for r, s, e in written]
    assert (record.judge().why(rule, fix) == "rewrite") == want


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=8), st.sampled_from("ab"), st.integers(0, 14), st.integers(0, 4))
def test_a_fix_chains_when_it_touches_another_rules_changed_characters(changed, rule, start, size):
    """fx558 (nu74 #1): the chain guard (bisection) against every span read in
    turn: a fix over any character another rule's fix changed (an insertion:
    strictly inside), unless it exactly puts back what that fix replaced."""
    fix = Fix(start, start + size, "X")
    if size:
        want = any(r != rule and s < fix.end and fix.start < e and s < e for r, s, e in changed)
    else:
        want = any(r != rule and s < fix.start < e for r, s, e in changed)
    record = Written()
    record.changed = [(r, s, e, "") for r, s, e in changed]
    assert (record.judge("a" * 20).why(rule, fix) == "chain") == want


@settings(max_examples=300, deadline=None)
@given(fixed())
def test_back_is_to_undone(case):
    """`FixMap.back`: a place the fixes left alone goes back to its character;
    one inside a replacement to the start of the text it replaced."""
    source, new, applied = case
    moved = FixMap(applied)
    for pos in range(len(source) + 1):
        if not any(f.start <= pos <= f.end for f in applied):
            assert moved.back(moved.to(pos)) == pos
    for i, f in enumerate(applied):
        a, b = moved.written(i)
        for pos in range(a + 1, b):
            assert moved.back(pos) == f.start
