"""Faults QA (qa77) found trying newslint as a new user by its less-walked
ways in: the archive audit's --resume and --output, --write-baseline,
--fix, `newslint clean`. Each is a strict xfail that passes once fixed;
inputs are synthetic (tmp_path)."""
from __future__ import annotations

import json
import logging
import os

import pytest

from test_audit import audit as _audit

STORY = "---\ntitle: Council passes budget\ndate: 2024-03-04\n---\n\nThe council met and the the budget passed. TK.\n"


def audit(archive, *args):
    """`newslint audit ARGS` in-process, as test_audit runs it; an exception
    the command let out (the CLI's 'internal error') is raised here, never
    read as exit 1."""
    result = _audit(archive, *args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"internal error: {result.exception!r}") from result.exception
    return result



def audit_on(archive, client, *args):
    """`audit` with `--scheduler` the address of `client` (a dask Client)."""
    return audit(archive, *args, "--scheduler", client.scheduler.address)

def jsonl(folder, n: int = 6) -> None:
    lines = [json.dumps({"id": f"a{i}", "headline": f"Council vote {i}", "date": "2024-03-04",
                         "body": f"The council met and the the vote {i} passed."}) for i in range(n)]
    (folder / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


def unfinished(tmp_path, client):
    """A finished audit of 6 articles in 3 partitions, made to look killed
    before its summary: `_INCOMPLETE` back, `_summary.parquet` gone."""
    jsonl(tmp_path)
    at = ["--scheduler", client.scheduler.address, "--partition-size", "2"]
    done = audit(tmp_path, "d.jsonl", "-o", "out", *at)
    assert done.exit_code == 0 and "6 findings (6 warnings)" in done.stderr, done.stderr
    out = tmp_path / "out"
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    return out, at


def test_resume_over_a_damaged_partition_redoes_it_or_names_it(tmp_path, client):
    out, at = unfinished(tmp_path, client)
    part = out / "part-00001.parquet"
    part.write_bytes(part.read_bytes()[:100])        # a disk or copy cut it short
    resumed = audit(tmp_path, "d.jsonl", "-o", "out", *at, "--resume")
    assert "internal error" not in resumed.stderr, resumed.stderr
    assert resumed.exit_code in (0, 1) or "part-00001.parquet" in resumed.stderr


def test_resume_over_a_damaged_articles_partition_redoes_it_or_names_it(tmp_path, client):
    out, at = unfinished(tmp_path, client)
    part = out / "_articles" / "part-00001.parquet"
    part.write_bytes(part.read_bytes()[:50])
    resumed = audit(tmp_path, "d.jsonl", "-o", "out", *at, "--resume")
    assert "internal error" not in resumed.stderr, resumed.stderr
    assert resumed.exit_code in (0, 1) or "part-00001.parquet" in resumed.stderr


def test_resume_over_a_damaged_plan_names_the_plan(tmp_path, client):
    out, at = unfinished(tmp_path, client)
    (out / "_plan.json").write_text('{"config": \n')
    resumed = audit(tmp_path, "d.jsonl", "-o", "out", *at, "--resume")
    assert resumed.exit_code == 2
    assert "_plan.json" in resumed.stderr, resumed.stderr


def test_audit_into_a_folder_of_other_files_is_refused(tmp_path, client):
    jsonl(tmp_path)
    other = tmp_path / "desk"
    other.mkdir()
    (other / "budget.csv").write_text("a,b\n1,2\n")
    done = audit(tmp_path, "d.jsonl", "-o", "desk", "--scheduler", client.scheduler.address)
    assert done.exit_code == 2, done.stderr
    assert sorted(p.name for p in other.iterdir()) == ["budget.csv"]


@pytest.mark.parametrize("name, text", [
    ("package.json", '{"name": "site", "scripts": {"build": "hugo"}}\n'),
    (".newslint.yaml", "fail-level: warning\n"),
])
def test_write_baseline_never_replaces_a_file_that_is_no_baseline(run_cli, tmp_path, name, text):
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("check", "a.md", "--write-baseline", name, cwd=tmp_path)
    assert (tmp_path / name).read_text(encoding="utf-8") == text
    assert result.exit_code == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root may write a file whose mode says read-only")
def test_fix_leaves_a_read_only_file_alone_even_as_root(run_cli, tmp_path):
    story = tmp_path / "a.md"
    story.write_text(STORY, encoding="utf-8")
    story.chmod(0o444)
    result = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == STORY
    assert result.exit_code == 2


def test_clean_does_not_claim_a_missing_cache_dir(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    missing = tmp_path / "no-such-cache"
    result = run_cli("clean", "--cache-dir", missing, cwd=tmp_path)
    said = result.stdout + result.stderr
    assert f"and {missing}" not in said, said


BROKEN_WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Desk</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Council vote</title><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>The the council met.</p>]]></content:encoded><wp:post_id>7</wp:post_id></item>
<item><title>Cut off</title><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>TK</p>]]></content:encoded>
</channel></rss>
"""


def rows(out) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq

    return sorted((r["path"], r["rule"]) for r in pq.read_table(out).to_pylist())


def test_a_malformed_export_is_a_row_and_the_other_sources_are_audited(tmp_path, client):
    desk = tmp_path / "desk"
    desk.mkdir()
    jsonl(desk)
    (desk / "wp.xml").write_text(BROKEN_WXR, encoding="utf-8")
    done = audit(tmp_path, "desk", "-o", "out", "--scheduler", client.scheduler.address)
    assert done.exit_code == 1, done.stderr           # file.xml is an error
    found = rows(tmp_path / "out")
    assert ("desk/wp.xml", "file.xml") in found
    assert ("desk/d.jsonl", "hygiene.doubled-word") in found


def test_an_empty_dump_is_a_file_empty_row_as_in_check(tmp_path, client):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    done = audit(tmp_path, "empty.jsonl", "-o", "out", "--scheduler", client.scheduler.address,
                 "--fail-level", "warning")
    assert done.exit_code == 1, done.stderr
    assert rows(tmp_path / "out") == [("empty.jsonl", "file.empty")]


def test_clean_of_a_mistyped_folder_loses_nothing_of_the_users(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    content = tmp_path / "site" / "content"
    (content / "de").mkdir(parents=True)           # a Hugo language folder, not yet filled
    (content / ".tmp-draft.md").write_text("The draft the desk is still writing.\n")
    run_cli("clean", "--cache-dir", content, cwd=tmp_path)
    assert (content / ".tmp-draft.md").is_file()
    assert (content / "de").is_dir()


@pytest.mark.parametrize("spelled", ["./d.jsonl", "absolute"])
def test_resume_takes_the_same_source_however_it_is_spelled(tmp_path, client, spelled):
    out, at = unfinished(tmp_path, client)
    (out / "part-00001.parquet").unlink()
    source = str(tmp_path / "d.jsonl") if spelled == "absolute" else spelled
    resumed = audit(tmp_path, source, "-o", "out", *at, "--resume")
    assert "changed since" not in resumed.stderr, resumed.stderr
    assert resumed.exit_code == 0, resumed.stderr
    assert len(rows(out)) == 6           # 6 articles, a doubled word in each
