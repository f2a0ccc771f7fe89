"""fx476 (nu67): `check drafts/a.txt`, where the config's `exclude: [drafts/]`
leaves the file out, said "no article files to lint here (folders are walked
for ...)", a folder's hint, about a file. With nothing linted it now says the
file's own line, as `--force-exclude` does; which files are linted, stdout and
the exit code stay. Beside a linted file it is said only by -v; a named folder
whose files are all excluded keeps the walk's hint."""
from __future__ import annotations

import pytest

from conftest import run_check as _check

SAID = ("newslint: skipped drafts/{} (matched by exclude: in .newslint.yaml; "
        "take it out of exclude: to lint it)")
WALK_HINT = "newslint: no article files to lint here (folders are walked for .md"


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n")
    (tmp_path / "drafts").mkdir()
    for name in "abcdefg":
        (tmp_path / "drafts" / f"{name}.txt").write_text("Officials said it on Tuesday TK.\n")
    (tmp_path / "story.txt").write_text("Officials said it TK.\n")
    (tmp_path / "empty").mkdir()
    return tmp_path


def test_a_lone_excluded_file_gets_its_line_as_under_force_exclude(desk):
    done = _check(desk, "drafts/a.txt")
    assert done.stderr.splitlines() == [SAID.format("a.txt")], done.stderr
    assert done.stdout == "No files linted.\n" and done.returncode == 0
    forced = _check(desk, "--force-exclude", "drafts/a.txt")
    assert (done.stdout, done.stderr, done.returncode) == (forced.stdout, forced.stderr, forced.returncode)


def test_the_line_is_said_once_under_v_and_for_a_file_named_twice(desk):
    done = _check(desk, "-v", "drafts/a.txt")
    assert done.stderr.splitlines().count(SAID.format("a.txt")) == 1 and WALK_HINT not in done.stderr
    done = _check(desk, "drafts/a.txt", "./drafts/a.txt")
    assert done.stderr.splitlines() == [SAID.format("a.txt")], done.stderr


def test_many_excluded_files_are_counted_past_the_notice_limit(desk):
    names = [f"drafts/{n}.txt" for n in "abcdefg"]
    done = _check(desk, *names)
    forced = _check(desk, "--force-exclude", *names).stderr.splitlines()
    # the lines as --force-exclude says them, but for what the count line says left the rest out (qa389 #2)
    assert done.stderr.splitlines()[:5] == forced[:5] == [SAID.format(f"{n}.txt") for n in "abcde"]
    assert len(done.stderr.splitlines()) == 6 and "2 more named paths" in done.stderr, done.stderr
    assert done.stderr.splitlines()[5] == ("newslint: and 2 more named paths skipped by exclude: in "
                                           ".newslint.yaml (-v names each)")
    assert forced[5:] == ["newslint: and 2 more named paths skipped by --force-exclude (-v names each)"]


def test_a_json_report_stays_empty(desk):
    done = _check(desk, "--format", "json", "drafts/a.txt")
    assert done.stdout.strip() == "[]" and done.stderr.splitlines() == [SAID.format("a.txt")]


# the nearest cases, as they were (or as --force-exclude words them)
def test_beside_a_linted_file_it_is_said_only_under_v(desk):
    done = _check(desk, "drafts/a.txt", "story.txt")
    assert "skipped drafts/a.txt" not in done.stderr and "story.txt:1:" in done.stdout
    done = _check(desk, "-v", "drafts/a.txt", "story.txt")
    assert SAID.format("a.txt") in done.stderr.splitlines() and "story.txt:1:" in done.stdout
    assert "drafts/a.txt:" not in done.stdout


def test_beside_an_empty_folder_both_lines_are_said_as_under_force_exclude(desk):
    done = _check(desk, "drafts/a.txt", "empty")
    said = done.stderr.splitlines()
    assert len(said) == 2 and said[0].startswith(WALK_HINT) and said[1] == SAID.format("a.txt"), said
    assert said == _check(desk, "--force-exclude", "drafts/a.txt", "empty").stderr.splitlines()


def test_a_named_folder_of_excluded_files_keeps_the_walk_hint(desk):
    done = _check(desk, "drafts")
    assert done.stderr.startswith(WALK_HINT) and "the config's exclude: skips files" in done.stderr
    assert "skipped drafts/" not in done.stderr and done.returncode == 0


def test_a_missing_path_exclude_matches_is_still_no_file_missing(desk):
    done = _check(desk, "drafts/gone.txt")
    assert "file.missing" not in done.stdout + done.stderr and done.returncode == 0
    assert "skipped drafts/gone.txt" not in done.stderr
