"""Faults QA (qa106) found in the audit after fx183 (WXR exports cut by
their items' bytes) and fx184 (the resume record, files named twice), by
comparing `newslint audit`'s rows with `newslint check --format json`'s.

An audit run on a `--scheduler` cluster whose workers were started in
another folder writes its partitions under the workers' folder when `-o` is
relative, while the client writes `_plan.json` and `_summary.parquet` under
its own: the dataset the user reads has no rows and the summary says
"audited 0 articles", exit 0 (#1). A worker process keeps one `Session` per
`Settings` for its life (`work._SESSIONS`), so on a cluster kept between
audits the second audit lints with the first one's compiled rules and
config lookups: a house rule edited, or a `.newslint.yaml` added to a
folder, between two audits is not seen (#2). A WXR export whose XML
declaration names a multi-byte codec (Shift_JIS, GB2312) or one Python does
not know (`x-bogus`) makes pyexpat raise a ValueError or LookupError the
plan does not catch, so the audit of every source stops with one line naming
no file and exit 2, or an internal error; check lints the export (#3).

Each fault was a strict xfail that failed for the fault's reason; fx189
fixed the three and removed the marks.
Synthetic input only, written under tmp_path; #2 uses the conftest
`audit_client` (a cluster kept across audits, as a newsroom's scheduler
is); #1 needs workers in another folder than the client, so it starts its
own process cluster there."""
from __future__ import annotations

import os

import pytest

from test_qa101_regressions import HOUSE, _audited, _checked, _desk, _item, _wxr
from test_qa77_regressions import audit, audit_on as _audit


# --- #1 (HIGH) a relative -o with workers started in another folder ------------------------

def test_a_relative_out_on_a_cluster_started_elsewhere_holds_the_rows(tmp_path, run_cli):
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    from distributed import LocalCluster
    from lint.audit.run import NO_DASHBOARD

    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    work.mkdir()
    elsewhere.mkdir()
    _desk(work, "select: [hygiene, style]\n")
    old = os.getcwd()
    os.chdir(elsewhere)                  # the workers' folder (spawned processes inherit it)
    try:
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, **NO_DASHBOARD)
    finally:
        os.chdir(old)
    with cluster:
        done = audit(work, "desk/d.jsonl", "-o", "out", "--scheduler", cluster.scheduler_address)
    rows = _checked(work, run_cli, "desk/d.jsonl")
    assert rows, "check gives findings to compare"
    assert done.exit_code == 1, done.output           # check's exit: findings at error level
    assert not (elsewhere / "out").exists()
    assert _audited(work) == rows


def test_partitions_written_where_the_client_cannot_see_them_fail_the_audit(
        tmp_path, audit_client, monkeypatch):
    """A worker that writes its partitions somewhere else than the client's
    OUT (another host's disk) fails the audit in one line, exit 2: never
    'audited 0 articles', exit 0."""
    import lint.audit.run as run

    _desk(tmp_path, "select: [hygiene, style]\n")
    astray = tmp_path / "astray"
    real = run.run_partition
    monkeypatch.setattr(run, "run_partition", lambda part, settings, out, *rest: real(
        part, settings, str(astray), *rest))
    done = _audit(tmp_path, audit_client, "desk/d.jsonl", "-o", "out")
    assert list(astray.glob("part-*.parquet")), "the worker wrote its rows, elsewhere"
    assert done.exit_code == 2, done.output
    lines = [line for line in done.output.splitlines() if line.startswith("newslint: ")]
    assert lines == ["newslint: 1 of 1 partitions are not in out after the workers wrote them "
                     "(first: part-00000): can every worker reach out as this machine does? use a "
                     "folder they share, or a URL (s3://...)"], done.output
    assert (tmp_path / "out" / "_INCOMPLETE").exists()       # unfinished: --resume may finish it


# --- #2 (MED) a cluster kept between audits lints with the first audit's rules -----------

def test_a_second_audit_on_the_same_cluster_sees_an_edited_house_rule(tmp_path, audit_client, run_cli):
    _desk(tmp_path, "rules: [house]\n")
    rule = tmp_path / "desk" / "house" / "house" / "banned.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(HOUSE, encoding="utf-8")
    first = _audit(tmp_path, audit_client, "desk/d.jsonl", "-o", "first")
    assert first.exit_code == 1, first.output
    rule.write_text(HOUSE.replace("level: error", "level: suggestion"), encoding="utf-8")
    second = _audit(tmp_path, audit_client, "desk/d.jsonl", "-o", "out")
    assert second.exit_code in (0, 1), second.output
    rows = _checked(tmp_path, run_cli, "desk/d.jsonl")
    assert {r[7] for r in rows if r[6] == "house.banned"} == {"suggestion"}      # check: the edit
    assert _audited(tmp_path) == rows


def test_a_second_audit_on_the_same_cluster_sees_a_folders_new_config(tmp_path, audit_client, run_cli):
    _desk(tmp_path, "")
    (tmp_path / "desk" / ".newslint.yaml").unlink()
    first = _audit(tmp_path, audit_client, "desk/d.jsonl", "-o", "first")
    assert first.exit_code == 1, first.output
    (tmp_path / "desk" / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    second = _audit(tmp_path, audit_client, "desk/d.jsonl", "-o", "out")
    assert second.exit_code in (0, 1), second.output
    rows = _checked(tmp_path, run_cli, "desk/d.jsonl")
    assert rows and not any(r[6].startswith("style.") for r in rows)     # check: the new config
    assert _audited(tmp_path) == rows


def test_a_kept_process_cluster_sees_an_edited_house_rule(tmp_path, run_cli):
    """As above, on worker processes of their own (a newsroom's scheduler):
    nothing the client forgets reaches them, only the audit's record does."""
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    from distributed import LocalCluster
    from lint.audit.run import NO_DASHBOARD

    _desk(tmp_path, "rules: [house]\n")
    rule = tmp_path / "desk" / "house" / "house" / "banned.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(HOUSE, encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, **NO_DASHBOARD) as cluster:
        first = audit(tmp_path, "desk/d.jsonl", "-o", "first", "--scheduler", cluster.scheduler_address)
        assert first.exit_code == 1, first.output
        rule.write_text(HOUSE.replace("level: error", "level: suggestion"), encoding="utf-8")
        second = audit(tmp_path, "desk/d.jsonl", "-o", "out", "--scheduler", cluster.scheduler_address)
    assert second.exit_code in (0, 1), second.output
    rows = _checked(tmp_path, run_cli, "desk/d.jsonl")
    assert {r[7] for r in rows if r[6] == "house.banned"} == {"suggestion"}
    assert _audited(tmp_path) == rows


# --- #3 (MED) a WXR export labelled in a codec expat cannot use stops the whole audit --------

@pytest.mark.parametrize("label", ["Shift_JIS", "x-bogus"])
def test_a_wxr_export_labelled_in_a_codec_expat_cannot_use_is_audited_as_check_reads_it(
        tmp_path, audit_client, run_cli, label):
    (tmp_path / "wp.xml").write_bytes(_wxr([_item(1), _item(2, body="It costs TK.")], label).encode("ascii"))
    (tmp_path / "a.md").write_text("# The plan\n\nThe the vote passed. TK.\n", encoding="utf-8")
    rows = _checked(tmp_path, run_cli, "wp.xml", "a.md")
    assert {r[0] for r in rows} == {"wp.xml", "a.md"}          # check reads both
    try:
        done = _audit(tmp_path, audit_client, "wp.xml", "a.md", "-o", "out")
    except LookupError as exc:          # the CLI's "internal error" (run_cli does not catch it)
        raise AssertionError(f"internal error: {exc!r}") from exc
    assert done.exit_code in (0, 1), done.output
    assert _audited(tmp_path) == rows
