"""Measure the `captions` pack on real copy: false alarms and speed.

    python benchmarks/eval_captions.py ../shared/corpora/bbc ../shared/corpora/polnear/train/text
    python benchmarks/eval_captions.py --show 20 ../shared/corpora/fnc1

BBC, PolNeAR and Reuters are body copy with no photo captions, so every
caption the plain-text reader finds there and every `captions.*` finding is
a false alarm; FNC-1 bodies are scraped web pages, some with captions and
credits left in (judge those with --show). Prints, per corpus, the captions
found and findings per 100 articles, and the CPU time per article of (a) the
credit search in captions, (b) the pack's rules and (c) the plain-text
caption-line test on the first line of every paragraph. Each argument is a
folder of .txt/.md/.html articles, a Reuters-21578 folder or the FNC-1
folder (train_bodies.csv); absent folders are skipped with one line.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.credits import caption_line_pattern, find_credit  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import active_rules, lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402
from corpora import articles  # noqa: E402


def evaluate(folder: Path, show: int) -> None:
    config = Config(select=("captions",))
    rules = active_rules(config)
    by_rule: Counter = Counter()
    caption_line = caption_line_pattern()
    shown, n, captions, split_s, rules_s, line_s = 0, 0, 0, 0.0, 0.0, 0.0
    for name, data in articles(folder):
        doc = read_bytes(name, data)
        n += 1
        firsts = [block.split("\n", 1)[0] for block in doc.source.split("\n\n") if block.strip()]
        t = time.process_time()
        for line in firsts:  # the plain-text reader's test, on each paragraph's first line
            caption_line.match(line)
        line_s += time.process_time() - t
        t0 = time.process_time()
        for part in doc.parts_of(["caption"]):  # credit search, as read_bytes ran it
            find_credit(part.text)
        t1 = time.process_time()
        diags = lint_document(doc, rules, config).diagnostics
        t2 = time.process_time()
        split_s, rules_s = split_s + t1 - t0, rules_s + t2 - t1
        by_rule.update(d.rule for d in diags)
        for part in doc.parts_of(["caption"]):
            captions += 1
            if shown < show:
                shown += 1
                print(f"  caption: {name}: {part.text[:120]!r}")
    if not n:
        print(f"{folder}: no articles found")
        return
    per100 = ", ".join(f"{r} {c * 100 / n:.2f}" for r, c in by_rule.most_common()) or "none"
    print(f"{folder}: {n} articles; captions found {captions} ({captions * 100 / n:.2f} per 100); "
          f"findings per 100: {per100}; split {split_s / n * 1e6:.1f} us/article, "
          f"rules {rules_s / n * 1e6:.1f} us/article, caption-line test {line_s / n * 1e6:.1f} "
          "us/article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--show", type=int, default=0, help="print the first N captions found")
    args = ap.parse_args()
    for corpus in args.corpora:
        folder = Path(corpus)
        if not folder.is_dir():
            print(f"skipped: {corpus} not found")
            continue
        evaluate(folder, args.show)


if __name__ == "__main__":
    main()
