"""fx556: `--resume` and a member's `file.unreadable` row a worker wrote
(qa411 #6): a finished partition holding it is audited again when the
member reads now (the archive restored byte-for-byte, its members' sizes
and dates unchanged), and said; left as written while the member still
cannot be read. Archives built with zipfile and damaged here (synthetic
input only)."""
from __future__ import annotations

import pytest

from test_qa411_review import GOOD, _by_path, _not_holding, _resumed_and_fresh

pytest.importorskip("fsspec")


def _crc_broken() -> bytes:
    damaged = bytearray(GOOD)
    damaged[damaged.find(b"The the") + 4] = ord("X")
    return bytes(damaged)


def test_the_member_read_again_is_said(tmp_path, audit_client):
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, _crc_broken(), GOOD, ["zip://::Z"],
                                           _not_holding("a.md"))
    assert ("newslint: resumed: 1 source readable since the audit began, audited again (no longer "
            f"file.unreadable): zip://a.md::{z.as_uri()}\n") in resumed.stderr
    assert not [r for r in _by_path(tmp_path / "out") if r[1] == "file.unreadable"]


def test_guard_a_member_still_damaged_keeps_its_row_and_its_partition(tmp_path, audit_client):
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, _crc_broken(), _crc_broken(), ["zip://::Z"],
                                           _not_holding("a.md"))
    assert "readable since" not in resumed.stderr
    assert "1 already written" in resumed.stderr.splitlines()[-1]
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
    a = "zip://a.md::" + z.as_uri()
    assert [r[:2] for r in _by_path(tmp_path / "out") if r[0] == a] == [(a, "file.unreadable")]
    assert resumed.exit_code == fresh.exit_code == 1, resumed.stderr


def test_guard_a_sound_archive_resumed_says_nothing_of_it(tmp_path, audit_client):
    missing = str(tmp_path / "gone.md")         # a file.missing row: the first run exits 1, as the helper wants
    resumed, fresh, z = _resumed_and_fresh(tmp_path, audit_client, GOOD, GOOD, ["zip://::Z", missing],
                                           _not_holding("a.md"))
    assert "readable since" not in resumed.stderr
    assert "in 3 partitions (2 already written)" in resumed.stderr.splitlines()[-1]
    assert _by_path(tmp_path / "out") == _by_path(tmp_path / "fresh")
