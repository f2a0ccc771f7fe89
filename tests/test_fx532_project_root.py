"""fx532 (qa394 #1, #2): --force-exclude, stdin's name and the language server
count the folders no walk enters only below the file's project root (its
config, a generator's config, a .git or a .github), not below the process's
current folder; paths are compared with symlinks resolved."""
import json
import os
import subprocess
import sys

from conftest import run_check
from lint.server.documents import target
from lint.server.linting import Linter
from lint.walk_skips import project_root, walk_holder

STORY = "---\ntitle: Parks reopen\n---\n\nThe plan is TK.\n"


def _write(root, *rels):
    for rel in rels:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith("/"):
            continue
        (root / rel).write_text("title: Desk\n" if rel.endswith(".yml") else STORY)
    return root


def _rules(r):
    return sorted({f["rule"] for f in json.loads(r.stdout or "[]")})


def _editor(path):
    return sorted({d.rule for d in Linter().lint(target(path.as_uri(), "markdown", []), STORY).diagnostics})


def _none(folder):
    return False


def test_git_marks_the_root_of_a_repo_under_a_hidden_folder(tmp_path, monkeypatch):
    repo = _write(tmp_path / ".work" / "site", ".git/HEAD", "content/a.md", ".drafts/b.md")
    monkeypatch.chdir(tmp_path)
    assert _editor(repo / "content/a.md") == ["hygiene.placeholder"]
    assert _editor(repo / ".drafts/b.md") == []
    r = run_check(tmp_path, "--force-exclude", "--format", "json", ".work/site/content/a.md",
                  ".work/site/.drafts/b.md")
    assert {f["path"] for f in json.loads(r.stdout)} == {".work/site/content/a.md"}
    assert "skipped .work/site/.drafts/b.md (in .drafts/, a hidden folder" in r.stderr


def test_config_marks_the_root(tmp_path):
    repo = _write(tmp_path / ".desk", "content/a.md", "content/.old/b.md")
    (repo / ".newslint.yaml").write_text("select: [hygiene]\n")
    # without the config (`marked` says no) nothing marks a root: the caller counts from the current folder
    assert project_root(str(repo / "content/a.md"), _none) in (None, os.sep)
    from lint.sites import holder
    assert holder(str(repo / "content/a.md"), lambda p: _Config(), {}) is None
    assert holder(str(repo / "content/.old/b.md"), lambda p: _Config(), {}).folder == "content/.old/"


def test_jekyll_config_marks_the_root(tmp_path, monkeypatch):
    site = _write(tmp_path / ".sites" / "desk", "_config.yml", "_posts/2025-03-05-a.md")
    monkeypatch.chdir(os.sep)
    assert _editor(site / "_posts/2025-03-05-a.md") == ["hygiene.placeholder"]


def test_stdin_absolute_name_from_another_folder(tmp_path):
    repo = _write(tmp_path / ".work" / "site", ".github/x.md", "content/a.md")
    elsewhere = _write(tmp_path / "elsewhere", "x/")
    for rel, linted in (("content/a.md", True), (".github/y.md", False)):
        r = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--force-exclude", "--format",
                            "json", "--stdin-filename", str(repo / rel), "-"], input=STORY, text=True,
                           capture_output=True, cwd=elsewhere)
        assert (_rules(r) == ["hygiene.placeholder"]) is linted, (rel, r.stdout, r.stderr)


def test_package_shipping_its_own_github_is_no_root(tmp_path):
    repo = _write(tmp_path, ".git/HEAD", "node_modules/pkg/.github/FUNDING.md", "node_modules/pkg/README.md")
    path = str(repo / "node_modules/pkg/README.md")
    assert project_root(path, _none) == str(repo.resolve())
    assert walk_holder(path, project_root(path, _none)).folder == "node_modules/"


def test_nearest_marker_wins_and_within_caps(tmp_path):
    outer = _write(tmp_path, ".git/HEAD", ".work/site/.git/HEAD", ".work/site/content/a.md", "ws/content/a.md")
    site = outer / ".work/site"
    assert project_root(str(site / "content/a.md"), _none) == str(site.resolve())
    # a workspace folder below the repo's root: nothing above it counts
    assert project_root(str(site / "content/a.md"), _none, str(site / "content")) == str((site / "content").resolve())
    # no marker below the workspace folder: the folder itself
    assert project_root(str(outer / "ws/content/a.md"), _none, str(outer / "ws")) == str((outer / "ws").resolve())


def test_guard_no_marker_counts_from_the_current_folder(tmp_path):
    repo = _write(tmp_path, "content/a.md", "content/node_modules/p/b.md")
    assert project_root(str(repo / "content/a.md"), _none) is None or \
        project_root(str(repo / "content/a.md"), _none) == os.sep      # a marker at / (a container's .git)
    r = run_check(repo, "--force-exclude", "--format", "json", "content/a.md", "content/node_modules/p/b.md")
    assert {f["path"] for f in json.loads(r.stdout)} == {"content/a.md"}


def test_symlinked_checkout_story_still_linted(tmp_path):
    real = _write(tmp_path / "real", ".git/HEAD", "content/a.md")
    (tmp_path / ".links").mkdir()
    link = tmp_path / ".links" / "site"
    link.symlink_to(real, target_is_directory=True)
    r = run_check(tmp_path, "--force-exclude", "--format", "json", str(link / "content/a.md"))
    assert _rules(r) == ["hygiene.placeholder"]


class _Config:
    vale = None
    site_folders = True


def _in_workspace(path, folders):
    linter = Linter()
    linter.folders = [str(f) for f in folders]
    return sorted({d.rule for d in linter.lint(target(path.as_uri(), "markdown", []), STORY).diagnostics})


def test_workspace_folder_without_marker_is_the_root(tmp_path, monkeypatch):
    ws = _write(tmp_path / "ws", ".drafts/x.md", "content/a.md")
    monkeypatch.chdir(_write(tmp_path / "elsewhere", "x/"))
    assert _editor(ws / ".drafts/x.md") == ["hygiene.placeholder"]     # no anchor: nothing counts
    assert _in_workspace(ws / ".drafts/x.md", [tmp_path / "elsewhere", ws]) == []
    assert _in_workspace(ws / "content/a.md", [ws]) == ["hygiene.placeholder"]


def test_workspace_folder_opened_inside_a_hidden_folder_is_linted(tmp_path, monkeypatch):
    repo = _write(tmp_path / "repo", ".git/HEAD", ".drafts/a.md")
    monkeypatch.chdir(repo)
    assert _in_workspace(repo / ".drafts/a.md", [repo]) == []
    # opened as the workspace itself, as `check .` in it walks it
    assert _in_workspace(repo / ".drafts/a.md", [repo, repo / ".drafts"]) == ["hygiene.placeholder"]


def test_nul_in_an_editors_uri_is_linted_not_raised(tmp_path):
    # `file:///...%00...`: realpath refuses a NUL; the buffer is linted as before
    got = Linter().lint(target((tmp_path / "a").as_uri() + "%00b.md", "markdown", []), STORY).diagnostics
    assert "hygiene.placeholder" in {d.rule for d in got}
    assert project_root(str(tmp_path / "a\0b.md"), _none) is None
    assert walk_holder(str(tmp_path / ".x/a\0b.md"), str(tmp_path)) is None


def test_guard_github_named_from_root_and_from_a_subfolder(tmp_path):
    repo = _write(tmp_path / ".work" / "site", ".git/HEAD", ".github/x.md", "content/a.md")
    for cwd, rel in ((repo, ".github/x.md"), (repo / "content", "../.github/x.md")):
        r = run_check(cwd, "--force-exclude", "--format", "json", rel)
        assert r.returncode == 0 and json.loads(r.stdout) == [], (cwd, r.stdout)
        assert f"skipped {rel} (in .github/, a hidden folder" in r.stderr
    r = run_check(repo / "content", "--force-exclude", "--format", "json", "a.md")
    assert _rules(r) == ["hygiene.placeholder"] and "skipped" not in r.stderr
