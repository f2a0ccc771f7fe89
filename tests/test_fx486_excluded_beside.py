"""fx486 (qa343 #6): README says a named file that `exclude:` leaves out gets
its `skipped ... (matched by exclude: ...)` line when nothing was linted; a
named picture beside it (a `file.format` skip) links nothing, so the line is
said in every output path, once, and never when a file was linted."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import run_check

STORY = "Officials said it TK.\n"
SKIPPED = ("newslint: skipped drafts/a.txt (matched by exclude: in .newslint.yaml; "
           "take it out of exclude: to lint it)")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STORY)
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "data.json").write_text('{"a": 1}\n')
    return tmp_path


@pytest.mark.parametrize("args", [
    (), ("--fix",), ("--diff",), ("--statistics",), ("--ignore", "file.format"), ("--format", "github"),
])
def test_said_once_beside_a_skipped_picture(desk, args):
    done = run_check(desk, *args, "photo.png", "drafts/a.txt")
    assert done.returncode == 0 and done.stderr.splitlines().count(SKIPPED) == 1, done.stderr
    assert (desk / "drafts" / "a.txt").read_text() == STORY


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_formats_stay_valid_beside_a_skipped_data_file(desk, fmt):
    done = run_check(desk, "--format", fmt, "data.json", "drafts/a.txt")
    json.loads(done.stdout)
    assert done.returncode == 0 and done.stderr.splitlines().count(SKIPPED) == 1, done.stderr


def test_once_with_v_too(desk):
    done = run_check(desk, "-v", "photo.png", "drafts/a.txt")
    assert done.stderr.splitlines().count(SKIPPED) == 1, done.stderr


@pytest.mark.parametrize("args", [(), ("--fix",), ("--diff",), ("--format", "json")])
def test_not_said_when_a_file_beside_them_is_linted(desk, args):
    done = run_check(desk, *args, "photo.png", "story.txt", "drafts/a.txt")
    assert "skipped drafts/" not in done.stderr, done.stderr
    assert done.returncode == 1     # the TK in story.txt, which --fix cannot mend


def test_not_said_beside_a_missing_file_or_stdin(desk):
    missing = run_check(desk, "photo.png", "gone.txt", "drafts/a.txt")
    assert "skipped drafts/" not in missing.stderr and "gone.txt" in missing.stdout + missing.stderr
    piped = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "photo.png", "drafts/a.txt", "-"],
                           cwd=desk, input=STORY, capture_output=True, text=True, check=False)
    assert "skipped drafts/" not in piped.stderr and "hygiene.placeholder" in piped.stdout, piped.stderr
