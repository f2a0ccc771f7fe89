"""Measure the `captions` pack on real copy: captions and credits left in running text.

    python benchmarks/eval_captions.py ../shared/corpora/fnc1 [--split held-out] [--seed 12]
    python benchmarks/eval_captions.py ../shared/corpora/fnc1 --split dev --show 20
    python benchmarks/eval_captions.py ../shared/corpora/bbc ../shared/corpora/polnear/train/text

FNC-1 train bodies are scraped pages, and many carry photo captions and
credits in their text. `benchmarks/labels/captions_fnc1.json` labels them by
line (ids and offsets only, no text): `credit` (a caption ending in a credit,
a credit-only line, a bracketed credit), `file` (an image file name alone),
`double` (the same credit twice in a row), `runon` (a credit glued to the
next text) and `skip` (ambiguous; left out). The bodies are split by Body ID
with `--seed` into `dev` (tune and `--show` here) and `held-out` (report
here; `--show` refuses it). A defective line is caught when:
  credit  newslint reads it as a caption or credit, or a captions rule flags it;
  file    captions.filename flags it;
  double  captions.repeated-credit flags it;
  runon   captions.run-on flags it.
A false alarm is a clean line read as a caption or credit or flagged by a
captions rule. Other folders (BBC, PolNeAR, Reuters) have no captions: every
caption found there is a false alarm, reported per 100 articles.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import active_rules, lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402
from corpora import articles, fnc1_bodies, split_ids  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels" / "captions_fnc1.json"
NEEDS = {"file": {"captions.filename"}, "double": {"captions.repeated-credit"},
         "runon": {"captions.run-on"}}


def line_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def judge(name: str, text: str, rules, config) -> tuple[list[tuple[int, int]], dict[int, set[str]], set[int]]:
    """(line spans, rules flagging each line, lines read as caption or credit)."""
    doc = read_bytes(name, text.encode("utf-8"))
    spans = line_spans(text)
    starts = [s for s, _ in spans]
    at = lambda offset: bisect.bisect_right(starts, offset) - 1  # noqa: E731
    flagged: dict[int, set[str]] = {}
    for d in lint_document(doc, rules, config).diagnostics:
        flagged.setdefault(at(d.offset), set()).add(d.rule)
    read_as = set()
    for part in doc.parts:
        if part.kind in ("caption", "credit") and part.text.strip():
            a, b = part.source_offset(0), part.source_offset(len(part.text))
            read_as.update(range(at(a), at(max(a, b - 1)) + 1))
    return spans, flagged, read_as


def evaluate_labelled(folder: Path, split: str, seed: int, dev_share: float, show: int) -> None:
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    csv_path = folder / "train_bodies.csv"
    if hashlib.sha256(csv_path.read_bytes()).hexdigest() != data["sha256"]:
        print(f"{csv_path}: not the file the labels were made on (sha256 differs); skipped")
        return
    labels: dict[tuple[str, int], str] = {(str(b), i): lab for b, i, _, _, lab in data["labels"]}
    bodies = dict(fnc1_bodies(folder))
    ids = [name.split("#", 1)[1] for name in bodies]
    which = split_ids(ids, seed, dev_share)
    config = Config(select=("captions",))
    rules = active_rules(config)
    caught, total, alarms, clean = Counter(), Counter(), 0, 0
    recognised = Counter()
    misses, false = [], []
    t0 = time.process_time()
    n_bodies = 0
    for name, text in bodies.items():
        body = name.split("#", 1)[1]
        if which[body] != split:
            continue
        n_bodies += 1
        spans, flagged, read_as = judge(f"{name}.txt", text, rules, config)
        for i, (s, e) in enumerate(spans):
            if not text[s:e].strip():
                continue
            lab = labels.get((body, i), "clean")
            rules_here = flagged.get(i, set())
            marked = i in read_as or any(r.startswith("captions.") for r in rules_here)
            if lab == "skip":
                continue
            if lab == "clean":
                clean += 1
                if marked:
                    alarms += 1
                    false.append((body, i, sorted(rules_here), text[s:e]))
                continue
            total[lab] += 1
            recognised[lab] += marked
            hit = bool(NEEDS[lab] & rules_here) if lab in NEEDS else marked
            caught[lab] += hit
            if not hit:
                misses.append((body, i, lab, sorted(rules_here), text[s:e]))
    cpu = time.process_time() - t0
    defects, hits = sum(total.values()), sum(caught.values())
    marked_all = hits + alarms
    print(f"FNC-1 train bodies, split {split} (seed {seed}, dev share {dev_share}): {n_bodies} bodies, "
          f"{defects} defective lines, {clean} clean lines")
    print(f"  caught {hits}/{defects} = {hits / max(defects, 1):.1%}; false alarms {alarms} "
          f"({alarms / max(marked_all, 1):.1%} of what was marked; {alarms / max(clean, 1):.2%} of clean lines)")
    for lab in ("credit", "file", "double", "runon"):
        if total[lab]:
            print(f"  {lab:7} caught {caught[lab]}/{total[lab]}  (read as caption or credit: "
                  f"{recognised[lab]}/{total[lab]})")
    print(f"  {cpu / max(n_bodies, 1) * 1e3:.2f} ms CPU per body (captions pack; noisy)")
    if show:
        if split != "dev":
            print("  --show lists lines of the dev split only (the held-out split is for reporting)")
            return
        for body, i, lab, rules_here, line in misses[:show]:
            print(f"  missed {lab} {body}:{i} {rules_here}: {line[:150]!r}")
        for body, i, rules_here, line in false[:show]:
            print(f"  false alarm {body}:{i} {rules_here}: {line[:150]!r}")


def evaluate_unlabelled(folder: Path) -> None:
    """Corpora with no captions at all: every caption found is a false alarm."""
    config = Config(select=("captions",))
    rules = active_rules(config)
    by_rule: Counter = Counter()
    n = captions = 0
    t0 = time.process_time()
    for name, data in articles(folder):
        doc = read_bytes(name, data)
        n += 1
        captions += sum(1 for p in doc.parts if p.kind == "caption")
        by_rule.update(d.rule for d in lint_document(doc, rules, config).diagnostics)
    if not n:
        print(f"{folder}: no articles found")
        return
    cpu = time.process_time() - t0
    per100 = ", ".join(f"{r} {c * 100 / n:.2f}" for r, c in by_rule.most_common()) or "none"
    print(f"{folder}: {n} articles; captions found {captions} ({captions * 100 / n:.2f} per 100, all "
          f"false alarms); findings per 100: {per100}; {cpu / n * 1e3:.2f} ms CPU per article")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--split", choices=("dev", "held-out"), default="held-out")
    ap.add_argument("--seed", type=int, default=12, help="seed of the Body ID split (default 12)")
    ap.add_argument("--dev-share", type=float, default=0.5, help="share of bodies in dev (default 0.5)")
    ap.add_argument("--show", type=int, default=0, help="print N misses and N false alarms (dev only)")
    args = ap.parse_args(argv)
    for corpus in args.corpora:
        folder = Path(corpus)
        if not folder.is_dir():
            print(f"skipped: {corpus} not found")
        elif (folder / "train_bodies.csv").is_file():
            evaluate_labelled(folder, args.split, args.seed, args.dev_share, args.show)
        else:
            evaluate_unlabelled(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
