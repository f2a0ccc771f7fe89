"""fx527 (qa386 #3): an audit's row is owned by the article its finding
was linted as (`audit.table.owners`: the article with its id starting where
the finding's does, `Diagnostic.article_at`), so a dump's revisions sharing
an id each own their refused-date warning, dated and counted as theirs.
Guards: a repeated id's warning at its key, an export's own notice."""
from __future__ import annotations

import datetime as dt

import pytest

from test_fx527_export_order import REFUSED
from test_qa386_review import _audit, _jsonl


@pytest.fixture
def revisions(tmp_path):
    """A dump's revisions of one story under one id: two share a date."""
    (tmp_path / "r.jsonl").write_text(_jsonl({"id": "dup", "date": "1987-02-20"}, {"id": "dup", "date": "1986-02-20"},
                                             {"id": "dup", "date": "1987-02-20"}, {"id": "dup"}))
    return tmp_path


def test_each_revision_owns_its_refused_published_warning(revisions):
    findings, articles = _audit(revisions, ["r.jsonl"], dt.date(1, 1, 1), articles_per_partition=2)
    assert [(r["line"], r["published"]) for r in findings if r["rule"] == REFUSED] == [
        (1, dt.date(1987, 2, 20)), (2, dt.date(1986, 2, 20)), (3, dt.date(1987, 2, 20)), (4, None)]
    assert [r["published"] for r in articles] == [dt.date(1987, 2, 20), dt.date(1986, 2, 20),
                                                  dt.date(1987, 2, 20), None]
    # each row counts the findings on its own line
    assert [r["findings"] for r in articles] == [sum(f["line"] == n for f in findings) for n in (1, 2, 3, 4)]


def test_guard_a_repeated_id_s_warning_at_its_key_is_its_revision_s(revisions):
    findings, _ = _audit(revisions, ["r.jsonl"])
    said = [(r["line"], r["published"]) for r in findings if "also line 1's" in r["message"]]
    assert said == [(2, dt.date(1986, 2, 20)), (3, dt.date(1987, 2, 20)), (4, None)]


def test_guard_an_export_s_own_notice_is_no_article_s_row(tmp_path):
    (tmp_path / "d.jsonl").write_text(_jsonl({"id": "a0"}) + "not json\n" + _jsonl({"id": "a1"}))
    findings, articles = _audit(tmp_path, ["d.jsonl"], articles_per_partition=1)
    bad = [r for r in findings if r["rule"] == "file.jsonl"]
    assert [(r["line"], r["article"], r["published"]) for r in bad] == [(2, None, None)]
    assert {(r["article"], r["findings"]) for r in articles if r["article"] is None} == {(None, 1)}
