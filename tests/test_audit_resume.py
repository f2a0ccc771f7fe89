"""What a killed audit leaves, and what `--resume` finishes (fx124): a
folder an audit was killed in is marked `_INCOMPLETE` until it finishes;
`--resume` on a finished audit is one line; a resumed audit audits again
the files edited since it began and names those added or gone. A few tiny
articles on an in-process cluster (threads), so it is quick."""
from __future__ import annotations

import functools
import logging
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from lint import code_stamp
from test_audit import audit

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


def messages(out) -> list[tuple[str, str]]:
    return sorted((r["path"], r["message"]) for r in pq.read_table(out).to_pylist())


KILLED = textwrap.dedent("""
    import glob, logging, os, signal
    import lint.audit.run as r
    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD
    from lint.audit import settings

    real = r.run_partition

    def killing(part, *args, **kw):      # SIGKILL once a partition is written: no handler runs
        if glob.glob("out/part-*.parquet"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(part, *args, **kw)

    r.run_partition = killing
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        r.run(["d.jsonl"], "out", settings(), client=c, per=2)
""")


def test_a_killed_audit_is_marked_and_resume_finishes_it_once(client, tmp_path):
    # no headline field: each article has an error (titles.missing-headline) and a warning
    lines = [f'{{"id": "{n}", "body": "The the council met."}}' for n in range(6)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED], cwd=tmp_path, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
    assert killed.returncode == -9, killed.stderr
    out = tmp_path / "out"
    assert len(list(out.glob("part-*.parquet"))) == 1
    assert (out / "_INCOMPLETE").is_file()          # nothing else said it was cut short
    # The killed audit was a new process: it took newslint's code stamp from the files
    # as they are now. This process took its own once, when a test first used the result
    # cache, maybe minutes ago: an edit to newslint since (a commit made while the suite
    # runs) read as "newslint itself changed" here. The resume, as a user's new command
    # would, takes it afresh too. (The refusal when newslint really changed between the
    # two runs is lint/audit/inputs.py's; this test does not exercise it.)
    code_stamp.forget()
    at = ["d.jsonl", "-o", "out", "--partition-size", "2", "--scheduler", client.scheduler.address]
    again = audit(tmp_path, *at)
    assert again.exit_code == 2 and again.stderr == (
        "newslint: out: already holds an unfinished audit; --resume finishes it, or remove it\n")
    resumed = audit(tmp_path, *at, "--resume")
    assert resumed.exit_code == 1, resumed.stderr         # error findings written, as check
    assert "audited 6 articles (6 with no publication date) in 3 partitions (1 already written): " \
           "12 findings" in resumed.stderr
    assert not (out / "_INCOMPLETE").exists() and (out / "_summary.parquet").is_file()
    once_more = audit(tmp_path, *at, "--resume")
    assert once_more.exit_code == 2 and once_more.stderr == (
        "newslint: out: the audit there is finished, nothing to resume; run without --resume "
        "into a new folder to audit again\n")
    assert audit(tmp_path, *at).stderr.startswith("newslint: out: already holds a finished audit")


def test_resume_audits_edited_files_again_and_names_added_and_gone(client, tmp_path, monkeypatch):
    import lint.audit.run as audit_run
    from lint.audit import settings

    monkeypatch.chdir(tmp_path)
    doubled = settings(select=["hygiene.doubled-word"])
    monkeypatch.setattr(audit_run, "plan", functools.partial(audit_run.plan, files_per_partition=2))
    desk = tmp_path / "desk"
    desk.mkdir()
    for name in "abcd":
        (desk / f"{name}.md").write_text(f"# Story {name}\n\nThe the council met.\n", encoding="utf-8")

    def cut_short(*args):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:     # stopped before its summary: both partitions written
        m.setattr(audit_run, "_summarise", cut_short)
        with pytest.raises(KeyboardInterrupt):
            audit_run.run(["desk"], "out", doubled, client=client)
    os.remove("out/part-00001.parquet")       # ... and the second as yet unwritten
    (desk / "a.md").write_text("# Story a\n\nA a council met.\n", encoding="utf-8")
    os.utime(desk / "a.md", ns=(1, 10**18))
    (desk / "b.md").unlink()
    (desk / "e.md").write_text("# Story e\n\nIt it met.\n", encoding="utf-8")
    done = audit_run.run(["desk"], "out", doubled, client=client, resume=True)
    assert done.resumed == [
        "resumed: 1 file edited since the audit began, audited again: desk/a.md",
        "resumed: 1 file gone since the audit began, left out: desk/b.md",
        "resumed: 1 file added since the audit began, not in it (audit it apart, or run without "
        "--resume into a new folder): desk/e.md"]
    assert (done.partitions, done.skipped, done.articles) == (2, 0, 3)
    assert messages("out") == [("desk/a.md", "doubled word: 'A a'"),
                               ("desk/c.md", "doubled word: 'The the'"),
                               ("desk/d.md", "doubled word: 'The the'")]


def test_an_export_in_slices_changed_since_is_named_once(client, tmp_path, monkeypatch):
    # qa67: "ex.jsonl, ex.jsonl, ex.jsonl, ex.jsonl, ex.jsonl and 11 more changed ..."
    import lint.audit.run as audit_run
    from lint.audit import settings
    from lint.audit.run import AuditError

    monkeypatch.chdir(tmp_path)
    lines = [f'{{"id": "{n}", "headline": "Vote", "body": "The council met."}}' for n in range(8)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def cut_short(*args):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(audit_run, "_summarise", cut_short)
        with pytest.raises(KeyboardInterrupt):
            audit_run.run(["d.jsonl", "e.jsonl"], "out", settings(), client=client, per=2)
    assert len(list((tmp_path / "out").glob("part-*.parquet"))) == 8
    for name in ("d.jsonl", "e.jsonl"):
        os.utime(tmp_path / name, ns=(1, 10**18))
    with pytest.raises(AuditError) as said:
        audit_run.run(["d.jsonl", "e.jsonl"], "out", settings(), client=client, per=2, resume=True)
    assert str(said.value) == ("out: d.jsonl, e.jsonl changed since that audit began, so their slices no "
                               "longer line up; run without --resume into a new folder")


def test_resume_looks_at_the_output_folder_once_each(tmp_path):
    # every look is a request on an object store: _plan.json's and part-*'s once each
    from fsspec.implementations.local import LocalFileSystem

    from lint.audit.output import prepare
    from lint.audit.plan import Partition, describe

    class Counting(LocalFileSystem):
        cachable = False

        def __init__(self):
            super().__init__()
            self.looks = []

        def exists(self, path, **kw):
            self.looks.append(("exists", path.rsplit("/", 1)[-1]))
            return super().exists(path, **kw)

        def ls(self, path, detail=True, **kw):
            self.looks.append(("ls", path.rstrip("/").rsplit("/", 1)[-1]))
            return super().ls(path, detail=detail, **kw)

    parts = [Partition(0, "files", ("a.md",)), Partition(1, "files", ("b.md",))]
    wanted = {**describe(parts, "key"), "files": {}}
    root = str(tmp_path / "out")
    prepare(Counting(), root, "out", wanted, parts, resume=False)
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "out" / "_articles").mkdir()
    for written in ("part-00000.parquet", "_articles/part-00000.parquet"):   # readable: not redone (qa77 #1)
        pq.write_table(pa.table({"x": [1]}), tmp_path / "out" / written)
    fs = Counting()
    prepared = prepare(fs, root, "out", wanted, parts, resume=True)
    assert prepared.todo == parts[1:]
    assert fs.looks.count(("exists", "_plan.json")) == 1
    assert fs.looks.count(("ls", "out")) == 1            # listed, never globbed (qa109 #1)
    assert fs.looks.count(("ls", "_articles")) == 1      # qa87 #5


def test_resume_with_the_same_client_runs_the_partitions_again(client, tmp_path, monkeypatch):
    # fx177: a task key was the partition's own (a hash of its paths), so while the interrupted
    # run's futures were still alive in the client (held by its traceback until the garbage
    # collector ran), the resume's submit got them back and no partition was written again
    import lint.audit.run as audit_run
    from lint.audit import settings

    monkeypatch.chdir(tmp_path)
    doubled = settings(select=["hygiene.doubled-word"])
    monkeypatch.setattr(audit_run, "plan", functools.partial(audit_run.plan, files_per_partition=2))
    (tmp_path / "desk").mkdir()
    for name in "abcd":
        (tmp_path / "desk" / f"{name}.md").write_text("The the council met.\n", encoding="utf-8")

    def cut_short(*args):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(audit_run, "_summarise", cut_short)
        with pytest.raises(KeyboardInterrupt) as held:     # its frames keep the futures alive
            audit_run.run(["desk"], "out", doubled, client=client)
    os.remove("out/part-00001.parquet")
    os.remove("out/_articles/part-00001.parquet")
    done = audit_run.run(["desk"], "out", doubled, client=client, resume=True)
    assert held.value is not None
    assert (done.partitions, done.skipped, done.articles) == (2, 1, 4)
    assert [p for p, _ in messages("out")] == ["desk/a.md", "desk/b.md", "desk/c.md", "desk/d.md"]


def test_resume_of_a_glob_that_now_matches_only_the_output_finishes_the_first_plan(client, tmp_path):
    lines = [f'{{"id": "{n}", "body": "The the council met."}}' for n in range(6)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED.replace('r.run(["d.jsonl"]', 'r.run(["o*", "d.jsonl"]')],
                            cwd=tmp_path, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True)
    assert killed.returncode == -9, killed.stderr
    assert (tmp_path / "out" / "_INCOMPLETE").is_file()
    code_stamp.forget()
    resumed = audit(tmp_path, "o*", "d.jsonl", "-o", "out", "--partition-size", "2",
                    "--scheduler", client.scheduler.address, "--resume")
    # main finished it: the first plan's file.missing row for o*, as the first run said
    assert resumed.exit_code == 1, resumed.stderr
    assert "partitioning changed" not in resumed.stderr
    assert "(1 already written)" in resumed.stderr
