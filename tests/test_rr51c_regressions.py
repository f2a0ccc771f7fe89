"""rr51c review: the file stdout is redirected into is left out of an audit's walk too (#1),
and a date-time `published` is recorded as its day (#4)."""
from __future__ import annotations

import subprocess
import sys

import pytest

pq = pytest.importorskip("pyarrow.parquet")


# rr51c #1: nu55 #3's fix (`lint/stdout_target.py`) was applied by `check` only;
# `audit . -o out.parquet > log.txt` audited the log the shell had just made,
# empty, as `file.empty` and counted it an article ("audited 2 articles").
def test_rr51c_audit_leaves_out_the_file_stdout_is_redirected_into(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    with open(src / "log.txt", "w") as out:
        subprocess.run([sys.executable, "-m", "lint", "audit", ".", "-o", str(tmp_path / "out.parquet")],
                       cwd=src, stdout=out, stderr=subprocess.PIPE, check=True)
    paths = set(pq.read_table(tmp_path / "out.parquet").column("path").to_pylist())
    assert "story.md" in paths, paths
    assert "log.txt" not in paths, paths


# control: a log written elsewhere leaves the folder's empty file audited as before
def test_rr51c_control_an_empty_file_is_still_audited(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "story.md").write_text("# Council votes\n\nThe the council voted on Tuesday.\n")
    (src / "blank.txt").write_text("")
    with open(tmp_path / "log.txt", "w") as out:
        subprocess.run([sys.executable, "-m", "lint", "audit", ".", "-o", str(tmp_path / "out.parquet")],
                       cwd=src, stdout=out, stderr=subprocess.PIPE, check=True)
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert ("blank.txt", "file.empty") in {(r["path"], r["rule"]) for r in rows}, rows


# rr51c #4: a date-time given as `published` through the Python API is recorded
# as its day, as a date-time `published:` in a config is read.
def test_rr51c_a_published_date_time_is_recorded_as_its_day(tmp_path):
    import datetime as dt

    from lint.audit import inputs
    from lint.session import Session

    paths = [str(tmp_path / "a.md")]
    at = dt.datetime(2024, 1, 1, 10, 30)
    kept = inputs.record(paths, Session(None, {"published": at}).config_for, None, (("published", at),))
    assert kept["options"] == {"published": "2024-01-01"}
