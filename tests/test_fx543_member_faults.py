"""fx543: a member of a sound archive that cannot be read (a bad CRC-32,
encrypted, a compression method zipfile does not know) is its own
`file.unreadable` row naming the member and its archive, whether a worker
reads it (qa403 #1) or the plan reads it to cut slices (qa403 #2); the
archive's other members and the other sources are audited. Guards: an
intact zip gives the same rows, a damaged archive its one row, and only
opening and reading a member is guarded (a URL not read through an
archive, or a fault of the code that reads the bytes, lets it out). Archives are
built in tmp_path."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from test_qa77_regressions import audit
from test_qa403_review import DOUBLED, LINES
from audit_helpers import rows, scheduler_args, zip_bytes

pytest.importorskip("fsspec")

from lint.audit.member_reads import MemberUnread, guarded, member_fault  # noqa: E402


def _run(tmp_path, client, *args):
    return audit(tmp_path, *args, *scheduler_args(client))


def _by_path(folder):
    return sorted((r["path"], r["rule"], r["line"], r["column"], r["message"]) for r in rows(folder))


def _damaged(how: str) -> bytes:
    """A stored zip of a.md and c.md (each with a doubled word) whose a.md
    cannot be read: a byte of it changed (its CRC-32 no longer matches),
    its encrypted flag set, or its compression method 99, in both its
    local header and its directory entry."""
    data = bytearray(zip_bytes({"a.md": DOUBLED, "c.md": "A a line.\n"}))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("a.md")
    assert info.compress_type == zipfile.ZIP_STORED
    head, entry = info.header_offset, data.find(b"PK\x01\x02")      # a.md's entry first
    if how == "crc":
        data[data.find(b"The the", head) + 4] = ord("X")
    elif how == "encrypted":
        data[head + 6] |= 1
        data[entry + 8] |= 1
    else:
        data[head + 8:head + 10] = data[entry + 10:entry + 12] = struct.pack("<H", 99)
    return bytes(data)


@pytest.mark.parametrize("how, why", [
    ("crc", "bad CRC-32 (its bytes are damaged)"),
    ("encrypted", "it is encrypted (a password is needed)"),
    ("method", "its compression method is not supported")])
def test_the_row_names_member_and_archive_and_the_other_member_is_read(tmp_path, audit_client, how, why):
    z = tmp_path / "m.zip"
    z.write_bytes(_damaged(how))
    done = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "out")
    assert done.exit_code == 1, done.stderr
    got = _by_path(tmp_path / "out")
    a, c = "zip://a.md::" + z.as_uri(), "zip://c.md::" + z.as_uri()
    assert [r for r in got if r[0] == a] == [(a, "file.unreadable", 1, 1, f"cannot read a.md in {z.as_uri()}: {why}")]
    assert any(r[0] == c and r[1] == "hygiene.doubled-word" for r in got), got


def test_a_json_lines_member_read_while_planning_is_a_row_and_a_line(tmp_path, audit_client):
    data = bytearray(zip_bytes({"d.jsonl": LINES}))
    at = data.find(b"the the vote 2")
    data[at + 4] = ord("X")
    z = tmp_path / "d.zip"
    z.write_bytes(bytes(data))
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    spec = "zip://d.jsonl::" + z.as_uri()
    done = _run(tmp_path, audit_client, spec, str(tmp_path / "ok.md"), "-o", "out")
    assert done.exit_code == 1, done.stderr
    why = f"cannot read d.jsonl in {z.as_uri()}: bad CRC-32 (its bytes are damaged)"
    assert f"newslint: {spec}: file.unreadable: {why}\n" in done.stderr
    got = _by_path(tmp_path / "out")
    assert [r for r in got if r[0] == spec] == [(spec, "file.unreadable", 1, 1, why)]
    assert any(r[0] == str(tmp_path / "ok.md") and r[1] == "hygiene.doubled-word" for r in got)


def test_an_encrypted_xml_member_whose_head_the_plan_reads_is_a_row(tmp_path, audit_client):
    data = bytearray(zip_bytes({"e.xml": "<rss><channel/></rss>\n"}))
    head = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("e.xml").header_offset
    data[head + 6] |= 1
    data[data.find(b"PK\x01\x02") + 8] |= 1
    z = tmp_path / "e.zip"
    z.write_bytes(bytes(data))
    spec = "zip://e.xml::" + z.as_uri()
    done = _run(tmp_path, audit_client, spec, "-o", "out")
    assert done.exit_code == 1, done.stderr
    assert _by_path(tmp_path / "out") == [
        (spec, "file.unreadable", 1, 1, f"cannot read e.xml in {z.as_uri()}: it is encrypted (a password is needed)")]


def test_guard_an_intact_zip_gives_the_rows_its_members_give_named_one_by_one(tmp_path, audit_client):
    z = tmp_path / "m.zip"
    z.write_bytes(zip_bytes({"a.md": DOUBLED, "c.md": "A plain line.\n", "d.jsonl": LINES}))
    whole = _run(tmp_path, audit_client, "zip://::" + z.as_uri(), "-o", "whole")
    assert whole.exit_code == 1, whole.stderr
    assert "file.unreadable" not in whole.stderr
    named = [f"zip://{n}::{z.as_uri()}" for n in ("a.md", "c.md", "d.jsonl")]
    one_by_one = _run(tmp_path, audit_client, *named, "-o", "named")
    got = _by_path(tmp_path / "whole")
    assert got == _by_path(tmp_path / "named")
    assert not [r for r in got if r[1].startswith("file.")]
    assert (named[0], "hygiene.doubled-word", 3, 1) in [r[:4] for r in got], one_by_one.stderr


def test_guard_a_damaged_archive_is_still_its_one_archive_row(tmp_path, audit_client):
    z = tmp_path / "bad.zip"
    z.write_bytes(zip_bytes({"b.md": DOUBLED})[:60])
    spec = "zip://::" + z.as_uri()
    _run(tmp_path, audit_client, spec, "-o", "out")
    assert _by_path(tmp_path / "out") == [(spec, "file.unreadable", 1, 1,
                                           "cannot read archive: File is not a zip file")]


def test_guard_only_opening_and_reading_a_member_is_guarded(tmp_path):
    import fsspec

    assert guarded(fsspec, "memory://desk/a.md") is fsspec
    assert guarded(fsspec, str(tmp_path / "a.md")) is fsspec
    z = tmp_path / "m.zip"
    z.write_bytes(_damaged("encrypted"))
    a, c = "zip://a.md::" + z.as_uri(), "zip://c.md::" + z.as_uri()
    with pytest.raises(MemberUnread) as caught:
        with guarded(fsspec, a).open(a, "rb") as f:
            f.read()
    assert isinstance(caught.value.fault, RuntimeError) and "encrypted" in str(caught.value.fault)
    with pytest.raises(RuntimeError, match="the caller's own"):     # never taken for a damaged member
        with guarded(fsspec, c).open(c, "rb") as f:
            assert f.read() == "A a line.\n".encode()
            raise RuntimeError("the caller's own")


@pytest.mark.parametrize("exc, why", [
    (zipfile.BadZipFile("Bad CRC-32 for file 'a.md'"), "bad CRC-32 (its bytes are damaged)"),
    (zipfile.BadZipFile("Bad magic number for file header"), "Bad magic number for file header"),
    (RuntimeError("File 'a.md' is encrypted, password required for extraction"),
     "it is encrypted (a password is needed)"),
    (NotImplementedError("That compression method is not supported"), "its compression method is not supported"),
    (zlib.error("Error -3 while decompressing data: invalid block type"),
     "its compressed bytes are damaged or cut short (Error -3 while decompressing data: invalid block type)"),
    (EOFError(), "its compressed bytes are damaged or cut short (EOFError)")])
def test_member_fault_says_the_reason_in_a_few_words_on_one_line(exc, why):
    assert member_fault("zip://sub/a.md::file:///d/m.zip", exc) == f"cannot read sub/a.md in file:///d/m.zip: {why}"


# ---- --resume after a damaged archive was replaced by a sound one (qa403 #5) ----------------------------

def _unfinish(out, index: int) -> None:
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    (out / f"part-{index:05d}.parquet").unlink()


@pytest.mark.parametrize("member", ["", "a.md"])
@pytest.mark.parametrize("index", [0, 1])
def test_resume_audits_an_archive_sound_since_as_a_fresh_audit_does(tmp_path, audit_client, member, index):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    z = tmp_path / "b.zip"
    z.write_bytes(zip_bytes({"a.md": DOUBLED})[:60])
    spec = f"zip://{member}::" + z.as_uri()
    args = (str(tmp_path / "ok.md"), spec)
    first = _run(tmp_path, audit_client, *args, "-o", "out")
    assert first.exit_code == 1 and "file.unreadable" in first.stderr, first.stderr
    _unfinish(tmp_path / "out", index)
    z.write_bytes(zip_bytes({"a.md": DOUBLED}))
    resumed = _run(tmp_path, audit_client, *args, "-o", "out", "--resume")
    assert resumed.exit_code == 0, resumed.stderr        # warnings only, as the fresh audit
    assert (f"newslint: resumed: 1 source readable since the audit began, audited again (no longer "
            f"file.unreadable): {spec}\n") in resumed.stderr
    assert "file.unreadable" not in resumed.stderr.replace("no longer file.unreadable", "")
    assert "gone since" not in resumed.stderr and "added since" not in resumed.stderr
    fresh = _run(tmp_path, audit_client, *args, "-o", "fresh")
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    assert ("zip://a.md::" + z.as_uri(), "hygiene.doubled-word", 3, 1) in [r[:4] for r in _by_path(tmp_path / "out")]
    assert fresh.exit_code == 0, fresh.stderr


def test_guard_resume_after_the_damaged_archive_was_deleted_says_it_gone_and_keeps_its_row(tmp_path, audit_client):
    (tmp_path / "ok.md").write_text(DOUBLED, encoding="utf-8")
    z = tmp_path / "b.zip"
    z.write_bytes(zip_bytes({"a.md": DOUBLED})[:60])
    spec = "zip://::" + z.as_uri()
    assert _run(tmp_path, audit_client, str(tmp_path / "ok.md"), spec, "-o", "out").exit_code == 1
    _unfinish(tmp_path / "out", 0)
    z.unlink()
    resumed = _run(tmp_path, audit_client, str(tmp_path / "ok.md"), spec, "-o", "out", "--resume")
    assert resumed.exit_code == 1, resumed.stderr
    assert f"resumed: 1 file gone since the audit began, left out: {spec}\n" in resumed.stderr
    assert "readable since" not in resumed.stderr
    assert [r[:4] for r in _by_path(tmp_path / "out")] == sorted([
        (str(tmp_path / "ok.md"), "hygiene.doubled-word", 3, 1), (spec, "file.unreadable", 1, 1)])


# ---- a member damaged between the plan and the worker: the slice's own row --------------------------

def test_a_slice_of_a_member_damaged_since_the_plan_is_a_row(tmp_path):
    from lint.audit.plan import plan
    from lint.audit.work import Settings, lint_partition
    from lint.config import Config

    z = tmp_path / "d.zip"
    z.write_bytes(zip_bytes({"d.jsonl": LINES}))
    spec = "zip://d.jsonl::" + z.as_uri()
    parts = plan([spec], articles_per_partition=2)
    assert [p.kind for p in parts] == ["slice", "slice"]
    data = bytearray(z.read_bytes())
    at = data.find(b"the the vote 3")
    data[at + 4] = ord("X")
    z.write_bytes(bytes(data))
    settings = Settings(None, (), Config())
    # zipfile reads a small member whole, so any slice may meet the damage: the last one does
    last, _, problems = lint_partition(parts[1], settings)
    assert list(zip(last["path"], last["rule"], last["message"])) == [
        (spec, "file.unreadable", f"cannot read d.jsonl in {z.as_uri()}: bad CRC-32 (its bytes are damaged)")]
    assert problems == []
