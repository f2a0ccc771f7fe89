"""A file whose bytes break the encoding its byte-order mark names is told
why it was read so and what to do (nu50 #3): the `file.encoding` line names
the mark (UTF-16's FF FE, UTF-32's, UTF-8's EF BB BF) and its byte order,
the first bad byte, and the mend (re-save the file as UTF-8), at the bad
byte's line and column when a UTF-16 or UTF-32 file is refused; an audit
of a JSON Lines export says the same, at the same place. A file with no
BOM keeps its message. Synthetic input only, written under tmp_path."""
from __future__ import annotations

import codecs
import json

import pytest

from lint.readers import ReadError, decode

WIDE = {"utf-16-le": "UTF-16 (little-endian) byte-order mark (FF FE)",
        "utf-16-be": "UTF-16 (big-endian) byte-order mark (FE FF)",
        "utf-32-le": "UTF-32 (little-endian) byte-order mark (FF FE 00 00)",
        "utf-32-be": "UTF-32 (big-endian) byte-order mark (00 00 FE FF)"}
MARKS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
         "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}


def test_nu50_the_trial_file_names_its_bom_and_the_mend(run_cli, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad\x80\x81 bytes\n")
    done = run_cli("check", "--no-cache", "bad.txt", cwd=tmp_path)
    assert done.exit_code == 1
    assert done.stdout.splitlines()[0] == (
        "bad.txt:1:7: error [file.encoding] starts with a UTF-16 (little-endian) byte-order mark "
        "(FF FE), but byte 14 is not valid UTF-16; re-save the file as UTF-8")


@pytest.mark.parametrize("codec", list(WIDE))
def test_a_bad_unit_after_a_wide_bom_is_said_at_its_line_and_column(codec):
    good = "Hed\r\n\nBody \u00e9 ok".encode(codec)
    bad = "\udc00".encode(codec, "surrogatepass")          # a low surrogate alone
    data = MARKS[codec] + good + bad + "x".encode(codec)
    with pytest.raises(ReadError) as caught:
        decode(data)
    at = len(MARKS[codec]) + len(good)
    assert str(caught.value) == (f"starts with a {WIDE[codec]}, but byte {at} is not valid "
                                 f"{codec[:6].upper()}; re-save the file as UTF-8")
    assert (caught.value.rule, caught.value.line, caught.value.column) == ("file.encoding", 3, 10)


@pytest.mark.parametrize("codec", list(WIDE))
def test_valid_text_after_a_wide_bom_is_read(codec):
    # the nearest case: the same text without the stray unit is read, nothing said
    text, encoding, had_bom, notices = decode(MARKS[codec] + "Hed\r\n\nBody \u00e9 ok".encode(codec))
    assert (text, encoding[:6], had_bom, notices) == ("Hed\r\n\nBody \u00e9 ok", codec[:6], True, [])


def test_a_bad_byte_after_a_utf8_bom_names_the_bom_and_the_mend():
    text, encoding, had_bom, [notice] = decode(codecs.BOM_UTF8 + b"Hed\n\nCaf\x92 plan.\n")
    assert (text, encoding, had_bom) == ("Hed\n\nCaf\u2019 plan.\n", "cp1252", True)
    assert notice.message == ("starts with a UTF-8 byte-order mark (EF BB BF), but byte 0x92 on "
                              "line 3 is not valid UTF-8; read as cp1252: re-save the file as UTF-8")
    assert notice.offset == 8


def test_a_bad_byte_with_no_bom_keeps_its_message():
    text, encoding, had_bom, [notice] = decode(b"Hed\n\nCaf\x92 plan.\n")
    assert (encoding, had_bom) == ("cp1252", False)
    assert notice.message == "not valid UTF-8 (byte 0x92 on line 3); read as cp1252"


def _messages(tmp_path, audit_client, run_cli, data: bytes):
    """(check's, the audit's) sorted (line, column, message) of `file.encoding` for the export `data`."""
    import pandas as pd

    from test_qa77_regressions import audit_on

    (tmp_path / "d.jsonl").write_bytes(data)
    checked = run_cli("check", "--no-cache", "--format", "json", "d.jsonl", cwd=tmp_path)
    rows = sorted((f["line"], f["column"], f["message"]) for f in json.loads(checked.stdout)
                  if f["rule"] == "file.encoding")
    done = audit_on(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", "1")
    assert done.exit_code in (0, 1), done.output
    audited = sorted((r.line, r.column, r.message) for r in pd.read_parquet(tmp_path / "out").itertuples()
                     if r.rule == "file.encoding")
    return rows, audited


RECORD = '{"id":"%s","headline":"Plan","published":"2026-11-30","body":"The plan is TK."}\n'


def test_a_damaged_wide_export_is_audited_with_checks_message_and_place(tmp_path, audit_client, run_cli):
    data = MARKS["utf-16-be"] + (RECORD % "a" + RECORD % "b").encode("utf-16-be") + b"\x41"
    rows, audited = _messages(tmp_path, audit_client, run_cli, data)
    assert rows == [(3, 1, f"starts with a {WIDE['utf-16-be']}, but byte {len(data) - 1} is not "
                           "valid UTF-16; re-save the file as UTF-8")]
    assert audited == rows


def test_a_utf8_bom_export_with_a_bad_byte_is_audited_with_checks_message(tmp_path, audit_client, run_cli):
    data = codecs.BOM_UTF8 + (RECORD % "a").encode() + (RECORD % "b").replace("Plan", "Caf\x92").encode("latin-1")
    rows, audited = _messages(tmp_path, audit_client, run_cli, data)
    assert [m.split(", but")[0] for _, _, m in rows] == ["starts with a UTF-8 byte-order mark (EF BB BF)"]
    assert audited == rows


@pytest.mark.parametrize("codec", list(WIDE))
def test_nu57_6_a_config_saved_as_utf16_or_utf32_names_its_bom_and_the_mend(run_cli, tmp_path, codec):
    (tmp_path / ".newslint.yaml").write_bytes(MARKS[codec] + "fail-level: error\n".encode(codec))
    (tmp_path / "a.txt").write_text("Vote\n\nThe plan is set.\n", encoding="utf-8")
    done = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path)
    assert done.exit_code == 2, done.output
    assert done.stderr == (f"newslint: {tmp_path}/.newslint.yaml:1: not UTF-8: it starts with a {WIDE[codec]}; "
                           "re-save the file as UTF-8\n")


@pytest.mark.parametrize("what, folder", [("rule file", "rules/house/x.yaml"), ("data file", "data/names.yaml")])
def test_nu57_6_a_rule_or_data_file_saved_as_utf16_says_the_same(tmp_path, what, folder):
    from lint.safeload import LoadError, read_text
    path = tmp_path / folder
    path.parent.mkdir(parents=True)
    path.write_bytes(codecs.BOM_UTF16_LE + "tokens: [x]\n".encode("utf-16-le"))
    with pytest.raises(LoadError) as caught:
        read_text(str(path), what)
    assert (str(caught.value), caught.value.line) == (
        f"not UTF-8: it starts with a {WIDE['utf-16-le']}; re-save the file as UTF-8", 1)


@pytest.mark.parametrize("data, said", [
    (b"fail-level: error\n# caf\xe9\n", "not valid UTF-8 (byte 0xe9)"),        # Latin-1, no BOM: as before
    (codecs.BOM_UTF8 + b"fail-level: \xff\n", "not valid UTF-8 (byte 0xff)"),   # a UTF-8 BOM: read away, as before
])
def test_nu57_6_a_config_with_no_wide_bom_keeps_its_byte_message(tmp_path, data, said):
    from lint.safeload import LoadError, read_text
    (tmp_path / "c.yaml").write_bytes(data)
    with pytest.raises(LoadError) as caught:
        read_text(str(tmp_path / "c.yaml"), "config")
    assert str(caught.value) == said
    (tmp_path / "c.yaml").write_bytes(codecs.BOM_UTF8 + b"fail-level: error\n")     # and a sound one loads
    assert read_text(str(tmp_path / "c.yaml"), "config") == "\ufefffail-level: error\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-32-le"])
def test_qa291_1_a_found_pyproject_saved_as_utf16_names_its_bom(run_cli, tmp_path, codec):
    # nu57 #6's near case: `--config pyproject.toml` names the BOM; the same file found must too
    (tmp_path / "pyproject.toml").write_bytes(
        MARKS[codec] + '[tool.newslint]\nfail-level = "error"\n'.encode(codec))
    (tmp_path / "a.txt").write_text("Vote\n\nThe plan is set.\n", encoding="utf-8")
    done = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path)
    assert done.exit_code == 2, done.output
    assert done.stderr == (f"newslint: {tmp_path}/pyproject.toml:1: not UTF-8: it starts with a "
                           f"{WIDE[codec]}; re-save the file as UTF-8\n")
    # the nearest case: a UTF-16 pyproject.toml with no newslint table is no config, as before
    (tmp_path / "pyproject.toml").write_bytes(MARKS[codec] + '[tool.black]\nline-length = 99\n'.encode(codec))
    assert run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).exit_code == 0
