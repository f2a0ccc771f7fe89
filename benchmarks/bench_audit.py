"""Throughput of `newslint audit` on a local Dask cluster, against `newslint
check --jobs 1`.

    python benchmarks/bench_audit.py [--articles 100000] [--seed 0] [--format jsonl|wxr]

Generates the articles (tests/archive_gen.py, seeded), then reports:
- `newslint check --jobs 1` on a JSON Lines file of --check-articles articles
  (one process: the per-core reference);
- the audit with 1 and with 2 worker processes (one thread each) on all of
  them: articles/s after the workers have warmed up (imports, rules), the
  scaling 2 workers / 1 worker, throughput per worker against check;
- peak resident memory per worker (fresh workers) after a quarter of the
  articles and after all of them: flat when both are close.
The load average is printed before and after: the machine is shared, so
timings are noisy. Goals (issue 18): scaling >= 1.8x, memory per worker flat,
per-worker throughput within 20% of check --jobs 1.

    python benchmarks/bench_audit.py --baseline-archive DIR [DIR ...]

instead audits real folders (/work/shared/corpora/bbc, ...; skipped when
absent) with `newslint audit --workers 2`, without and with a `--baseline`
that `check --write-baseline` wrote over them, and prints each run's wall
and CPU seconds (the command and its workers: fx124 #1, the baseline once
doubled the CPU).
"""
from __future__ import annotations

import argparse
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from archive_gen import articles, write_jsonl, write_wxr  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def check_rate(folder: Path, items: list[dict]) -> float:
    path = folder / "check.jsonl"
    write_jsonl(path, items)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lint", "check", "--jobs", "1", "--format", "json",
                    "--output", str(folder / "check.json"), str(path)], cwd=folder, check=False)
    return len(items) / (time.perf_counter() - start)


def audit(source: Path, n: int, workers: int, per: int,
          out: Path) -> tuple[float, list[float], list[float]]:
    """(articles/s, peak RSS MB per worker, CPU seconds per worker) on fresh
    workers, after a warm-up."""
    from distributed import Client, LocalCluster

    from lint.audit import settings
    from lint.audit.run import NO_DASHBOARD, run

    warm = source.parent / f"warm-{source.name}"
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      **NO_DASHBOARD, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        run([str(warm)], str(out) + "-warm", settings(), client=client, per=50)
        before = client.run(cpu_seconds)
        start = time.perf_counter()
        result = run([str(source)], str(out), settings(), client=client, per=1000)
        rate = result.articles / (time.perf_counter() - start)
        assert result.articles == n, result
        after = client.run(cpu_seconds)
        peaks = sorted(client.run(peak_rss_mb).values())
    return rate, peaks, sorted(after[w] - before[w] for w in after)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def baseline_cost(folders: list[str]) -> None:
    """Wall and CPU seconds of the audit over `folders`, without and with a
    baseline of every finding there."""
    folders = [f for f in folders if os.path.isdir(f)]
    if not folders:
        print("no archive folder here: skipped")
        return
    lint = [sys.executable, "-m", "lint"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.json")
        subprocess.run(lint + ["check", "--no-cache", "--write-baseline", base, *folders],
                       env=env, capture_output=True, check=False)
        for label, extra in (("without a baseline", []), ("with --baseline", ["--baseline", base])):
            cpu, start = children_cpu(), time.perf_counter()
            done = subprocess.run(lint + ["audit", "--no-progress", "--workers", "2", "-o",
                                          os.path.join(tmp, label.replace(" ", "-")), *extra, *folders],
                                  env=env, capture_output=True, text=True, check=False)
            said = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
            print(f"audit {label}: {time.perf_counter() - start:.1f} s wall, "
                  f"{children_cpu() - cpu:.1f} s CPU; {said}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--check-articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=("jsonl", "wxr"), default="jsonl")
    ap.add_argument("--baseline-archive", nargs="+", metavar="DIR",
                    help="time the audit of these folders without and with --baseline instead")
    args = ap.parse_args()
    if args.baseline_archive:
        print(f"load average before: {os.getloadavg()}", flush=True)
        baseline_cost(args.baseline_archive)
        print(f"load average after: {os.getloadavg()}")
        return
    print(f"seed {args.seed}, {args.articles} articles as {args.format}; "
          f"load average before: {os.getloadavg()}", flush=True)
    items = articles(args.articles, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write = write_jsonl if args.format == "jsonl" else write_wxr
        ext = "jsonl" if args.format == "jsonl" else "xml"
        full, quarter = folder / f"all.{ext}", folder / f"quarter.{ext}"
        write(full, items)
        write(quarter, items[: args.articles // 4])
        write(folder / f"warm-all.{ext}", items[:200])
        write(folder / f"warm-quarter.{ext}", items[:200])
        base = check_rate(folder, items[: args.check_articles])
        print(f"check --jobs 1: {base:.0f} articles/s ({args.check_articles} articles)", flush=True)
        rates, cpus = {}, {}
        for workers in (1, 2):
            rates[workers], peaks, cpus[workers] = audit(full, args.articles, workers, 1000,
                                                         folder / f"out{workers}")
            per_worker = rates[workers] / workers
            print(f"audit, {workers} worker{'s' if workers > 1 else ''}: {rates[workers]:.0f} "
                  f"articles/s ({per_worker:.0f} per worker, {per_worker / base:.0%} of check); "
                  f"peak RSS per worker {', '.join(f'{p:.0f}' for p in peaks)} MB; CPU s per "
                  f"worker {', '.join(f'{c:.0f}' for c in cpus[workers])}", flush=True)
        _, small, _ = audit(quarter, args.articles // 4, 2, 1000, folder / "outq")
        print(f"peak RSS per worker after {args.articles // 4} articles: "
              f"{', '.join(f'{p:.0f}' for p in small)} MB (flat if close to the above)")
        print(f"scaling 1 -> 2 workers: {rates[2] / rates[1]:.2f}x measured (wall clock); "
              f"{sum(cpus[1]) / max(cpus[2]):.2f}x if each worker had a free core "
              f"(1 worker's CPU time / the busiest of 2 workers' CPU time)")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
