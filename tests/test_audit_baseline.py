"""`newslint audit --baseline FILE` (check has had --baseline; audit had
none): the same Baseline hides the same findings, so what an audit writes
is, finding for finding, what `check --baseline` reports over the same
files, and stderr says the same two lines (hidden; records gone)."""
from __future__ import annotations

import json
import logging
import os

import pytest

from archive_gen import articles, write_jsonl, write_wxr
from test_audit import KEY, audit, cut_short, rows

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


def check(folder, *args):
    from click.testing import CliRunner

    from lint.cli import main

    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, ["check", "--no-cache", *args])
    finally:
        os.chdir(cwd)


def baseline_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "baseline" in ln]


@pytest.mark.parametrize("fmt", ["jsonl", "wxr"])
def test_audit_baseline_writes_what_check_baseline_reports(client, tmp_path, fmt):
    items = articles(300, seed=7)
    name = f"desk.{'jsonl' if fmt == 'jsonl' else 'xml'}"
    write = write_jsonl if fmt == "jsonl" else write_wxr
    write(tmp_path / name, items[:150])
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "old.md").write_text("# Old\n\nThe the story, TK.\n", encoding="utf-8")
    recorded = check(tmp_path, "--write-baseline", "base.json", name, "stories")
    assert recorded.exit_code == 0, recorded.stderr
    write(tmp_path / name, items[40:190])           # 40 articles gone, 40 new
    (tmp_path / "stories" / "old.md").unlink()      # its records: in a file gone from the folder
    (tmp_path / "stories" / "new.md").write_text("# New\n\nA a slip.\n", encoding="utf-8")
    checked = check(tmp_path, "--baseline", "base.json", "--format", "json", "stories", name)
    assert checked.exit_code in (0, 1), checked.stderr
    want = sorted(tuple(d.get(k, "") for k in KEY) for d in json.loads(checked.stdout))
    out = tmp_path.parent / f"{tmp_path.name}-out"
    done = audit(tmp_path, "stories", name, "-o", str(out), "--baseline", "base.json",
                 "--scheduler", client.scheduler.address, "--partition-size", "50")
    assert done.exit_code == checked.exit_code, done.stderr
    got = sorted(r[:1] + (r[1] or "",) + r[2:] for r in rows(out))  # a file's article: null, "" here
    assert got == want and got
    said, told = baseline_lines(checked.stderr), baseline_lines(done.stderr)
    assert len(said) == 2 and said[0].endswith("known findings hidden by the baseline base.json")
    assert "fixed, " in said[1] and "in files renamed or removed" in said[1]
    assert told[0] == said[0]
    assert told[1] == said[1]      # audit writes a baseline too (fx107): the same hint


def test_a_bad_baseline_is_one_line_before_any_work(tmp_path):
    (tmp_path / "a.md").write_text("# H\n\nThe the.\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    for name, said in (("bad.json", "bad.json: not a newslint baseline"), ("-", "needs a file name")):
        done = audit(tmp_path, "a.md", "-o", str(tmp_path / "o"), "--baseline", name)
        assert done.exit_code == 2 and said in done.stderr, done.stderr
        assert not (tmp_path / "o").exists()


def test_resume_with_another_baseline_is_refused(client, tmp_path, monkeypatch):
    from lint.audit import settings
    from lint.audit.run import AuditError, run
    from lint.baseline import Baseline

    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "d.jsonl", articles(60, seed=3))
    assert check(tmp_path, "--write-baseline", "base.json", "d.jsonl").exit_code == 0
    done = run(["d.jsonl"], str(tmp_path / "o"), settings(), client=client, per=20,
               baseline=Baseline("base.json"))
    assert done.findings == 0 and done.hidden > 0 and done.gone == (0, 0)
    cut_short(tmp_path / "o")
    with pytest.raises(AuditError, match="baseline changed since"):
        run(["d.jsonl"], str(tmp_path / "o"), settings(), client=client, per=20, resume=True)
