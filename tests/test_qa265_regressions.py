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

@pytest.mark.xfail(strict=True, reason="qa265 #1: a text report with check's own stderr lines is not told")
def test_a_report_saved_with_its_stderr_is_still_a_report():
    log = (FINDING + "\nFound 1 problem (1 error) in 1 of 2 files.\n"
           "newslint: 1 of 2 files had no publication date, so the checks that need one were skipped; "
           "write the date in the article (a date line such as `Dec. 2, 2026` under the headline) "
           "or give one with `--published`; `-v` names the files.\n")
    assert own_report(log, "text") == "text"


# --- #2: an incomplete run's summary line ("Found 1 problem, but ...") is not a text line ---------

@pytest.mark.xfail(strict=True, reason="qa265 #2: 'Found N problem(s), but the check is incomplete' unmatched")
@pytest.mark.parametrize("n, noun", [(1, "problem"), (2, "problems")])
def test_an_incomplete_runs_report_is_a_report(n, noun):
    report = "".join(FINDING + "\n" for _ in range(n))
    report += f"Found {n} {noun}, but the check is incomplete: see the 1 error below.\n"
    assert own_report(report, "text") == "text"


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
