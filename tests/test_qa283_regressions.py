"""QA of fx409 + fx414 (own reports with check's stderr, the named stdout
file). #1-#3 were strict xfails, mended by fx422 (#1, #3) and fx420 (#2); each
passes beside its nearest case. Synthetic input under tmp_path or in the test."""
from __future__ import annotations

import os

import pytest

from lint.readers._own_reports import own_report
from story_helpers import into_report

SKIP = ("newslint: data.json: file.format: skipped: not an article format (.json holds code, data or a "
        "schema; newslint reads .md .txt)")
CRASH = "newslint: bad.txt: internal error in rule house.x: ValueError: bad state"
UNDATED_GH = ("::notice title=newslint::1 file had no publication date, so the checks that need one were "
              "skipped; give one with `--published`")


# --- #1: `check --format vale|github a.txt data.json > lint.txt 2>&1` holds check's skip (and
# internal-error) lines, which are only in the text grammar: the saved report is linted as an article
@pytest.mark.parametrize("fmt, log", [
    ("vale", SKIP + "\nbad.txt:1:29:style.headline-quotes:AP style uses single quote marks in headlines\n"),
    ("vale", "bad.txt:1:29:style.headline-quotes:AP style uses single quote marks in headlines\n" + CRASH + "\n"),
    ("github", "::notice file=bad.txt,line=1,col=29,endLine=1,endColumn=36,title=style.headline-quotes::AP "
               "style uses single quote marks\n" + SKIP + "\n" + UNDATED_GH + "\n"),
])
def test_a_vale_or_github_report_saved_with_checks_stderr_is_a_report(fmt, log):
    assert own_report(log, "text") == fmt


# nearest cases of #1: the same lines quoted in an article, or a Vale or GitHub report with one line
# of copy among them, are still linted as articles
@pytest.mark.parametrize("text", [
    "Council votes\n\nThe tool said:\n\n" + SKIP + "\nbad.txt:1:29:style.headline-quotes:AP style\n\nMore.\n",
    SKIP + "\nbad.txt:1:29:style.headline-quotes:AP style uses single quote marks\nThe mayor spoke.\n",
    "::notice file=bad.txt,line=1,col=29,title=style.headline-quotes::AP style\n" + CRASH + "\nReporters left.\n",
])
def test_an_article_quoting_vale_or_github_lines_with_checks_stderr_is_linted(text):
    assert own_report(text, "text") is None

# --- #2: the one stdout file named twice in two spellings (`report.txt ./report.txt`, or a symlink
# and its target) got the folder hint "no article files to lint here (folders are walked ...)"
@pytest.mark.parametrize("spelling", ["./report.txt", "link.txt"])
def test_the_stdout_file_named_in_two_spellings_gets_no_folder_hint(tmp_path, spelling):
    os.symlink("report.txt", tmp_path / "link.txt")
    done, report = into_report(tmp_path, "report.txt", spelling)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all("left out: it is this run's own output" in line for line in lines), done.stderr
    assert report == "No files linted.\n"


# nearest case of #2: another file named in two spellings is linted once, and no hint is given
@pytest.mark.parametrize("spelling", ["./a.txt", "link.txt"])
def test_another_file_named_in_two_spellings_is_linted_once(tmp_path, spelling):
    (tmp_path / "a.txt").write_text("Council votes\n\nThe vote is TK.\n")
    os.symlink("a.txt", tmp_path / "link.txt")
    done, report = into_report(tmp_path, "a.txt", spelling)
    assert "no article files to lint here" not in done.stderr and "left out" not in done.stderr, done.stderr
    assert report.count("[hygiene.placeholder]") == 1 and "in 1 file." in report, report


# nearest case of #2: the stdout file named beside a folder of no article still gets the hint
def test_the_stdout_file_named_beside_an_empty_folder_gets_the_folder_hint(tmp_path):
    (tmp_path / "sub").mkdir()
    done, _ = into_report(tmp_path, "report.txt", "sub")
    assert "no article files to lint here" in done.stderr, done.stderr


# --- #3: a run whose every named file was skipped, saved with 2>&1 (`check data.json pic.png > lint.txt
# 2>&1`): "No files linted." and the file.format lines, every one in the grammar, yet linted as an article
def test_a_saved_report_of_only_skipped_files_is_a_report():
    log = ("No files linted.\n" + SKIP + "\nnewslint: pic.png: file.format: skipped: not an article format "
           "(.png is a picture or an archive)\n")
    assert own_report(log, "text") == "text"


# nearest case (holds now and must still hold): an article quoting the same lines among prose is linted
def test_an_article_quoting_only_skip_lines_among_prose_is_linted():
    story = "Council votes\n\nThe tool said:\n\n" + SKIP + "\n\nNo files linted.\n"
    assert own_report(story, "text") is None


# nearest cases of #3: lines shaped as skips but naming another rule, or crash lines alone (no
# finding of a rule newslint knows), are no report of its own
@pytest.mark.parametrize("log", [
    "No files linted.\nnewslint: data.json: house.format: skipped: not an article format\n",
    CRASH + "\n" + CRASH.replace("bad.txt", "other.txt") + "\n",
])
def test_lines_shaped_as_check_says_them_with_no_known_rule_are_linted(log):
    assert own_report(log, "text") is None
