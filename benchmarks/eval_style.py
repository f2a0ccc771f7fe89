"""Measure the AP `style` pack on real copy: findings per 100 articles and speed.

    python benchmarks/eval_style.py ../shared/corpora/bbc ../shared/corpora/polnear/train/text
    python benchmarks/eval_style.py ../shared/corpora/reuters21578 --sample 20

Each argument is a folder of .txt/.md/.html articles (searched recursively)
or a Reuters-21578 folder (`reut2-*.sgm`, rebuilt in memory as TITLE, then
DATELINE and BODY). Prints, per corpus, the findings per 100 articles by rule
and level and the pack's own time per article; `--sample N` prints N random
findings with their context, to judge by eye which are real. Absent folders
are skipped with one line.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import active_rules, lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402
from corpora import articles  # noqa: E402


def evaluate(folder: Path, sample: int, rng: random.Random) -> None:
    config = Config(select=("style",))
    rules = active_rules(config)
    by_rule: Counter = Counter()
    found, n, seconds = [], 0, 0.0
    for name, data in articles(folder):
        doc = read_bytes(name, data)
        t0 = time.perf_counter()
        diags = lint_document(doc, rules, config).diagnostics
        seconds += time.perf_counter() - t0
        n += 1
        for d in diags:
            by_rule[(d.rule, d.level)] += 1
            line = doc.source.splitlines()[d.line - 1]
            found.append(f"{d.rule}: ...{line[max(0, d.column - 50):d.column + 50]}...")
    if not n:
        print(f"skipped: no articles in {folder}")
        return
    total = sum(by_rule.values())
    print(f"{folder}: {n} articles, {total} findings = {100 * total / n:.1f} per 100 articles; "
          f"style pack {1000 * seconds / n:.3f} ms/article")
    for (rule, level), count in sorted(by_rule.items()):
        print(f"  {rule:<34} {level:<10} {count:>5}  {100 * count / n:6.2f} per 100")
    for line in rng.sample(found, min(sample, len(found))):
        print("   ", line)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--sample", type=int, default=0, help="print N random findings per corpus")
    args = ap.parse_args(argv)
    rng = random.Random(1)
    for folder in args.corpora:
        if not folder.is_dir():
            print(f"skipped: {folder} not found")
            continue
        evaluate(folder, args.sample, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
