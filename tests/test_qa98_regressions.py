"""Faults QA (qa98) found trying lead37's audit fixes (fx166, fx170) as a
newsroom archive team would, comparing an audit's rows with `check
--format json` on the same JSON Lines export.

A worker decodes its slice alone (UTF-8, else cp1252), the plan each line
alone, and `check` the whole file: so in an export that is cp1252 somewhere
they read one id three ways. The plan tells a slice of an id repeat that
check does not see (#1: a cp1252 `café` and a UTF-8 one), and misses one
that check sees (#2: two UTF-8 ids, one on a line that also holds a cp1252
byte); the `file.encoding` warning check gives is in no audit row (#3); a
slice without the cp1252 byte is read as UTF-8, so its columns and article
names are not check's (#4). A later line opened by a BOM (two exports
joined with `cat`, qa94 #8) that starts a slice loses it as the slice's own
BOM, so that article's columns stand one left of check's (#5). A finished
audit whose partition file was cut short or emptied since (a copy fault) is
"finished, nothing to resume", and the dataset cannot be read (#6). A byte
cp1252 leaves undefined (0x81) is U+FFFD to the plan but latin-1 to the
reader, so a repeat of such an id across slices is not warned of (#7).

Each is a strict xfail that fails today for the fault's reason. Synthetic
input only, written under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

import json

import pytest

from test_qa77_regressions import audit_on as _audit, jsonl

REST = b'"headline":"Plan","published":"2026-11-30","body":"The plan is TK."'
SMART = b'"headline":"Plan \x93q\x94","published":"2026-11-30","body":"The plan is TK."'  # cp1252 quotes


def _record(ident: bytes, rest: bytes = REST) -> bytes:
    return b"{" + ident + b"," + rest + b"}\n"


def _rows(tmp_path, audit_client, run_cli, data: bytes, size: str):
    """(check's rows, the audit's rows) for the export `data`: (line, column, rule, article)."""
    import pandas as pd

    (tmp_path / "d.jsonl").write_bytes(data)
    checked = run_cli("check", "--no-cache", "--format", "json", "d.jsonl", cwd=tmp_path)
    rows = sorted((f["line"], f["column"], f["rule"], f.get("article") or "")
                  for f in json.loads(checked.stdout))
    done = _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", size)
    assert done.exit_code in (0, 1), done.output
    audited = sorted((r.line, r.column, r.rule, r.article if isinstance(r.article, str) else "")
                     for r in pd.read_parquet(tmp_path / "out").itertuples())
    return rows, audited


def _repeats(rows) -> list[tuple[int, str]]:
    return [(line, article) for line, _, rule, article in rows if rule == "file.jsonl"]


# --- #1 a repeat check does not see: a cp1252 id and a UTF-8 one ----------------------------

def test_a_cp1252_id_and_a_utf8_one_are_no_repeat_in_the_audit(tmp_path, audit_client, run_cli):
    data = _record(b'"id":"caf\xe9"') + _record(b'"id":"caf\xc3\xa9"')
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "1")
    assert _repeats(rows) == []                        # check: two ids
    assert _repeats(audited) == _repeats(rows)


# --- #2 a repeat check sees, missed: the same UTF-8 id, one line with a cp1252 byte ----------

@pytest.mark.parametrize("size", ["1", "2"])
def test_a_repeated_id_on_a_line_with_a_cp1252_byte_is_warned_of(tmp_path, audit_client, run_cli, size):
    data = _record(b'"id":"x"') + _record(b'"id":"caf\xc3\xa9"', SMART) + _record(b'"id":"caf\xc3\xa9"')
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, size)
    assert _repeats(rows) == [(3, "caf\u00c3\u00a9")]  # check: line 3 repeats line 2's id
    assert [line for line, _ in _repeats(audited)] == [3]


# --- #3 the file.encoding warning -----------------------------------------------------------

def test_the_audit_says_an_export_is_not_utf8(tmp_path, audit_client, run_cli):
    data = _record(b'"id":"a"', SMART) + _record(b'"id":"b"')
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "2")   # one slice: the whole file
    assert (1, 28, "file.encoding", "") in rows
    assert [r for r in audited if r[2] == "file.encoding"] == [r for r in rows if r[2] == "file.encoding"]


@pytest.mark.parametrize("size", ["1", "2"])
def test_the_file_encoding_row_is_said_once_in_the_slice_holding_the_byte(tmp_path, audit_client,
                                                                         run_cli, size):
    bom = b"\xef\xbb\xbf"                             # the file's BOM is no column (as check reads it)
    data = bom + _record(b'"id":"a"') + _record(b'"id":"b"') + _record(b'"id":"c"', SMART) * 2
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, size)
    said = [r for r in rows if r[2] == "file.encoding"]
    assert [r[0] for r in said] == [3]                 # check: once, at line 3's first bad byte
    assert [r for r in audited if r[2] == "file.encoding"] == said


# --- #4 a slice without the cp1252 byte is read as UTF-8 ----------------------------------------

def test_a_slice_of_a_cp1252_export_has_checks_columns(tmp_path, audit_client, run_cli):
    data = _record(b'"id":"a"', SMART) + _record(
        b'"id":"b"', b'"headline":"Plan","published":"2026-11-30","body":"Caf\xc3\xa9 plan is TK."')
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "1")
    tk = [r for r in rows if r[2] == "hygiene.placeholder" and r[0] == 2]
    assert tk == [(2, 76, "hygiene.placeholder", "b")]
    assert [r for r in audited if r[2] == "hygiene.placeholder" and r[0] == 2] == tk


# --- #5 a BOM opening a later line that starts a slice --------------------------------------

def test_a_bom_opening_a_later_line_keeps_checks_columns_in_its_slice(tmp_path, audit_client, run_cli):
    bom = b"\xef\xbb\xbf"
    rows, audited = _rows(tmp_path, audit_client, run_cli, (bom + _record(b'"id":"a"')) * 2, "1")
    assert (2, 8, "file.jsonl", "a") in rows           # id 'a' again: at its value, the BOM counted
    assert [r for r in audited if r[0] == 2] == [r for r in rows if r[0] == 2]


# --- #6 a finished audit's partition file cut short or emptied -------------------------------

@pytest.mark.parametrize("victim", ["part-00001.parquet", "_articles/part-00001.parquet"])
@pytest.mark.parametrize("keep", [0.5, 0])
def test_a_finished_audit_with_a_partition_cut_short_is_resumed(tmp_path, audit_client, victim, keep):
    import pandas as pd

    jsonl(tmp_path)
    at = ("d.jsonl", "-o", "out", "--partition-size", "2")
    assert _audit(tmp_path, audit_client, *at).exit_code == 0
    damaged = tmp_path / "out" / victim
    data = damaged.read_bytes()
    damaged.write_bytes(data[:int(len(data) * keep)])
    again = _audit(tmp_path, audit_client, *at, "--resume")
    assert "nothing to resume" not in again.output, again.output
    assert "cannot be read, audited again: part-00001.parquet" in again.output, again.output
    assert again.exit_code == 0, again.output
    assert len(pd.read_parquet(tmp_path / "out")) == 6
    assert len(pd.read_parquet(tmp_path / "out" / "_articles")) == 6


# --- #7 a byte cp1252 leaves undefined: the plan reads U+FFFD, the reader latin-1 ---------------

def test_an_id_with_a_byte_cp1252_leaves_undefined_is_a_repeat_across_slices(
        tmp_path, audit_client, run_cli):
    rows, audited = _rows(tmp_path, audit_client, run_cli, _record(b'"id":"a\x81"') * 2, "1")
    assert _repeats(rows) == [(2, "a\x81")]            # check: read as latin-1, line 2 repeats line 1
    assert _repeats(audited) == _repeats(rows)


def test_an_audit_begun_before_the_plan_said_its_encoding_resumes(tmp_path, audit_client):
    import pandas as pd

    jsonl(tmp_path)
    at = ("d.jsonl", "-o", "out", "--partition-size", "2")
    assert _audit(tmp_path, audit_client, *at).exit_code == 0
    plan = tmp_path / "out" / "_plan.json"
    old = json.loads(plan.read_text())
    for d in old["partitions"]:                        # as an older newslint wrote it
        d.pop("encoding", None)
        d.pop("undecoded", None)
    plan.write_text(json.dumps(old))
    (tmp_path / "out" / "part-00001.parquet").unlink()
    again = _audit(tmp_path, audit_client, *at, "--resume")
    assert again.exit_code == 0, again.output
    assert len(pd.read_parquet(tmp_path / "out")) == 6
