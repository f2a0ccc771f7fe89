"""qa411: review of fx543 (d5b82cac..b38c6682): a member of a sound archive
that cannot be read is its own `file.unreadable` row (330f8fe8, bec67f57,
b38c6682), `--resume` after a damaged archive was replaced by a sound one
(648ad134, `audit.relisted`), and a web URL's format read from its path
without `?query`/`#fragment` (798966d8).

Faults are strict xfails stating what a desk expects; the nearest shapes
that work today are plain guards. Every archive is built here with Python's
zipfile/tarfile and damaged by flipping bytes (synthetic input only)."""
from __future__ import annotations

import io
import json
import tarfile
import zipfile

import pytest

from test_qa77_regressions import audit
from audit_helpers import rows, scheduler_args, tar_bytes

pytest.importorskip("fsspec")

from lint.format_names import format_ext  # noqa: E402

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"
LONG = DOUBLED + "".join(f"Line {i} of the story is here and it runs on.\n" for i in range(200))
LINES = "".join(json.dumps({"id": f"a{i}", "headline": f"Vote {i}", "date": "2024-03-04",
                            "body": f"The council met and the the vote {i} passed. " + "More words here. " * 30}) + "\n"
                for i in range(40))
STAMP = (2024, 1, 1, 0, 0, 0)       # every member's date, so a copy restored from backup is byte-identical


def _run(tmp_path, client, *args):
    return audit(tmp_path, *args, *scheduler_args(client))


def _by_path(folder):
    return sorted((r["path"], r["rule"], r["line"], r["column"], r["message"]) for r in rows(folder))


def _zip(files: dict, method=zipfile.ZIP_STORED) -> bytearray:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, STAMP), text, compress_type=method)
    return bytearray(buf.getvalue())


def _stream_damaged(files: dict, name: str, method, at: int = 10) -> bytes:
    """A zip of `files` compressed with `method` whose member `name` has 20
    bytes of its compressed stream flipped, from `at` on."""
    data = _zip(files, method)
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(at, min(at + 20, info.compress_size)):
        data[start + k] ^= 0xFF
    return bytes(data)


def _check_fault(files, name, method, exc_type):
    """The bytes `_stream_damaged` gives, asserted to make zipfile raise `exc_type` reading `name`."""
    data = _stream_damaged(files, name, method, at=40 if name.endswith(".jsonl") else 10)
    with pytest.raises(exc_type):
        zipfile.ZipFile(io.BytesIO(data)).read(name)
    return data


def _plan_damaged_lines(tmp_path, client, method, exc_type):
    """An audit, in partitions of 5, of a zip's d.jsonl (LINES compressed with
    `method`, its stream damaged so that zipfile raises `exc_type`) beside a
    sound ok.md; (the run, the member's spec, the zip's path)."""
    z = tmp_path / "d.zip"
    z.write_bytes(_check_fault({"d.jsonl": LINES}, "d.jsonl", method, exc_type))
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    spec = "zip://d.jsonl::" + z.as_uri()
    done = _run(tmp_path, client, spec, str(tmp_path / "ok.md"), "-o", "out", "--partition-size", "5")
    return done, spec, z


def _assert_a_row_and_a_line(tmp_path, done, spec, z):
    """The damaged member is one `file.unreadable` row and one line, ok.md is still read."""
    assert done.exit_code == 1, done.stderr
    assert f"newslint: {spec}: file.unreadable: cannot read d.jsonl in {z.as_uri()}: " in done.stderr
    got = _by_path(tmp_path / "out")
    assert [r[:4] for r in got if r[0] == spec] == [(spec, "file.unreadable", 1, 1)]
    assert (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


# ---- #1 HIGH: an LZMA member with a damaged stream is an internal error, exit 2 --------------------------

def test_an_lzma_member_with_a_damaged_stream_is_its_own_row(tmp_path, audit_client):
    import lzma

    z = tmp_path / "m.zip"
    z.write_bytes(_check_fault({"a.md": LONG, "c.md": DOUBLED}, "a.md", zipfile.ZIP_LZMA, lzma.LZMAError))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    a, c = "zip://a.md::" + z.as_uri(), "zip://c.md::" + z.as_uri()
    assert [r[:4] for r in got if r[0] == a] == [(a, "file.unreadable", 1, 1)]
    assert [r for r in got if r[0] == a][0][4].startswith(f"cannot read a.md in {z.as_uri()}: ")
    assert (c, "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


def test_an_lzma_json_lines_member_damaged_while_planning_is_a_row_and_a_line(tmp_path, audit_client):
    import lzma

    _assert_a_row_and_a_line(tmp_path, *_plan_damaged_lines(tmp_path, audit_client, zipfile.ZIP_LZMA,
                                                             lzma.LZMAError))


# ---- #2 HIGH: a bzip2 .jsonl member with a damaged stream stops the whole audit (plan) ------------------

def test_a_bzip2_json_lines_member_damaged_while_planning_is_a_row_and_a_line(tmp_path, audit_client):
    _assert_a_row_and_a_line(tmp_path, *_plan_damaged_lines(tmp_path, audit_client, zipfile.ZIP_BZIP2, OSError))


def test_guard_a_deflate_json_lines_member_damaged_while_planning_is_a_row_and_a_line(tmp_path, audit_client):
    done, spec, z = _plan_damaged_lines(tmp_path, audit_client, zipfile.ZIP_DEFLATED, zipfile.zlib.error)
    assert done.exit_code == 1, done.stderr
    why = f"cannot read d.jsonl in {z.as_uri()}: its compressed bytes are damaged or cut short ("
    assert f"newslint: {spec}: file.unreadable: {why}" in done.stderr
    got = _by_path(tmp_path / "out")
    assert [r[:4] for r in got if r[0] == spec] == [(spec, "file.unreadable", 1, 1)]
    assert [r for r in got if r[0] == spec][0][4].startswith(why)
    assert (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


# ---- #5 LOW: a bzip2 member read by a worker: a row, but it names neither member nor archive -------------

def test_a_bzip2_member_row_names_member_and_archive(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(_check_fault({"a.md": LONG, "c.md": DOUBLED}, "a.md", zipfile.ZIP_BZIP2, OSError))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    a = "zip://a.md::" + z.as_uri()
    got = [r for r in _by_path(tmp_path / "out") if r[0] == a]
    assert [r[:4] for r in got] == [(a, "file.unreadable", 1, 1)]
    assert got[0][4].startswith(f"cannot read a.md in {z.as_uri()}: ")


def test_guard_a_bzip2_member_is_a_row_and_the_other_member_is_read(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(_check_fault({"a.md": LONG, "c.md": DOUBLED}, "a.md", zipfile.ZIP_BZIP2, OSError))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    a, c = "zip://a.md::" + z.as_uri(), "zip://c.md::" + z.as_uri()
    assert [r[:4] for r in got if r[0] == a] == [(a, "file.unreadable", 1, 1)]
    assert (c, "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


@pytest.mark.parametrize("outer", ["zip://::zip://inner.zip::", "zip://a.md::zip://inner.zip::"])
def test_guard_a_damaged_member_of_a_nested_zip_names_the_inner_archive(tmp_path, audit_client, outer):
    inner = _zip({"a.md": DOUBLED, "c.md": DOUBLED})
    inner[inner.find(b"The the") + 4] = ord("X")
    z = tmp_path / "nest.zip"
    z.write_bytes(bytes(_zip({"inner.zip": bytes(inner), "o.md": DOUBLED})))
    done = _run(tmp_path, audit_client, outer + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    a = "zip://a.md::zip://inner.zip::" + z.as_uri()
    assert [r for r in _by_path(tmp_path / "out") if r[1].startswith("file.")] == [
        (a, "file.unreadable", 1, 1,
         f"cannot read a.md in zip://inner.zip::{z.as_uri()}: bad CRC-32 (its bytes are damaged)")]


# ---- #3 HIGH: a tar whose member header is damaged: the members after it are lost, exit 0 --------------

def test_a_tar_with_a_damaged_member_header_says_so(tmp_path, audit_client):
    data = tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED, "c.md": DOUBLED})
    at = data.find(b"b.md")
    data[at + 150] = ord("9")               # its header's checksum no longer adds up
    t = tmp_path / "hdr.tar"
    t.write_bytes(bytes(data))
    assert tarfile.open(t).getnames() == ["a.md"]       # tarfile stops there without a word
    done = _run(tmp_path, audit_client, "tar://::" + t.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    assert any(r[1] == "file.unreadable" for r in got), got


def test_guard_a_sound_tar_gz_gives_the_rows_of_its_members_named_one_by_one(tmp_path, audit_client):
    import gzip

    t = tmp_path / "t.tar.gz"
    t.write_bytes(gzip.compress(bytes(tar_bytes({"a.md": DOUBLED, "c.md": "A plain line.\n"})), mtime=0))
    whole = _run(tmp_path, audit_client, "tar://::" + t.as_uri(), "-o", "whole")
    assert whole.exit_code == 1 and "file.unreadable" not in whole.stderr, whole.stderr   # c.md has no headline
    named = [f"tar://{n}::{t.as_uri()}" for n in ("a.md", "c.md")]
    _run(tmp_path, audit_client, *named, "-o", "named")
    got = _by_path(tmp_path / "whole")
    assert got == _by_path(tmp_path / "named")
    assert not [r for r in got if r[1].startswith("file.")]
    assert (named[0], "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


def test_guard_a_truncated_tar_gz_is_its_one_archive_row(tmp_path, audit_client):
    import gzip

    data = gzip.compress(bytes(tar_bytes({"a.md": LONG * 10, "c.md": DOUBLED})), mtime=0)
    t = tmp_path / "cut.tar.gz"
    t.write_bytes(data[:len(data) * 2 // 3])
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    spec = "tar://::" + t.as_uri()
    done = _run(tmp_path, audit_client, spec, str(tmp_path / "ok.md"), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    assert [r[:4] for r in got if r[1].startswith("file.")] == [(spec, "file.unreadable", 1, 1)]
    assert (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]


# ---- --resume after a damaged archive was replaced by a sound one ---------------------------------------

def _unfinish(out, index: int) -> None:
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    (out / f"part-{index:05d}.parquet").unlink()


def _resumed_and_fresh(tmp_path, client, first: bytes, second: bytes, specs, unfinish, *extra):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    z = tmp_path / "b.zip"
    z.write_bytes(first)
    args = [s.replace("Z", z.as_uri()) for s in specs] + [str(tmp_path / "ok.md")]
    done = _run(tmp_path, client, *args, "-o", "out", *extra)
    assert done.exit_code == 1, done.stderr
    _unfinish(tmp_path / "out", unfinish(tmp_path / "out", z))
    z.write_bytes(second)
    resumed = _run(tmp_path, client, *args, "-o", "out", "--resume", *extra)
    fresh = _run(tmp_path, client, *args, "-o", "fresh", *extra)
    return resumed, fresh, z


GOOD = bytes(_zip({"a.md": DOUBLED, "c.md": DOUBLED, "d.jsonl": LINES[:2000].rsplit("\n", 1)[0] + "\n"}))


def test_resume_two_sources_on_one_archive_sound_since_as_a_fresh_audit(tmp_path, audit_client):
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, GOOD[:60], GOOD,
                                           ["zip://a.md::Z", "zip://::Z"], lambda out, z: 0)
    assert "gone since" not in resumed.stderr
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert resumed.exit_code == fresh.exit_code == 0, resumed.stderr


def test_guard_resume_two_sources_on_one_archive_the_whole_one_first(tmp_path, audit_client):
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, GOOD[:60], GOOD,
                                           ["zip://::Z", "zip://a.md::Z"], lambda out, z: 0)
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert resumed.exit_code == fresh.exit_code == 0, resumed.stderr


def test_guard_resume_after_the_archive_was_replaced_by_one_of_other_members(tmp_path, audit_client):
    other = bytes(_zip({"x.md": DOUBLED}))
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, GOOD[:60], other, ["zip://::Z"],
                                           lambda out, z: 0)
    assert f"(no longer file.unreadable): zip://::{z.as_uri()}\n" in resumed.stderr
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert ("zip://x.md::" + z.as_uri(), "hygiene.doubled-word", 3, 1) in [r[:4] for r in _by_path(tmp_path / "out")]


def test_guard_resume_after_a_json_lines_member_the_plan_could_not_read_is_sound(tmp_path, audit_client):
    damaged = bytearray(GOOD)
    damaged[damaged.find(b"the the vote 1") + 4] = ord("X")
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, bytes(damaged), GOOD, ["zip://::Z"],
                                           lambda out, z: 1, "--partition-size", "2")
    assert f"(no longer file.unreadable): zip://d.jsonl::{z.as_uri()}\n" in resumed.stderr
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert resumed.exit_code == fresh.exit_code == 0, resumed.stderr


def _not_holding(member: str):
    """The index of a written partition other than the one holding `member`'s rows."""
    import pyarrow.parquet as pq

    def pick(out, z):
        path = f"zip://{member}::{z.as_uri()}"
        parts = sorted(out.glob("part-*.parquet"))
        holding = [p for p in parts if path in pq.read_table(p).column("path").to_pylist()]
        assert len(holding) == 1, parts
        return next(int(p.stem[5:]) for p in parts if p not in holding)
    return pick


def test_resume_after_a_worker_member_row_and_a_restored_archive_as_a_fresh_audit(tmp_path, audit_client):
    damaged = bytearray(GOOD)
    damaged[damaged.find(b"The the") + 4] = ord("X")
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, bytes(damaged), GOOD, ["zip://::Z"],
                                           _not_holding("a.md"))
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert resumed.exit_code == fresh.exit_code == 0, resumed.stderr


# ---- a web URL's format from its path (guards: no fault found) ------------------------------------------

@pytest.mark.parametrize("url, ext", [
    ("simplecache::https://h/a.html?x=1", ".html"),
    ("filecache::s3://b/a.md?versionId=1", ".md"),
    ("zip://a.md::simplecache::https://h/z.zip?t=1", ".md"),
    ("HTTPS://H/A.HTML?X", ".html"),
    ("https://h/a.html#sec.md", ".html"),
    ("https://h?x=1.md", ""),                  # the authority ends at `?`: no path, no extension
    ("https://h/d/?p=a.md", ""),
    ("tar://a.md::https://h/t.tar.gz?sig=a.b", ".md"),
    ("s3://b/a.md?versionId=1.txt", ".md"),
])
def test_guard_web_and_s3_names_behind_layers_and_archives(url, ext):
    assert format_ext(url) == ext


# ---- #7 LOW: a cache layer before the member's zip:// is named as the member ----------------------------

def _crc_damaged() -> bytes:
    data = _zip({"a.md": DOUBLED, "c.md": DOUBLED})
    data[data.find(b"The the") + 4] = ord("X")
    return bytes(data)


def test_a_cached_member_row_names_the_member_not_the_cache(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(_crc_damaged())
    spec = "simplecache::zip://a.md::" + z.as_uri()
    done = _run(tmp_path, audit_client, spec, "-o", "out")
    assert done.exit_code == 1, done.stderr
    assert [r[1:] for r in _by_path(tmp_path / "out")] == [
        ("file.unreadable", 1, 1, f"cannot read a.md in {z.as_uri()}: bad CRC-32 (its bytes are damaged)")]


def test_guard_a_member_behind_a_cached_archive_is_named_with_its_chain(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(_crc_damaged())
    done = _run(tmp_path, audit_client, "zip://::simplecache::" + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    a, c = "zip://a.md::simplecache::" + z.as_uri(), "zip://c.md::simplecache::" + z.as_uri()
    assert [r for r in got if r[0] == a] == [
        (a, "file.unreadable", 1, 1, f"cannot read a.md in simplecache::{z.as_uri()}: bad CRC-32 (its bytes are damaged)")]
    assert (c, "hygiene.doubled-word", 3, 1) in [r[:4] for r in got]
