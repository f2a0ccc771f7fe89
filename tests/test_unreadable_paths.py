"""Paths that exist but cannot be read are findings, never a usage error that
stops the other files, a "no such file", or a silent skip (new-user trial).

The suite runs as root in CI, where permissions do not bite: a symlink loop
gives the same errno-style failure, and a folder that cannot be listed is made
by failing `os.scandir` for it alone.
"""
from __future__ import annotations

import os

import pytest

STORY = "Ferry vote\n\nThe council met the the board.\n"


@pytest.fixture
def loop(tmp_path):
    if not hasattr(os, "symlink"):
        pytest.skip("no symlinks on this system")
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    (tmp_path / "ok.txt").write_text(STORY)
    return tmp_path


def test_a_named_symlink_loop_is_unreadable_and_the_other_files_are_linted(run_cli, loop):
    result = run_cli("check", "a.md", "ok.txt", "--no-color", cwd=loop)
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("a.md:1:1: error [file.unreadable] cannot read file: ")
    assert lines[1] == "ok.txt:3:17: warning [hygiene.doubled-word] doubled word: 'the the'"
    assert "no such file" not in result.output


def test_a_missing_file_is_a_file_missing_finding_not_unreadable(run_cli, loop):
    # was a usage error (exit 2); a symlink loop stays file.unreadable
    result = run_cli("check", "--no-color", "gone.md", "a.md", cwd=loop)
    assert result.exit_code == 1
    assert [line.split(" [")[1].split("]")[0] for line in result.stdout.splitlines()[:2]] == [
        "file.unreadable", "file.missing"]
    assert "gone.md:1:1: error [file.missing] no such file or folder" in result.stdout


def test_a_broken_symlink_says_its_target_is_gone(run_cli, loop):
    (loop / "link.md").symlink_to(loop / "deleted.md")
    result = run_cli("check", "--no-color", "link.md", cwd=loop)
    assert result.exit_code == 1
    assert result.stdout.startswith("link.md:1:1: error [file.missing] broken symlink: its target ")
    assert "deleted.md' does not exist" in result.stdout


def test_a_missing_path_the_config_excludes_is_left_out(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude: [drafts/]\n")
    (tmp_path / "ok.txt").write_text(STORY)
    result = run_cli("check", "--no-color", "drafts/gone.md", "ok.txt", cwd=tmp_path)
    assert "gone.md" not in result.output and "ok.txt:3:17:" in result.stdout


def test_diff_names_a_missing_path_and_fails(run_cli, tmp_path):
    result = run_cli("check", "--diff", "gone.md", cwd=tmp_path)
    assert result.exit_code == 1
    assert "newslint: gone.md: error [file.missing] no such file or folder" in result.stderr


def test_parse_says_why_a_named_path_cannot_be_read(run_cli, loop):
    result = run_cli("parse", "a.md", cwd=loop)
    assert result.exit_code == 1
    assert "a.md: file.unreadable:" in result.stderr and "no such file" not in result.stderr


def test_parse_says_a_broken_symlink_as_check_does(run_cli, loop):
    # parse said 'no such file or folder' where check names the target
    (loop / "link.md").symlink_to(loop / "deleted.md")
    result = run_cli("parse", "link.md", cwd=loop)
    assert result.exit_code == 1
    assert "newslint: link.md: file.missing: broken symlink: its target " in result.stderr


def test_a_folder_that_cannot_be_listed_is_a_finding(run_cli, tmp_path, monkeypatch):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "hidden.md").write_text(STORY)
    (tmp_path / "open.txt").write_text(STORY)
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run_cli("check", ".", "--no-color", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        "closed:1:1: error [file.unreadable] cannot read folder: Permission denied",
        "open.txt:3:17: warning [hygiene.doubled-word] doubled word: 'the the'"]


def test_diff_names_the_files_it_could_not_read(run_cli, loop):
    result = run_cli("check", "--diff", "a.md", cwd=loop)
    assert result.exit_code == 1                  # not a silent "0 fixes", exit 0
    assert "a.md: error [file.unreadable] cannot read file:" in result.stderr


def test_select_with_only_a_missing_path_knows_the_rules(run_cli, tmp_path):
    # was exit 2, "--select: no rule or pack 'titles' (did you mean file?)": no
    # config was asked for its rules when no file was left to lint
    result = run_cli("check", "--no-color", "--select", "titles", "gone.md", cwd=tmp_path)
    assert "no rule or pack" not in result.stderr
    # and the missing path is said whatever --select picks (qa73 #2)
    assert result.exit_code == 1 and "gone.md:1:1: error [file.missing]" in result.stdout
    (tmp_path / "empty").mkdir()
    assert run_cli("check", "--select", "titles", "empty", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("option", [("--ignore", "file.missing"), ("--select", "titles", "--ignore", "file")])
def test_a_missing_path_not_reported_is_no_file_linted(run_cli, tmp_path, option):
    # was "No problems found.", and a passing JUnit suite named for the missing path
    result = run_cli("check", "--no-color", *option, "gone.md", cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (0, "No files linted.\n")
    junit = run_cli("check", "--format", "junit", *option, "gone.md", cwd=tmp_path)
    assert "gone.md" not in junit.stdout
