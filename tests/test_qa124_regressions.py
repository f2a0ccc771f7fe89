"""Faults QA (qa124) found trying `newslint audit` as an archive team would:
whole folders of stories with broken files, odd file names, a remote
scheduler, SIGTERM from `timeout`, and the `_articles/` table read back next
to the findings.

A file whose name is not UTF-8 (an old latin-1 file system's `café.md`),
which `check` lints under its name with U+FFFD, fails the partition in
pyarrow: a Dask traceback, `internal error`, and none of its partition's
findings written (#1). SIGTERM (or Ctrl-C) while the local cluster starts is
held until the cluster has started, however long that takes: `timeout`
cannot stop an audit whose cluster never comes up (`--workers 99999` ran on
for ten minutes after `timeout 120` sent SIGTERM) (#2). A `--scheduler` that
is malformed or not there is an "internal error ... (please report this)"
(#3). A file refused whole (`file.encoding`, `file.xml`) or a JSON Lines line
that is not JSON has finding rows but no `_articles/` row, so the articles'
`findings` do not add up to the finding rows, though `_summary.parquet`
counts that file as an article (#4). An `--output` folder inside the
archive is walked on `--resume`, and its own Parquet and plan files are
summed up as the archive's "not read: other files" (#5). A named source
that exists but whose name holds glob characters (`desk [2019]`, `a [1].md`,
`star*.md`) is expanded as a glob: a false `file.missing` and its findings
lost, or files never named audited with it (#6). A Ctrl-C after
`_INCOMPLETE` is written but before `_plan.json` (while the plan records
what the audit reads) says only "newslint: interrupted" and leaves a folder
whose marker says `--resume` finishes it, which `--resume` refuses (#7).

Each was a strict xfail that failed for the fault's reason; fx228 fixed
all seven, and each is a guard now. Synthetic
input only, written under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import ROOT
from story_helpers import AUDIT_STORY as STORY, killed_before_its_summary
from test_qa77_regressions import audit_on

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


def _check_rows(run_cli, folder, *sources):
    done = run_cli("check", "--no-cache", "--format", "json", *sources, cwd=folder)
    assert done.exit_code in (0, 1), done.output
    return sorted((d["path"], d.get("article") or "", d["line"], d["column"], d["rule"], d["message"])
                  for d in json.loads(done.stdout))


def _audit_rows(out):
    import pyarrow.parquet as pq

    return sorted((r["path"], r["article"] or "", r["line"], r["column"], r["rule"], r["message"])
                  for r in pq.read_table(out).to_pylist())


# --- #1 a file name that is not UTF-8 fails its partition -------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="a file name of raw bytes needs a POSIX file system")
def test_a_file_name_that_is_not_utf8_is_audited_as_check_lints_it(tmp_path, audit_client, run_cli):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "good.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "desk" / os.fsdecode(b"caf\xe9.md")).write_text(STORY, encoding="utf-8")
    checked = _check_rows(run_cli, tmp_path, "desk")
    assert len(checked) == 4                      # two findings in each file, the name with U+FFFD
    done = audit_on(tmp_path, audit_client, "desk", "-o", "out")
    assert done.exception is None or isinstance(done.exception, SystemExit), repr(done.exception)
    assert "internal error" not in done.output
    assert done.exit_code == 1, done.output
    assert _audit_rows(tmp_path / "out") == checked


# --- #2 SIGTERM while the local cluster starts never ends the audit --------------------------

SLOW_CLUSTER = textwrap.dedent("""
    import sys, time
    import distributed
    class Slow:                       # a cluster start that does not finish (too many workers, no memory)
        def __init__(self, *a, **k):
            print("starting", flush=True)
            for _ in range(600):
                time.sleep(0.1)
            raise SystemExit(99)
    distributed.LocalCluster = Slow
    from lint.cli import main
    sys.argv = ["newslint", "audit", "d.md", "-o", "out", "--workers", "1", "--no-progress"]
    main()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_while_the_cluster_starts_ends_the_audit(tmp_path):
    (tmp_path / "d.md").write_text(STORY, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_CLUSTER], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "starting"
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            err = None
        assert err is not None, "still running 15 s after SIGTERM"
        assert proc.returncode == 143, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


# --- #3 a scheduler address that is wrong or down is an "internal error" ---------------------

def test_a_malformed_scheduler_address_is_a_usage_error(tmp_path):
    (tmp_path / "d.md").write_text(STORY, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "lint", "audit", "d.md", "-o", "out",
                           "--scheduler", "sched-host"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "internal error" not in done.stderr, done.stderr
    assert "please report" not in done.stderr
    assert "sched-host" in done.stderr


# --- #4 findings of a refused file or of an export file itself have no _articles row ---------

def test_every_finding_row_belongs_to_an_articles_row(tmp_path, audit_client):
    import pandas as pd

    (tmp_path / "good.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00\xd8 not text")                     # file.encoding
    (tmp_path / "cut.nitf").write_bytes(b'<?xml version="1.0"?>\n<nitf><head><title>T')    # file.xml
    (tmp_path / "d.jsonl").write_bytes(b'{"id":"1","headline":"A","body":"The the plan."}\n{"id":\n')
    done = audit_on(tmp_path, audit_client, ".", "-o", "out")
    assert done.exit_code == 1, done.output
    found = pd.read_parquet(tmp_path / "out")
    articles = pd.read_parquet(tmp_path / "out" / "_articles")
    keys = set(zip(articles["path"], articles["article"].fillna("")))
    assert set(zip(found["path"], found["article"].fillna(""))) <= keys
    assert articles["findings"].sum() == len(found)


# --- #5 an --output inside the archive is counted as the archive's "other files" on --resume ----

def test_resume_does_not_count_its_own_output_as_files_not_read(tmp_path, audit_client):
    desk = tmp_path / "desk"
    desk.mkdir()
    for n in range(3):
        (desk / f"s{n}.md").write_text(STORY, encoding="utf-8")
    first = audit_on(tmp_path, audit_client, "desk", "-o", "desk/out")
    assert first.exit_code == 1, first.output
    assert "not read" not in first.stderr
    killed_before_its_summary(desk / "out")
    resumed = audit_on(tmp_path, audit_client, "desk", "-o", "desk/out", "--resume")
    assert resumed.exit_code == 1, resumed.output
    assert "not read" not in resumed.stderr, resumed.stderr


# --- #6 a source whose name holds [ ] or * is read as a glob, not as the file it names -----------

def test_a_named_folder_with_brackets_is_audited_as_check_lints_it(tmp_path, audit_client, run_cli):
    desk = tmp_path / "desk [2019]"
    desk.mkdir()
    (desk / "story.md").write_text(STORY, encoding="utf-8")
    checked = _check_rows(run_cli, tmp_path, "desk [2019]")
    assert len(checked) == 2 and all(r[4] != "file.missing" for r in checked)
    done = audit_on(tmp_path, audit_client, "desk [2019]", "-o", "out")
    assert done.exit_code == 1, done.output
    assert "file.missing" not in done.stderr, done.stderr
    assert _audit_rows(tmp_path / "out") == checked


# --- #7 a Ctrl-C before the plan is written leaves an _INCOMPLETE that --resume refuses ---------

def test_a_ctrl_c_before_the_plan_is_written_leaves_a_folder_the_next_run_finishes(tmp_path, audit_client,
                                                                                 monkeypatch):
    """The folder is never left with a marker saying `--resume` finishes it
    and no `_plan.json` for `--resume` to read (the plan is written before the
    marker), and the run its state calls for finishes the audit there:
    `--resume` where the marker is, else the same command again."""
    from lint.audit import work

    (tmp_path / "d.md").write_text(STORY, encoding="utf-8")

    def interrupted(self, paths):      # Ctrl-C while the plan records what the audit reads
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(work.Settings, "record", interrupted)
        stopped = audit_on(tmp_path, audit_client, "d.md", "-o", "out")
    assert stopped.exit_code == 130, stopped.output
    out = tmp_path / "out"
    marker = out / "_INCOMPLETE"      # it says: "the same newslint audit command with --resume finishes it"
    assert marker.exists() <= (out / "_plan.json").exists(), sorted(p.name for p in out.iterdir())
    resume = ("--resume",) if marker.exists() else ()
    finished = audit_on(tmp_path, audit_client, "d.md", "-o", "out", *resume)
    assert finished.exit_code == 1, finished.output          # d.md's doubled word and TK
    assert (out / "_summary.parquet").exists() and not marker.exists()
