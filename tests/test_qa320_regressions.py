"""qa320: QA of 89abfd18..d61814aa (lead53b): LONGEST_LINE cap on our own reports' lines,
PASSED_OVER known, and a NewsML-G2 item's inline XHTML head read as metadata (fx457)."""
from __future__ import annotations

import json

from lint.readers._own_reports import IGNORING, PASSED_OVER, STDERR, own_report

_FOUND = "s.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"
_SUMMARY = "Found 1 problem (1 error) in 1 file."
# `check --stdin-filename story.md many/*.md` names every path it leaves out on one line
# (`cli_output.stdin_named`): 400 story files make it 19,211 characters, longer than LONGEST_LINE
_PATHS = [f"many/2026-12-07-port-ellis-story-number-{i}.md" for i in range(1, 401)]
_IGNORING = STDERR + IGNORING.format(paths=", ".join(_PATHS))


# qa320 #1: a log of two runs (`>> lint.log 2>&1`), the second with --stdin-filename and many files:
# main knows it as our text report; lead53b lints it as an article (titles.missing-headline)
def test_a_text_report_holding_a_long_ignoring_line_is_ours():
    story = _FOUND.replace("s.md", "story.md")
    assert own_report(f"{_FOUND}\n{_SUMMARY}\n{_IGNORING}\n{story}\n{_SUMMARY}\n", "txt") == "text"


# qa320 #1 (JSON): `check --format json --stdin-filename story.md many/*.md > r.txt 2>&1`
def test_a_json_report_after_a_long_ignoring_line_is_ours():
    body = json.dumps([{"path": "story.md", "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                        "rule": "titles.missing-headline", "level": "error",
                        "message": "no headline: the article has no headline or title field", "fix": None}],
                      indent=2)
    from lint.readers._own_json_reports import json_report
    assert json_report(f"{_IGNORING}\n{body}\n") == "json"


# qa320 #2: PASSED_OVER's `other` is a full path (`config_find.passed_over` joins the folder), read
# as `[^;]+`: a folder named "news; drafts" makes the line unknown and the report is linted
def test_a_passed_over_line_in_a_folder_with_a_semicolon_is_ours():
    said = STDERR + PASSED_OVER.format(path="/n/news; drafts/.newslint.yaml",
                                       other="/n/news; drafts/.newslint.yml", name=".newslint.yaml")
    assert own_report(f"{said}\n{_FOUND}\n{_SUMMARY}\n", "txt") == "text"


def test_the_passed_over_line_in_a_plain_folder_stays_ours():
    said = STDERR + PASSED_OVER.format(path="/n/news/.newslint.yaml", other="/n/news/.newslint.yml",
                                       name=".newslint.yaml")
    assert own_report(f"{said}\n{_FOUND}\n{_SUMMARY}\n", "txt") == "text"
