"""Run Vale's own test suite and three style packages' suites through newslint.

The oracle is a copy of Vale's `testdata/` (Cucumber features, fixture
folders, and the exact `vale --output=line --sort --normalize --relative`
lines each scenario expects) plus the Google, write-good and proselint
packages with their `features/rules.feature`. Each scenario's `When` step is
mapped to a `newslint check --format vale` run in the same folder; only the
expected lines for Markdown, HTML and plain-text files are compared.

    python benchmarks/vale_suite.py ../shared/vale            # counts and every miss
    python benchmarks/vale_suite.py ../shared/vale --show NAME # our lines vs Vale's

A scenario is skipped (and listed, not counted) when it needs something the
copy lacks (a StylesPath folder) or a Vale feature outside newslint's scope
(another markup, `--filter`, `--glob`, Tengo templates, `vale sync`).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def _concerned_exts() -> tuple[str, ...]:
    """Every extension a newslint reader takes (Markdown, MDX, HTML, text)."""
    from lint.readers import READERS
    return tuple(READERS)


CONCERNED = _concerned_exts()


@dataclass
class Scenario:
    feature: str
    name: str
    step: str = ""
    mode: str = ""                     # exactly | contain | not
    expected: list[str] = field(default_factory=list)
    background: dict = field(default_factory=dict)   # file name -> text
    status: int | None = None


@dataclass
class Outcome:
    scenario: Scenario
    result: str                        # pass | miss | skip
    reason: str = ""
    ours: list[str] = field(default_factory=list)
    want: list[str] = field(default_factory=list)


def parse_feature(path: str) -> list[Scenario]:
    """Scenarios of a Cucumber feature file (only the steps Vale's suites use)."""
    lines = open(path, encoding="utf-8").read().splitlines()
    feature = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(path))))
    out: list[Scenario] = []
    background: dict = {}
    current: Scenario | None = None
    in_bg = False
    i = 0
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        i += 1
        if not line or line.startswith("#"):
            continue
        if line.startswith("Background:"):
            in_bg, current = True, None
            continue
        if line.startswith("Scenario:"):
            in_bg = False
            current = Scenario(feature, line[len("Scenario:"):].strip(), background=dict(background))
            out.append(current)
            continue
        m = re.match(r'(?:Given|And) a file named "(.+)" with:', line)
        if m:
            text, i = _docstring(lines, i)
            (background if in_bg else current.background)[m.group(1)] = text
            continue
        if current is None:
            continue
        if line.startswith("When "):
            current.step = line[5:]
        elif line.startswith(("Then the output should", "And the output should")):
            if "contain exactly" in line:
                current.mode = "exactly"
            elif "not contain" in line:
                current.mode = "not"
                q = re.search(r'"(.*)"', line)
                current.expected = [q.group(1)] if q else []
                continue
            else:
                current.mode = "contain"
            text, i = _docstring(lines, i)
            current.expected = [t.strip() for t in text.splitlines() if t.strip()]
        elif "exit status should be" in line:
            current.status = int(line.rsplit(" ", 1)[1])
    return out


def _docstring(lines: list[str], i: int) -> tuple[str, int]:
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != '"""':
        return "", i
    indent = len(lines[i]) - len(lines[i].lstrip())
    body = []
    i += 1
    while i < len(lines) and lines[i].strip() != '"""':
        body.append(lines[i][indent:] if len(lines[i]) >= indent else lines[i].strip())
        i += 1
    return "\n".join(body) + ("\n" if body else ""), i + 1


STEPS = [  # (pattern, folder under fixtures (or None: the scenario's temp folder), args)
    (r'I test "(.+)"', lambda m: (m[1].strip("/"), ["."])),
    (r'I use Vocab "(.+)"', lambda m: ("vocab/" + m[1], ["."])),
    (r'I apply style "(.+)"', lambda m: ("styles/" + m[1], ["."])),
    (r'I lint path with exclusions', lambda m: ("folders", ["."])),
    (r'I lint path "(.+)"', lambda m: ("formats/" + m[1], ["."])),
    (r'I lint with config "(.+)"', lambda m: ("formats", ["--vale-config", m[1], "test.md"])),
    (r'I test comments for "(.+)"', lambda m: ("comments", ["test" + m[1]])),
    (r'I run cat "(\S+)" "(\S+)"', lambda m: ("formats", ["<stdin>", m[1], "stdin" + m[2]])),
    (r'I lint string "(.*)"', lambda m: ("formats", ["<string>", m[1], "stdin.txt"])),
    (r'I run vale "(.+)"', lambda m: (None, m[1].split())),
    (r'I lint "(.+)"', lambda m: ("formats", m[1].split())),
]
UNSUPPORTED = {
    "I test template": "Go output templates (--output=FILE.tmpl)",
    "I use filter": "Vale's --filter expressions",
    "I fix": "`vale fix` (script-computed suggestions)",
    "I sync pkg": "`vale sync` downloads packages",
    "I lint simple": "--ignore-syntax",
    "I lint file": "--ext (linting a file as another format)",
    "I test glob": "--glob",
    "I test dir glob": "--glob",
    "I assign minAlertLevel": "--minAlertLevel on the command line",
    "I lint Sphinx": "Sphinx builds", "I lint AsciiDoc": "AsciiDoc", "I lint reStructuredText": "reStructuredText",
    "I inspect": "Vale's default (non-line) output",
}


def concerned(path: str) -> bool:
    return path.lower().endswith(CONCERNED)


def _expected_paths(sc: Scenario) -> list[str]:
    return [ln.split(":", 1)[0] for ln in sc.expected if re.match(r"[^:\s]+:\d+:\d+:", ln)]


def _styles_missing(folder: str, extra: dict) -> str:
    from lint.vale.config import find_in
    cfg = None
    d = folder
    for name in (".vale.ini", "_vale.ini", ".vale", "_vale"):
        if name in extra:
            cfg = os.path.join(folder, name)
            break
    while cfg is None:
        cfg = find_in(d)
        parent = os.path.dirname(d)
        if cfg or parent == d:
            break
        d = parent
    if not cfg:
        return ""
    text = open(cfg, encoding="utf-8").read()
    m = re.search(r"(?m)^\s*StylesPath\s*=\s*(.+?)\s*$", text)
    if m:
        sp = os.path.normpath(os.path.join(os.path.dirname(cfg), m.group(1)))
        if not os.path.isdir(sp):
            return f"StylesPath {os.path.relpath(sp, folder)} is absent from this copy"
    return ""


def run_newslint(cwd: str, args: list[str], stdin: bytes | None = None) -> tuple[int, list[str], str]:
    from click.testing import CliRunner

    from lint.cli import main
    old = os.getcwd()
    os.chdir(cwd)
    try:
        res = CliRunner().invoke(main, ["check", "--format", "vale", "--no-progress", *args],
                                 input=stdin, catch_exceptions=True)
    finally:
        os.chdir(old)
    out = res.stdout if hasattr(res, "stdout") else res.output
    err = getattr(res, "stderr", "") if getattr(res, "stderr_bytes", None) is not None else ""
    if res.exception and not isinstance(res.exception, SystemExit):
        err += f"\n{type(res.exception).__name__}: {res.exception}"
    return res.exit_code, [ln for ln in out.splitlines() if ln.strip()], err


def run_scenario(sc: Scenario, fixtures: str, tmp_base: str) -> Outcome:
    step = sc.step
    for prefix, why in UNSUPPORTED.items():
        if step.startswith(prefix):
            return Outcome(sc, "skip", why)
    for pattern, make in STEPS:
        m = re.fullmatch(pattern, step)
        if m:
            folder, args = make(m)
            break
    else:
        return Outcome(sc, "skip", f"step not understood: {step}")
    want_all = sc.expected if sc.mode != "not" else []
    want = [ln for ln in want_all if concerned(ln.split(":", 1)[0])]
    targets = [a for a in args if not a.startswith("-")]
    errors_expected = any("E100" in ln or "E201" in ln for ln in sc.expected)
    stdin = None
    if args and args[0] in ("<stdin>", "<string>"):
        name = args[2]
        if not concerned(name):
            return Outcome(sc, "skip", "not a Markdown, HTML or text document")
        stdin = (open(os.path.join(fixtures, folder, args[1]), "rb").read()
                 if args[0] == "<stdin>" else args[1].encode())
        args = ["--stdin-filename", name, "-"]
        targets = [name]
    tmp = None
    if folder is None:
        tmp = tempfile.mkdtemp(dir=tmp_base)
        aruba = os.path.join(os.path.dirname(fixtures), "tmp", "aruba")
        for name, text in sc.background.items():
            text = re.sub(r"(?m)^(\s*StylesPath\s*=\s*)(.+)$",
                          lambda mm: mm[1] + os.path.normpath(os.path.join(aruba, mm[2].strip())),
                          text)
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        cwd = tmp
    else:
        cwd = os.path.normpath(os.path.join(fixtures, folder))
        if not cwd.startswith(os.path.dirname(fixtures)):
            return Outcome(sc, "skip", "runs outside the copy: Vale stops without a config, "
                                       "newslint falls back to its own defaults")
        if not os.path.isdir(cwd):
            return Outcome(sc, "skip", f"fixture folder {folder} is absent")
    try:
        relevant = bool(want) or any(concerned(p) for p in _expected_paths(sc)) or \
            any(concerned(t) for t in targets) or (sc.mode == "exactly" and not sc.expected and any(
                concerned(f) for _, _, fs in os.walk(cwd) for f in fs)) or errors_expected
        if not relevant:
            return Outcome(sc, "skip", "no Markdown, HTML or text document")
        missing = _styles_missing(cwd, sc.background)
        if missing and not errors_expected:
            return Outcome(sc, "skip", missing)
        code, lines, err = run_newslint(cwd, args, stdin)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    ours = [ln for ln in lines if concerned(ln.split(":", 1)[0])]
    if errors_expected:
        ok = code == 2
        return Outcome(sc, "pass" if ok else "miss", "" if ok else f"expected a config error (exit 2), got exit {code}",
                       ours, want)
    if sc.mode == "not":
        bad = [ln for ln in ours if sc.expected and sc.expected[0] in ln]
        return Outcome(sc, "miss" if bad else "pass", "unexpected lines" if bad else "", ours, want)
    if code == 2 and not lines:
        return Outcome(sc, "miss", "newslint stopped: " + err.strip().splitlines()[-1] if err.strip() else "exit 2", ours, want)
    if sc.mode == "exactly":
        ok = sorted(ours) == sorted(want)
    else:
        ok = all(w in ours for w in want)
    reason = ""
    if not ok:
        extra = [o for o in ours if o not in want]
        lost = [w for w in want if w not in ours]
        reason = "; ".join(([f"missing {len(lost)}: " + " | ".join(lost[:3])] if lost else []) +
                           ([f"extra {len(extra)}: " + " | ".join(extra[:3])]
                            if extra and sc.mode == "exactly" else []))
    return Outcome(sc, "pass" if ok else "miss", reason, ours, want)


def suites(root: str) -> list[tuple[str, str, str]]:
    """(label, feature file, fixtures folder) of every suite under `root`."""
    out = []
    feats = os.path.join(root, "testdata", "features")
    if os.path.isdir(feats):
        for name in sorted(os.listdir(feats)):
            if name.endswith(".feature"):
                out.append((f"vale/{name}", os.path.join(feats, name), os.path.join(root, "testdata", "fixtures")))
    pkgs = os.path.join(root, "packages")
    if os.path.isdir(pkgs):
        for name in sorted(os.listdir(pkgs)):
            feat = os.path.join(pkgs, name, "features", "rules.feature")
            if os.path.isfile(feat):
                out.append((f"package {name}", feat, os.path.join(pkgs, name, "fixtures")))
    return out


def run_all(root: str) -> list[tuple[str, Outcome]]:
    results = []
    tmp_base = tempfile.mkdtemp(prefix="newslint-vale-")
    try:
        for label, feat, fixtures in suites(root):
            for sc in parse_feature(feat):
                with contextlib.redirect_stderr(io.StringIO()):
                    results.append((label, run_scenario(sc, fixtures, tmp_base)))
    finally:
        shutil.rmtree(tmp_base, ignore_errors=True)
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", help="folder holding testdata/ and packages/ (../shared/vale)")
    ap.add_argument("--show", metavar="TEXT", help="print our lines and Vale's for scenarios whose name contains TEXT")
    opts = ap.parse_args(argv)
    if not os.path.isdir(opts.root):
        print(f"vale_suite: {opts.root} is absent; nothing to run")
        return 0
    results = run_all(opts.root)
    total_pass = total_run = 0
    by_suite: dict[str, list[Outcome]] = {}
    for label, o in results:
        by_suite.setdefault(label, []).append(o)
    print(f"Vale suite at {opts.root} (Markdown, HTML and text scenarios)")
    for label, outs in by_suite.items():
        run = [o for o in outs if o.result != "skip"]
        passed = sum(o.result == "pass" for o in run)
        total_pass += passed
        total_run += len(run)
        print(f"  {label:28} {passed:3} / {len(run):3} pass   ({len(outs) - len(run)} skipped)")
    pct = 100 * total_pass / total_run if total_run else 0.0
    print(f"  {'total':28} {total_pass:3} / {total_run:3} pass   ({pct:.1f}%)")
    print("\nMisses:")
    for label, o in results:
        if o.result == "miss":
            print(f"  {label}: {o.scenario.name}: {o.reason}")
    print("\nSkipped:")
    for label, o in results:
        if o.result == "skip":
            print(f"  {label}: {o.scenario.name}: {o.reason}")
    if opts.show:
        for label, o in results:
            if opts.show.lower() in o.scenario.name.lower():
                print(f"\n== {label}: {o.scenario.name} [{o.result}]")
                print("  ours:\n    " + "\n    ".join(o.ours))
                print("  vale:\n    " + "\n    ".join(o.want))
    return 0


if __name__ == "__main__":
    sys.exit(main())
