"""fx516: an audit's `published` column is the date the rules used (an
export's article under `--published` or a config's `published:`, a
WordPress post too), and the nearest cases that must not change: an
export's own dates without a date given, a refused `--published` falling
back to the article's own."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from test_qa77_regressions import audit

# Monday, March 2, 1987: 'Tuesday, March 2' is a weekday mismatch once the year is known.
BODY = ("NEW YORK, March 2 (Reuters) - Acme Corp said on Tuesday, March 2, that its board "
        "will vote on the dividend on Feb. 27.")
WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
       'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Gazette</title>\n'
       '<item><title>Acme sets dividend</title>\n<content:encoded><![CDATA[<p>' + BODY + '</p>]]>'
       '</content:encoded>\n<wp:post_id>12</wp:post_id>\n'
       '<wp:post_date_gmt>1987-02-20 10:00:00</wp:post_date_gmt>\n'
       '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n</item></channel></rss>\n')


def _rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def _summary(folder):
    import pyarrow.parquet as pq

    return pq.read_table(str(folder / "_summary.parquet")).to_pylist()


def _line(**fields) -> str:
    return json.dumps({"headline": "Acme sets dividend", "body": BODY, **fields})


@pytest.fixture
def exports(tmp_path):
    (tmp_path / "undated.jsonl").write_text(_line(id="u1") + "\n")
    (tmp_path / "dated.jsonl").write_text(_line(id="d1", date="1987-02-20") + "\n")
    (tmp_path / "wp.xml").write_text(WXR)
    return tmp_path


def _at(client):
    return ["--scheduler", client.scheduler.address]


def test_a_config_published_dates_an_exports_rows(exports, audit_client):
    (exports / ".newslint.yaml").write_text("published: 1987-03-09\n")
    done = audit(exports, "undated.jsonl", "dated.jsonl", "wp.xml", "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    rows = _rows(exports / "out")
    assert {r["path"] for r in rows} == {"undated.jsonl", "dated.jsonl", "wp.xml"}
    assert {r["published"] for r in rows} == {dt.date(1987, 3, 9)}
    assert {r["published"] for r in _rows(exports / "out" / "_articles")} == {dt.date(1987, 3, 9)}
    assert {r["month"] for r in _summary(exports / "out")} == {"1987-03"}


def test_a_wordpress_posts_rows_take_published(exports, audit_client):
    done = audit(exports, "wp.xml", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    assert {r["published"] for r in _rows(exports / "out")} == {dt.date(1987, 3, 9)}


def test_guard_without_a_date_given_each_article_keeps_its_own(exports, audit_client):
    done = audit(exports, "undated.jsonl", "dated.jsonl", "wp.xml", "-o", "out", *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = {(r["path"], r["article"]): r["published"] for r in _rows(exports / "out" / "_articles")}
    assert arts == {("undated.jsonl", "u1"): None, ("dated.jsonl", "d1"): dt.date(1987, 2, 20),
                    ("wp.xml", "12"): dt.date(1987, 2, 20)}
    assert {r["month"] for r in _summary(exports / "out")} >= {"1987-02"}


def test_guard_a_refused_published_leaves_the_articles_own(exports, audit_client):
    """A placeholder `--published` is refused, and the rules use the
    article's own date: so do its rows (none for an undated one)."""
    done = audit(exports, "undated.jsonl", "dated.jsonl", "-o", "out", "--published", "0001-01-01",
                 *_at(audit_client))
    assert done.exit_code == 1, done.stderr
    arts = {r["article"]: r["published"] for r in _rows(exports / "out" / "_articles")}
    assert arts == {"u1": None, "d1": dt.date(1987, 2, 20)}
    assert {r["published"] for r in _rows(exports / "out") if r["article"] == "d1"} == {dt.date(1987, 2, 20)}


# ---- a JSON Lines date field reads a written date as --published does (qa376 #2) ----

def _parsed(run_cli, folder, date) -> str:
    (folder / "w.jsonl").write_text(_line(id="a", date=date) + "\n")
    return run_cli("parse", "w.jsonl", cwd=folder).stdout


@pytest.mark.parametrize("written", ["Mar. 2, 1987", "March 2, 1987", "2 March 1987"])
def test_a_jsonl_written_date_is_the_articles_date(tmp_path, run_cli, written):
    said = _parsed(run_cli, tmp_path, written)
    assert "published: 1987-03-02 (from the JSON field 'date')" in said, said


@pytest.mark.parametrize("stamp", ["19870302", "1987-03-02 23:30:00"])
def test_guard_a_jsonl_stamp_reads_as_before(tmp_path, run_cli, stamp):
    said = _parsed(run_cli, tmp_path, stamp)
    assert "published: 1987-03-02 (from the JSON field 'date')" in said, said


@pytest.mark.parametrize("value", ["TK", "Mar. 30, 1987 or so", "Feb. 30, 1987"])
def test_guard_a_jsonl_field_of_no_date_is_still_said(tmp_path, run_cli, value):
    (tmp_path / "w.jsonl").write_text(_line(id="a", date=value) + "\n")
    done = run_cli("check", "--no-cache", "--format", "json", "w.jsonl", cwd=tmp_path)
    said = [f["message"] for f in json.loads(done.stdout) if f["rule"] == "file.jsonl"]
    assert said == [f"line 1: date '{value}' is not a date (write YYYY-MM-DD); "
                    "date checks do not use it"], done.output


# ---- the audit's summary names a refused date, as check's note does (qa376 #8) ----

STORY = "Acme sets dividend\n\n" + BODY + "\n"


def _summary_line(done) -> str:
    return [line for line in done.stderr.splitlines() if "newslint: audited" in line][-1]


def test_a_refused_date_for_some_articles_is_counted(tmp_path, audit_client):
    (tmp_path / "e.jsonl").write_text("\n".join([
        _line(id="tk", date="TK"), _line(id="ok", date="1987-03-02"), _line(id="none")]) + "\n")
    done = audit(tmp_path, "e.jsonl", "-o", "out", *_at(audit_client))
    assert "(2 with no publication date: 1 gave one that was refused)" in _summary_line(done), done.stderr


def test_two_refused_are_said_in_the_plural(tmp_path, audit_client):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY)
    done = audit(tmp_path, "a.txt", "b.txt", "-o", "out", "--published", "9999-12-31", *_at(audit_client))
    assert "(2 with no usable publication date: the dates given were refused)" in _summary_line(done), \
        done.stderr


def test_refused_is_counted_again_on_resume(tmp_path, audit_client):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "a.txt").write_text(STORY)
    args = ("wire", "-o", "out", "--published", "0001-01-01", *_at(audit_client))
    said = "(1 with no usable publication date: the date given was refused)"
    assert said in _summary_line(audit(tmp_path, *args))
    (tmp_path / "out" / "_INCOMPLETE").write_text("not finished\n")
    again = audit(tmp_path, *args, "--resume")
    assert again.exit_code == 0 and said in _summary_line(again), again.stderr


def test_guard_undated_without_a_refusal_is_said_as_before(tmp_path, audit_client):
    (tmp_path / "a.txt").write_text(STORY)
    done = audit(tmp_path, "a.txt", "-o", "out", *_at(audit_client))
    assert "(1 with no publication date) in 1 partition" in _summary_line(done), done.stderr
    assert "refused" not in done.stderr


# ---- parse says a given date far ahead, as check does (qa376 #7) ----

def _ahead(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


def test_parse_says_a_config_date_far_ahead_as_check(tmp_path, run_cli):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text(f"published: {_ahead(100)}\n")
    (tmp_path / "desk" / "a.txt").write_text(STORY)
    checked = [line for line in run_cli("check", "--no-cache", "desk/a.txt", cwd=tmp_path).stderr.splitlines()
               if "days ahead of today" in line]
    parsed = run_cli("parse", "desk/a.txt", cwd=tmp_path)
    assert len(checked) == 1 and checked[0] in parsed.stderr.splitlines(), (checked, parsed.stderr)
    assert parsed.exit_code == 0


def test_guard_parse_says_nothing_of_a_date_near_or_past(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(STORY)
    for given in (_ahead(7), "1987-03-02"):
        done = run_cli("parse", "--published", given, "a.txt", cwd=tmp_path)
        assert "ahead of today" not in done.stderr and f"published: {given} (from --published)" in done.stdout
