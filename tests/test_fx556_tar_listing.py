"""fx556: a tar whose listing stops at a damaged or cut-off member header
(qa411 #3): the members listed before it are audited and the archive is one
`file.unreadable` row naming the header's offset and the last member read;
a sound tar's end (its zero blocks, padding, or no end blocks at all) says
nothing. Archives are built here with tarfile and damaged by hand
(synthetic input only)."""
from __future__ import annotations

import gzip
import tarfile

import pytest

from test_qa77_regressions import audit
from audit_helpers import rows, scheduler_args, tar_bytes

pytest.importorskip("fsspec")

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"


def _damaged(data: bytearray, name: str) -> tuple[bytearray, int]:
    """`data` with `name`'s header checksum broken; (it, the header's offset)."""
    at = data.find(name.encode())
    data[at + 150] = ord("9") if data[at + 150] != ord("9") else ord("1")
    return data, at


def _run(tmp_path, client, *args):
    done = audit(tmp_path, *args, "-o", "out", *scheduler_args(client))
    return done, sorted((r["path"], r["rule"], r["line"], r["message"]) for r in rows(tmp_path / "out"))


def test_the_members_before_a_damaged_header_are_read_and_the_row_names_where(tmp_path, audit_client):
    data, at = _damaged(tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED, "c.md": DOUBLED}), "b.md")
    t = tmp_path / "hdr.tar"
    t.write_bytes(bytes(data))
    spec = "tar://::" + t.as_uri()
    done, got = _run(tmp_path, audit_client, spec)
    assert done.exit_code == 1, done.stderr
    why = f"cannot read archive past byte {at}: a member header there is damaged (the listing stops after a.md)"
    assert [r for r in got if r[1].startswith("file.")] == [(spec, "file.unreadable", 1, why)]
    assert ("tar://a.md::" + t.as_uri(), "hygiene.doubled-word", 3) in [r[:3] for r in got]
    assert f"newslint: {spec}: file.unreadable: {why}" in done.stderr


def test_a_damaged_header_in_a_tar_gz_is_said_too(tmp_path, audit_client):
    data, at = _damaged(tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED}), "b.md")
    t = tmp_path / "hdr.tar.gz"
    t.write_bytes(gzip.compress(bytes(data), mtime=0))
    spec = "tar://::" + t.as_uri()
    done, got = _run(tmp_path, audit_client, spec)
    assert done.exit_code == 1, done.stderr
    assert [r[:3] for r in got if r[1].startswith("file.")] == [(spec, "file.unreadable", 1)]
    assert f"past byte {at}:" in [r for r in got if r[1] == "file.unreadable"][0][3]
    assert ("tar://a.md::" + t.as_uri(), "hygiene.doubled-word", 3) in [r[:3] for r in got]


def test_a_tar_cut_inside_a_member_header_is_said(tmp_path, audit_client):
    data = tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED})
    at = data.find(b"b.md")
    t = tmp_path / "cut.tar"
    t.write_bytes(bytes(data[:at + 200]))
    spec = "tar://::" + t.as_uri()
    done, got = _run(tmp_path, audit_client, spec)
    assert done.exit_code == 1, done.stderr
    assert [r for r in got if r[1].startswith("file.")] == [
        (spec, "file.unreadable", 1, f"cannot read archive past byte {at}: the archive ends inside a member "
                                     "header there (the listing stops after a.md)")]


def test_a_member_named_past_the_damaged_header_is_the_row_not_missing(tmp_path, audit_client):
    data, at = _damaged(tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED, "c.md": DOUBLED}), "b.md")
    t = tmp_path / "hdr.tar"
    t.write_bytes(bytes(data))
    spec = "tar://c.md::" + t.as_uri()
    done, got = _run(tmp_path, audit_client, spec)
    assert done.exit_code == 1, done.stderr
    assert [r[:3] for r in got] == [(spec, "file.unreadable", 1)]


def test_guard_a_member_named_before_the_damaged_header_is_read_alone(tmp_path, audit_client):
    data, at = _damaged(tar_bytes({"a.md": DOUBLED, "b.md": DOUBLED}), "b.md")
    t = tmp_path / "hdr.tar"
    t.write_bytes(bytes(data))
    spec = "tar://a.md::" + t.as_uri()
    done, got = _run(tmp_path, audit_client, spec)
    assert done.exit_code == 0, done.stderr
    assert not [r for r in got if r[1].startswith("file.")]
    assert (spec, "hygiene.doubled-word", 3) in [r[:3] for r in got]


@pytest.mark.parametrize("shape", ["padded", "no end blocks", "gz"])
def test_guard_a_sound_tar_says_nothing_of_its_end(tmp_path, audit_client, shape):
    data = bytes(tar_bytes({"a.md": DOUBLED, "c.md": DOUBLED}))
    if shape == "no end blocks":
        data = data[:data.find(b"c.md") + 1024]      # c.md's header and its one data block, nothing after
    t = tmp_path / ("t.tar.gz" if shape == "gz" else "t.tar")
    t.write_bytes(gzip.compress(data, mtime=0) if shape == "gz" else data)
    assert tarfile.open(t).getnames() == ["a.md", "c.md"]
    done, got = _run(tmp_path, audit_client, "tar://::" + t.as_uri())
    assert done.exit_code == 0, done.stderr       # the doubled words are warnings
    assert not [r for r in got if r[1].startswith("file.")]
    assert "file.unreadable" not in done.stderr
    assert {r[0] for r in got} == {f"tar://{n}::{t.as_uri()}" for n in ("a.md", "c.md")}


def test_guard_cut_short_is_none_for_other_file_systems():
    import fsspec

    from lint.audit.tar_listing import cut_short

    assert cut_short(fsspec.filesystem("memory")) is None
