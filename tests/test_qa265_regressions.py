"""QA of fx390 (nu54 #2-#5: own line reports skipped by content, named .xml
files, audit --resume naming a changed option, the audit's undated count).
Each test fails now and passes once its finding is fixed."""
from __future__ import annotations

import pytest

from lint.readers._own_reports import own_report
from test_audit_identity import AT, _desk, _interrupted, _refusal
from test_qa77_regressions import audit_on

FINDING = "a.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field"


# --- #1: a report saved with its stderr (`check . > lint.txt 2>&1`) is linted as an article --------

def test_a_report_saved_with_its_stderr_is_still_a_report():
    log = (FINDING + "\nFound 1 problem (1 error) in 1 of 2 files.\n"
           "newslint: 1 of 2 files had no publication date, so the checks that need one were skipped; "
           "write the date in the article (a date line such as `Dec. 2, 2026` under the headline) "
           "or give one with `--published`; `-v` names the files.\n")
    assert own_report(log, "text") == "text"


# --- #2: an incomplete run's summary line ("Found 1 problem, but ...") is not a text line ---------

@pytest.mark.parametrize("n, noun", [(1, "problem"), (2, "problems")])
def test_an_incomplete_runs_report_is_a_report(n, noun):
    report = "".join(FINDING + "\n" for _ in range(n))
    report += f"Found {n} {noun}, but the check is incomplete: see the 1 error below.\n"
    assert own_report(report, "text") == "text"


@pytest.mark.parametrize("note", [
    dict(undated=1, files=3),                                           # the writer's advice, `-v` named
    dict(undated=2, files=2, refused=1, verbose=True),                  # one date refused
    dict(undated=2, files=2, refused=2),                                # every date refused
    dict(undated=2, files=1, articles=5),                               # an export's articles
    dict(undated=1, files=2, unread=["a.md:1:1"]),                      # front matter not read
], ids=["advice", "some-refused", "all-refused", "export", "unread"])
def test_every_undated_note_check_writes_is_a_line_of_its_report(note):
    # each wording `cli_notes.undated_note` gives, as `say_undated` writes it after a text report
    from lint.cli_notes import undated_note
    from lint.readers._own_reports import STDERR

    log = FINDING + "\nFound 1 problem (1 error) in 1 of 3 files.\n" + STDERR + undated_note(**note) + "\n"
    assert own_report(log, "text") == "text"


def test_an_article_quoting_the_undated_note_is_still_an_article():
    # nearest case of #1/#2: the note's line among prose (and a finding line quoted) is no report
    story = ("# Linter flags copy\n\nThe tool printed:\n\n" + FINDING + "\n\n"
             "newslint: 1 of 2 files had no publication date, so the checks that need one were skipped.\n\n"
             "Editors said the warning was fair.\n")
    assert own_report(story, "text") is None
    assert own_report(FINDING + "\nFound 1 problem, but the check is incomplete, editors said.\n", "text") is None


# --- #3: a one-line brief that opens "Found N problems" is skipped as a report -------------------

def test_a_one_line_brief_opening_found_n_problems_is_linted(run_cli, tmp_path):
    # a real report's "Found N problems" (N > 0) always follows N finding lines
    (tmp_path / "brief.txt").write_text("Found 3 problems at the new bridge, inspectors said Tuesday.\n",
                                        encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "titles,file", "brief.txt", cwd=tmp_path)
    assert "file.format" not in result.stderr, result.stderr
    assert "brief.txt:1:1: error [titles.missing-headline]" in result.stdout, result.output


# --- #4: a timecoded transcript ("00:01:02:J.Smith: …") is skipped as a Vale report --------------

def test_a_timecoded_transcript_is_linted(run_cli, tmp_path):
    (tmp_path / "transcript.txt").write_text(
        "00:01:02:J.Smith: We found the money last week.\n00:01:09:A.Jones: Thank you.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "titles,file", "transcript.txt", cwd=tmp_path)
    assert "file.format" not in result.stderr, result.stderr
    assert "transcript.txt:1:1: error [titles.missing-headline]" in result.stdout, result.output


# --- #5: --resume refused for a config edit the command line overrides (main resumed) ------------

def test_resume_ignores_a_config_key_the_command_line_overrides(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    # the desk's `select` is overridden by --select: every file's effective config is as before
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nselect: [titles]\n", encoding="utf-8")
    resumed = audit_on(tmp_path, audit_client, *AT, "--select", "hygiene", "--resume")
    assert resumed.exit_code in (0, 1), resumed.output
    assert "audited 3 articles" in resumed.stderr, resumed.stderr


def test_resume_refuses_the_same_config_key_when_the_command_line_leaves_it_in_force(tmp_path, audit_client):
    # nearest case: no --select, so the desk's new `select` changes what each file runs: named, refused
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT)
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nselect: [titles]\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT) == (
        "newslint: out: the config changed since that audit (desk/.newslint.yaml edited); "
        "run without --resume into a new folder")
