"""A seeded sample of each rule's findings on real pages, for reading by hand.

Used by eval_pages.py (`--sample N`): the same split, seed and code give the
same sample, so a hand reading of per-rule precision can be redone and checked.
Each finding is shown with the flagged text marked inside a window of its part
(the part's text, not the raw HTML), which is what a copy editor would judge.
"""
from __future__ import annotations

import bisect
import collections
import random
from pathlib import Path

WINDOW = 160          # characters of the part shown each side of the finding


def text_index(part, offset: int) -> int:
    """Index in part.text of the character at source `offset` (nearest before it)."""
    starts = [part.source_offset(i) for i in range(len(part.text) + 1)]
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def in_context(part, d) -> str:
    """The part's text around finding `d`, the flagged span between [[ and ]]."""
    if part is None:
        return repr(d.snippet[:200])
    text = part.text
    i = text_index(part, d.offset)
    j = max(text_index(part, d.end_offset), i) if d.end_offset > d.offset else i
    if d.end_offset > d.offset and part.source_offset(j) < d.end_offset:
        j += 1
    a, b = max(i - WINDOW, 0), min(j + WINDOW, len(text))
    return (("..." if a else "") + text[a:i] + "[[" + text[i:j] + "]]" + text[j:b]
            + ("..." if b < len(text) else "")).replace("\n", " / ")


def write_sample(results: list[dict], path: str, per_rule: int, seed: int, header: str) -> None:
    """Write up to `per_rule` findings of every rule, drawn with `seed`, most frequent rule first."""
    rng = random.Random(seed)
    by_rule = collections.defaultdict(list)
    for r in results:
        for d, part, outside in r["sampled"]:
            by_rule[d.rule].append((r["path"], d, part, outside))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# {header}; up to {per_rule} findings per rule, drawn with seed {seed}\n")
        for rule, items in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            fh.write(f"\n##### {rule} ({len(items)})\n")
            for n, (path_, d, part, outside) in enumerate(
                    rng.sample(items, min(per_rule, len(items))), 1):
                kind = part.kind if part is not None else None
                fh.write(f"{n:2}. {Path(path_).name}:{d.line}:{d.column} [{kind}; outside={outside}] "
                         f"{d.message}\n    {in_context(part, d)}\n")
    print(f"sample written to {path}")
