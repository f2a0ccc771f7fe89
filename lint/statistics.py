"""`--statistics`: how many findings each rule produced, most frequent first."""
from __future__ import annotations

from collections import Counter

from .diagnostic import Diagnostic


def render(diagnostics: list[Diagnostic]) -> str:
    if not diagnostics:
        return "No findings.\n"
    counts = Counter(d.rule for d in diagnostics)
    fixable = Counter(d.rule for d in diagnostics if d.fix)
    level = {d.rule: d.level for d in diagnostics}
    width = max(len(r) for r in counts)
    digits = len(str(max(counts.values())))
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        fix = f"  ({fixable[rule]} fixable)" if fixable[rule] else ""
        lines.append(f"{n:>{digits}}  {rule:<{width}}  {level[rule]}{fix}")
    lines.append(f"{sum(counts.values()):>{digits}}  total")
    return "\n".join(lines) + "\n"
