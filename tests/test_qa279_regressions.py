"""QA of fx409 (qa265 #1/#2 own reports with check's stderr, rr51c #3 the
named stdout file, qa275 #2 a .vale.ini named by a .newslint.yaml). #1-#4 were
strict xfails, mended in 17fba8bc, 807d4724 and 6e96a3fa; they pass now, beside
their nearest cases. Synthetic input under tmp_path; audits use the conftest
`audit_client`."""
from __future__ import annotations

import pytest

from lint.readers._own_reports import STDERR, own_report
from test_audit_identity import _interrupted, _refusal
from test_audit_resume_config_files import VALE, VERY, _vale
from story_helpers import into_report
from test_engine import rule, run

FINDING = "story.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"
UNDATED = ("newslint: 1 file had no publication date, so the checks that need one were skipped; write the date "
           "in the article (front matter `date:`) or give one with `--published`; `-v` names the files.")


# --- #1: an incomplete run saved with its stderr (`check . > lint.txt 2>&1`) holds the errors
# "see the N errors below" points to; their lines are not in the grammar, so it is linted as an article
def test_an_incomplete_runs_report_saved_with_its_errors_is_a_report():
    log = (FINDING + "\nFound 1 problem, but the check is incomplete: see the 1 error below.\n" + UNDATED + "\n"
           "newslint: story.md: internal error in rule house.x: ValueError: bad state\n")
    assert own_report(log, "text") == "text"


# --- #2: the skipped-file lines check says before its report (`check a.md data.json > lint.txt 2>&1`)
def test_a_report_saved_with_its_skipped_file_lines_is_a_report():
    log = ("newslint: data.json: file.format: skipped: not an article format (.json holds code, data or a "
           "schema; newslint reads .md .txt)\n" + FINDING + "\nFound 1 problem (1 error) in 1 file.\n" + UNDATED + "\n")
    assert own_report(log, "text") == "text"


# the line as the engine writes it for a rule that really crashes, saved after its `newslint: ` prefix
def test_the_engines_own_internal_error_line_is_a_report_line():
    def boom(part):
        raise ValueError("bad state")
    [problem] = run(rule("x.boom", boom)).problems
    log = FINDING + "\nFound 1 problem, but the check is incomplete: see the 1 error below.\n" + STDERR + problem.text
    assert own_report(log + "\n", "text") == "text"


# nearest cases: an article quoting such a line among its prose, a finding with it, is still an article;
# so is a line shaped like the skip line that names a rule other than file.format
CRASH = "newslint: story.md: internal error in rule house.x: ValueError: bad state"
SKIP = "newslint: data.json: file.format: skipped: not an article format (.json holds code, data or a schema)"


@pytest.mark.parametrize("quoted", [CRASH, SKIP])
def test_an_article_quoting_a_stderr_line_among_prose_is_linted(quoted):
    story = ("The desk's linter printed this after the run:\n\n" + quoted + "\n\n" + FINDING
             + "\n\nEditors said the tool would be fixed by Friday.\n")
    assert own_report(story, "text") is None


def test_a_skip_like_line_of_another_rule_is_no_report_line():
    log = "newslint: data.json: house.note: skipped: not an article format\n" + FINDING + "\n"
    assert own_report(log, "text") is None
    assert own_report(log.replace("house.note", "file.format"), "text") == "text"


# --- #3: `check report.txt pic.png > report.txt`: the named stdout file is left out without a word
OWN = "newslint: report.txt: left out: it is this run's own output (stdout is redirected into it), so there is nothing to lint"


def test_the_named_stdout_file_beside_a_skipped_file_is_said(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n")
    done, _ = into_report(tmp_path, "report.txt", "pic.png")
    assert done.returncode == 0, done.stderr
    assert OWN in done.stderr.splitlines(), done.stderr


# nearest cases: named beside an article, the line is said and the article linted; named twice, one line and
# no folder hint (qa279 L1); found by a walk, the file is left out silently, as before
def test_the_named_stdout_file_beside_an_article_is_said_and_the_article_linted(tmp_path):
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    done, report = into_report(tmp_path, "story.md", "report.txt")
    assert OWN in done.stderr.splitlines(), done.stderr
    assert "story.md:3:1: warning [hygiene.doubled-word]" in report, report


def test_the_stdout_file_named_twice_is_said_once_without_the_folder_hint(tmp_path):
    done, report = into_report(tmp_path, "report.txt", "report.txt")
    assert done.stderr.splitlines() == [OWN], done.stderr
    assert report == "No files linted.\n"


def test_the_stdout_file_found_by_a_walk_is_left_out_silently(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    done, report = into_report(tmp_path, ".")
    assert "left out" not in done.stderr and "report.txt" not in done.stderr + report, done.stderr


# --- #4: an edit of only the .newslint.yaml (its `rules:`) names its .vale.ini "edited" too
def test_resume_names_only_the_yaml_when_its_rules_key_is_edited(tmp_path, audit_client):
    _vale(tmp_path)
    (tmp_path / "vale" / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    (tmp_path / "vale" / "house" / "S").mkdir(parents=True)
    (tmp_path / "vale" / "house" / "S" / "More.yml").write_text(VERY.replace("very", "late"), encoding="utf-8")
    _interrupted(tmp_path, audit_client, *VALE)
    ini = (tmp_path / "vale" / ".vale.ini").read_bytes()
    (tmp_path / "vale" / ".newslint.yaml").write_text("vale: .vale.ini\nrules: house\n", encoding="utf-8")
    assert (tmp_path / "vale" / ".vale.ini").read_bytes() == ini
    assert _refusal(tmp_path, audit_client, *VALE) == (
        "newslint: out: the config changed since that audit (vale/.newslint.yaml edited); "
        "run without --resume into a new folder")
