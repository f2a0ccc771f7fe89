"""Property tests for fixing (hypothesis): fixing is idempotent, and no byte
outside a fix span ever changes, whatever the text, BOM or line endings."""
from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import apply_fixes, fix_bytes

CONFIG = Config().merged(select=["hygiene"])     # only the built-in pack: stable under other work
DEFECTS = ["the the", "to to", "The the", "and and", "Kowalczyk.After", "said Okafor.Then",
           "rain!Nobody", "wins.Next"]
WORDS = ["council", "vote", "budget", "the", "to", "river", "Mayor", "Lagos", "U.S.", "US", "3.5",
         "Node.js", "said", "J.R.R.", "é", "naïve", "“quoted”", "—", "TKO", "had had"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "\t"]
noise = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8)
token = st.one_of(st.sampled_from(DEFECTS), st.sampled_from(WORDS), noise)
article = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)), min_size=1, max_size=40).map(
    lambda pairs: "Headline\n\n" + "".join(t + s for t, s in pairs))
settle = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def encode(text: str, bom: bool, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    return (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")


def changes_stay_inside(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """`after` is `before` with only the fix spans' contents replaced: the text
    between the spans survives verbatim and in order (checked by a regex built
    from those gaps, independently of apply_fixes)."""
    gaps, pos = [], 0
    for s, e in sorted(spans):
        if s > pos:
            gaps.append(before[pos:s])
        pos = max(pos, e)
    gaps.append(before[pos:])
    if spans and min(spans)[0] == 0:
        gaps.insert(0, "")
    return re.fullmatch("(?s)" + "(.*?)".join(re.escape(g) for g in gaps), after) is not None


NAMES = st.sampled_from(["a.txt", "a.md", "a.html"])   # each reader maps parts back its own way


@settle
@given(article, st.booleans(), st.booleans(), NAMES)
def test_fixing_is_idempotent(text, bom, crlf, name):
    data = encode(text, bom, crlf)
    once = fix_bytes(name, data, CONFIG)
    assert not once.problems
    fixed = once.data or data
    twice = fix_bytes(name, fixed, CONFIG)
    assert twice.applied == 0 and not twice.changed
    source = twice.result.document.source
    assert [d for d in twice.result.diagnostics
            if d.fix and source[d.fix.start:d.fix.end] != d.fix.replacement] == []


@settle
@given(article, st.booleans(), st.booleans(), NAMES)
def test_bytes_outside_fix_spans_never_change(text, bom, crlf, name):
    data = encode(text, bom, crlf)
    outcome = fix_bytes(name, data, CONFIG)
    current, result = outcome.original, lint_bytes(name, data, CONFIG)
    while True:            # replay the passes, checking each against its own fix spans
        spans = [(d.fix.start, d.fix.end) for d in result.diagnostics if d.fix]
        new, applied = apply_fixes(current, result.diagnostics)
        if not applied:
            break
        assert changes_stay_inside(current, new, spans)
        current = new
        result = lint_bytes(name, encode(current.replace("\r\n", "\n"), bom, crlf), CONFIG)
    assert current == outcome.fixed
    written = outcome.data or data
    assert written == (codecs.BOM_UTF8 if bom else b"") + current.encode("utf-8")
    if crlf:               # fixes never add or drop a line break, so every one is still CRLF
        assert written.count(b"\n") == written.count(b"\r\n") == data.count(b"\r\n")
    if any(d in text for d in DEFECTS) and not outcome.changed:
        # a defect that survived must not be fixable any more (say, it sits in a longer word)
        assert not any(d.fix for d in outcome.result.diagnostics)
