"""fx425's mend of qa288 #1-#3: the nearest cases that must stay as they were (the cases
mended are qa288's own tests, tests/test_qa288_regressions.py)."""
from __future__ import annotations

from rule_file_helpers import write
from test_rr52a_review import _check

from lint.readers._own_reports import CRASHED, STDERR, own_report

BUILTIN = "hygiene.doubled-word"


# qa288 #1: a built-in rule's crash line counts as a rule newslint knows only as the engine
# writes it, alone or with other lines of the report; among prose, or with prose for its error, it is copy
def test_a_builtin_rules_crash_line_quoted_among_prose_is_linted():
    line = STDERR + CRASHED.format(path="story.txt", rule=BUILTIN, error="ValueError: bad state")
    assert own_report("Council votes\n\nThe tool said:\n\n" + line + "\n\nIt was fixed.\n", "text") is None


def test_a_line_shaped_as_a_builtin_crash_with_prose_for_its_error_is_linted():
    line = STDERR + CRASHED.format(path="Mayor Lee", rule=BUILTIN, error="the count was off by two, she said")
    assert own_report(line + "\n", "text") is None


def test_a_saved_report_of_a_crashed_builtin_rule_is_skipped_by_check(run_cli, tmp_path):
    line = STDERR + CRASHED.format(path="story.txt", rule=BUILTIN, error="ValueError: bad state")
    write(tmp_path / "lint.txt", "Found 0 problems, but the check is incomplete: see the 1 error below.\n"
          + line + "\n")
    got = run_cli("check", "--no-cache", "lint.txt", cwd=tmp_path)
    assert "newslint's own text report" in got.output and "titles.missing-headline" not in got.output, got.output


# qa288 #3: under -v the piped article named as a walked, ruled file: its config is said once,
# and both results' findings are still reported (only the lines about the file are folded)
def test_the_piped_article_named_as_a_walked_ruled_file_keeps_both_findings_with_v(run_cli, tmp_path):
    write(tmp_path / "f" / "b.md", "the the story\n")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", "f", "--stdin-filename", "f/b.md",
                 input="a a story\n")
    assert got.stderr.count("f/b.md: config") == 1, got.output
    assert got.stdout.count("[hygiene.doubled-word]") == 2, got.output
