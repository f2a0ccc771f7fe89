"""fx554: an audit row's `fix` is check's: the replacement and, for a fix
that starts before the finding, the column it starts at (nu73 #4); an
audit an older newslint began, whose `fix` was the text alone, is finished
by --resume as one dataset in the new schema."""
from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

import pyarrow as pa  # noqa: E402
import pyarrow.dataset as ds  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    from distributed import Client, LocalCluster

    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield ["--scheduler", c.scheduler.address]


def newslint(cwd, *args):
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, capture_output=True,
                          text=True, check=False)


def checked(cwd, *args):
    done = newslint(cwd, "check", "--no-cache", "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def rows(folder):
    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def fixes(findings):
    """(rule, line, column, the fix as check --format json gives it), sorted."""
    out = []
    for f in findings:
        fix = f["fix"]
        if isinstance(fix, dict):
            fix = {k: v for k, v in fix.items() if v is not None}
        out.append((f["rule"], f["line"], f["column"], json.dumps(fix, sort_keys=True)))
    return sorted(out)


STORY = ("Louvre reopens\n\nThe Louvre showed Chardin \u2018s Basket on Tuesday at 7pm, "
         "the the museum said.\n")


def test_every_rows_fix_is_checks_a_fix_before_its_finding_with_its_column(tmp_path, scheduler):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    found = checked(tmp_path, "a.txt")
    assert any(f["fix"] and "column" in f["fix"] for f in found)           # the apostrophe's
    assert any(f["fix"] and "column" not in f["fix"] for f in found)       # the others'
    done = newslint(tmp_path, "audit", "--no-progress", *scheduler, "a.txt", "-o", "out")
    assert done.returncode == 0, done.stderr         # warnings
    assert fixes(rows(tmp_path / "out")) == fixes(found)


def jsonl(i):
    return json.dumps({"id": str(i), "headline": "Council meets", "body": STORY.split("\n")[2]})


def test_a_resume_finishes_an_older_newslints_audit_in_one_schema(tmp_path, scheduler):
    (tmp_path / "w.jsonl").write_text("\n".join(jsonl(i) for i in range(4)) + "\n", encoding="utf-8")
    first = newslint(tmp_path, "audit", "--no-progress", *scheduler, "w.jsonl", "-o", "out",
                     "--partition-size", "2")
    assert first.returncode == 0, first.stderr
    part = tmp_path / "out" / "part-00000.parquet"
    table = pq.read_table(part)
    at = table.schema.get_field_index("fix")
    old = pa.array([f and f["replacement"] for f in table.column(at).to_pylist()], pa.string())
    pq.write_table(table.set_column(at, "fix", old), part)        # as an older newslint wrote it
    (tmp_path / "out" / "part-00001.parquet").unlink()           # lost in a copy: not whole
    again = newslint(tmp_path, "audit", "--no-progress", *scheduler, "w.jsonl", "-o", "out", "--resume",
                     "--partition-size", "2")
    assert again.returncode == 0, again.stderr
    assert pq.read_table(part).schema.field("fix").type == pa.struct(
        [("replacement", pa.string()), ("column", pa.int32())])
    got, want = rows(tmp_path / "out"), checked(tmp_path, "w.jsonl")
    assert len(got) == len(want)
    # the rows the older newslint wrote keep their replacement; their start is not known
    first_half = [r for r in got if r["article"] in ("0", "1") and r["fix"]]
    assert first_half and all(r["fix"]["column"] is None for r in first_half)
    assert fixes(r for r in got if r["article"] in ("2", "3")) == fixes(
        f for f in want if f.get("article") in ("2", "3"))
