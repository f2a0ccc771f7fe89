"""qa316: QA of fx441 + fx451 (newslint's own JSON/SARIF/rdjson reports; the stderr
lines that may open one saved with `2>&1`)."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import SAMPLE
from conftest import run_check as _check


# qa316 #1: `STDERR_LINES` is said to be "every line check says on stderr", but a run with
# --baseline says `newslint: N known findings hidden by the baseline FILE` and a --fix run
# `newslint: fixed N problems in M files`, before the report in a file saved with `2>&1`.
# Such a report was linted as an article (a SARIF one: ~1000 findings on our own report);
# fx454 took each wording into `_own_reports` (HIDDEN, FIXED) and its grammar into STDERR_LINES.
@pytest.mark.parametrize("fmt", ["sarif", "json", "rdjson", "text"])
@pytest.mark.parametrize("run", ["--baseline", "--fix"])
def test_a_report_opening_with_the_baseline_or_fix_line_is_skipped(tmp_path, fmt, run):
    shutil.copy(SAMPLE, tmp_path / "story.txt")
    shutil.copy(SAMPLE, tmp_path / "other.txt")
    if run == "--baseline":
        _check(tmp_path, "story.txt", "--write-baseline", "bl.json")
        _check(tmp_path, "--format", fmt, "--baseline", "bl.json", "story.txt", "other.txt", out="report.txt")
        said = "known findings hidden by the baseline"
    else:
        _check(tmp_path, "--format", fmt, "--fix", "story.txt", out="report.txt")
        said = "newslint: fixed "
    text = (tmp_path / "report.txt").read_text()
    assert text.startswith("newslint: ") and said in text.splitlines()[0]    # the case under test
    assert "other.txt" in text or "story.txt" in text                          # findings are left
    done = _check(tmp_path, "report.txt")
    assert "report.txt: file.format: skipped: newslint's own" in done.stderr, done.stdout[-300:]


# qa316 #3: `_OPENING` looks at the first 200 characters of the value only (the cheap first
# look, so a long article costs no scan): a JSON report's shape with more white space than that
# between `[` and `{"path"` is no output of our formatter and is read as text; the nearest case,
# the same shape with its opening inside the window, is still our report.
_REPORT = [{"path": "a.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 3, "rule": "hygiene.placeholder",
            "level": "error", "message": "placeholder", "fix": None}]


@pytest.mark.parametrize("spaces, said", [(150, "json"), (300, None)])
def test_the_first_look_at_a_json_report_is_200_characters(spaces, said):
    from lint.readers._own_json_reports import json_report

    text = json.dumps(_REPORT, indent=2)
    assert text.startswith("[\n  {")
    spaced = "[" + " " * spaces + text[len("[\n  "):]
    assert json.loads(spaced) == _REPORT                     # one JSON value either way
    assert json_report(spaced) == said


# fx454: the stale-baseline lines (`GONE`, said with the hidden one, and `NONE_HIDDEN`) open a saved report too;
# the nearest case, the same lines opening a story, is still an article
_GONE = "newslint: 2 recorded findings are gone (fixed); rewrite the baseline with --write-baseline bl.json"
_HID = "newslint: 1 known finding hidden by the baseline bl.json"
_FOUND = "story.txt:1:1: error [hygiene.placeholder] placeholder\nFound 1 problem (1 error)."


_NONE = "newslint: none hidden by the baseline a.json (it records no finding)"


@pytest.mark.parametrize("said", [_GONE, _HID, _NONE, "newslint: fixed 1 problem in 1 file"])
@pytest.mark.parametrize("rest, report", [(_FOUND, "text"), ("The council met on Tuesday.", None)])
def test_the_baseline_and_fix_lines_open_a_report_not_an_article(said, rest, report):
    from lint.readers._own_reports import own_report

    assert own_report(f"{said}\n{rest}\n", "txt") == report
