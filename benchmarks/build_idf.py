"""Rebuild `lint/data/idf.json`: document frequencies of word stems.

    python benchmarks/build_idf.py ../shared/corpora [--out PATH] [--bbc-sections business]

The table holds figures only, never text: for each Snowball stem, the number
of articles it occurs in, and the number in which it occurs in lower case
(which tells an ordinary word from a name). It is counted over PolNeAR
(train and dev) and the BBC sections given (default: only `business`, the
one section `eval_titles.py` tunes on). None of the data the titles
evaluation reports on is counted: not FNC-1 (whose split is made by seed at
evaluation time) and not the other BBC sections, so no held-out headline
word has its rarity learnt from the held-out text. (Adding Reuters-21578,
1987 wire copy, or FNC-1's dev bodies lowered the F1 on FNC-1 dev.)
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.word_patterns import WORD  # noqa: E402
from lint.analysis.words import stem  # noqa: E402

MIN_DF = 3        # rarer stems are left out: an unseen stem counts as rarest
COMMON_MIN = 3    # lower-case in this many articles: an ordinary word
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "idf.json"


def articles(root: Path, bbc_sections: list[str]):
    """(corpus, text) of every article counted."""
    for path in sorted((root / "polnear").rglob("*.txt")):
        yield "polnear", path.read_text(encoding="utf-8", errors="replace")
    for section in bbc_sections:
        for path in sorted((root / "bbc" / section).glob("*.txt")):
            yield f"bbc/{section}", path.read_text(encoding="utf-8", errors="replace")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--bbc-sections", nargs="*", default=["business"],
                    help="BBC sections to count (default: business, the tuning section)")
    args = ap.parse_args(argv)
    root = Path(args.corpora)
    if not (root / "polnear").is_dir():
        print(f"skipped: {root / 'polnear'} not found")
        return 0
    df, low, per_corpus = Counter(), Counter(), Counter()
    for corpus, text in articles(root, args.bbc_sections):
        per_corpus[corpus] += 1
        words = [m[0] for m in WORD.finditer(text)]
        df.update({stem(w) for w in words})
        low.update({stem(w) for w in words if w.islower()})
    docs = sum(per_corpus.values())
    table = {s: [n, low[s]] for s, n in sorted(df.items()) if n >= MIN_DF}
    Path(args.out).write_text(json.dumps({"docs": docs, "common_min": COMMON_MIN, "df": table},
                                         separators=(",", ":")) + "\n", encoding="utf-8")
    counted = ", ".join(f"{c} {n}" for c, n in sorted(per_corpus.items()))
    print(f"{docs} articles ({counted}), {len(table)} stems -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
