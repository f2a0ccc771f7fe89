"""qa339: review of fx474 (config_find: tool.newslint however TOML writes it) and
pf62 (rule-set cache bounded by saves, layout 5)."""
from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.config_find import find_config_file

ROOT = Path(__file__).resolve().parents[1]
SHARED_NEWSML = "/work/shared/formats/newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml"


def _project(tmp_path, text: bytes) -> str:
    (tmp_path / "pyproject.toml").write_bytes(text)
    return find_config_file(str(tmp_path))


# --- fx474: config found -------------------------------------------------------

@pytest.mark.parametrize("text", [
    b'[tool.poetry]\nname="x"\n[tool.poetry.dependencies]\nnewslint = "^1.0"\n\n[tool.newslint]\nselect = ["x"]\n',
    b'[tool]\nnewslint = { select = ["x"] }\n',
    b'[tool] # all tools\nnewslint.select = ["x"]\n',
    b'[project]\r\nname="x"\r\n[tool . newslint]\r\nselect=["x"]\r\n',
    b'\xef\xbb\xbf[tool]\r\n"newslint" = {select=["x"]}\r\n',
    b"[tool.'newslint']\nselect=['x']\n",
    b'[\ttool\t.\tnewslint\t]\nselect=["x"]\n',
    b'["\\u0074ool"]\nnewslint = {select=["x"]}\n',
    b'tool = {black={line-length=88}, newslint={select=["x"]}}\n',
    b'tool = { newslint = { select = ["x" } }\n',      # malformed inline: found, so load_file names it
])
def test_real_pyprojects_with_a_newslint_table_are_found(tmp_path, text):
    assert _project(tmp_path, text) == str(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("text", [
    b'[project]\ndependencies=["newslint>=1"]\n[tool.uv.sources]\nnewslint = { git = "https://x" }\n',
    b'[tool.hatch.envs.default]\ndependencies=["newslint"]\n[tool.hatch.envs.default.scripts]\nlint = "newslint check ."\n',
    b'[tool.pdm.dev-dependencies]\nlint = ["newslint>=1"]\n[tool.pdm.scripts]\nnewslint = "newslint check"\n',
    b'[project.scripts]\nnewslint = "lint.cli:main"\n',
    b'# newslint = configured below\n[tool.black]\nx=1\n',
])
def test_pyprojects_naming_newslint_only_as_a_dependency_are_no_config(tmp_path, text):
    assert _project(tmp_path, text) is None


@pytest.mark.parametrize("text", [
    b'[tool]\nnewslint = { select = ["x" }\n',
    b'[tool]\nnewslint.select = ["x"\n',
])
def test_malformed_newslint_key_under_tool_header_is_named(tmp_path, text):
    assert _project(tmp_path, text) == str(tmp_path / "pyproject.toml")


def test_malformed_newslint_key_under_tool_header_cli(tmp_path):
    (tmp_path / "pyproject.toml").write_bytes(b'[tool]\nnewslint = { select = ["x" }\n')
    (tmp_path / "a.txt").write_text("Officials said the plan was very unique.\n")
    run = subprocess.run([sys.executable, "-m", "lint", "check", "a.txt"], cwd=tmp_path,
                         capture_output=True, text=True, env={**os.environ, "NEWSLINT_NO_CACHE": "1"})
    assert run.returncode == 2 and "pyproject.toml" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_malformed_inline_tool_table_cli_names_it_in_one_line(tmp_path):
    (tmp_path / "pyproject.toml").write_bytes(b'tool = { newslint = { select = ["x" } }\n')
    (tmp_path / "a.txt").write_text("Officials said the plan was very unique.\n")
    run = subprocess.run([sys.executable, "-m", "lint", "check", "a.txt"], cwd=tmp_path,
                         capture_output=True, text=True, env={**os.environ, "NEWSLINT_NO_CACHE": "1"})
    assert run.returncode == 2 and "pyproject.toml" in run.stderr and len(run.stderr.strip().splitlines()) == 1


# --- pf62: rule-set cache -----------------------------------------------------

def _run(cache, files, seed, fmt="json"):
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": str(seed),
           "PYTHONPATH": str(ROOT)}
    env.pop("NEWSLINT_NO_CACHE", None)
    run = subprocess.run([sys.executable, "-m", "lint", "check", "--format", fmt, *files],
                         capture_output=True, text=True, env=env)
    return run


def _rules_file(cache):
    (found,) = glob.glob(os.path.join(cache, "rules-*.marshal"))
    return found


def _drop_results(cache):
    import shutil
    shutil.rmtree(os.path.join(cache, "results"), ignore_errors=True)


@pytest.mark.skipif(not os.path.exists(SHARED_NEWSML), reason="needs the shared NewsML-G2 sample")
def test_warm_run_under_another_hash_seed_writes_nothing(tmp_path):
    cache = tmp_path / "cache"
    _run(cache, [SHARED_NEWSML], 1)
    _drop_results(cache)
    before = os.stat(_rules_file(cache))
    _run(cache, [SHARED_NEWSML], 2)
    after = os.stat(_rules_file(cache))
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_warm_run_same_seed_writes_nothing_and_findings_match(tmp_path):
    cache = tmp_path / "cache"
    story = str(ROOT / "fixtures" / "sample" / "wire-story.txt")
    cold = _run(cache, [story], 5)
    _drop_results(cache)
    before = os.stat(_rules_file(cache)).st_mtime_ns
    warm = _run(cache, [story], 5)
    assert os.stat(_rules_file(cache)).st_mtime_ns == before
    assert json.loads(cold.stdout) == json.loads(warm.stdout)
    uncached = subprocess.run([sys.executable, "-m", "lint", "check", "--format", "json", story],
                              capture_output=True, text=True, env={**os.environ, "NEWSLINT_NO_CACHE": "1"})
    assert json.loads(uncached.stdout) == json.loads(cold.stdout)


def test_truncated_cache_is_rebuilt_silently_and_clean_empties_it(tmp_path):
    cache = tmp_path / "cache"
    story = str(ROOT / "fixtures" / "sample" / "wire-story.txt")
    first = _run(cache, [story], 3)
    path = _rules_file(cache)
    Path(path).write_bytes(Path(path).read_bytes()[:1000])
    _drop_results(cache)
    again = _run(cache, [story], 3)
    assert again.returncode == first.returncode and again.stderr == first.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert os.path.getsize(path) > 100_000
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache)}
    assert subprocess.run([sys.executable, "-m", "lint", "clean"], env=env, capture_output=True).returncode == 0
    assert not glob.glob(os.path.join(cache, "rules-*"))
