"""fx526 (nu71 #3): --force-exclude leaves out what a folder walk leaves out:
hidden folders, version control, node_modules, Python environments, with
one skip line each; one definition (`walk_skips`) for the walk and for it."""
import json
import subprocess
import sys

import pytest

from conftest import run_check
from lint.files import trim
from lint.readers._own_reports import own_report
from lint.walk_skips import HIDDEN, SKIP_DIRS, skipped_dir

STORY = "---\ntitle: ''\n---\n\nThe plan is TK.\n"


def _repo(tmp_path):
    for rel in (".github/ISSUE_TEMPLATE/correction.md", "node_modules/pkg/notes.md",
                "venv/lib/README.md", ".draft.md", "content/a.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(STORY)
    return tmp_path


def _rules(r):
    return [f["rule"] for f in json.loads(r.stdout or "[]")]


@pytest.mark.parametrize("rel,folder,holds", [
    (".github/ISSUE_TEMPLATE/correction.md", ".github/", HIDDEN),
    ("node_modules/pkg/notes.md", "node_modules/", "npm packages"),
    ("venv/lib/README.md", "venv/", "a Python environment")])
def test_force_exclude_says_the_walks_folder(tmp_path, rel, folder, holds):
    r = run_check(_repo(tmp_path), "--force-exclude", "--format", "json", rel)
    assert r.returncode == 0 and _rules(r) == []
    assert f"skipped {rel} (in {folder}, {holds}, which a folder walk does not enter; " \
           "drop --force-exclude to lint it)" in r.stderr


@pytest.mark.parametrize("rel", [".github/ISSUE_TEMPLATE/correction.md", "node_modules/pkg/notes.md"])
def test_guard_named_without_force_exclude_is_linted(tmp_path, rel):
    r = run_check(_repo(tmp_path), "--format", "json", rel)
    assert "hygiene.placeholder" in _rules(r) and r.returncode == 1


def test_guard_walk_and_force_exclude_agree(tmp_path):
    site = _repo(tmp_path)
    walked = {f["path"] for f in json.loads(run_check(site, ".", "--format", "json").stdout)}
    named = {f["path"] for f in json.loads(run_check(
        site, "--force-exclude", "--format", "json", ".github/ISSUE_TEMPLATE/correction.md",
        "node_modules/pkg/notes.md", "venv/lib/README.md", ".draft.md", "content/a.md").stdout)}
    assert walked == named == {".draft.md", "content/a.md"}


def test_guard_hidden_file_named_is_linted(tmp_path):
    # a walk lints a file whose own name is hidden, so --force-exclude does too
    r = run_check(_repo(tmp_path), "--force-exclude", "--format", "json", ".draft.md")
    assert "hygiene.placeholder" in _rules(r) and "skipped" not in r.stderr


def test_guard_hidden_folder_above_the_current_one_counts_not(tmp_path):
    # pre-commit in a clone kept under a hidden folder (~/.dotfiles): its own files are linted
    repo = _repo(tmp_path / ".dotfiles")
    r = run_check(repo, "--force-exclude", "--format", "json", "content/a.md")
    assert "hygiene.placeholder" in _rules(r)


def test_named_folder_left_out_under_force_exclude(tmp_path):
    r = run_check(_repo(tmp_path), "--force-exclude", "--format", "json", ".github", "content")
    assert {f["path"] for f in json.loads(r.stdout)} == {"content/a.md"}
    assert "skipped .github (in .github/, a hidden folder" in r.stderr


def test_stdin_name_in_hidden_folder_left_out(tmp_path):
    _repo(tmp_path)
    r = subprocess.run([sys.executable, "-m", "lint", "check", "-v", "--force-exclude", "--format", "json",
                        "--stdin-filename", ".github/x.md", "-"], input=STORY, text=True,
                       capture_output=True, cwd=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    assert "skipped stdin as .github/x.md (in .github/, a hidden folder" in r.stderr


def test_site_folders_false_keeps_hidden_out(tmp_path):
    site = _repo(tmp_path)
    (site / ".newslint.yaml").write_text("site-folders: false\n")
    r = run_check(site, "--force-exclude", "--format", "json", ".github/ISSUE_TEMPLATE/correction.md")
    assert _rules(r) == [] and "a hidden folder" in r.stderr


def test_trim_and_holder_share_one_definition(tmp_path):
    names = [".git", ".github", "node_modules", "venv", "__pycache__", ".tox", "content", "_posts", "news.d"]
    dirs = list(names)
    trim(str(tmp_path), dirs, [], lambda p: _Config())
    assert dirs == ["_posts", "content", "news.d"]
    assert [n for n in names if skipped_dir(n) is not None] == \
        [".git", ".github", "node_modules", "venv", "__pycache__", ".tox"]
    assert all(skipped_dir(n) == SKIP_DIRS[n] for n in SKIP_DIRS)
    assert skipped_dir(".") is None and skipped_dir("..") is None


def test_skip_line_is_told_as_newslints_own(tmp_path):
    # a report saved with its stderr (`> lint.txt 2>&1`) is skipped at the next run, not linted
    run_check(_repo(tmp_path), "--force-exclude", "node_modules/pkg/notes.md", "content/a.md", out="lint.txt")
    saved = (tmp_path / "lint.txt").read_text()
    assert "a folder walk does not enter" in saved and own_report(saved, "text") == "text"


class _Config:
    vale = None
    site_folders = True


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_force_exclude_says_the_walks_folder[.github/ISSUE_TEMPLATE/correction.md-.github/-a hidden folder]': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_force_exclude_says_the_walks_folder[node_modules/pkg/notes.md-node_modules/-npm packages]': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_force_exclude_says_the_walks_folder[venv/lib/README.md-venv/-a Python environment]': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_guard_walk_and_force_exclude_agree': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_named_folder_left_out_under_force_exclude': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_site_folders_false_keeps_hidden_out': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_skip_line_is_told_as_newslints_own': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
    'test_stdin_name_in_hidden_folder_left_out': "taken back (fx526 812cc3e2's --force-exclude use of walk_skips, 65937a8a, and fx532: qa394 #1 HIGH the server anchored on its cwd lost a project under a hidden folder; qa398 #1, #2 HIGH the project-root anchor lost a story linked into .github/ and projects under a home config); nu71 #3 open again",
}
