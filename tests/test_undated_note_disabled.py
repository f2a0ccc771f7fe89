"""The no-date note says only what the user would otherwise lose (qa39 #8):
a file whose date rules are all switched off, inline for every part they
read or by the config, costs nothing for want of a date, so it is not
counted; a directive that hides them for part of the article, or hides
other rules, still leaves the note. A front-matter title stands above any
place a directive can go, so the date rules still read it (and report in
it, rv19 M1): the note stays, as the findings do."""
from __future__ import annotations

import pytest

BODY = ("The library extended its hours on Thursday, Nov. 27, manager Tomas Ferreira said. "
        "The board voted on Dec. 14.\n")


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " had no " in line and "publication date" in line]


def _md(directives: str, tail: str = "") -> str:
    return f'---\ntitle: "Library extends hours"\n---\n\n{directives}{BODY}{tail}'


@pytest.mark.parametrize("text", [
    "<!-- newslint-disable dates -->\nLibrary extends hours\n\n" + BODY,
    "<!-- newslint-disable -->\nLibrary extends hours\n\n" + BODY,
    "<!-- newslint-disable dates.after-publication dates.future-tense-past-date "
    "dates.dateline-mismatch -->\nLibrary extends hours\n\n" + BODY,
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
    _md("<!-- newslint-disable dates -->\n\n"),        # the front-matter title is still read
])
def test_date_rules_on_for_some_of_the_body_keep_the_note(run_cli, tmp_path, text):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert len(_notes(result.stderr)) == 1, result.stderr


def test_a_front_matter_title_under_a_body_directive_is_checked_and_keeps_the_note(run_cli, tmp_path):
    """rv19 M1: the note and the findings agree. The directive below the front
    matter does not hide the title's finding, so the title needs the date."""
    text = ('---\ntitle: "The library will reopen on Oct. 5, the mayor said"\n---\n\n'
            "<!-- newslint-disable dates -->\n\n" + BODY)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    dated = run_cli("check", "--no-cache", "--published", "2026-11-01", str(tmp_path / "a.md"))
    assert "a.md:2:36: warning [dates.future-tense-past-date]" in dated.stdout, dated.stdout
    assert "a.md:6:" not in dated.stdout                   # the body's dates stay hidden
    undated = run_cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert len(_notes(undated.stderr)) == 1, undated.stderr


def test_many_disable_blocks_are_looked_up_not_scanned():
    """rv19 M2: every part against every block was quadratic (16,000 wrapped
    paragraphs took 11.7 s); `Suppressor.covers` finds the one block that
    may hold a part. The answer is what the scan gave."""
    from lint.config import Config
    from lint.engine import lint_bytes
    block = "<!-- newslint-disable dates -->\n\nThe board met on Monday.\n\n<!-- newslint-enable dates -->\n\n"
    wrapped = lint_bytes("a.md", (block * 300).encode(), Config())
    assert wrapped.undated == 0
    open_end = lint_bytes("a.md", (block * 300 + "It opened Dec. 1.\n").encode(), Config())
    assert open_end.undated == 1
