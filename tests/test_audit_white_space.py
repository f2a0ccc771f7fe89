"""An export's white space as `check` reads it (qa107 #5): the audit's plan
tells a blank line by `str.strip`, as the JSON Lines reader and check's
`file.empty` test do, in a UTF-8 (or cp1252) export as in a wide one, so an
export of only Unicode white space (U+3000, U+0085, U+2028, U+001C-U+001F,
a no-break space in cp1252) is read whole and said `file.empty`, as check
says it, where it was a slice with no row. Only a line not opening with
`{` is decoded to tell. Each audit's rows are compared with `check --format
json` on the same export. Synthetic input only, under tmp_path; audits use
the conftest `audit_client`, in the foreground."""
from __future__ import annotations

import codecs

import fsspec
import pytest

from lint.audit import jsonl_plan
from lint.readers.options import DEFAULT
from test_audit_bom import TEXT, _rows

ONLY_WHITE_SPACE = {
    "U+3000": "\u3000\n".encode("utf-8"),
    "BOM, U+001C": codecs.BOM_UTF8 + b"\x1c\n",
    "U+001F, no line end": b"\x1f",
    "U+0085 and U+2028": "\x85 \u2028\n\n".encode("utf-8"),
    "lone CRs": "\u3000\r\x1d\r\n".encode("utf-8"),
    "cp1252 no-break space": b"\xa0\n",
}


@pytest.mark.parametrize("data", list(ONLY_WHITE_SPACE.values()), ids=list(ONLY_WHITE_SPACE))
def test_an_export_of_only_unicode_white_space_is_audited_as_empty(tmp_path, audit_client, run_cli, data):
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "1")
    assert "file.empty" in [r[2] for r in rows], rows
    assert audited == rows


def test_control_white_space_lines_among_records_are_audited_as_check_reads_them(tmp_path, audit_client,
                                                                                run_cli):
    data = "\u3000\n".encode("utf-8") + TEXT.encode("utf-8") + "\x1c\u2028\n".encode("utf-8")
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "1")
    assert [r[:3] for r in rows] == [(n, 74, "hygiene.placeholder") for n in (2, 3, 4)], rows
    assert audited == rows


def test_only_a_line_not_opening_with_a_brace_is_decoded_to_tell_if_it_is_blank(tmp_path, monkeypatch):
    decoded = []
    real = jsonl_plan._line_text
    monkeypatch.setattr(jsonl_plan, "_line_text", lambda raw, *a: decoded.append(raw) or real(raw, *a))
    records = ['{"id":"n%d","headline":"Plan","body":"The plan is TK."}\n' % i for i in range(150)]
    path = tmp_path / "d.jsonl"
    path.write_bytes("".join(records[:75] + ["\u3000\n", "  \t\n", "\x1c\n"] + records[75:]).encode("utf-8"))
    told = list(jsonl_plan.cuts(fsspec, str(path), 1000, DEFAULT))
    assert decoded == [b"\xe3\x80\x80\n", b"\x1c\n"], decoded        # the records are glanced at
    assert [count for _, count, *_ in told] == [150], told                 # and only they are counted
