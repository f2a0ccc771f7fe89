"""`bench.py --peers`: newslint beside proselint and its own limits, one table.

Every row of issue 15's table, measured in one run on one generated corpus:

- one 4 KB article, whole process: newslint, proselint 0.16.0 and a bare
  `python -c pass` of newslint's interpreter, alternated, medians;
- 200 articles: newslint `--jobs 2` against proselint (which has no parallel
  mode), alternated, articles per second and their ratio;
- 2,000 articles: newslint `--jobs 2` against `--jobs 1`;
- peak RSS at 1,000 and 10,000 articles (`--jobs 1`);
- a second run over the unchanged 10,000-article folder (the result cache).

proselint is installed into a throwaway virtual environment in a temporary
folder (never the repository's); when it cannot be installed its rows say
"skipped" and why. newslint runs as `python -m lint` from this checkout with
its own rule-set cache folder, warmed by one run first (every run after a
user's first is warm); the cold start is reported too. Children run without
PYTHONDONTWRITEBYTECODE, with byte code compiled, as an installed tool would.
Wall times on a loaded machine are noisy: CPU times (user + system, children
included) are printed beside them.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROSELINT = "proselint==0.16.0"
ROOT = Path(__file__).resolve().parent.parent


def _env(cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "NEWSLINT_NO_CACHE")}
    env.update(NO_COLOR="1", NEWSLINT_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    return env


def run(cmd: list[str], env: dict) -> tuple[float, float, int, int]:
    """(wall s, CPU s of the process and its children, peak RSS KB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:4])} failed ({proc.returncode}): {err.strip()[:400]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode


def alternate(commands: dict[str, list[str]], env: dict, rounds: int) -> dict[str, dict]:
    """Run the commands in turn, `rounds` times; medians of wall and CPU per name."""
    got: dict[str, list] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            got[name].append(run(cmd, env))
    return {name: {"wall": statistics.median(r[0] for r in rows),
                   "cpu": statistics.median(r[1] for r in rows),
                   "rss": max(r[2] for r in rows), "runs": len(rows)}
            for name, rows in got.items()}


def install_proselint(where: Path) -> tuple[list[str] | None, str]:
    """(the proselint command, "") or (None, why it was skipped)."""
    venv = where / "proselint-venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                       capture_output=True, timeout=300)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", PROSELINT]
        done = subprocess.run(pip, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not make a virtual environment: {exc}"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
        return None, f"pip install {PROSELINT} failed: {last[:200]}"
    exe = venv / "bin" / "proselint"
    return ([str(exe), "check"], "") if exe.exists() else (None, "no proselint command installed")


def peers(generate, big: int = 10_000, rounds: int = 3) -> None:
    """Measure and print the table (see the module docstring)."""
    tmp = Path(tempfile.mkdtemp(prefix="newslint-peers-"))
    try:
        _peers(generate, tmp, big, rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _corpus(generate, tmp: Path, n: int) -> Path:
    """A folder of `n` generated articles under `tmp`, made once: `--big 2000`
    names the jobs-scaling corpus again and shares it."""
    folder = tmp / f"corpus-{n}"
    if not folder.exists():
        folder.mkdir()
        generate(folder, n)
    return folder


def _peers(generate, tmp: Path, big: int, rounds: int) -> None:
    env = _env(tmp / "newslint-cache")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "lint")],
                   capture_output=True, env=env)
    newslint = [sys.executable, "-m", "lint", "check", "--format", "json", "--no-progress"]
    print(f"setting up: {PROSELINT} in a throwaway venv, corpora of 1 / 200 / 1,000 / 2,000 / "
          f"{big:,} generated articles ...", file=sys.stderr)
    proselint, why = install_proselint(tmp)
    one = _corpus(generate, tmp, 1)
    article = next(one.iterdir())
    c200, c1k, c2k = (_corpus(generate, tmp, n) for n in (200, 1000, 2000))
    cbig = _corpus(generate, tmp, big)
    rows: list[tuple[str, str, str, str, str]] = []

    cold = run(newslint + [str(article)], env)       # fills the rule-set cache
    single = {"bare python": [sys.executable, "-c", "pass"], "newslint": newslint + [str(article)]}
    if proselint:
        single["proselint"] = proselint + [str(article)]
    got = alternate(single, env, max(rounds, 7))
    bare, ns = got["bare python"], got["newslint"]
    peer = (f"proselint {got['proselint']['wall']:.3f} s (CPU {got['proselint']['cpu']:.3f})"
            if proselint else f"proselint skipped: {why}")
    ok = ns["wall"] <= 10 * bare["wall"] and (not proselint or ns["wall"] < got["proselint"]["wall"])
    rows.append(("one 4 KB article, whole process",
                 f"{ns['wall']:.3f} s (CPU {ns['cpu']:.3f}; cold {cold[0]:.3f}) = "
                 f"{ns['wall'] / bare['wall']:.1f}x bare",
                 f"{peer}; bare python {bare['wall']:.3f} s",
                 "< proselint and <= 10x bare", _mark(ok)))

    if proselint:
        got = alternate({"newslint": newslint + ["--jobs", "2", "--no-cache", str(c200)],
                         "proselint": proselint + [str(c200)]}, env, rounds)
        ratio = got["proselint"]["wall"] / got["newslint"]["wall"]
        rows.append(("200 articles, newslint --jobs 2",
                     f"{200 / got['newslint']['wall']:.0f} articles/s (CPU "
                     f"{got['newslint']['cpu']:.2f} s) = {ratio:.1f}x proselint",
                     f"proselint {200 / got['proselint']['wall']:.0f} articles/s (CPU "
                     f"{got['proselint']['cpu']:.2f} s)", ">= 5x (stretch 10x)", _mark(ratio >= 5)))
    else:
        rows.append(("200 articles, newslint --jobs 2", "-", f"skipped: {why}", ">= 5x", "-"))

    got = alternate({"jobs 1": newslint + ["--jobs", "1", "--no-cache", str(c2k)],
                     "jobs 2": newslint + ["--jobs", "2", "--no-cache", str(c2k)]}, env, rounds)
    speedup = got["jobs 1"]["wall"] / got["jobs 2"]["wall"]
    rows.append(("2,000 articles, --jobs 2 vs --jobs 1",
                 f"{speedup:.2f}x ({got['jobs 2']['wall']:.1f} s vs {got['jobs 1']['wall']:.1f} s)",
                 f"CPU {got['jobs 2']['cpu']:.1f} s vs {got['jobs 1']['cpu']:.1f} s; 2 cores",
                 ">= 1.8x", _mark(speedup >= 1.8)))

    mem = {n: run(newslint + ["--jobs", "1", "--no-cache", str(c)], env) for n, c in
           ((1000, c1k), (big, cbig))}
    rss = {n: m[2] / 1024 for n, m in mem.items()}
    rows.append((f"peak RSS, --jobs 1, 1,000 / {big:,} articles",
                 f"{rss[1000]:.0f} MB / {rss[big]:.0f} MB",
                 f"{big / mem[big][0]:.0f} articles/s at {big:,}", "< 80 MB, not growing",
                 _mark(rss[big] < 80 and rss[big] <= rss[1000] * 1.15)))

    cache = tmp / "result-cache"
    first = run(newslint + ["--cache-dir", str(cache), str(cbig)], env)
    second = run(newslint + ["--cache-dir", str(cache), str(cbig)], env)
    share = second[0] / first[0]
    rows.append((f"second run, unchanged {big:,}-article folder",
                 f"{second[0]:.1f} s = {share:.0%} of the first ({first[0]:.1f} s)",
                 "ruff and ESLint cache results", "<= 10%", _mark(share <= 0.10)))
    _table(rows, rounds)


def _mark(ok: bool) -> str:
    return "yes" if ok else "NO"


def _table(rows, rounds: int) -> None:
    head = ("measure", "newslint", "peer / limit", "goal", "met")
    print(f"\nnewslint {_version()} beside its peers; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; medians of >= {rounds} "
          "alternated runs (wall s; CPU = user + system)\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from lint import __version__
    return __version__
