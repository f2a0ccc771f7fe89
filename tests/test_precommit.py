"""The real `pre-commit` tool runs the hook from this checkout on a fresh repo.

Slow (pre-commit builds the hook's venv with pip), so the hook environment is
built once per session in a temporary PRE_COMMIT_HOME.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from lint.readers import EXTENSIONS

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
    (repo / "story.mdx").write_text("# Ferry schedule\n\nThe board met.\n\nLeave a Reply\n")
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


def test_hook_lints_mdx_files(editorial_repo):
    # pre-commit's file identification tags .mdx as `mdx`, not markdown: a hook
    # filtered by types_or [markdown, ...] silently skipped every MDX article.
    repo, env = editorial_repo
    proc = try_repo(repo, env, "story.mdx")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "story.mdx:5:1: error [hygiene.boilerplate]" in proc.stdout


@pytest.mark.parametrize("hook", yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()),
                         ids=lambda h: h["id"])
def test_hook_files_pattern_is_the_readers_extensions(hook):
    """Every extension newslint reads (any case) reaches the hook; nothing else does."""
    pattern = re.compile(hook["files"])
    for ext in EXTENSIONS:
        assert pattern.search(f"content/post{ext}") and pattern.search(f"POST{ext.upper()}"), ext
    for other in ("a.py", "a.yml", "a.md.bak", "a.njk", "a.mdxx", "README"):
        assert not pattern.search(other), other


def test_hook_leaves_out_a_sites_templates_and_build_output(editorial_repo):
    # pre-commit names every staged file, so the hook passes --force-exclude:
    # a Jekyll site's _layouts/ and _site/ are not articles even when staged.
    repo, env = editorial_repo
    for rel, text in {"site/_config.yml": "title: x\n", "site/_layouts/post.txt": DEFECTIVE,
                      "site/_site/post.txt": DEFECTIVE, "site/_posts/post.txt": DEFECTIVE}.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    subprocess.run(["git", "add", "site"], cwd=repo, check=True, env=env)
    proc = try_repo(repo, env, "site/_layouts/post.txt", "site/_site/post.txt", "site/_posts/post.txt")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "site/_posts/post.txt:7:1: error [hygiene.boilerplate]" in proc.stdout
    # no finding in either; each is named once as left out (nu63 #2), as when staged alone
    assert not re.search(r"_(layouts|site)/post\.txt:\d", proc.stdout), proc.stdout
    assert proc.stdout.count("newslint: skipped site/_layouts/post.txt (") == 1, proc.stdout
    assert proc.stdout.count("newslint: skipped site/_site/post.txt (") == 1, proc.stdout
