"""The real `pre-commit` tool runs the hook from this checkout on a fresh repo.

Slow (pre-commit builds the hook's venv with pip), so the hook environment is
built once per session in a temporary PRE_COMMIT_HOME.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CLEAN = """Harbour board approves new ferry schedule

The harbour board approved a new ferry schedule for the island routes.

Board members said the new schedule adds two morning crossings.
"""
DEFECTIVE = CLEAN + "\nLeave a Reply\n"


def pre_commit() -> list[str]:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    if not Path(exe).exists() or not shutil.which("git"):
        pytest.skip("pre-commit or git is not installed")
    return [exe]


@pytest.fixture(scope="module")
def editorial_repo(tmp_path_factory):
    repo = tmp_path_factory.mktemp("editorial")
    home = tmp_path_factory.mktemp("pre-commit-home")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    (repo / "clean.txt").write_text(CLEAN)
    (repo / "defective.txt").write_text(DEFECTIVE)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    return repo, env


def try_repo(repo: Path, env: dict, *files: str) -> subprocess.CompletedProcess:
    return subprocess.run(pre_commit() + ["try-repo", str(ROOT), "newslint", "--files", *files],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_passes_a_clean_article(editorial_repo):
    repo, env = editorial_repo
    proc = try_repo(repo, env, "clean.txt")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_hook_fails_a_defective_article(editorial_repo):
    repo, env = editorial_repo
    proc = try_repo(repo, env, "defective.txt")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "defective.txt:7:1: error [hygiene.boilerplate]" in proc.stdout
