"""`--stdin-filename` names the article read from stdin. Given with files and
no '-' it was silently ignored (rv18 L5); as ruff does, it now means stdin:
the article on stdin is read under that name, and each file named beside it
is left out with one line saying so. With '-' among the paths, files and
stdin are both read, as before."""
from __future__ import annotations

import json

STORY = "Council votes\n\nThe the council voted on Monday, the mayor said.\n"
OTHER = "Parks close\n\nThe parks closed on Monday, the mayor said.\n"


def _stdin_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "in favor of standard input" in line]


def test_check_reads_stdin_and_says_the_files_are_left_out(run_cli, tmp_path):
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    result = run_cli("check", "--no-color", "--no-cache", "other.txt", "--stdin-filename", "story.txt",
                     input=STORY, cwd=tmp_path)
    assert result.exit_code == 0          # a warning: under the default --fail-level
    assert "story.txt:3:1: warning [hygiene.doubled-word]" in result.stdout
    assert "other.txt" not in result.stdout
    assert _stdin_lines(result.stderr) == [
        "newslint: ignoring other.txt in favor of standard input (--stdin-filename names the "
        "article read from stdin; add '-' to read both)"]


def test_check_with_dash_reads_both_and_says_nothing(run_cli, tmp_path):
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    result = run_cli("check", "--no-color", "--no-cache", "other.txt", "-", "--stdin-filename", "story.txt",
                     input=STORY, cwd=tmp_path)
    assert "story.txt:3:1" in result.stdout and _stdin_lines(result.stderr) == []


def test_parse_reads_stdin_and_says_the_files_are_left_out(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    result = run_cli("parse", "--format", "json", "a.txt", "b.txt", "--stdin-filename", "post.md",
                     input="# Council votes\n\nThe council voted.\n", cwd=tmp_path)
    assert result.exit_code == 0
    assert [(d["path"], d["format"]) for d in json.loads(result.stdout)] == [("post.md", "markdown")]
    assert _stdin_lines(result.stderr) == [
        "newslint: ignoring a.txt, b.txt in favor of standard input (--stdin-filename names the "
        "article read from stdin; add '-' to read both)"]


def test_parse_with_only_a_stdin_filename_reads_stdin_as_check_does(run_cli, tmp_path):
    """nu19 #8: `parse --stdin-filename post.md` with no paths stopped on a
    missing PATHS argument (exit 2) where `check` reads stdin."""
    result = run_cli("parse", "--format", "json", "--stdin-filename", "post.md",
                     input="# Council votes\n\nThe council voted.\n", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)
    assert (doc["path"], doc["format"], doc["headline"]) == ("post.md", "markdown", "Council votes")
    assert _stdin_lines(result.stderr) == []


def test_parse_with_nothing_to_read_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("parse", cwd=tmp_path)
    assert result.exit_code == 2 and "Missing argument 'PATHS...'" in result.stderr
