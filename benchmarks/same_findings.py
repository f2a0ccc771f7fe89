"""Guard for speed work: the findings must stay byte-identical.

    python benchmarks/same_findings.py --record /tmp/before    # on the old code
    python benchmarks/same_findings.py --compare /tmp/before   # after a change

Runs `newslint check --format json --no-cache` over the generated bench
corpus and every corpus under ../shared that is present (BBC, a Reuters-21578
and an FNC-1 training sample rebuilt as text, PolNeAR train text, the saved
news pages of the dev split (a test-split page is never shown), the Markdown repositories, the seeds, the feed formats), once per
corpus with the folder as working directory so paths are relative. --record
stores each report as <name>.json; --compare prints the first differing line
of every corpus that changed and exits 1 if any did. Corpora that are absent
are skipped by name. `--jobs` (default 2) is passed through, so the parallel
path (workers, result collection) is the one checked.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import generate  # noqa: E402
from corpora import fnc1_bodies, reuters  # noqa: E402

SHARED = next((p / "shared" for p in HERE.parents if (p / "shared").is_dir()), HERE.parent.parent / "shared")


def _write(folder: Path, items) -> Path:
    folder.mkdir(parents=True)
    for name, text in items:
        (folder / name.replace("#", "_").replace("/", "_")).write_text(text, encoding="utf-8")
    return folder


def _dev_pages(folder: Path, out: Path) -> Path:
    """A copy of the saved pages (and their expected texts) of the realhtml dev
    split only (`_pages_truth.in_split`, seed 1): a changed finding is printed,
    and a test-split page is never to be read while working."""
    from _pages_truth import in_split
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.parent.name in ("html", "expected") and in_split(path.name, "dev", 1):
            target = out / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return out


def corpora(shared: Path, tmp: Path, sample: int):
    """(name, folder) of every corpus to lint; built ones go under tmp."""
    gen = tmp / "generated"
    gen.mkdir()
    generate(gen, 300)
    yield "generated", gen
    c = shared / "corpora"
    if (c / "bbc").is_dir():
        yield "bbc", c / "bbc"
    if any((c / "reuters21578").glob("reut2-*.sgm")):
        items = ((f"{n}.txt", t) for n, t, _ in reuters(c / "reuters21578"))
        yield "reuters", _write(tmp / "reuters", islice(items, sample))
    if (c / "fnc1" / "train_bodies.csv").is_file():
        items = ((f"{n}.txt", t) for n, t in fnc1_bodies(c / "fnc1"))
        yield "fnc1", _write(tmp / "fnc1", islice(items, sample))
    if (c / "polnear" / "train" / "text").is_dir():
        yield "polnear-train", c / "polnear" / "train" / "text"
    if (shared / "realhtml").is_dir():
        yield "realhtml", _dev_pages(shared / "realhtml", tmp / "realhtml")
    for name in ("mdrepos", "seeds"):
        if (shared / name).is_dir():
            yield name, shared / name
    for name in ("newsml-g2", "wordpress-wxr"):
        folder = shared / "formats" / name
        if folder.is_dir():
            yield name, folder


def lint(folder: Path, jobs: int) -> bytes:
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.xml")) if folder.parent.name == \
        "formats" else ["."]
    cmd = [sys.executable, "-m", "lint", "check", "--format", "json", "--no-cache", "--jobs", str(jobs),
           *files]
    env = dict(os.environ, PYTHONPATH=str(HERE.parent), NO_COLOR="1")
    proc = subprocess.run(cmd, cwd=folder, env=env, capture_output=True)
    return proc.stdout + b"\n--- stderr ---\n" + proc.stderr + f"\n--- exit {proc.returncode}\n".encode()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", type=Path, metavar="DIR", help="store each corpus's report in DIR")
    mode.add_argument("--compare", type=Path, metavar="DIR", help="compare with the reports in DIR")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared)")
    ap.add_argument("--sample", type=int, default=1000, help="Reuters and FNC-1 articles (default 1000)")
    ap.add_argument("--jobs", type=int, default=2, help="newslint --jobs (default 2)")
    ap.add_argument("--only", help="comma-separated corpus names")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    tmp = Path(tempfile.mkdtemp(prefix="newslint-same-"))
    changed = 0
    try:
        if args.record:
            args.record.mkdir(parents=True, exist_ok=True)
        for name, folder in corpora(args.shared, tmp, args.sample):
            if only and name not in only:
                continue
            out = lint(folder, args.jobs)
            findings = out.count(b'"rule":')
            if args.record:
                (args.record / f"{name}.json").write_bytes(out)
                print(f"{name}: recorded, {findings} findings")
                continue
            before = (args.compare / f"{name}.json").read_bytes()
            if before == out:
                print(f"{name}: identical, {findings} findings")
                continue
            changed += 1
            old, new = before.splitlines(), out.splitlines()
            k = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
            was = before.count(b'"rule":')
            print(f"{name}: CHANGED at line {k + 1} ({was} -> {findings} findings)\n"
                  f"  before: {old[k][:200] if k < len(old) else '<end>'}\n"
                  f"  after:  {new[k][:200] if k < len(new) else '<end>'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
