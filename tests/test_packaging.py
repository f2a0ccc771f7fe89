"""The built-in rules ship inside the wheel, and the installed command finds
them from any directory."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_contains_every_builtin_rule(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                           str(ROOT)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"the wheel does not build: {proc.stderr.strip()[-2000:]}"
    wheel = next(tmp_path.glob("newslint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n.split("lint/_builtin_rules/", 1)[1] for n in names if n.startswith("lint/_builtin_rules/")}
    in_repo = {str(p.relative_to(ROOT / "rules")) for p in (ROOT / "rules").rglob("*.yaml")}
    assert in_repo and in_repo == shipped
    data = {str(p.relative_to(ROOT)) for p in (ROOT / "lint" / "data").iterdir() if p.is_file()}
    assert data and data <= names


def test_installed_command_runs_from_another_directory(tmp_path, sample):
    exe = Path(sys.executable).with_name("newslint")
    assert exe.exists(), "`pip install .[test]` installs the newslint command beside python"
    shutil.copy(sample, tmp_path / "story.txt")
    proc = subprocess.run([str(exe), "check", "--no-color", "story.txt"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    want = (ROOT / "fixtures" / "sample" / "wire-story.txt.expected").read_text(encoding="utf-8")
    assert proc.stdout == want.replace("fixtures/sample/wire-story.txt", "story.txt").rsplit("exit:", 1)[0]
