"""`--statistics`: how many findings each rule produced, most frequent first.

Each rule's level is the one its findings carry (the config's `levels:`,
which may differ by folder, and a kind's own level for some findings), so a
rule whose findings carry several shows them all, most severe first, each
with its count: `3  names.spelling-variant  warning 2, suggestion 1`.
Columns are as wide as their widest cell, the total's digits included.
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
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    said = {rule: _levels(levels[rule]) for rule in counts}
    total = sum(counts.values())
    # each column as wide as its widest cell: the total has the most digits, and
    # 'suggestion' (or a mix of levels) outgrows 'warning'
    digits, width, level_width = len(str(total)), max(map(len, counts)), max(map(len, said.values()))
    lines = []
    for rule, n in ranked:
        row = f"{n:>{digits}}  {rule:<{width}}  "
        if fixable[rule]:   # the level padded only when a column follows it: no trailing blanks
            lines.append(f"{row}{said[rule]:<{level_width}}  ({fixable[rule]} fixable)")
        else:
            lines.append(row + said[rule])
    lines.append(f"{total:>{digits}}  total")
    return "\n".join(lines) + "\n"


_ORDER = ("error", "warning", "suggestion")


def _levels(counts: Counter) -> str:
    """"warning", or "warning 2, suggestion 1" when the findings differ."""
    if len(counts) == 1:
        return next(iter(counts))
    ranked = sorted(counts, key=lambda lv: _ORDER.index(lv) if lv in _ORDER else len(_ORDER))
    return ", ".join(f"{lv} {counts[lv]}" for lv in ranked)
