"""Speed benchmark: articles per second and peak memory of `newslint check`.

    python benchmarks/bench.py                 # 1,000 generated 3-5 KB articles
    python benchmarks/bench.py -n 3000 --jobs 2
    python benchmarks/bench.py --corpus ../shared/corpora/bbc
    python benchmarks/bench.py --per-rule      # where the time goes, in-process
    python benchmarks/bench.py --per-analysis  # the same, each shared analysis apart
    python benchmarks/bench.py --peers         # issue 15's table: proselint 0.16.0 side by side,
                                               # start-up, --jobs scaling, memory, result cache

Generated articles mix plain text, Markdown and HTML and carry the kinds of
copy the rules look at (dates, quotes, names, captions), so every rule does
real work. The CLI runs in a child process; its peak RSS is the child's.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ["Alma Reyes", "Ben Okafor", "Irena Kowalczyk", "Tomas Lindqvist", "Priya Natarajan",
         "Dana Whitfield", "Marta Quinn", "Kofi Mensah", "Lena Marsh", "Hugo Ferreira"]
TITLES = ["Mayor", "Councillor", "Port director", "Senator", "Deputy Mayor", "Police Chief"]
PLACES = ["Portland", "the harbour", "the county", "Geneva", "the island", "the city"]
MONTHS = ["January", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NOUNS = ["budget", "ferry schedule", "housing plan", "water contract", "school levy", "bridge repair"]


def sentence(rng: random.Random) -> str:
    name, title = rng.choice(NAMES), rng.choice(TITLES)
    noun, place = rng.choice(NOUNS), rng.choice(PLACES)
    forms = [
        f"{title} {name} said the {noun} would be reviewed in {place} on {rng.choice(DAYS)}.",
        f"The council voted {rng.randint(4, 9)}-{rng.randint(0, 3)} on {rng.choice(MONTHS)} "
        f"{rng.randint(1, 28)} to approve the {noun}, which costs ${rng.randint(2, 90)} million.",
        f"\u201cWe have waited long enough for the {noun},\u201d {name.split()[1]} said, adding that "
        f"residents of {place} deserved an answer.",
        f"Officials in {place} will meet again in {rng.choice(MONTHS[:5])} to discuss the {noun}.",
        f"According to a report released last week, the {noun} has been delayed {rng.randint(2, 6)} times "
        f"since {rng.randint(2015, 2023)}.",
        f"{name.split()[1]}, who has led the review since {rng.randint(2018, 2024)}, declined to comment "
        f"on the {noun} at 7 p.m. on Tuesday.",
    ]
    return rng.choice(forms)


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def article(rng: random.Random, fmt: str, target: int) -> str:
    noun = rng.choice(NOUNS)
    headline = f"Council backs {noun} after long debate"
    paras = []
    while sum(len(p) for p in paras) < target:
        paras.append(paragraph(rng))
    caption = f"{rng.choice(NAMES)} speaks at the hearing. (AP Photo/{rng.choice(NAMES)})"
    if fmt == "md":
        body = "\n\n".join(paras[:2] + [f"![Hearing room](hearing.jpg)\n\n*{caption}*"] + paras[2:])
        return f"---\ntitle: {headline}\ndate: 2024-05-{rng.randint(10, 28)}\n---\n\n# {headline}\n\n{body}\n"
    if fmt == "html":
        ps = "\n".join(f"<p>{p}</p>" for p in paras)
        return (f"<html><head><title>{headline}</title>"
                f"<meta property=\"article:published_time\" content=\"2024-05-20T10:00:00Z\"></head>"
                f"<body><article><h1>{headline}</h1><figure><img src=\"a.jpg\" alt=\"Hearing\">"
                f"<figcaption>{caption}</figcaption></figure>\n{ps}</article></body></html>\n")
    return f"{headline}\n\nMay 20, 2024\n\n" + "\n\n".join(paras) + f"\n\n{caption}\n"


def generate(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        fmt = ("txt", "md", "html")[i % 3]
        text = article(rng, fmt, rng.randint(2800, 4600))
        (folder / f"article-{i:05d}.{fmt}").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def run_cli(folder: Path, jobs: int) -> tuple[float, int, int]:
    """(seconds, exit code, peak child RSS in KB)."""
    cmd = [sys.executable, "-m", "lint", "check", "--format", "json", "--no-cache", "--jobs", str(jobs),
           str(folder)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
    return elapsed, proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def per_rule(folder: Path) -> None:
    """Time each rule in-process over every file, in CPU time (`process_time`:
    other processes on the cores do not inflate it). Shared analyses count
    for the first rule that asks for them; reading is given per file format
    (suffix) too. As in a run, the regex and
    dataclass caches are installed (`lint.cli` does it on import) and one
    file of each format is read and checked first, untimed: otherwise the
    Markdown and HTML stacks' imports and the first uses of the patterns and
    word lists (tens of milliseconds each, once per process) are charged to
    whichever file and rule comes first: some 2 ms an article over 200."""
    from bench_analyses import warmed_up
    from lint.readers import read_bytes

    rules, files = warmed_up(folder)
    timing = {r.id: 0.0 for r in rules}
    read_time = 0.0
    clock = time.process_time
    by_format: dict[str, list] = {}        # suffix -> [reading time, files]
    for path in files:
        t0 = clock()
        doc = read_bytes(str(path), path.read_bytes())
        spent = clock() - t0
        read_time += spent
        shares = by_format.setdefault(path.suffix or "(none)", [0.0, 0])
        shares[0] += spent
        shares[1] += 1
        for rule in rules:
            t0 = clock()
            list(rule.checker.check(doc, doc.parts_of(rule.scope)))
            timing[rule.id] += clock() - t0
    total = read_time + sum(timing.values())
    print(f"CPU per article: {total / len(files) * 1000:.3f} ms in all, of which "
          f"reading {read_time / len(files) * 1000:.3f} ms")
    print("reading by format: " + ", ".join(f"{suffix} {spent / n * 1000:.3f} ms ({n} files)"
                                            for suffix, (spent, n) in sorted(by_format.items())))
    for rid, secs in sorted(timing.items(), key=lambda kv: -kv[1])[:25]:
        print(f"{rid:40s} {secs / len(files) * 1000:.3f} ms/article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="articles to generate (default 1000)")
    ap.add_argument("--jobs", type=int, default=1, help="newslint --jobs (default 1: one core)")
    ap.add_argument("--corpus", type=Path, help="lint this folder instead of generated articles")
    ap.add_argument("--per-rule", action="store_true", help="also time each rule in-process")
    ap.add_argument("--per-analysis", action="store_true",
                    help="also time each shared analysis and each rule's own part, in-process")
    ap.add_argument("--peers", action="store_true",
                    help="print issue 15's side-by-side table (installs proselint 0.16.0 in a "
                         "throwaway venv; skipped when it cannot be installed)")
    ap.add_argument("--big", type=int, default=10_000,
                    help="with --peers: the large corpus for memory and the cached run")
    ap.add_argument("--rounds", type=int, default=3, help="with --peers: alternated runs (>= 3)")
    args = ap.parse_args()
    if args.peers:
        from bench_peers import peers
        peers(generate, big=args.big, rounds=max(3, args.rounds))
        return
    tmp = None
    if args.corpus:
        if not args.corpus.is_dir():
            print(f"skipped: corpus {args.corpus} not found")
            return
        folder = args.corpus
        files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html")]
        n, size = len(files), sum(p.stat().st_size for p in files)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
        folder, n = tmp, args.n
        size = generate(folder, n)
    try:
        elapsed, code, rss = run_cli(folder, args.jobs)
        print(f"{n} articles, {size / n / 1024:.1f} KB average, jobs={args.jobs}")
        print(f"{elapsed:.2f} s wall (including start-up): {n / elapsed:.0f} articles/s; "
              f"peak RSS {rss / 1024:.0f} MB; exit {code}")
        if args.per_rule:
            per_rule(folder)
        if args.per_analysis:
            from bench_analyses import per_analysis
            per_analysis(folder)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    main()
