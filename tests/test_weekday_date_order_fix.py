"""nu65 #2: style.date-order's fix after a weekday a space apart writes AP's
comma after the weekday ("Wednesday 5 March 2025" -> "Wednesday, March 5,
2025"; AP Stylebook, "dates" and "days of the week"). The finding's span stays
the day and month ("5 March": baselines fingerprint it); the fix starts at the
weekday's end. `--fix`, `--diff`, the language server's code action and the
JSON report all write or describe the same edit, and the fixed file is clean
for the rule. A comma already there is not doubled; no weekday, no comma."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from story_helpers import story_file as _file

ORDER = ("style.date-order", "style.date-ordinal", "style.weekday-abbreviation")

CASES = [
    ("The mayor will speak on Wednesday 5 March 2025 in the hall.",
     "The mayor will speak on Wednesday, March 5, 2025 in the hall."),
    ("The mayor will speak on Wednesday 5 March in the hall.",
     "The mayor will speak on Wednesday, March 5 in the hall."),
    ("The mayor will speak on Wed. 5 March 2025 in the hall.",
     "The mayor will speak on Wednesday, March 5, 2025 in the hall."),
    ("The mayor will speak on Wednesday 5th March 2025 in the hall.",
     "The mayor will speak on Wednesday, March 5, 2025 in the hall."),
    ("The mayor will speak on Wednesday the 5th of March in the hall.",
     "The mayor will speak on Wednesday, March 5 in the hall."),
    # nearest cases: the comma is there already, or no weekday stands before the date
    ("The mayor will speak on Wednesday, 5 March 2025 in the hall.",
     "The mayor will speak on Wednesday, March 5, 2025 in the hall."),
    ("The mayor will speak on Wed., 5 March 2025 in the hall.",
     "The mayor will speak on Wednesday, March 5, 2025 in the hall."),
    ("The mayor will speak on 5 March 2025 in the hall.",
     "The mayor will speak on March 5, 2025 in the hall."),
    ("The mayor spoke to Wednesdays 5 March 2025 in the hall.",
     "The mayor spoke to Wednesdays March 5, 2025 in the hall."),
]


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("written, fixed", CASES)
def test_the_fix_writes_the_weekdays_comma_once(kind, written, fixed):
    path, data = _file(kind, written)
    got = fix_bytes(path, data, Config(select=ORDER)).fixed
    assert fixed in got, got
    again = lint_bytes(path, got.encode("utf-8"), Config(select=ORDER)).diagnostics
    assert again == [], [d.message for d in again]


def test_the_span_stays_the_day_and_month():
    path, data = _file("txt", "The mayor will speak on Wednesday 5 March 2025 in the hall.")
    (d,) = lint_bytes(path, data, Config(select=("style.date-order",))).diagnostics
    source = data.decode("utf-8")
    assert d.snippet == source[d.offset:d.end_offset] == "5 March"
    assert source[d.fix.start:d.fix.end] == " 5 March" and d.fix.end == d.end_offset
    assert d.fix.replacement == ", March 5,"
    assert "'5 March' -> 'March 5,'" in d.message, d.message


def test_diff_json_and_code_action_agree_with_fix(tmp_path, run_cli):
    from lint.server.documents import target
    from lint.server.linting import Linter

    text = ("---\ntitle: Mayor to speak\ndate: 2025-03-04\n---\n\n"
            "Mayor Ann Lee will speak on Wednesday 5 March 2025, the clerk said.\n")
    story = tmp_path / "a.md"
    story.write_text(text, encoding="utf-8")
    diff = run_cli("check", "a.md", "--no-cache", "--select", "style.date-order", "--diff", cwd=tmp_path).output
    assert "+Mayor Ann Lee will speak on Wednesday, March 5, 2025, the clerk said." in diff, diff
    report = run_cli("check", "a.md", "--no-cache", "--select", "style.date-order", "--format", "json",
                     cwd=tmp_path).stdout
    (found,) = json.loads(report)
    line = text.splitlines()[found["line"] - 1]
    at = found["fix"]["column"] - 1
    assert line[found["column"] - 1:found["end_column"] - 1] == "5 March"
    assert line[:at] + found["fix"]["replacement"] + line[found["end_column"] - 1:] == \
        "Mayor Ann Lee will speak on Wednesday, March 5, 2025, the clerk said."
    linter, buffer = Linter(), target(story.as_uri(), "markdown", [])
    (d,) = [d for d in linter.lint(buffer, text).diagnostics if d.rule == "style.date-order"]
    quick = text[:d.fix.start] + d.fix.replacement + text[d.fix.end:]
    run_cli("check", "a.md", "--no-cache", "--select", "style.date-order", "--fix", cwd=tmp_path)
    assert quick == story.read_text(encoding="utf-8")


def test_json_fix_over_the_span_has_no_column(tmp_path, run_cli):
    story = tmp_path / "a.txt"
    story.write_text("Mayor to speak\n\nMarch 4, 2025\n\nLee will speak on 5 March 2025, the clerk said.\n",
                     encoding="utf-8")
    report = run_cli("check", "a.txt", "--no-cache", "--select", "style.date-order", "--format", "json",
                     cwd=tmp_path).stdout
    (found,) = json.loads(report)
    assert found["fix"] == {"replacement": "March 5,"}
