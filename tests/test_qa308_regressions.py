"""qa308: QA of fx441 (nu61 #1, #2: -v/--statistics text reports and
JSON/SARIF/rdjson reports saved under any name are skipped as newslint's own)."""
from __future__ import annotations

import shutil

import pytest

from lint.readers import ReadError, read_bytes
from lint.readers._own_json_reports import json_report

from conftest import SAMPLE
from conftest import run_check as _check


# qa308 #1: `check *.txt --format sarif > report.txt 2>&1` run twice: the second report opens
# with check's stderr line on report.txt (OWN_OUTPUT), said before the JSON; a named picture's
# set-aside line and `-v`'s lines do the same. The report is then linted as an article (~1000 findings).
@pytest.mark.parametrize("fmt", ["sarif", "json", "rdjson"])
@pytest.mark.parametrize("second", ["report.txt", "pic.png", "-v"])
def test_a_json_report_opening_with_stderr_lines_is_skipped(tmp_path, fmt, second):
    shutil.copy(SAMPLE, tmp_path / "story.txt")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    _check(tmp_path, "--format", fmt, "story.txt", out="report.txt")
    _check(tmp_path, "--format", fmt, "story.txt", second, out="report.txt")     # -v: its lines come first
    assert (tmp_path / "report.txt").read_text().startswith("newslint: ")   # the case under test
    done = _check(tmp_path, "report.txt")
    assert "report.txt: file.format: skipped: newslint's own" in done.stderr, done.stdout[-300:]


# qa308 #2: a JSON list of objects with the formatter's nine keys whose level is a list or an
# object crashes the reader (TypeError: unhashable type), `check` exits 2 "internal error"
@pytest.mark.parametrize("level", ['["error"]', '{"a": 1}'])
def test_a_json_finding_with_an_unhashable_level_does_not_crash(level):
    text = ('[{"path": "a", "line": 1, "column": 1, "end_line": 1, "end_column": 1, "rule": "x.y", '
            f'"level": {level}, "message": "m", "fix": null}}]\n')
    assert json_report(text) is None
    try:
        read_bytes("snippet.txt", text.encode())
    except ReadError:
        pass
