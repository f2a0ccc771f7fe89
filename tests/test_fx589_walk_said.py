"""fx589 (qa444 #2, #3): a walked `.xml` that cannot be read or is binary is
read as a walked `.md` is, so its one line names it without -v.

A broken symlink is `file.missing`, a symlink loop `file.unreadable`, a
gzip, a PDF or BOM-less UTF-16 saved as `.xml` is `file.binary`, each as
when the file is named; the other files are linted, and neither is counted
as 'other XML' or 'cannot be read' in the folder's skipped line. `check`
and `audit` walk the same files (a local folder, a `file://` URL, a zip).
UTF-16 or UTF-32 with a bad unit after its BOM is told by its root all the
same: news is read to its `file.encoding` line, a sitemap left out as other."""
from __future__ import annotations

import gzip
import os
import zipfile

import pytest

from lint import walk_xml
from lint.audit.plan import sources

NITF = b"<?xml version='1.0'?>\n<nitf><body><body.content><p>The the levee held.</p></body.content></body></nitf>\n"
SITEMAP = b"<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
MD = "# Vote\n\nThe council met.\n"


def _said(out: str, name: str) -> list[str]:
    return [line for line in out.splitlines() if name in line]


def _desk(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.md").write_text(MD)
    return desk


@pytest.mark.parametrize("data", [
    gzip.compress(NITF),                                              # a wire file gzipped, named .xml
    b"%PDF-1.4\n<</Type /Catalog>>\n",                                 # a document's magic, no NUL
    "<nitf><body/></nitf>\n".encode("utf-16-le"),                      # UTF-16 with no BOM
], ids=["gzip", "pdf", "utf16-no-bom"])
def test_a_binary_xml_is_its_file_binary_line_walked_as_named(run_cli, tmp_path, data):
    desk = _desk(tmp_path)
    (desk / "wire.xml").write_bytes(data)
    assert walk_xml.sniff(str(desk / "wire.xml")) == walk_xml.BINARY
    named = run_cli("check", "--no-cache", "desk/wire.xml", cwd=tmp_path)
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    line = _said(named.stdout, "desk/wire.xml:1:1: warning [file.binary]")
    assert len(line) == 1 and _said(walked.stdout, "wire.xml") == line
    assert ".xml file" not in walked.stderr and walked.exit_code == named.exit_code == 0
    assert "in 1 of 2 files" in walked.stdout       # a.md linted beside it


def test_a_binary_xml_is_said_once_under_v_not_counted_other(run_cli, tmp_path):
    desk = _desk(tmp_path)
    (desk / "wire.xml").write_bytes(gzip.compress(NITF))
    (desk / "bad.xml").write_bytes(b"garbage <<<")
    (desk / "sitemap.xml").write_bytes(SITEMAP)
    walked = run_cli("check", "--no-cache", "-v", "desk", cwd=tmp_path)
    assert len(_said(walked.stdout, "wire.xml")) == 1
    assert _said(walked.stderr, ".xml files") == [
        "newslint: skipped 2 .xml files in desk (1 with no root element found and 1 other XML such as "
        "sitemaps; a walk reads an .xml only when its root is NITF, NewsML-G2 or WordPress; name them, "
        "e.g. desk/*.xml, to lint NITF, NewsML-G2 or WordPress exports)"]


def test_a_utf16_nitf_with_its_bom_is_still_news_not_binary(tmp_path):
    f = tmp_path / "wire.xml"
    f.write_bytes(NITF.decode().replace("'1.0'", "'1.0' encoding='UTF-16'").encode("utf-16"))
    assert walk_xml.sniff(str(f)) == walk_xml.NEWS


def test_a_nul_past_the_head_of_a_late_root_is_binary_as_named(tmp_path):
    # (no NUL in the 4 KB head, whose comment hides the root; the 256 KB read finds one in 8 KB)
    f = tmp_path / "wire.xml"
    f.write_bytes(b"<?xml version='1.0'?>\n<!--" + b"x" * 5000 + b"\x00-->\n" + NITF[22:])
    assert walk_xml.sniff(str(f)) == walk_xml.BINARY


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_broken_symlink_xml_is_one_file_missing_line_without_v(run_cli, tmp_path):
    desk = _desk(tmp_path)
    os.symlink("gone.xml", desk / "wire.xml")
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    named = run_cli("check", "--no-cache", "desk/wire.xml", cwd=tmp_path)
    line = _said(walked.stdout, "wire.xml")
    assert line == ["desk/wire.xml:1:1: error [file.missing] broken symlink: its target 'gone.xml' does not exist"]
    assert _said(named.stdout, "wire.xml") == line
    assert walked.exit_code == 1 and "in 1 of 2 files" in walked.stdout
    assert ".xml file" not in walked.stderr


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_loop_xml_is_its_unreadable_line(run_cli, tmp_path):
    desk = _desk(tmp_path)
    os.symlink("loop.xml", desk / "loop.xml")
    assert walk_xml.sniff(str(desk / "loop.xml")) == walk_xml.UNREADABLE
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    named = run_cli("check", "--no-cache", "desk/loop.xml", cwd=tmp_path)
    line = _said(walked.stdout, "loop.xml")
    assert len(line) == 1 and line == _said(named.stdout, "loop.xml") and "error [file." in line[0]
    assert walked.exit_code == 1


def test_an_excluded_binary_xml_is_not_said(run_cli, tmp_path):
    desk = _desk(tmp_path)
    (desk / "wire.xml").write_bytes(gzip.compress(NITF))
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - desk/wire.xml\n")
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    assert "wire.xml" not in walked.stdout + walked.stderr and walked.exit_code == 0


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_check_and_audit_walk_the_same_unreadable_and_binary_xml(tmp_path, monkeypatch):
    from lint.files import expand
    from lint.session import Session

    desk = _desk(tmp_path)
    (desk / "wire.xml").write_bytes(gzip.compress(NITF))
    (desk / "sitemap.xml").write_bytes(SITEMAP)
    (desk / "n.xml").write_bytes(NITF)
    os.symlink("gone.xml", desk / "gone.xml")
    monkeypatch.chdir(tmp_path)
    read = ["a.md", "gone.xml", "n.xml", "wire.xml"]
    found, _ = expand(["desk"], Session().config_for, [])
    assert sorted(os.path.basename(f) for f in found) == read
    assert sorted(os.path.basename(f) for f in sources(["desk"])) == read
    assert sorted(u.rsplit("/", 1)[-1] for u in sources([desk.as_uri()])) == read
    z = tmp_path / "desk.zip"
    with zipfile.ZipFile(z, "w") as f:
        for name in ("a.md", "wire.xml", "sitemap.xml", "n.xml"):
            f.write(desk / name, name)
    assert sorted(u.split("::")[0][len("zip://"):] for u in sources(["zip://::" + str(z)])) == [
        "a.md", "n.xml", "wire.xml"]


def _damaged(text: str, codec: str = "utf-16-le", mark: bytes = b"\xff\xfe") -> bytes:
    """`text` in UTF-16 (or UTF-32) after its BOM, with a lone low surrogate
    (a bad unit) after its first 20 characters."""
    data = text.encode(codec)
    unit = len("x".encode(codec))
    bad = b"\x00\xdc" if unit == 2 else b"\x00\xdc\x00\x00"
    return mark + data[:20 * unit] + bad + data[20 * unit:]


@pytest.mark.parametrize("codec, mark", [("utf-16-le", b"\xff\xfe"), ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_a_wide_nitf_with_a_bad_unit_is_walked_to_its_encoding_line(run_cli, tmp_path, codec, mark):
    desk = _desk(tmp_path)
    (desk / "w.xml").write_bytes(_damaged(NITF.decode()[22:], codec, mark))
    assert walk_xml.sniff(str(desk / "w.xml")) == walk_xml.NEWS
    named = run_cli("check", "--no-cache", "desk/w.xml", cwd=tmp_path)
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    line = _said(named.stdout, "desk/w.xml:")
    assert len(line) == 1 and "error [file.encoding]" in line[0] and _said(walked.stdout, "w.xml") == line
    assert walked.exit_code == 1 and ".xml file" not in walked.stderr


def test_a_wide_sitemap_with_a_bad_unit_is_still_left_out_as_other(tmp_path):
    f = tmp_path / "sitemap.xml"
    f.write_bytes(_damaged(SITEMAP.decode()[22:]))
    assert walk_xml.sniff(str(f)) == walk_xml.OTHER


@pytest.mark.xfail(strict=True, reason="fx589 #1: a NUL byte past the walk's 4 KB head but within the 8 KB a named "
                   "file is judged by is missed when the head already tells a root of no news format: the walk "
                   "leaves the file out as other XML (said under -v only), while named it is file.binary")
def test_a_nul_between_4_and_8_kb_after_a_sitemap_root_is_binary_as_named(run_cli, tmp_path):
    f = tmp_path / "sitemap.xml"
    f.write_bytes(SITEMAP + b"<!--" + b"x" * 5000 + b"\x00-->\n")       # (a comment after the root)
    assert "file.binary" in run_cli("check", "--no-cache", "sitemap.xml", cwd=tmp_path).stdout
    assert walk_xml.sniff(str(f)) == walk_xml.BINARY
