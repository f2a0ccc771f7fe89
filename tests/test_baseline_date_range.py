"""A baseline written before a date range's two ends became one finding
(nu45 M2): its two records, one per end, no longer match the range's one
finding (its flagged text is new), so both are told gone and the range is
shown once, with no error; a baseline written now hides it."""
from __future__ import annotations

import json

STORY = "Headline\n\nThe fair ran June 3 to June 5.\n"
# What lead46 recorded for STORY (--published 2026-06-01): a record per end.
OLD_RECORDS = [
    {"path": "story.txt", "rule": "dates.after-publication", "fingerprint": "62cdc198593d466c",
     "text": "June 5", "line": 3, "before": "june 3 to", "after": ""},
    {"path": "story.txt", "rule": "dates.after-publication", "fingerprint": "cc8c5a04f8b3a565",
     "text": "June 3", "line": 3, "before": "the fair ran", "after": "to june 5"},
]


def check(run_cli, tmp_path, *args):
    return run_cli("check", "--no-cache", "--published", "2026-06-01", "--select", "dates",
                   *args, "story.txt", cwd=tmp_path)


def test_the_old_records_of_both_ends_are_gone_and_the_range_shown_once(run_cli, tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "base.json").write_text(json.dumps({
        "version": 1, "tool": "newslint", "tool_version": "0.1.0", "repeats_recorded": True,
        "paths_resolved": True, "findings": OLD_RECORDS}))
    shown = check(run_cli, tmp_path, "--baseline", "base.json")
    assert [line for line in shown.stdout.splitlines() if "after-publication" in line] == [
        "story.txt:3:14: warning [dates.after-publication] 'June 3 to June 5' is told in the past tense "
        "('ran') but, read in the publication year, falls after the publication date (June 1, 2026); "
        "if an earlier year is meant, write the year"]
    assert "2 recorded findings are gone" in shown.stderr and "Traceback" not in shown.stderr


def test_a_baseline_written_now_hides_the_range(run_cli, tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    assert "recorded 1 finding" in check(run_cli, tmp_path, "--write-baseline", "base.json").stderr
    quiet = check(run_cli, tmp_path, "--baseline", "base.json")
    assert "after-publication" not in quiet.stdout and "gone" not in quiet.stderr
