"""`yields-to`: a rule that gives way where a rule it names flags the same text.

One fault, one finding, from the rule that names it best: in a caption
hygiene.missing-space yields to captions.run-on ("phenomenon.Credit: Jane
Roe/AP" is a credit run on, not only a missing space). `problems` checks a
rule set's `yields-to` ids when it is loaded; `drop` filters one document's
findings, after suppressions, so a finding never yields to one the writer
switched off (a rule not selected, ignored or disabled inline takes nothing
away either).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Mapping

from .diagnostic import Diagnostic
from .file_notices import FILE_RULES


def problems(yielding: Mapping[str, tuple[str, ...]]) -> list[tuple[str, int, str]]:
    """(rule id, index in its `yields-to`, problem) for each id of `yielding`
    (every loaded rule id -> its `yields-to`) that names no rule, names the
    rule itself, or closes a chain back to it (a -> b -> a): each of those
    would drop the fault's every finding, silently."""
    known = set(yielding) | set(FILE_RULES)
    found = []
    for rid, names in yielding.items():
        for i, name in enumerate(names):
            if name == rid:
                found.append((rid, i, f"{name!r} is the rule itself: every finding of it would be dropped"))
            elif name not in known:
                from .config_values import id_hint   # a misspelt id only
                found.append((rid, i, f"no rule {name!r}{id_hint(name, known)}"))
            elif (chain := _back(name, rid, yielding)) is not None:
                found.append((rid, i, f"{' -> '.join((rid, *chain))} comes back round: the rules would "
                                      "drop each other's findings and none would report the fault"))
    return found


def _back(start: str, target: str, yielding: Mapping[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The chain of `yields-to` ids from `start` that reaches `target`, or None."""
    todo, seen = [(start,)], {start}
    while todo:
        chain = todo.pop()
        for name in yielding.get(chain[-1], ()):
            if name == target:
                return chain + (name,)
            if name not in seen:
                seen.add(name)
                todo.append(chain + (name,))
    return None


def drop(out: list[Diagnostic], yielding: Mapping[str, tuple[str, ...]]) -> list[Diagnostic]:
    """`out` without the findings of a rule with `yields-to` (`yielding`: rule
    id -> the ids it yields to) that overlap a finding of a rule it names, or
    start where one starts (an empty span).

    Each named rule's spans are sorted once, so a paragraph of thousands of
    strays costs n log n, not n x m (qa336 #1: 4,000 spaced ‘s strays beside
    turned pairs took 11 s)."""
    wanted = {rid for names in yielding.values() for rid in names}
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in out:
        if d.rule in wanted:
            spans.setdefault(d.rule, []).append((d.offset, d.end_offset))
    if not spans:
        return out
    index = {rid: _Spans(found) for rid, found in spans.items()}
    return [d for d in out if d.rule not in yielding or not any(
        index[rid].meets(d.offset, d.end_offset) for rid in yielding[d.rule] if rid in index)]


class _Spans:
    """(start, end) spans sorted by start, with the largest end up to each."""

    def __init__(self, found: list[tuple[int, int]]) -> None:
        found.sort()
        self.starts = [a for a, _ in found]
        self.reach, most = [], -1
        for _, b in found:
            most = max(most, b)
            self.reach.append(most)

    def meets(self, start: int, end: int) -> bool:
        """True when a span overlaps [start, end) or starts at `start`."""
        before = bisect_left(self.starts, end)        # the spans with a < end
        if before and self.reach[before - 1] > start:
            return True
        at = bisect_left(self.starts, start)
        return at < len(self.starts) and self.starts[at] == start
