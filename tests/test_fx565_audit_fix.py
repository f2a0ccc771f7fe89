"""fx565: an audit's `fix` is {replacement, column} as `check --format json`
gives it, a struct in the Parquet rows (nu73 #4) and a dict (its column an
int, or None) in the notebook frame of `lint.audit.findings`, never its repr
(qa418 #1). Guards: the frame's text columns stay Arrow strings; a finding
with no fix is None; an older newslint's text fix reads as a struct."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.dataframe")
pa = pytest.importorskip("pyarrow")

STORY = ("Louvre reopens\n\nThe Louvre showed Chardin \u2018s Basket on Tuesday at 7pm, "
         "the the museum said. TK\n")


def test_the_frames_fix_is_a_dict_with_an_int_column(tmp_path, monkeypatch):
    from lint.audit import findings

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    frame = findings("a.txt").compute()
    fixes = dict(zip(frame["rule"].tolist(), frame["fix"].tolist()))
    assert fixes["quotes.apostrophe-mark"] == {"replacement": "\u2019", "column": 26}
    assert fixes["style.time-of-day"] == {"replacement": "7 p.m.", "column": None}
    assert any(f is None for f in fixes.values())          # TK's finding has no fix
    assert str(frame["rule"].dtype) == str(frame["path"].dtype) == "string"


def test_the_rows_schema_keeps_the_fix_a_struct():
    from lint.audit.table import schema

    assert schema("findings").field("fix").type == pa.struct([("replacement", pa.string()),
                                                             ("column", pa.int32())])


def test_an_older_text_fix_reads_as_a_struct_with_no_column():
    from lint.audit.table import as_now, schema

    old = pa.table({"fix": pa.array(["7 p.m.", None], pa.string())})
    now, changed = as_now(old)
    assert changed and now.column("fix").to_pylist() == [{"replacement": "7 p.m.", "column": None}, None]
    same = schema("findings").empty_table()
    assert as_now(same) == (same, False)
