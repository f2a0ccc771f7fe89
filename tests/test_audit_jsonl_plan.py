"""The audit's JSON Lines plan (`lint/audit/jsonl_plan.py`): what it tells
each slice is what decoding every line tells it (qa87 #4, #6, #8), while it
decodes only the lines its byte glance cannot be sure of (fx170: decoding
all of them cost 0.78 s of client time for 50,000 lines)."""
from __future__ import annotations

import codecs

import fsspec

from lint.audit import jsonl_plan
from lint.readers import decode
from lint.readers.options import DEFAULT

BODY = '"headline":"Plan","body":"The plan is TK."'


def _cut(tmp_path, lines: list[str], per: int = 1) -> list[tuple]:
    path = tmp_path / "d.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return [(piece[2], earlier, said, taken) for piece, _, earlier, said, taken, *_
            in jsonl_plan.cuts(fsspec, str(path), per, DEFAULT)]


def test_a_plain_export_is_decoded_only_where_an_id_repeats(tmp_path, monkeypatch):
    decoded = []
    real = jsonl_plan.line_facts
    monkeypatch.setattr(jsonl_plan, "line_facts", lambda text, o: decoded.append(text) or real(text, o))
    lines = [f'{{"id": "n{i}", {BODY}}}' for i in range(200)] + [f'{{"id": "n7", {BODY}}}']
    told = _cut(tmp_path, lines, per=50)
    assert told[-1] == (201, (("n7", 8),), False, ())
    assert len(decoded) == 2, decoded          # line 8 and line 201, read again to be sure


def test_the_id_key_written_twice_escaped_or_nested_is_read_as_the_reader_reads_it(tmp_path):
    told = _cut(tmp_path, [
        f'{{"id":"x",{BODY},"id":"a"}}',           # the last one counts: a
        f'{{"\\u0069d":"b",{BODY}}}',                 # an escaped key: b
        f'{{"meta":{{"id":"c"}},{BODY}}}',            # nested: no id (line 3)
        f'{{"id":"a",{BODY}}}', f'{{"id":"b",{BODY}}}', f'{{"id":"c",{BODY}}}',
        f'{{"id":"x",{BODY}}}', f'{{"id":"line 3",{BODY}}}'])
    assert [t[1] for t in told[3:7]] == [(("a", 1),), (("b", 2),), (), ()]
    assert told[2][3] == ("line 3",)           # line 3 is 'line 3 (no id)'


def test_a_body_key_only_nested_or_in_a_value_is_no_body_field(tmp_path):
    for first in ('{"id":"a","meta":{"body":"x"},"headline":"Plan"}',
                  '{"id":"a","headline":"The \\"body\\": here"}', '{"id":"a","kind":"body"}'):
        told = _cut(tmp_path, [first, f'{{"id":"b",{BODY}}}'])
        assert [t[2] for t in told] == [False, True], first      # said on line 1, not again


def test_an_export_with_any_utf16_or_utf32_bom_is_planned_in_its_byte_orders_codec(tmp_path):
    text = "".join(f'{{"id": "n{i}", {BODY}}}\n' for i in range(3))
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                       (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        path = tmp_path / f"{codec}.jsonl"
        path.write_bytes(bom + text.encode(codec))
        assert decode(path.read_bytes())[1] == codec[:6]     # check reads it by its BOM
        with fsspec.open(str(path), "rb") as f:
            # UTF-32-BE's 00 00 FE FF was read as cp1252; now each slice is read in the codec
            # of the BOM's byte order, the readers' table (fx179 #3)
            assert jsonl_plan.encoding(f) == (codec, ()), codec


def test_a_wide_export_is_cut_only_after_whole_newline_characters(tmp_path):
    # U+010A holds a 0x0A byte in UTF-16-LE (0A 01) and UTF-32-LE (0A 01 00 00): no line end
    text = "".join(f'{{"id": "n{i}", "headline":"\u010a\u0a0a","body":"TK"}}\n' for i in range(3))
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                       (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        path = tmp_path / f"{codec}.jsonl"
        data = bom + text.encode(codec)
        path.write_bytes(data)
        told = list(jsonl_plan.cuts(fsspec, str(path), 1, DEFAULT))
        ends = [len(bom + "".join(text.splitlines(True)[:k]).encode(codec)) for k in (1, 2, 3)]
        assert [t[0] for t in told] == [(0, ends[0], 1), (ends[0], ends[1], 2), (ends[1], ends[2], 3)], codec
