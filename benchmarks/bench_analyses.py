"""`bench.py --per-analysis`: CPU time per article of each shared analysis and
each rule, every one charged only its own time.

`--per-rule` charges a shared analysis (the date mentions, the names, the
quotes and their attribution) to whichever rule asks for it first, so the
rule that opens a story's dates looks like the cost of every date rule.
Here each `Document.analysis` and `Document.per_part` build is timed apart
("A key", "P key"), its time taken out of the rule or analysis that asked
for it, and each rule keeps only what is left ("R id"); "read" is the
readers'. Same warm-up and clock as `--per-rule` (`process_time`): the
caches a run installs, one file of each format first, untimed. The timing
itself adds a little to every line (two clock reads a build or rule).
"""
from __future__ import annotations

import importlib
import time
from pathlib import Path

_MISSING = object()


def warmed_up(folder: Path) -> tuple[list, list[Path]]:
    """(the default rules, every file below `folder` sorted) after the
    caches a run installs are in and one file of each suffix has been read
    and checked by every rule, untimed, so that imports and first uses are
    charged to no file or rule. Shared by `--per-rule` and `--per-analysis`."""
    importlib.import_module("lint.cli")      # installs the caches a run installs
    from lint.config import Config
    from lint.engine import active_rules
    from lint.readers import read_bytes

    rules = active_rules(Config())
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for path in {p.suffix: p for p in reversed(files)}.values():     # warm-up, untimed
        doc = read_bytes(str(path), path.read_bytes())
        for rule in rules:
            list(rule.checker.check(doc, doc.parts_of(rule.scope)))
    return rules, files


def per_analysis(folder: Path, top: int = 30) -> None:
    from lint import document
    from lint.readers import read_bytes

    rules, files = warmed_up(folder)
    clock = time.process_time
    spent: dict[str, float] = {}
    nested: list[float] = []        # per open timing: time its inner timings took

    def timed(key, build, *args):
        nested.append(0.0)
        t0 = clock()
        try:
            return build(*args)
        finally:
            took = clock() - t0
            inner = nested.pop()
            spent[key] = spent.get(key, 0.0) + took - inner
            if nested:
                nested[-1] += took

    def analysis(self, key, build):
        found = self.cache.get(key, _MISSING)
        if found is _MISSING:
            found = self.cache[key] = timed("A " + key, build, self)
        return found

    def per_part(self, key, part, build):
        cache = self.cache.get(key)
        if cache is None:
            cache = self.cache[key] = {}
        found = cache.get(part.index, _MISSING)
        if found is _MISSING:
            found = cache[part.index] = timed("P " + key, build, part.text)
        return found

    kept = document.Document.analysis, document.Document.per_part
    document.Document.analysis, document.Document.per_part = analysis, per_part
    try:
        for path in files:
            doc = timed("read", read_bytes, str(path), path.read_bytes())
            for rule in rules:
                timed("R " + rule.id, lambda: list(rule.checker.check(doc, doc.parts_of(rule.scope))))
    finally:
        document.Document.analysis, document.Document.per_part = kept
    total = sum(spent.values())
    print(f"CPU per article: {total / len(files) * 1000:.3f} ms in all (own times; "
          "A: a shared analysis, P: one built per part, R: a rule's own)")
    for key, secs in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{key:48s} {secs / len(files) * 1000:.3f} ms/article  {secs / total:6.1%}")
