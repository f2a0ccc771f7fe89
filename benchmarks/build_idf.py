"""Rebuild `lint/data/idf.json`: document frequencies of word stems.

The table holds figures only, never text: for each stem, the number of
articles it occurs in, and the number in which it occurs in lower case
(which tells an ordinary word from a name). Counted over the BBC and PolNeAR
corpora, whose headlines are never used by the titles benchmark on FNC-1.

    python benchmarks/build_idf.py ../shared/corpora [OUT]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.words import WORD, stem  # noqa: E402

MIN_DF = 3        # rarer stems are left out: an unseen stem counts as rarest
COMMON_MIN = 3    # lower-case in this many articles: an ordinary word


def articles(root: Path):
    for sub in ("bbc", "polnear"):
        for path in sorted((root / sub).rglob("*.txt")):
            if path.name.upper() != "README.TXT":
                yield path.read_text(encoding="utf-8", errors="replace")


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("../shared/corpora")
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "lint/data/idf.json"
    if not (root / "bbc").is_dir():
        print(f"skipped: {root / 'bbc'} not found")
        return 0
    df, low, docs = Counter(), Counter(), 0
    for text in articles(root):
        docs += 1
        words = [m[0] for m in WORD.finditer(text)]
        df.update({stem(w) for w in words})
        low.update({stem(w) for w in words if w.islower()})
    table = {s: [n, low[s]] for s, n in sorted(df.items()) if n >= MIN_DF}
    out.write_text(json.dumps({"docs": docs, "common_min": COMMON_MIN, "df": table},
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{docs} articles, {len(table)} stems -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
