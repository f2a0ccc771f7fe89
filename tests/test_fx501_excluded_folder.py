"""fx501 (qa349 #4): a named folder whose article files `exclude:` all left
out, beside a named file that is not linted either (a picture), is said in
the run's closing lines; guards for the nearest shapes that must not change:
a lone folder, a folder with a file linted, a file linted elsewhere."""
from __future__ import annotations

import pytest

from conftest import run_check

STORY = "Officials said it TK.\n"
LINE = "newslint: skipped {} (matched by exclude: in .newslint.yaml; take it out of exclude: to lint it)"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n  - '*.md'\n")
    for folder in ("drafts", "notes", "open"):
        (tmp_path / folder).mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STORY)
    (tmp_path / "notes" / "b.md").write_text(STORY)         # every file matched by '*.md'
    (tmp_path / "open" / "c.txt").write_text(STORY)
    (tmp_path / "open" / "d.md").write_text(STORY)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    return tmp_path


@pytest.mark.parametrize("folder", ["drafts", "drafts/", "notes"])
def test_folder_emptied_by_exclude_beside_a_picture_is_said_once(desk, folder):
    done = run_check(desk, "photo.png", folder)
    lines = done.stderr.splitlines()
    assert lines.count(LINE.format(folder)) == 1, done.stderr
    assert done.returncode == 0 and "No files linted." in done.stdout


def test_two_emptied_folders_each_said(desk):
    done = run_check(desk, "--format", "json", "photo.png", "drafts", "notes")
    assert LINE.format("drafts") in done.stderr and LINE.format("notes") in done.stderr, done.stderr


def test_guard_folder_with_a_file_linted_is_not_said(desk):
    done = run_check(desk, "photo.png", "open")
    assert "skipped open" not in done.stderr and "hygiene.placeholder" in done.stdout, done.stderr


def test_guard_emptied_folder_beside_a_linted_file_is_not_said(desk):
    done = run_check(desk, "drafts", "open/c.txt")
    assert "exclude:" not in done.stderr and done.returncode == 1, done.stderr


def test_guard_lone_emptied_folder_keeps_its_one_line(desk):
    done = run_check(desk, "drafts")
    assert "no article files to lint here" in done.stderr and "skipped drafts" not in done.stderr
