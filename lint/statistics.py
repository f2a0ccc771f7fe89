"""`--statistics`: how many findings each rule produced, most frequent first.

Each rule's level is the one its findings carry (the config's `levels:`,
which may differ by folder, and a kind's own level for some findings), so a
rule whose findings carry several shows them all, most severe first, each
with its count: `3  names.spelling-variant  warning 2, suggestion 1`.
"""
from __future__ import annotations

from collections import Counter

from .diagnostic import Diagnostic


def render(diagnostics: list[Diagnostic]) -> str:
    if not diagnostics:
        return "No findings.\n"
    counts = Counter(d.rule for d in diagnostics)
    fixable = Counter(d.rule for d in diagnostics if d.fix)
    levels: dict[str, Counter] = {}
    for d in diagnostics:
        levels.setdefault(d.rule, Counter())[d.level] += 1
    width = max(len(r) for r in counts)
    digits = len(str(max(counts.values())))
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        fix = f"  ({fixable[rule]} fixable)" if fixable[rule] else ""
        lines.append(f"{n:>{digits}}  {rule:<{width}}  {_levels(levels[rule])}{fix}")
    lines.append(f"{sum(counts.values()):>{digits}}  total")
    return "\n".join(lines) + "\n"


_ORDER = ("error", "warning", "suggestion")


def _levels(counts: Counter) -> str:
    """"warning", or "warning 2, suggestion 1" when the findings differ."""
    if len(counts) == 1:
        return next(iter(counts))
    ranked = sorted(counts, key=lambda lv: _ORDER.index(lv) if lv in _ORDER else len(_ORDER))
    return ", ".join(f"{lv} {counts[lv]}" for lv in ranked)
