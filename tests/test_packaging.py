"""The built-in rules ship inside the wheel, and the installed command finds
them from any directory."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


def test_wheel_contains_every_builtin_rule(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                           str(ROOT)], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.skip(f"could not build a wheel here: {proc.stderr.strip()[-200:]}")
    wheel = next(tmp_path.glob("newslint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n.split("lint/_builtin_rules/", 1)[1] for n in names if n.startswith("lint/_builtin_rules/")}
    in_repo = {str(p.relative_to(ROOT / "rules")) for p in (ROOT / "rules").rglob("*.yaml")}
    assert in_repo and in_repo <= shipped
    assert "lint/data/" in "".join(names) or not (ROOT / "lint" / "data").exists()


def test_installed_command_runs_from_another_directory(tmp_path, seed):
    exe = shutil.which("newslint") or str(Path(sys.executable).with_name("newslint"))
    if not Path(exe).exists():
        pytest.skip("newslint is not installed in this environment")
    proc = subprocess.run([exe, "check", "--no-color", str(seed)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "[hygiene.boilerplate]" in proc.stdout and "Traceback" not in proc.stderr
