"""QA of fx422 (own reports saved with check's stderr, the piped article's UNRULED line,
an escaped crash line). Each finding was a strict xfail; fx425 mended them, and each now passes
beside its nearest case."""
from __future__ import annotations

import pytest
from rule_file_helpers import write
from test_rr52a_review import _check

from lint.readers._own_reports import CRASHED, INCOMPLETE, STDERR, own_report

# a built-in rule (hygiene.doubled-word) that crashed on the run's only article, which had no finding
BUILTIN_CRASH = STDERR + CRASHED.format(path="story.txt", rule="hygiene.doubled-word", error="ValueError: bad state")


# --- #1: a saved report whose one known rule is named by a crash line (`check . > lint.txt 2>&1`
# when a built-in rule crashed and nothing was found) is linted as an article (titles.missing-headline
# on the report, nu54 #2), though a skip line's file.format now counts as a rule newslint knows
@pytest.mark.parametrize("fmt, log", [
    ("text", INCOMPLETE.format(found="Found 0 problems", errors="1 error") + "\n" + BUILTIN_CRASH + "\n"),
    ("vale", BUILTIN_CRASH + "\n"),
], ids=["text-incomplete", "crash-line-alone"])
def test_a_saved_report_of_a_crashed_builtin_rule_alone_is_a_report(fmt, log):
    assert own_report(log, "text") is not None


# --- #2: the piped article named `./b.txt` beside the named b.txt: one path in two spellings, said
# twice ("./b.txt: the sections of ..." and "b.txt: the sections of ..."); qa287 #2 says a path once
def test_the_piped_article_named_as_a_named_file_in_another_spelling_is_said_once(run_cli, tmp_path):
    write(tmp_path / "b.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-", "b.txt", "--stdin-filename", "./b.txt", input="Story TK.\n")
    assert got.exit_code == 0 and got.stderr.count("the sections of") == 1, got.output


def test_the_piped_article_named_beside_another_named_file_is_said_for_each(run_cli, tmp_path):
    # the nearest case of #2: two paths, two lines
    write(tmp_path / "b.txt", "Story TK.\n")
    write(tmp_path / "c.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-", "b.txt", "c.txt", "--stdin-filename", "./d.txt", input="Story TK.\n")
    assert got.stderr.count("the sections of") == 3, got.output


# --- #3: qa287 #2's case under -v: the piped article named as the walked f/b.txt, the line said twice
# (one note per result); without -v it is said once
def test_the_piped_article_named_as_a_walked_file_is_said_once_with_v(run_cli, tmp_path):
    write(tmp_path / "f" / "b.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-v", "-", "f", "--stdin-filename", "f/b.txt", input="Story TK.\n")
    assert got.exit_code == 0 and got.stderr.count("f/b.txt: the sections of") == 1, got.output


def test_the_piped_article_named_beside_a_walked_file_is_said_for_each_with_v(run_cli, tmp_path):
    # the nearest case of #3: two paths, one line each
    write(tmp_path / "f" / "b.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-v", "-", "f", "--stdin-filename", "f/c.txt", input="Story TK.\n")
    assert got.stderr.count("f/b.txt: the sections of") == 1, got.output
    assert got.stderr.count("f/c.txt: the sections of") == 1, got.output
