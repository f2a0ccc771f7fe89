"""nu64: newslint's own text report saved with `2>&1` from a run whose first line is
stdin's `ignoring ...` line over many files (longer than `_HEAD`, 4,096 characters)
is linted as an article at the next run; qa320 #1 tested the long line only in the
middle of a log, never as the report's first line, where every such single run puts it."""
from __future__ import annotations

import subprocess
import sys

import pytest

from lint.readers._own_reports import IGNORING, STDERR, own_report

from conftest import SAMPLE, run_check

_FOUND = "story.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"
_SUMMARY = "Found 1 problem (1 error) in 1 file."


def _ignoring(n: int) -> str:
    return STDERR + IGNORING.format(
        paths=", ".join(f"many/2026-12-07-port-ellis-story-number-{i}.md" for i in range(1, n + 1)))


# nu64 #1: the ignoring line first, as `check --stdin-filename story.md many/*.md > r.txt 2>&1` writes it
@pytest.mark.parametrize("n", [100, 400])       # 4,811 and 19,211 characters
def test_a_report_opening_with_a_long_ignoring_line_is_ours(n):
    assert own_report(f"{_ignoring(n)}\n{_FOUND}\n{_SUMMARY}\n", "txt") == "text"


# the nearest case, passing: the same report with 60 files left out (2,930 characters)
def test_a_report_opening_with_a_short_ignoring_line_is_ours():
    assert own_report(f"{_ignoring(60)}\n{_FOUND}\n{_SUMMARY}\n", "txt") == "text"


# nu64 #1 end to end: the saved report is linted (titles.missing-headline, exit 1)
def test_a_saved_report_of_stdin_over_many_files_is_skipped(tmp_path):
    (tmp_path / "many").mkdir()
    for i in range(1, 101):
        (tmp_path / "many" / f"2026-12-07-port-ellis-story-number-{i}.md").write_text("x\n")
    names = sorted(f"many/{p.name}" for p in (tmp_path / "many").iterdir())
    with open(tmp_path / "r.txt", "w") as out:
        subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-color",
                        "--stdin-filename", "story.md", *names], cwd=tmp_path, stdin=open(SAMPLE),
                       stdout=out, stderr=subprocess.STDOUT, check=False)
    assert (tmp_path / "r.txt").read_text().startswith("newslint: ignoring many/")    # the case under test
    done = run_check(tmp_path, "r.txt")
    assert "r.txt: file.format: skipped: newslint's own text report" in done.stderr, done.stdout[-300:]
