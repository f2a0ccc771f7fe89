"""The no-date note says only what the user would otherwise lose (qa39 #8):
a file whose date rules are all switched off, inline for the whole body or
by the config, costs nothing for want of a date, so it is not counted; a
directive that hides them for part of the body, or hides other rules, still
leaves the note."""
from __future__ import annotations

import pytest

BODY = ("The library extended its hours on Thursday, Nov. 27, manager Tomas Ferreira said. "
        "The board voted on Dec. 14.\n")


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " had no " in line and "publication date" in line]


def _md(directives: str, tail: str = "") -> str:
    return f'---\ntitle: "Library extends hours"\n---\n\n{directives}{BODY}{tail}'


@pytest.mark.parametrize("text", [
    _md("<!-- newslint-disable dates -->\n\n"),
    _md("<!-- newslint-disable -->\n\n"),
    _md("<!-- newslint-disable dates.after-publication dates.future-tense-past-date "
        "dates.dateline-mismatch -->\n\n"),
    "<!-- newslint-disable dates -->\nLibrary extends hours\n\n" + BODY,
])
def test_date_rules_off_for_the_whole_body_leave_no_note(run_cli, tmp_path, text):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert _notes(result.stderr) == [], result.stderr


def test_date_rules_off_in_the_config_leave_no_note(run_cli, tmp_path):
    (tmp_path / "a.md").write_text(_md(""), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--ignore", "dates", str(tmp_path / "a.md"))
    assert _notes(result.stderr) == []


@pytest.mark.parametrize("text", [
    _md(""),
    _md("<!-- newslint-disable hygiene -->\n\n"),
    _md("<!-- newslint-disable dates.after-publication -->\n\n"),     # the other two still need it
    _md("<!-- newslint-disable dates -->\n\n", "\n<!-- newslint-enable dates -->\n\nIt opened Dec. 1.\n"),
    _md("", "\n<!-- newslint-disable dates -->\n\nIt opened Dec. 1.\n"),
])
def test_date_rules_on_for_some_of_the_body_keep_the_note(run_cli, tmp_path, text):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert len(_notes(result.stderr)) == 1, result.stderr
