"""Evaluate the headline checks on real copy.

    python benchmarks/eval_titles.py ../shared/corpora [--threshold 0.3] [--sweep]

FNC-1 (train): precision, recall and F1 of `titles.headline-unrelated` for
the "unrelated" stance, and how often it fires on "disagree" pairs. BBC: the
share of stories whose own headline is flagged by `headline-unrelated` and by
`headline-unsupported`. Each body is analysed once and shared by all its
headlines (1,683 bodies, 49,972 pairs), so the run takes seconds.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.headline import (content_tokens, name_groups, name_supported,  # noqa: E402
                                    profile_text, support, unsupported_numbers)
from lint.kinds.title_unrelated import TitleUnrelated  # noqa: E402
from lint.analysis.words import is_year  # noqa: E402

DEFAULTS = {k: o.default for k, o in TitleUnrelated.options.items()}


def fnc1_scores(folder: Path) -> list[tuple[float | None, str]]:
    """(support score or None when not judged, stance) for every pair."""
    csv.field_size_limit(10_000_000)
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: profile_text(r["articleBody"].split("\n"))
                  for r in csv.DictReader(fh)}
    out = []
    with open(folder / "train_stances.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            body, head = bodies[row["Body ID"]], row["Headline"]
            judged = (body.enough_words(DEFAULTS["min_body_words"])
                      and len(content_tokens(head)) >= DEFAULTS["min_words"])
            out.append((support(head, body) if judged else None, row["Stance"]))
    return out


def prf(scores, threshold: float) -> tuple[float, float, float, float]:
    flagged = [(s is not None and s < threshold, stance) for s, stance in scores]
    tp = sum(f and st == "unrelated" for f, st in flagged)
    fp = sum(f and st != "unrelated" for f, st in flagged)
    fn = sum(not f and st == "unrelated" for f, st in flagged)
    dis = [f for f, st in flagged if st == "disagree"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, sum(dis) / len(dis) if dis else 0.0


def bbc_rates(folder: Path, threshold: float) -> tuple[int, float, float]:
    n = unrelated = unsupported = 0
    for path in sorted(folder.glob("*/*.txt")):
        head, _, body_text = path.read_text(encoding="utf-8", errors="replace").partition("\n")
        body = profile_text(body_text.split("\n"))
        n += 1
        if body.enough_words(DEFAULTS["min_body_words"]) and \
                len(content_tokens(head)) >= DEFAULTS["min_words"]:
            unrelated += support(head, body) < threshold
        bad = [v for _, _, v in unsupported_numbers(head, body) if not is_year(v)]
        bad += [g for g in name_groups(head) if not name_supported(g, body)]
        unsupported += bool(bad)
    return n, unrelated / n if n else 0.0, unsupported / n if n else 0.0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--threshold", type=float, default=DEFAULTS["threshold"])
    ap.add_argument("--sweep", action="store_true", help="also print F1 for thresholds 0.20-0.40")
    args = ap.parse_args(argv)
    root = Path(args.corpora)
    fnc, bbc = root / "fnc1", root / "bbc"
    if not (fnc / "train_stances.csv").is_file() and not bbc.is_dir():
        print(f"skipped: {fnc} and {bbc} not found")
        return 0
    t0 = time.perf_counter()
    if (fnc / "train_stances.csv").is_file():
        scores = fnc1_scores(fnc)
        p, r, f1, dis = prf(scores, args.threshold)
        print(f"FNC-1 train, {len(scores)} pairs, threshold {args.threshold}: unrelated "
              f"precision {p:.4f} recall {r:.4f} F1 {f1:.4f}; fires on disagree {dis:.1%}")
        if args.sweep:
            for t in [x / 100 for x in range(20, 41, 2)]:
                p, r, f1, dis = prf(scores, t)
                print(f"  threshold {t:.2f}: P {p:.4f} R {r:.4f} F1 {f1:.4f} disagree {dis:.1%}")
    else:
        print(f"skipped FNC-1: {fnc} not found")
    if bbc.is_dir():
        n, unrelated, unsupported = bbc_rates(bbc, args.threshold)
        print(f"BBC, {n} stories with their own headlines: headline-unrelated flags "
              f"{unrelated:.2%}, headline-unsupported flags {unsupported:.2%}")
    else:
        print(f"skipped BBC: {bbc} not found")
    print(f"took {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
