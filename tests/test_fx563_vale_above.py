"""fx563: the line for a Vale style that stops at a folder's own config
names the Vale config a config above runs by `vale:` too (qa421 #6), and its
key reads through a symlinked folder (qa421 #5); nothing is said where the
folder's config picks a Vale config itself or none above runs one."""
from __future__ import annotations

import os

from vale_helpers import WE


def _desk(tmp_path, above="vale: ../.vale.ini\n"):
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "We.yml").write_text(WE)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*]\nBasedOnStyles = House\n")
    cols = tmp_path / "desk" / "columns"
    cols.mkdir(parents=True)
    (tmp_path / "desk" / ".newslint.yaml").write_text(above)
    (cols / "d.md").write_text("# Crew\n\nWe left on Tuesday.\n")
    (cols / ".newslint.yaml").write_text("ignore: [titles]\n")
    return cols


def _said(res):
    return [ln for ln in res.stderr.splitlines() if "above it is not read" in ln]


def test_key_for_the_vale_config_named_above_runs_the_style(tmp_path, run_cli):
    cols = _desk(tmp_path)
    said = _said(run_cli("check", "desk", "--no-cache", cwd=tmp_path))
    assert len(said) == 1 and "add 'vale: ../../.vale.ini' to .newslint.yaml" in said[0]
    (cols / ".newslint.yaml").write_text("vale: ../../.vale.ini\nignore: [titles]\n")
    res = run_cli("check", "desk", "--format", "vale", "--no-cache", cwd=tmp_path)
    assert "desk/columns/d.md:3:1:House.We:" in res.stdout and not _said(res)


def test_guard_nothing_said_without_a_vale_config_above(tmp_path, run_cli):
    _desk(tmp_path, above="ignore: [titles]\n")
    os.remove(tmp_path / ".vale.ini")
    assert _said(run_cli("check", "desk", "--no-cache", cwd=tmp_path)) == []


def test_hand_written_key_through_a_relative_symlink(tmp_path, run_cli):
    cols = _desk(tmp_path)
    os.symlink(os.path.join("desk", "columns"), tmp_path / "link")
    (cols / ".newslint.yaml").write_text("vale: ../../.vale.ini\nignore: [titles]\n")
    res = run_cli("check", "link/d.md", "--format", "vale", "--no-cache", cwd=tmp_path)
    assert res.exit_code != 2 and "link/d.md:3:1:House.We:" in res.stdout, res.stderr
