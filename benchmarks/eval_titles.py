"""Evaluate the headline checks on real copy, on data they were not tuned on.

    python benchmarks/eval_titles.py ../shared/corpora [--split held-out] [--seed 12]
    python benchmarks/eval_titles.py ../shared/corpora --split dev --tune

FNC-1 (train split only; its competition test split is never read): bodies
are split by Body ID with `--seed` into `dev` and `held-out`, so no body is
in both. `titles.headline-unrelated` is scored on the chosen split at that
split's own class mix: precision, recall and F1 for "unrelated", beside a
trivial word-overlap baseline (the share of the headline's content words
found in the body, no stems, no rarity) whose threshold is fitted on `dev`.
`--tune` (dev only) searches the rule's threshold and weights on `dev`.

BBC: the share of stories whose own headline is flagged, per section. The
rule's values may be tuned on `business` only (`lint/data/idf.json` also
counts only that section); `entertainment` and `politics` are reported as
held out. Bodies are analysed once and shared by all their headlines.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.headline import Weights, evidence, profile_text, score  # noqa: E402
from lint.analysis.word_patterns import WORD  # noqa: E402
from lint.analysis.words import tables  # noqa: E402
from lint.kinds.title_unrelated import judged  # noqa: E402
from lint.kinds.title_unsupported import unsupported  # noqa: E402
from lint.ruleset import builtin_rules_dir, load_rule  # noqa: E402
from corpora import split_ids  # noqa: E402

# The values the rule ships with: its YAML over the kind's defaults.
DEFAULTS = load_rule("titles.headline-unrelated",
                     builtin_rules_dir() / "titles" / "headline-unrelated.yaml").checker.opts
UNSUPPORTED = load_rule("titles.headline-unsupported",
                        builtin_rules_dir() / "titles" / "headline-unsupported.yaml").checker.opts
SHIPPED = Weights(DEFAULTS["number_weight"], DEFAULTS["name_weight"], DEFAULTS["rarity_power"],
                  DEFAULTS["lead_weight"])
TUNE_SECTION = "business"


def overlap(head: str, body_words: frozenset[str]) -> float:
    """The baseline: share of the headline's content words (lower case, stop
    words out) that occur in the body, each counted once."""
    stop = tables()["stopwords"]
    words = {w.lower() for w in WORD.findall(head) if w.lower() not in stop and len(w) > 1}
    return sum(w in body_words for w in words) / len(words) if words else 1.0


def fnc1_pairs(folder: Path, split: str, seed: int, dev_share: float) -> list[tuple]:
    """(evidence or None when not judged, baseline score, stance) per pair of the split."""
    csv.field_size_limit(10_000_000)
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        rows = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    which = split_ids(rows, seed, dev_share)
    bodies = {b: (profile_text(t.split("\n")), frozenset(w.lower() for w in WORD.findall(t)))
              for b, t in rows.items() if which[b] == split}
    out = []
    with open(folder / "train_stances.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["Body ID"] not in bodies:
                continue
            body, words = bodies[row["Body ID"]]
            head = row["Headline"]
            out.append((evidence(head, body) if judged(head, body, DEFAULTS) else None,
                        overlap(head, words), row["Stance"]))
    return out


def prf(flags: list[tuple[bool, str]]) -> tuple[float, float, float, float]:
    """(precision, recall, F1 for "unrelated", share of "disagree" pairs flagged)."""
    tp = sum(f and st == "unrelated" for f, st in flags)
    fp = sum(f and st != "unrelated" for f, st in flags)
    fn = sum(not f and st == "unrelated" for f, st in flags)
    dis = [f for f, st in flags if st == "disagree"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, sum(dis) / len(dis) if dis else 0.0


def ours(pairs, weights: Weights, threshold: float) -> list[tuple[bool, str]]:
    return [(ev is not None and score(ev, weights) < threshold, st) for ev, _, st in pairs]


def baseline(pairs, threshold: float) -> list[tuple[bool, str]]:
    return [(b < threshold, st) for _, b, st in pairs]


def fit_baseline(pairs) -> float:
    """The overlap threshold with the best F1 on these pairs."""
    return max((t / 100 for t in range(5, 100, 5)), key=lambda t: prf(baseline(pairs, t))[2])


def tune(pairs) -> None:
    """Grid search of the rule's weights and threshold on dev; prints the best."""
    results = []
    for number, name, power, lead in itertools.product((1.0, 2.0, 3.0), (1.0, 1.5),
                                                       (1.0, 1.5, 2.0), (1.0, 2.0, 3.0, 4.0)):
        w = Weights(number, name, power, lead)
        scores = [(None if ev is None else score(ev, w), st) for ev, _, st in pairs]
        for t in (x / 100 for x in range(10, 71, 2)):
            f1 = prf([(s is not None and s < t, st) for s, st in scores])[2]
            results.append((f1, t, w))
    results.sort(key=lambda r: -r[0])
    for f1, t, w in results[:8]:
        print(f"  dev F1 {f1:.4f}: threshold {t:.2f}, number_weight {w.number}, "
              f"name_weight {w.name}, rarity_power {w.rarity_power}, lead_weight {w.lead}")


def bbc_rates(folder: Path, weights: Weights, threshold: float) -> None:
    for section in sorted(p.name for p in folder.iterdir() if p.is_dir()):
        n = unrelated = flagged = 0
        for path in sorted((folder / section).glob("*.txt")):
            head, _, body_text = path.read_text(encoding="utf-8", errors="replace").partition("\n")
            body = profile_text(body_text.split("\n"))
            n += 1
            if judged(head, body, DEFAULTS):
                unrelated += score(evidence(head, body), weights) < threshold
            flagged += any(True for _ in unsupported(head, body, UNSUPPORTED))
        role = "tuning section" if section == TUNE_SECTION else "held out"
        print(f"BBC {section} ({role}), {n} stories with their own headlines: headline-unrelated "
              f"flags {unrelated / max(n, 1):.2%}, headline-unsupported flags "
              f"{flagged / max(n, 1):.2%}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--split", choices=("dev", "held-out"), default="held-out")
    ap.add_argument("--seed", type=int, default=12, help="seed of the Body ID split (default 12)")
    ap.add_argument("--dev-share", type=float, default=0.5, help="share of bodies in dev")
    ap.add_argument("--threshold", type=float, default=DEFAULTS["threshold"])
    ap.add_argument("--tune", action="store_true", help="search weights and threshold (dev only)")
    args = ap.parse_args(argv)
    root = Path(args.corpora)
    fnc, bbc = root / "fnc1", root / "bbc"
    if not (fnc / "train_stances.csv").is_file() and not bbc.is_dir():
        print(f"skipped: {fnc} and {bbc} not found")
        return 0
    if args.tune and args.split != "dev":
        print("--tune searches on the dev split only; add --split dev")
        return 2
    t0 = time.perf_counter()
    if (fnc / "train_stances.csv").is_file():
        dev = fnc1_pairs(fnc, "dev", args.seed, args.dev_share)
        pairs = dev if args.split == "dev" else fnc1_pairs(fnc, "held-out", args.seed, args.dev_share)
        share = sum(st == "unrelated" for _, _, st in pairs) / len(pairs)
        print(f"FNC-1 train, split {args.split} (seed {args.seed}, dev share {args.dev_share}): "
              f"{len(pairs)} pairs, {share:.1%} unrelated")
        p, r, f1, dis = prf(ours(pairs, SHIPPED, args.threshold))
        print(f"  headline-unrelated (threshold {args.threshold}, {SHIPPED}): precision {p:.4f} "
              f"recall {r:.4f} F1 {f1:.4f}; fires on disagree {dis:.1%}")
        bt = fit_baseline(dev)
        p, r, f1, dis = prf(baseline(pairs, bt))
        print(f"  word-overlap baseline (threshold {bt:.2f}, fitted on dev): precision {p:.4f} "
              f"recall {r:.4f} F1 {f1:.4f}; fires on disagree {dis:.1%}")
        if args.tune:
            tune(pairs)
    else:
        print(f"skipped FNC-1: {fnc} not found")
    if bbc.is_dir():
        bbc_rates(bbc, SHIPPED, args.threshold)
    else:
        print(f"skipped BBC: {bbc} not found")
    print(f"took {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
