"""An export opening with a BOM, audited as `check` reads it (fx179 #3): a
worker's slice (`work._slice_text`) tells the file's BOM by the readers'
one table (`readers._encoding.bom`), as `check` does (`decode`), so a UTF-8,
UTF-16 or UTF-32 BOM at byte 0, of either byte order, is no character of
the text, and one opening a later line is. Each audit's rows are compared
with `check --format json` on the same export, cut in slices of 1 and 2
articles. Synthetic input only, written under tmp_path; audits use the
conftest `audit_client`."""
from __future__ import annotations

import codecs
import json

import pytest

from test_qa77_regressions import audit_on as _audit

TEXT = "".join('{"id":"%s","headline":"Plan","published":"2026-11-30","body":"The plan is TK."}\n' % i
               for i in "abc")
BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}


def _rows(tmp_path, audit_client, run_cli, data: bytes, size: str):
    """(check's rows, the audit's rows) for the export `data`: (line, column, rule, article)."""
    import pandas as pd

    (tmp_path / "d.jsonl").write_bytes(data)
    checked = run_cli("check", "--no-cache", "--format", "json", "d.jsonl", cwd=tmp_path)
    assert checked.exit_code in (0, 1), checked.output
    rows = sorted((f["line"], f["column"], f["rule"], f.get("article") or "")
                  for f in json.loads(checked.stdout))
    done = _audit(tmp_path, audit_client, "d.jsonl", "-o", f"out{size}", "--partition-size", size)
    assert done.exit_code in (0, 1), done.output
    audited = sorted((r.line, r.column, r.rule, r.article if isinstance(r.article, str) else "")
                     for r in pd.read_parquet(tmp_path / f"out{size}").itertuples())
    return rows, audited


@pytest.mark.parametrize("codec", list(BOMS))
@pytest.mark.parametrize("size", ["1", "2"])
def test_an_export_opening_with_a_bom_is_audited_as_check_reads_it(tmp_path, audit_client, run_cli,
                                                                     codec, size):
    rows, audited = _rows(tmp_path, audit_client, run_cli, BOMS[codec] + TEXT.encode(codec), size)
    assert [r[:3] for r in rows] == [(n, 74, "hygiene.placeholder") for n in (1, 2, 3)], rows
    assert audited == rows


@pytest.mark.parametrize("codec", list(BOMS))
@pytest.mark.parametrize("size", ["1", "2"])
def test_an_export_whose_first_line_is_only_a_bom_is_audited_as_check_reads_it(
        tmp_path, audit_client, run_cli, codec, size):
    rows, audited = _rows(tmp_path, audit_client, run_cli, BOMS[codec] + ("\n" + TEXT).encode(codec), size)
    assert [r[:3] for r in rows] == [(n, 74, "hygiene.placeholder") for n in (2, 3, 4)], rows
    assert audited == rows


@pytest.mark.parametrize("codec", list(BOMS))
def test_a_wide_export_with_0x0a_bytes_in_characters_and_a_later_bom_is_audited_as_check_reads_it(
        tmp_path, audit_client, run_cli, codec):
    # U+010A is 0A 01 in UTF-16-LE: no line end; a U+FEFF opening line 2 is a character of it
    text = TEXT.replace("Plan", "Pl\u010an").replace('{"id":"b"', '\ufeff{"id":"b"')
    rows, audited = _rows(tmp_path, audit_client, run_cli, BOMS[codec] + text.encode(codec), "1")
    assert [r[:3] for r in rows] == [(1, 74, "hygiene.placeholder"), (2, 75, "hygiene.placeholder"),
                                     (3, 74, "hygiene.placeholder")], rows
    assert audited == rows
