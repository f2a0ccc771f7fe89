"""qa403: review of fx538 (format_names: a '::' chains only where a URL with
a protocol follows it; audit: a URL read through a damaged archive is one
file.unreadable row and the rest is audited, a missing archive a
file.missing row). Faults are strict xfails stating what a desk expects;
plain tests guard the nearest shapes that work now. Archives are built in
tmp_path."""
from __future__ import annotations

import io
import json
import struct
import tarfile
import zipfile
from pathlib import Path

import pytest

from test_qa77_regressions import audit
from audit_helpers import zip_bytes as _zip_bytes  # noqa: E402

pytest.importorskip("fsspec")

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"
LINES = "".join(json.dumps({"id": f"a{i}", "headline": f"Vote {i}", "date": "2024-03-04",
                            "body": f"The council met and the the vote {i} passed."}) + "\n" for i in range(4))
FORMATS = Path("/work/shared/formats")
NOT_ZIP = "cannot read archive: File is not a zip file"


def _damaged_member(how: str) -> bytes:
    """A zip whose directory lists fine (a.md, c.md) but whose a.md cannot be
    read: its CRC does not match, it is marked encrypted, or its compression
    method is one zipfile does not know."""
    data = bytearray(_zip_bytes({"a.md": DOUBLED, "c.md": "A plain line.\n"}))
    head = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("a.md").header_offset
    central = data.find(b"PK\x01\x02")          # a.md's entry comes first
    if how == "crc":
        at = data.find(b"The the", head)
        data[at + 4] = ord("X")
    elif how == "encrypted":
        data[head + 6] |= 1
        data[central + 8] |= 1
    else:                                       # method 99 (AES), unknown to zipfile
        data[head + 8:head + 10] = struct.pack("<H", 99)
        data[central + 10:central + 12] = struct.pack("<H", 99)
    return bytes(data)


def _rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


def _placed(folder):
    return sorted((r["path"], r["rule"], r["line"], r["column"]) for r in _rows(folder))


def _run(tmp_path, client, *args):
    return audit(tmp_path, *args, "--scheduler", client.scheduler.address)


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "bad.zip").write_bytes(_zip_bytes({"b.md": DOUBLED})[:60])
    (tmp_path / "good.zip").write_bytes(_zip_bytes({"a.md": DOUBLED}))
    return tmp_path


# ---- #1 a zip damaged in one member (bad CRC, encrypted, unknown method) ends the audit -------------

@pytest.mark.parametrize("how", ["crc", "encrypted", "method"])
def test_a_zip_with_one_unreadable_member_is_a_row_and_the_rest_is_audited(tmp_path, audit_client, how):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    z = tmp_path / "m.zip"
    z.write_bytes(_damaged_member(how))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), str(tmp_path / "ok.md"), "-o", "out")
    assert "internal error" not in done.stderr, done.stderr
    assert done.exit_code == 1, done.stderr
    rows = _placed(tmp_path / "out")
    assert (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1) in rows
    assert ("zip://a.md::" + z.as_uri(), "file.unreadable", 1, 1) in rows


def test_guard_the_same_zip_undamaged_is_audited(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(_zip_bytes({"a.md": DOUBLED, "c.md": "A plain line.\n"}))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "out")
    assert done.exit_code in (0, 1), done.stderr
    assert ("zip://a.md::" + z.as_uri(), "hygiene.doubled-word", 3, 1) in _placed(tmp_path / "out")


# ---- #2 the same fault while planning: a JSON Lines member with a bad CRC --------------------------

def test_a_json_lines_member_with_a_bad_crc_is_a_row_not_an_internal_error(tmp_path, audit_client):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    data = bytearray(_zip_bytes({"d.jsonl": LINES}))
    at = data.find(b"the the vote 2")
    data[at + 4] = ord("X")
    z = tmp_path / "d.zip"
    z.write_bytes(bytes(data))
    done = _run(tmp_path, audit_client, "zip://d.jsonl::" + z.as_uri(), str(tmp_path / "ok.md"), "-o", "out")
    assert "internal error" not in done.stderr, done.stderr
    assert done.exit_code == 1
    rows = _placed(tmp_path / "out")
    assert (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1) in rows
    assert any(r[0] == "zip://d.jsonl::" + z.as_uri() and r[1] == "file.unreadable" for r in rows)


# ---- #3 an archive at a percent-encoded file:// URL is said to be missing ----------------------------

@pytest.mark.xfail(strict=True, reason="qa403 #3: zip://a.md::file:///d/sp%20%C3%A9/g.zip (Path.as_uri()'s "
                   "spelling) is a file.missing row 'no such file or folder' though the archive is there "
                   "(a damaged one too: missing, not unreadable); before fx538 the audit stopped, exit 2")
@pytest.mark.parametrize("name, rule", [("g.zip", "hygiene.doubled-word"), ("b.zip", "file.unreadable")])
def test_an_archive_at_a_percent_encoded_url_is_read_or_unreadable_never_missing(tmp_path, audit_client,
                                                                                   name, rule):
    folder = tmp_path / "sp é"
    folder.mkdir()
    (folder / "g.zip").write_bytes(_zip_bytes({"a.md": DOUBLED}))
    (folder / "b.zip").write_bytes(_zip_bytes({"a.md": DOUBLED})[:60])
    url = "zip://a.md::" + (folder / name).as_uri()
    assert "%20" in url
    _run(tmp_path, audit_client, url, "-o", "out")
    assert [r[1] for r in _placed(tmp_path / "out") if r[0] == url] == [rule]


def test_guard_the_same_archives_spelled_unencoded_are_read_or_unreadable(tmp_path, audit_client):
    folder = tmp_path / "sp é"
    folder.mkdir()
    (folder / "g.zip").write_bytes(_zip_bytes({"a.md": DOUBLED}))
    (folder / "b.zip").write_bytes(_zip_bytes({"a.md": DOUBLED})[:60])
    good, bad = (f"zip://a.md::file://{folder}/{n}" for n in ("g.zip", "b.zip"))
    done = _run(tmp_path, audit_client, good, bad, "-o", "out")
    assert done.exit_code == 1, done.stderr
    assert _placed(tmp_path / "out") == sorted([(good, "hygiene.doubled-word", 3, 1),
                                                (bad, "file.unreadable", 1, 1)])
    assert f"newslint: {bad}: file.unreadable: {NOT_ZIP}\n" in done.stderr


# ---- #4 file:///d/desk::2019/a.md, named as it is: file.missing -------------------------------------

@pytest.mark.xfail(strict=True, reason="qa403 #4: a file:// URL naming a file in a folder desk::2019 (README: "
                   "'read by its own extension') is a file.missing row 'no such file or folder': fsspec "
                   "still takes it for a chain; its doubled word is never found")
def test_a_named_file_url_in_a_double_colon_folder_is_audited(tmp_path, audit_client):
    (tmp_path / "desk::2019").mkdir()
    (tmp_path / "desk::2019" / "a.md").write_text(DOUBLED, encoding="utf-8")
    url = "file://" + str(tmp_path / "desk::2019" / "a.md")
    done = _run(tmp_path, audit_client, url, "-o", "out")
    assert _placed(tmp_path / "out") == [(url, "hygiene.doubled-word", 3, 1)], done.stderr


def test_guard_the_same_file_named_locally_is_audited(tmp_path, audit_client):
    (tmp_path / "desk::2019").mkdir()
    (tmp_path / "desk::2019" / "a.md").write_text(DOUBLED, encoding="utf-8")
    path = str(tmp_path / "desk::2019" / "a.md")
    done = _run(tmp_path, audit_client, path, "-o", "out")
    assert done.exit_code == 0, done.stderr
    assert _placed(tmp_path / "out") == [(path, "hygiene.doubled-word", 3, 1)]


# ---- #5 --resume after the damaged archive was replaced: "gone since ... left out" -------------------

def _unfinish(out: Path, index: int) -> None:
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    (out / f"part-{index:05d}.parquet").unlink()


def test_resume_does_not_call_a_replaced_archive_gone(desk, audit_client):
    spec = "zip://::" + (desk / "b.zip").as_uri()
    (desk / "b.zip").write_bytes((desk / "bad.zip").read_bytes())
    done = _run(desk, audit_client, str(desk / "ok.md"), spec, "-o", "out")
    assert done.exit_code == 1, done.stderr
    _unfinish(desk / "out", 0)
    (desk / "b.zip").write_bytes((desk / "good.zip").read_bytes())
    resumed = _run(desk, audit_client, str(desk / "ok.md"), spec, "-o", "out", "--resume")
    assert resumed.exit_code in (0, 1), resumed.stderr
    assert f"left out: {spec}" not in resumed.stderr


def test_guard_resume_keeps_a_still_damaged_archives_row(desk, audit_client):
    spec = "zip://::" + (desk / "bad.zip").as_uri()
    done = _run(desk, audit_client, str(desk / "ok.md"), spec, "-o", "out")
    assert done.exit_code == 1, done.stderr
    want = sorted([(str(desk / "ok.md"), "hygiene.doubled-word", 3, 1), (spec, "file.unreadable", 1, 1)])
    assert _placed(desk / "out") == want
    for index in (0, 1):
        _unfinish(desk / "out", index)
        resumed = _run(desk, audit_client, str(desk / "ok.md"), spec, "-o", "out", "--resume")
        assert resumed.exit_code == 1, resumed.stderr
        assert "gone since" not in resumed.stderr and "internal error" not in resumed.stderr
        assert f"newslint: {spec}: file.unreadable: {NOT_ZIP}\n" in resumed.stderr
        assert _placed(desk / "out") == want


# ---- nearest shapes that work now ---------------------------------------------------------------------

def test_guard_a_damaged_archive_alone_is_exit_1_and_ignore_hushes_it(desk, audit_client):
    spec = "zip://b.md::" + (desk / "bad.zip").as_uri()
    done = _run(desk, audit_client, spec, "-o", "out")
    assert done.exit_code == 1, done.stderr
    assert _placed(desk / "out") == [(spec, "file.unreadable", 1, 1)]
    assert f"newslint: {spec}: file.unreadable: {NOT_ZIP}\n" in done.stderr
    hushed = _run(desk, audit_client, spec, "-o", "out2", "--ignore", "file.unreadable")
    assert hushed.exit_code == 0, hushed.stderr
    assert "file.unreadable" not in hushed.stderr and "internal error" not in hushed.stderr
    assert _placed(desk / "out2") == []


@pytest.mark.parametrize("chain", ["simplecache::zip://::{}", "zip://::simplecache::{}", "zip://*.md::{}",
                                   "zip://::zip://in.zip::{nested}", "tar://::{}"])
def test_guard_damaged_archives_behind_caches_globs_and_nesting_are_unreadable(desk, audit_client, chain):
    nested = desk / "nested.zip"
    nested.write_bytes(_zip_bytes({"in.zip": _zip_bytes({"b.md": DOUBLED})[:50], "a.md": DOUBLED}))
    spec = chain.format((desk / "bad.zip").as_uri(), nested=nested.as_uri())
    done = _run(desk, audit_client, spec, str(desk / "ok.md"), "-o", "out")
    assert done.exit_code == 1, done.stderr
    rows = _placed(desk / "out")
    assert (spec, "file.unreadable", 1, 1) in rows and (str(desk / "ok.md"), "hygiene.doubled-word", 3, 1) in rows
    assert f"newslint: {spec}: file.unreadable: cannot read archive: " in done.stderr


def test_guard_a_cut_plain_tar_and_a_missing_member_and_archive(desk, audit_client):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, text in (("a.md", DOUBLED), ("c.md", DOUBLED * 200)):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    (desk / "cut.tar").write_bytes(buf.getvalue()[:512 * 3 + 2000])
    cut = "tar://::" + (desk / "cut.tar").as_uri()
    member = "zip://nope.md::" + (desk / "good.zip").as_uri()
    gone = "zip://a.md::" + (desk / "none.zip").as_uri()
    done = _run(desk, audit_client, cut, member, gone, "-o", "out")
    assert done.exit_code == 1, done.stderr
    assert _placed(desk / "out") == sorted([(cut, "file.unreadable", 1, 1), (member, "file.missing", 1, 1),
                                            (gone, "file.missing", 1, 1)])


def test_guard_a_folder_holding_a_damaged_zip_is_walked_and_the_zip_passed_over(desk, audit_client):
    folder = desk / "desk"
    folder.mkdir()
    (folder / "bad.zip").write_bytes((desk / "bad.zip").read_bytes())
    (folder / "ok.md").write_text(DOUBLED, encoding="utf-8")
    for source, name in ((str(folder), str(folder / "ok.md")), (folder.as_uri(), (folder / "ok.md").as_uri())):
        done = _run(desk, audit_client, source, "-o", "out")
        assert done.exit_code == 0, done.stderr
        assert "1 .zip" in done.stderr and "file.unreadable" not in done.stderr
        assert _placed(desk / "out") == [(name, "hygiene.doubled-word", 3, 1)]
        import shutil
        shutil.rmtree(desk / "out")


@pytest.mark.skipif(not FORMATS.is_dir(), reason="shared formats not present")
def test_guard_real_formats_audit_alike_as_a_path_and_as_a_file_url(tmp_path, audit_client):
    src = str(FORMATS / "newsml-g2")
    local = _run(tmp_path, audit_client, src, "-o", "local")
    remote = _run(tmp_path, audit_client, "file://" + src, "-o", "url")
    assert local.exit_code == remote.exit_code and local.exit_code in (0, 1), local.stderr + remote.stderr

    def shaped(folder):
        return sorted((r["path"].removeprefix("file://"), r["rule"], r["line"], r["column"], r["message"])
                      for r in _rows(folder))
    assert shaped(tmp_path / "local") == shaped(tmp_path / "url") and shaped(tmp_path / "local")
