"""fx476 (qa339 #1): a pyproject.toml that tomllib refuses, with `newslint = ...`
or `newslint.x = ...` under a `[tool]` header, is newslint's config and is
refused in one line; the same key under any other header, or a file with no
newslint table at all, is still no config, so a run beside it goes on."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lint.config_find import find_config_file


def _found(tmp_path, text: bytes) -> str | None:
    (tmp_path / "pyproject.toml").write_bytes(text)
    return find_config_file(str(tmp_path))


def _check(tmp_path, text: bytes) -> subprocess.CompletedProcess:
    (tmp_path / "pyproject.toml").write_bytes(text)
    return _check_without_config(tmp_path)


def _check_without_config(tmp_path) -> subprocess.CompletedProcess:
    (tmp_path / "a.txt").write_text("Officials said the plan was very unique.\n")
    return subprocess.run([sys.executable, "-m", "lint", "check", "a.txt"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "NEWSLINT_NO_CACHE": "1"})


@pytest.mark.parametrize("text", [
    b'[tool] # all tools\nnewslint = { select = ["x" }\n',
    b'[ "tool" ]\r\nnewslint.select = ["x"\r\n',
    b"['tool']\n  'newslint' = { select = ['x' }\n",
    b'[tool.black]\nx = 1\n[tool]\nother = 1\nnewslint = { select = ["x" }\n',
    b'[tool]\nnewslint = { select = ["x"] }\n[broken\n',       # fine key, broken later
])
def test_broken_file_with_newslint_under_a_tool_header_is_found(tmp_path, text):
    assert _found(tmp_path, text) == str(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("text", [
    b'[project.scripts]\nnewslint = "lint.cli:main"\n[broken\n',
    b'[tool.poetry.dependencies]\nnewslint = "^1\n',
    b'[tool]\nblack = { x = 1 }\n[tool.uv.sources]\nnewslint = { git = "x" \n',
    b'[tool]\nx = 1\n[[tool.hatch]]\nnewslint = { a = 1\n',
    b'[tool.black]\nline-length = 88\n[tool.ruff\n',           # no newslint anywhere
    b'newslint = { select = ["x" }\n',                         # root key, no [tool] header
])
def test_broken_file_naming_newslint_under_other_headers_is_no_config(tmp_path, text):
    assert _found(tmp_path, text) is None


def test_broken_tool_header_key_is_refused_at_its_line(tmp_path):
    run = _check(tmp_path, b'[tool]\nnewslint.select = ["x"\n')
    assert run.returncode == 2
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(f"newslint: {tmp_path / 'pyproject.toml'}:2:") and "invalid TOML" in line


@pytest.mark.parametrize("text", [
    b'[tool.black]\nline-length = 88\n[tool.ruff\n',
    b'[project.scripts]\nnewslint = "lint.cli:main"\n[broken\n',
])
def test_broken_pyproject_without_a_newslint_table_does_not_fail_the_run(tmp_path, text):
    run = _check(tmp_path, text)
    (tmp_path / "pyproject.toml").unlink()
    plain = _check_without_config(tmp_path)
    assert run.returncode == plain.returncode != 2 and "pyproject.toml" not in run.stderr
    assert run.stdout == plain.stdout and "a.txt:1:" in run.stdout
