"""fx523 (qa376 #5, #6): a file newslint skips by its name (a Reuters .sgm, a
picture, a .json) gets its `file.format` line before its size or its bytes are
judged: over max-file-size it was told to raise the limit (exit 1), holding a
NUL it was `file.binary`, only to be skipped either way. A name of an XML
format whose bytes open with an XML declaration is still left to its content,
and an article's name is judged by its bytes and size as before."""
from __future__ import annotations

import json

import pytest

from test_fx511_named_formats import SGML, STORY
from test_nu70_review import NITF
from test_qa77_regressions import audit

TINY = "max-file-size: 0.0001\n"        # about 100 bytes


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text(TINY)
    return tmp_path


def _rules(done) -> list[tuple[str, str]]:
    return sorted((f["path"], f["rule"]) for f in json.loads(done.stdout))


def _check(cwd, run_cli, *names):
    return run_cli("check", "--no-cache", "--format", "json", *names, cwd=cwd)


@pytest.mark.parametrize("name, data", [("reut2-000.sgm", SGML * 4), ("wire.SGML", SGML * 4),
                                        ("photo.png", "\x89PNG\r\n" + "x" * 400),
                                        ("feed.json", json.dumps({"a": "b" * 400}))])
def test_a_named_file_skipped_by_name_is_skipped_whatever_its_size(desk, run_cli, name, data):
    (desk / name).write_text(data, encoding="latin-1")
    (desk / "a.txt").write_text("Hed\n\nThe the end.\n")
    done = _check(desk, run_cli, name, "a.txt")
    assert ("a.txt", "hygiene.doubled-word") in _rules(done), done.output
    assert name not in {p for p, _ in _rules(done)} and "file.too-large" not in done.output
    assert f"{name}: file.format: skipped: not an article format" in done.stderr


def test_a_large_sgm_alone_passes_with_its_line(desk, run_cli):
    (desk / "reut2-000.sgm").write_text(SGML * 4)
    done = run_cli("check", "--no-cache", "reut2-000.sgm", cwd=desk)
    assert done.exit_code == 0 and "No files linted." in done.stdout, done.output
    assert "raise max-file-size" not in done.output


def test_a_large_sgm_on_stdin_is_skipped_by_its_name(desk, run_cli):
    done = run_cli("check", "--no-cache", "--stdin-filename", "x.sgm", "-", input=SGML * 4, cwd=desk)
    assert done.exit_code == 0 and "x.sgm: file.format: skipped" in done.stderr, done.output
    assert "file.too-large" not in done.output


def test_parse_says_a_large_sgm_s_line_as_check(desk, run_cli):
    (desk / "reut2-000.sgm").write_text(SGML * 4)
    done = run_cli("parse", "reut2-000.sgm", cwd=desk)
    assert done.exit_code == 0, done.output
    assert "reut2-000.sgm: file.format: skipped: not an article format (.sgm is SGML" in done.stderr


@pytest.mark.parametrize("name", ["r.sgm", "r.sgml", "r.svg", "r.json"])
def test_a_named_skip_holding_a_nul_is_its_format_line_not_binary(tmp_path, run_cli, name):
    (tmp_path / name).write_bytes(SGML.encode().replace(b"<TEXT>", b"<TEXT>\x00"))
    done = _check(tmp_path, run_cli, name)
    assert done.exit_code == 0 and _rules(done) == [], done.output
    assert f"{name}: file.format: skipped" in done.stderr


def test_a_zipped_file_saved_as_sgm_is_its_format_line(tmp_path, run_cli):
    (tmp_path / "r.sgm").write_bytes(b"PK\x03\x04" + b"word/document.xml" + b"\x01" * 50)
    done = _check(tmp_path, run_cli, "r.sgm")
    assert done.exit_code == 0 and _rules(done) == [] and "r.sgm: file.format" in done.stderr


def test_audit_says_a_large_named_sgm_s_line_and_writes_no_row(desk, audit_client):
    (desk / "reut2-000.sgm").write_text(SGML * 4)
    (desk / "a.txt").write_text("Hed\n\nThe the end.\n")
    done = audit(desk, "reut2-000.sgm", "a.txt", "-o", "out", "--scheduler", audit_client.scheduler.address)
    assert "reut2-000.sgm: file.format: skipped" in done.stderr, done.stderr
    assert "file.too-large" not in done.stderr
    import pyarrow.dataset as ds
    rows = ds.dataset(str(desk / "out"), format="parquet").to_table().to_pylist()
    assert {r["path"] for r in rows} == {"a.txt"}


# ---- guards: what must not change ----

@pytest.mark.parametrize("name", ["big.md", "big.txt", "big.story"])
def test_guard_a_large_article_is_still_too_large(desk, run_cli, name):
    (desk / name).write_text(STORY * 10)
    done = _check(desk, run_cli, name)
    assert done.exit_code == 1 and _rules(done) == [(name, "file.too-large")], done.output


@pytest.mark.parametrize("opening", ["", "\ufeff", "\n  "])
def test_guard_xml_saved_as_sgm_over_the_limit_is_still_too_large(desk, run_cli, opening):
    """NITF saved as .sgm is read as NITF: over the limit, raising it gets it linted."""
    (desk / "n.sgm").write_text(opening + NITF, encoding="utf-8")
    done = _check(desk, run_cli, "n.sgm")
    assert done.exit_code == 1 and _rules(done) == [("n.sgm", "file.too-large")], done.output


def test_guard_utf16_xml_saved_as_sgm_over_the_limit_is_still_too_large(desk, run_cli):
    (desk / "n.sgm").write_bytes(NITF.replace('"UTF-8"', '"UTF-16"').encode("utf-16"))
    done = _check(desk, run_cli, "n.sgm")
    assert _rules(done) == [("n.sgm", "file.too-large")], done.output


@pytest.mark.parametrize("name", ["a.md", "a.txt", "a.html"])
def test_guard_an_article_with_a_nul_is_still_binary(tmp_path, run_cli, name):
    (tmp_path / name).write_bytes(STORY.encode().replace(b"payout", b"pay\x00out"))
    done = _check(tmp_path, run_cli, name)
    assert _rules(done) == [(name, "file.binary")], done.output


def test_guard_nitf_saved_as_sgm_is_read_as_nitf_within_the_limit(tmp_path, run_cli):
    (tmp_path / "n.sgm").write_text(NITF, encoding="utf-8")
    (tmp_path / "n.nitf").write_text(NITF, encoding="utf-8")
    found = _rules(_check(tmp_path, run_cli, "n.sgm", "n.nitf"))
    assert [r for p, r in found if p == "n.sgm"] == [r for p, r in found if p == "n.nitf"] != []


def test_guard_xml_of_no_article_saved_as_sgm_says_its_root(tmp_path, run_cli):
    (tmp_path / "s.sgm").write_text('<?xml version="1.0"?>\n<urlset><url/></urlset>\n')
    done = _check(tmp_path, run_cli, "s.sgm")
    assert done.exit_code == 0 and "s.sgm: file.format: skipped: not an article format (XML with " \
        "root element <urlset>" in done.stderr, done.output


def test_guard_a_folder_walk_reads_no_sgm_large_or_not(desk, run_cli):
    (desk / "wire").mkdir()
    (desk / "wire" / "reut2-000.sgm").write_text(SGML * 4)
    (desk / "wire" / "r.sgm").write_bytes(b"\x00" + SGML.encode())
    (desk / "wire" / "a.txt").write_text("Hed\n\nThe the end.\n")
    done = _check(desk, run_cli, "wire")
    assert _rules(done) == [("wire/a.txt", "hygiene.doubled-word")], done.output
    assert ".sgm" not in done.stderr


def test_guard_a_folder_of_only_sgm_has_no_article_files(tmp_path, run_cli):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "reut2-000.sgm").write_text(SGML)
    done = run_cli("check", "--no-cache", "wire", cwd=tmp_path)
    assert done.exit_code == 0 and "no article files to lint here" in done.stderr, done.output
