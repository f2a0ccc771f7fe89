"""A UTF-16 or UTF-32 export's plan decodes it as `check` does (fx185):
strictly, in large blocks (`jsonl_plan._wide_lines`), so an export check
refuses with `file.encoding` (a stray odd byte, a last character cut
short, a lone surrogate) is one partition whose one row is check's
(qa102 #2), found without holding the export in memory; a BOM is no text
of the first line, so an export of only a BOM (or a BOM and white space)
is read whole and said `file.empty`, as check says it (qa102 #4); and its
lines are glanced at as UTF-8's bytes, not each decoded as JSON (qa102's
note: 2.75 s to plan 50,000 UTF-16 lines, against 0.59 s in UTF-8).
Synthetic input only, written under tmp_path; audits use the conftest
`audit_client` (run in the foreground)."""
from __future__ import annotations

import random

import fsspec
import pytest

from lint.audit import jsonl_plan
from lint.audit.plan import plan
from lint.readers import ReadError, decode
from lint.readers.options import DEFAULT
from test_audit_bom import BOMS, TEXT, _rows

WIDE = [c for c in BOMS if c != "utf-8"]


def _damaged(codec: str, how: str) -> bytes:
    data = BOMS[codec] + TEXT.encode(codec)
    if how == "cut short":
        return data[:-1]
    if how == "stray byte":
        return data + b"\x41"
    lone = "\ud800".encode(codec, "surrogatepass")        # a surrogate alone, mid-body
    at = data.index("TK".encode(codec))
    return data[:at] + lone + data[at:]


def _refusal(data: bytes) -> str:
    with pytest.raises(ReadError) as caught:
        decode(data)
    assert caught.value.rule == "file.encoding"
    return str(caught.value)


@pytest.mark.parametrize("codec", WIDE)
@pytest.mark.parametrize("how", ["cut short", "stray byte", "lone surrogate"])
def test_the_plan_of_a_damaged_wide_export_is_checks_refusal(tmp_path, codec, how):
    data = _damaged(codec, how)
    (tmp_path / "d.jsonl").write_bytes(data)
    [part] = plan([str(tmp_path / "d.jsonl")], articles_per_partition=1)
    assert (part.kind, part.pieces, part.undecoded[1]) == ("slice", (), _refusal(data)), part


def test_the_first_byte_the_plan_refuses_at_is_checks_in_any_block(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl_plan, "_BLOCK", 7)       # blocks cut inside characters and lines
    rng = random.Random(185)
    path = tmp_path / "d.jsonl"
    tried = 0
    for _ in range(300):
        codec = rng.choice(WIDE)
        text = "".join(rng.choice(['{"id":"a"}', "\n", "\r", "\r\n", "\u00e9", "\U0001f600", "\u010a", "x"])
                       for _ in range(rng.randint(1, 12)))
        data = bytearray(BOMS[codec] + text.encode(codec))
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(BOMS[codec]), len(data) + 1)
            data[at:at] = bytes([rng.choice([0xd8, 0xdc, 0xdf, 0x11, 0x00, 0xff])])
        data = bytes(data)
        path.write_bytes(data)
        try:
            decode(data)
            expected = None
        except ReadError as exc:
            expected = str(exc), (exc.line, exc.column)
        try:
            list(jsonl_plan.cuts(fsspec, str(path), 2, DEFAULT))
            got = None
        except jsonl_plan.Undecodable as exc:
            got = exc.message, exc.place
        assert got == expected, (codec, data)
        tried += expected is not None
    assert tried > 100


@pytest.mark.parametrize("how", ["cut short", "stray byte", "lone surrogate"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-32-be"])
def test_a_damaged_wide_export_is_audited_as_check_refuses_it(tmp_path, audit_client, run_cli, codec, how):
    rows, audited = _rows(tmp_path, audit_client, run_cli, _damaged(codec, how), "2")
    assert [r[2] for r in rows] == ["file.encoding"], rows
    assert audited == rows


@pytest.mark.parametrize("codec", list(BOMS))
@pytest.mark.parametrize("tail", ["", "\n", " \r\n\n"])
def test_an_export_of_only_a_bom_and_blanks_is_planned_to_be_read_whole(tmp_path, codec, tail):
    (tmp_path / "d.jsonl").write_bytes(BOMS[codec] + tail.encode(codec))
    [part] = plan([str(tmp_path / "d.jsonl")], articles_per_partition=1)
    assert (part.kind, part.paths) == ("files", (str(tmp_path / "d.jsonl"),)), part


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-32-le"])
def test_an_export_of_only_a_bom_is_audited_as_empty(tmp_path, audit_client, run_cli, codec):
    rows, audited = _rows(tmp_path, audit_client, run_cli, BOMS[codec] + b"", "1")
    assert [r[2] for r in rows] == ["file.empty"], rows
    assert audited == rows


@pytest.mark.parametrize("codec", WIDE)
def test_a_wide_export_is_glanced_at_not_decoded_line_by_line(tmp_path, monkeypatch, codec):
    decoded = []
    real = jsonl_plan.line_facts
    monkeypatch.setattr(jsonl_plan, "line_facts", lambda text, o: decoded.append(text) or real(text, o))
    body = '"headline":"Pl\u010an \U0001f600","body":"The plan is TK."'
    lines = [f'{{"id": "n{i}", {body}}}' for i in range(200)] + [f'{{"id": "n7", {body}}}']
    path = tmp_path / "d.jsonl"
    path.write_bytes(BOMS[codec] + "".join(line + "\r\n" for line in lines).encode(codec))
    told = list(jsonl_plan.cuts(fsspec, str(path), 50, DEFAULT))
    assert len(decoded) == 2, decoded          # line 8 and line 201, read again to be sure
    assert told[-1][:3] == ((told[-1][0][0], path.stat().st_size, 201), 1, (("n7", 8),))
    # the cuts fall where the lines' bytes end: each slice is its lines, whole
    data = path.read_bytes()
    starts = [piece[0] for piece, *_ in told]
    assert starts[0] == 0 and all(data[s - len("\n".encode(codec)):s] == "\n".encode(codec) for s in starts[1:])
    assert [piece[2] for piece, *_ in told] == [1, 51, 101, 151, 201]
