"""pf24: the nine date-form rules read one index of a story's deviations.

Before, each rule (one a check) walked every part of its scope and looked up
the part's deviations again: nine walks a story. Now the first rule builds
`by_check` for the parts it is given and the others read their check's list."""
from __future__ import annotations

from lint.document import Part
from lint.kinds.date_form import CHECKS, DateForm, deviations
from lint.readers import read_bytes

STORY = """Council sets Jan 5th vote

The council met on Wed. Jan. 05, 2026 at noon and again on 5 January.

The budget, due in Sept 2026, was first shown on March 3rd.

Members said the May 18th session would run long.
"""


class _CountingPart(Part):
    reads = 0

    @property
    def index(self):
        _CountingPart.reads += 1
        return self._index

    @index.setter
    def index(self, value):
        self._index = value


def _rules():
    return [DateForm(f"style.t-{c}", {"check": c, "message-wrong-day": ""}) for c in CHECKS]


def _story():
    return read_bytes("story.txt", STORY.encode("utf-8"))


def _reads(rules) -> tuple[int, int]:
    """Reads of a part's index while `rules` check a fresh story, and its parts."""
    doc = _story()
    for p in doc.parts:
        p._index = p.__dict__.pop("index")
        p.__class__ = _CountingPart
    parts = [p for p in doc.parts if p.kind in DateForm.default_scope]
    _CountingPart.reads = 0
    for rule in rules:
        list(rule.check(doc, list(parts)))
    return _CountingPart.reads, len(parts)


def test_the_nine_rules_walk_the_parts_once():
    first, n = _reads(_rules()[:1])
    nine, _ = _reads(_rules())
    assert n >= 3 and first >= n
    # the first rule walks the parts; the eight others read only what they
    # find (a weekday's part, its wrong weekdays): not a walk each
    assert nine - first < 8 * n


def test_each_rule_finds_what_its_own_walk_of_the_parts_found():
    doc = _story()
    parts = [p for p in doc.parts if p.kind in DateForm.default_scope]
    for rule in _rules():
        check = rule.opts["check"]
        got = [(f.part.index, f.start, f.end, f.args["replacement"]) for f in rule.check(doc, list(parts))]
        want = [(p.index, s, e, new) for p in parts for s, e, new in deviations(p.text).get(check, ())]
        assert got == want, check
    assert any(deviations(p.text) for p in parts)


def test_a_rule_with_a_narrower_scope_gets_an_index_of_its_own():
    doc = _story()
    every = [p for p in doc.parts if p.kind in DateForm.default_scope]
    body = [p for p in every if p.kind == "paragraph"]
    rule = DateForm("style.t-ordinal", {"check": "ordinal", "message-wrong-day": ""})
    whole = [(f.part.index, f.start) for f in rule.check(doc, list(every))]
    part = [(f.part.index, f.start) for f in rule.check(doc, list(body))]
    assert part == [f for f in whole if doc.parts[f[0]].kind == "paragraph"]
    assert len(whole) > len(part) >= 1
