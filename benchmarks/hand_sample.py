"""A seeded sample of each rule's findings per source family, for reading by hand.

    python benchmarks/hand_sample.py --shared ../shared --seed 1 --per-rule 8 --out /tmp/sample.txt

Lints each family as a newsroom would (`newslint check --no-cache`, JSON):
`mdrepos` (each repository from its own root), `corpora` (BBC, PolNeAR
train, and the Reuters-21578 and FNC-1 train samples same_findings.py
rebuilds as text) and `formats` (NewsML-G2 and WordPress WXR files). Saved
web pages are left to `eval_pages.py --split dev --sample N`, which keeps
their test split out. Draws up to --per-rule findings of every rule in every
family with one `random.Random(seed)` (families, rules and findings in sorted
order, so the same code, data and seed give the same sample) and writes each
with its source line around the flagged span between [[ and ]]. Absent
folders are skipped (an empty sample says so). PolNeAR test and FNC-1 competition test are
never read.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpora import fnc1_bodies, reuters  # noqa: E402
from same_findings import SHARED, _write, lint  # noqa: E402

WINDOW = 120          # characters of the line shown each side of the finding


def families(shared: Path, tmp: Path, sample: int):
    """(family, name, folder) of every corpus present; rebuilt ones go under tmp."""
    repos = shared / "mdrepos"
    for repo in sorted(p for p in repos.iterdir() if p.is_dir()) if repos.is_dir() else ():
        yield "mdrepos", repo.name, repo
    c = shared / "corpora"
    if (c / "bbc").is_dir():
        yield "corpora", "bbc", c / "bbc"
    if (c / "polnear" / "train" / "text").is_dir():
        yield "corpora", "polnear-train", c / "polnear" / "train" / "text"
    if any((c / "reuters21578").glob("reut2-*.sgm")):
        items = ((f"{n}.txt", t) for n, t, _ in reuters(c / "reuters21578"))
        yield "corpora", "reuters", _write(tmp / "reuters", islice(items, sample))
    if (c / "fnc1" / "train_bodies.csv").is_file():
        items = ((f"{n}.txt", t) for n, t in fnc1_bodies(c / "fnc1"))
        yield "corpora", "fnc1", _write(tmp / "fnc1", islice(items, sample))
    for name in ("newsml-g2", "wordpress-wxr"):
        if (shared / "formats" / name).is_dir():
            yield "formats", name, shared / "formats" / name


def in_context(folder: Path, d: dict) -> str:
    """The finding's source line with the flagged span between [[ and ]] (one line shown)."""
    try:
        lines = (folder / d["path"]).read_text(encoding="utf-8", errors="replace").splitlines()
        line = lines[d["line"] - 1]
    except (OSError, IndexError):
        return "<line not readable>"
    i = d["column"] - 1
    j = d["end_column"] - 1 if d.get("end_line") == d["line"] else len(line)
    j = max(j, i)
    a, b = max(i - WINDOW, 0), min(j + WINDOW, len(line))
    return ("..." if a else "") + line[a:i] + "[[" + line[i:j] + "]]" + line[j:b] + ("..." if b < len(line) else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-rule", type=int, default=8, help="findings drawn per rule per family (default 8)")
    ap.add_argument("--sample", type=int, default=1000, help="Reuters and FNC-1 articles (default 1000)")
    ap.add_argument("--out", default="hand_sample.txt", help="where the sample is written")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newslint-hand-"))
    found: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    try:
        for family, name, folder in families(args.shared, tmp, args.sample):
            raw = lint(folder, 2).split(b"\n--- stderr ---\n")[0]
            for d in json.loads(raw or b"[]"):
                found[family][d["rule"]].append((name, d, in_context(folder, d)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# hand sample: up to {args.per_rule} findings per rule per family, seed {args.seed}\n")
        for family in sorted(found):
            for rule in sorted(found[family]):
                items = sorted(found[family][rule], key=lambda t: (t[0], t[1]["path"], t[1]["line"],
                                                                   t[1]["column"]))
                fh.write(f"\n##### {family} {rule} ({len(items)})\n")
                for n, (name, d, ctx) in enumerate(rng.sample(items, min(args.per_rule, len(items))), 1):
                    fh.write(f"{n:2}. {name}/{d['path']}:{d['line']}:{d['column']} {d['message']}\n"
                             f"    {ctx}\n")
    if not found:
        print(f"no corpus found under {args.shared}; the sample is empty")
    print(f"seed {args.seed}: sample of up to {args.per_rule} findings per rule per family "
          f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
