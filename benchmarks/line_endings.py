"""Guard: a story's findings must not depend on its line endings (fx385).

    python benchmarks/line_endings.py                 # every corpus present
    python benchmarks/line_endings.py reuters mdrepos # some of them

Lints each file in-process three times: with LF line ends, with every LF a
CRLF (Windows newsrooms) and with every LF a lone CR (old Mac files, some
CMS exports), and prints each finding (rule, message, line, column) that
one of the last two gains or loses against LF; a line's end is counted the
same way in all three (`line_index.LineIndex`), so every difference is a
pattern that reads `\\n` but not `\\r` as a line's end or a space. Prints
per corpus how many files differ each way; exits 1 if any does.

Corpora, from ../shared when present: BBC, the first 500 Reuters-21578
stories rebuilt as text, a fixed sample of 300 Markdown files of the
repositories, the saved pages of the realhtml dev split (never a test-split
page), the generated bench corpus and the seeds.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _pages_truth import in_split  # noqa: E402
from bench import generate  # noqa: E402
from corpora import reuters  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import lint_bytes  # noqa: E402
from same_findings import SHARED  # noqa: E402

NAMES = ("bbc", "reuters", "mdrepos", "realhtml", "generated", "seeds")
ENDS = (("crlf", b"\r\n"), ("cr", b"\r"))


def files(name: str, shared: Path):
    """(path, bytes) of each file of the corpus `name`; none when it is absent."""
    if name == "bbc":
        for p in sorted((shared / "corpora" / "bbc").rglob("*.txt")):
            yield str(p.relative_to(shared)), p.read_bytes()
    elif name == "reuters" and any((shared / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        for n, text, _ in islice(reuters(shared / "corpora" / "reuters21578"), 500):
            yield f"{n}.txt", text.encode("utf-8")
    elif name == "mdrepos":
        paths = sorted((shared / "mdrepos").rglob("*.md"))
        random.Random(1).shuffle(paths)
        for p in paths[:300]:
            yield str(p.relative_to(shared)), p.read_bytes()
    elif name == "realhtml":
        for p in sorted((shared / "realhtml").rglob("*")):
            if p.is_file() and p.parent.name == "html" and in_split(p.name, "dev", 1):
                yield str(p.relative_to(shared)), p.read_bytes()
    elif name == "generated":
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp), 300)
            for p in sorted(Path(tmp).rglob("*")):
                if p.is_file():
                    yield p.name, p.read_bytes()
    elif name == "seeds" and (shared / "seeds").is_dir():
        for p in sorted((shared / "seeds").iterdir()):
            if p.is_file():
                yield p.name, p.read_bytes()


def findings(path: str, data: bytes, config: Config) -> set[tuple]:
    """(rule, message, line, column) of each finding, and each problem's text."""
    got = lint_bytes(path, data, config)
    return {(d.rule, d.message, d.line, d.column) for d in got.diagnostics} | {(str(p),) for p in got.problems}


def compare(name: str, shared: Path, config: Config) -> Counter:
    """Print the differences of the corpus `name`; how many files differ each way."""
    differ: Counter = Counter()
    for path, data in files(name, shared):
        lf = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        base = findings(path, lf, config)
        differ["files"] += 1
        for label, end in ENDS:
            other = findings(path, lf.replace(b"\n", end), config)
            if other != base:
                differ[label] += 1
                for f in sorted(base - other):
                    print(f"{name} {label} {path} LOST {f}")
                for f in sorted(other - base):
                    print(f"{name} {label} {path} NEW  {f}")
    return differ


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: `names`, the corpora to read (all of `NAMES` when
    none is given), and `shared`. An unknown name exits with a usage error.
    (No `choices` with `nargs="*"`: Python 3.11's argparse checks the empty
    list against them and refuses a bare run.)"""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", metavar="CORPUS", help=f"corpora to read: {', '.join(NAMES)} (default: all)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = ap.parse_args(argv)
    if unknown := [n for n in args.names if n not in NAMES]:
        ap.error(f"no corpus {', '.join(unknown)} (choose from {', '.join(NAMES)})")
    args.names = args.names or list(NAMES)
    return args


def main() -> int:
    args = arguments()
    config, bad = Config(), 0
    for name in args.names:
        c = compare(name, args.shared, config)
        print(f"== {name}: {c['files']} files; differing with CRLF {c['crlf']}, with lone CR {c['cr']}", flush=True)
        bad += c["crlf"] + c["cr"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
