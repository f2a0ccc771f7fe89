"""Pathological inputs: does any pack's time grow faster than the input?

    python benchmarks/adversarial.py            # 100 KB and 200 KB of each input
    python benchmarks/adversarial.py --kb 400

For every input shape and rule pack it lints the input at one size and at
twice that size, in-process, and prints the seconds and the ratio. Linear
work doubles; a ratio well above 2 (flagged `SUPERLINEAR` above 3) means a
hang waiting for a big enough file. Speed is measured here, never in tests.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import active_rules, lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402

PACKS = ("hygiene", "style", "dates", "quotes", "captions", "titles", "names")


def soup(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    chars = "aA .,;:\"'“”‘’()[]-—\n0123456789$%&<>#*_`!?/"
    return "".join(rng.choice(chars) for _ in range(n))


SHAPES = {
    "quote marks.txt": lambda n: '"' * n,
    "quotes in one sentence.txt": lambda n: ' "a b c d," he said and ' * (n // 24),
    "words on one line.txt": lambda n: "word " * (n // 5),
    "dates.txt": lambda n: "It was Monday, May 5, 2024, and Feb. 30 said. " * (n // 46),
    "names.txt": lambda n: "Mayor Irena Kowalczyk met Deputy Mayor Kowalczik. " * (n // 50),
    "brackets.md": lambda n: "[" * (n // 2) + "(" * (n // 2),
    "nested.html": lambda n: "<div><p>" * (n // 8),
    "soup.txt": soup,
    "soup.md": soup,
    "soup.html": soup,
}


def seconds(name: str, text: str, pack: str) -> float:
    config = Config(select=(pack,), published=None)
    rules = active_rules(config)
    t0 = time.process_time()
    doc = read_bytes(name, text.encode("utf-8"), max_bytes=1 << 30)
    lint_document(doc, rules, config)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, default=100, help="base size in KB (default 100)")
    args = ap.parse_args()
    n = args.kb * 1024
    worst = 0.0
    for name, make in SHAPES.items():
        small, large = make(n), make(2 * n)
        for pack in PACKS:
            a, b = seconds(name, small, pack), seconds(name, large, pack)
            ratio = b / a if a > 0.002 else 0.0
            worst = max(worst, ratio)
            flag = "  SUPERLINEAR" if ratio > 3 else ""
            print(f"{name:28s} {pack:9s} {a:7.3f} s -> {b:7.3f} s  x{ratio:4.1f}{flag}")
    print(f"worst growth for twice the input: x{worst:.1f}")


if __name__ == "__main__":
    main()
