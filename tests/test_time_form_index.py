"""pf24: the time-form rules (form, noon) read one index of a story's clock
times; before, each walked every part of its scope and asked for the part's
times again."""
from __future__ import annotations

from lint.document import Document
from lint.kinds import time_form as tf
from lint.kinds.time_form import CHECKS, TimeForm, scan
from lint.readers import read_bytes

STORY = """Polls close at 8pm Tuesday

Voting opens at 7:00 AM and the count starts at 12 noon.

Results are due by 11 PM, officials said, and a recount at 12 p.m. Wednesday.

12 noon is the deadline for challenges.
"""


def _rules():
    return [TimeForm(f"style.t-{c}", {"check": c}) for c in CHECKS]


def _story():
    return read_bytes("story.txt", STORY.encode("utf-8"))


def test_the_rules_ask_for_each_parts_times_once(monkeypatch):
    asked = []
    per_part = Document.per_part

    def counting(self, key, part, build):
        if key == "style.time_form":
            asked.append(part.index)
        return per_part(self, key, part, build)
    monkeypatch.setattr(Document, "per_part", counting)
    doc = _story()
    parts = [p for p in doc.parts if p.kind in TimeForm.default_scope]
    assert len(CHECKS) >= 2 and len(parts) >= 3
    for rule in _rules():
        list(rule.check(doc, list(parts)))
    assert sorted(asked) == sorted(p.index for p in parts)


def _walk(check, parts):
    """The rule as it was: every part of the scope walked, its times filtered."""
    out = []
    for part in parts:
        text = part.text
        for t in scan(text):
            if t.check != check:
                continue
            new = t.replacement
            if check == "noon" and tf.SENTENCE_START_BEFORE.match(text, max(0, t.start - 6), t.start) \
                    and not tf._DAY_STOP_BEFORE.match(text, max(0, t.start - 8), t.start):
                new = new.capitalize()
            if new != text[t.start:t.end]:
                out.append((part.index, t.start, t.end, new))
    return out


def test_each_rule_finds_what_its_own_walk_found():
    doc = _story()
    parts = [p for p in doc.parts if p.kind in TimeForm.default_scope]
    for rule in _rules():
        check = rule.opts["check"]
        got = [(f.part.index, f.start, f.end, f.fix) for f in rule.check(doc, list(parts))]
        assert got == _walk(check, parts) and got, check
    noon = [f.fix for f in _rules()[list(CHECKS).index("noon")].check(doc, list(parts))]
    assert "Noon" in noon and "noon" in noon
