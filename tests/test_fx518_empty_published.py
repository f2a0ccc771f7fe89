"""fx518: qa383 #2. An empty file (0 bytes, white space only, a 0-byte JSON
Lines dump) holds no story, so its audit rows carry no publication date,
under `--published` or a config's `published:` too, and the summary's
months leave its `file.empty` rows out; a file with a story keeps the date
given. Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from audit_helpers import scheduler_args as _at, rows as _table
from test_qa77_regressions import audit

STORY = ("Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - Acme Corp said on Tuesday, March 2, "
         "that its board will vote on the dividend.\n")
EMPTY = {"empty.txt": "", "blank.md": "  \n\n\t\n", "dump.jsonl": ""}
MAR9 = dt.date(1987, 3, 9)


@pytest.fixture
def desk(tmp_path):
    for name, text in {**EMPTY, "a.txt": STORY}.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_empty_files_rows_have_no_date_under_published(desk, audit_client):
    done = audit(desk, *EMPTY, "a.txt", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = {r["path"]: r["published"] for r in _table(desk / "out" / "_articles")}
    assert arts == {**dict.fromkeys(EMPTY), "a.txt": MAR9}
    found = {(r["path"], r["rule"]): r["published"] for r in _table(desk / "out")
             if r["rule"] == "file.empty"}
    assert found == {(name, "file.empty"): None for name in EMPTY}


def test_the_summary_counts_empty_files_in_no_month(desk, audit_client):
    import pyarrow.parquet as pq

    done = audit(desk, *EMPTY, "a.txt", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    summary = pq.read_table(str(desk / "out" / "_summary.parquet")).to_pylist()
    by_rule = {r["rule"]: (r["month"], r["articles"]) for r in summary}
    assert by_rule["file.empty"] == (None, len(EMPTY))
    assert by_rule["dates.weekday-mismatch"] == ("1987-03", 1)     # Tuesday, March 2, 1987 was a Monday


def test_a_configs_published_leaves_an_empty_file_undated_too(desk, audit_client):
    (desk / ".newslint.yaml").write_text("published: 1987-03-09\n")
    done = audit(desk, "empty.txt", "a.txt", "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert {r["path"]: r["published"] for r in _table(desk / "out" / "_articles")} == \
        {"empty.txt": None, "a.txt": MAR9}


def test_guard_empty_files_findings_are_checks_and_are_not_counted_undated(desk, audit_client, run_cli):
    done = audit(desk, *EMPTY, "a.txt", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    checked = json.loads(run_cli("check", "--no-cache", "--format", "json", "--published", "1987-03-09",
                                 *EMPTY, "a.txt", cwd=desk).stdout)
    key = ("path", "line", "column", "rule", "message")
    assert sorted(tuple(r[k] for k in key) for r in _table(desk / "out")) == \
        sorted(tuple(f[k] for k in key) for f in checked)
    assert "no publication date" not in done.stderr, done.stderr


def test_guard_without_a_date_given_an_empty_file_is_undated_and_a_story_keeps_its_own(tmp_path, audit_client):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "fm.md").write_text("---\ntitle: Acme\ndate: 1987-02-20\n---\n\nThe board met.\n")
    done = audit(tmp_path, "empty.txt", "fm.md", "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert {r["path"]: r["published"] for r in _table(tmp_path / "out" / "_articles")} == \
        {"empty.txt": None, "fm.md": dt.date(1987, 2, 20)}


def test_guard_a_jsonl_export_with_stories_keeps_published_on_every_line(tmp_path, audit_client):
    lines = [json.dumps({"id": i, "headline": "Acme", "body": "The board met."}) for i in ("a", "b")]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n")
    done = audit(tmp_path, "w.jsonl", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert {r["article"]: r["published"] for r in _table(tmp_path / "out" / "_articles")} == \
        {"a": MAR9, "b": MAR9}
