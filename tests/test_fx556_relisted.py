"""fx556: what `--resume` gives a source that was a `file.unreadable` row
and reads now (`audit.relisted`, qa411 #4): a source naming one member
takes that member alone, a folder of an archive the files below it, the
archive's root every file of it; a path the first run planned elsewhere is
never taken. Partitions are built here by hand (synthetic input only)."""
from __future__ import annotations

from lint.audit.plan import Partition
from lint.audit.relisted import relisted

Z = "::file:///d/b.zip"
ROW = ((1, 1, "file.unreadable", "error", "cannot read archive: File is not a zip file"),)


def _gone(*specs):
    return [Partition(i, "unreadable", (s,), notices=ROW) for i, s in enumerate(specs)]


def _now(*names):
    return [Partition(0, "files", tuple(f"zip://{n}{Z}" for n in names))]


def test_a_member_source_first_takes_its_member_alone():
    old, made, taken = relisted(_gone("zip://a.md" + Z, "zip://" + Z), _now("a.md", "c.md", "sub/e.md"))
    assert [p.paths for p in old] == [("zip://a.md" + Z,), ("zip://c.md" + Z, "zip://sub/e.md" + Z)]
    assert set(made) == {"zip://a.md" + Z, "zip://" + Z}


def test_guard_the_whole_archive_first_leaves_the_member_to_its_own_source():
    old, made, taken = relisted(_gone("zip://" + Z, "zip://a.md" + Z), _now("a.md", "c.md"))
    assert [p.paths for p in old] == [("zip://c.md" + Z,), ("zip://a.md" + Z,)]


def test_a_folder_source_takes_the_files_below_it_only():
    old, made, taken = relisted(_gone("zip://sub" + Z, "zip://" + Z), _now("a.md", "sub/e.md", "subway.md"))
    assert [p.paths for p in old] == [("zip://sub/e.md" + Z,), ("zip://a.md" + Z, "zip://subway.md" + Z)]


def test_a_glob_source_takes_its_matches():
    old, made, taken = relisted(_gone("zip://*.txt" + Z, "zip://" + Z), _now("a.md", "n.txt"))
    assert [p.paths for p in old] == [("zip://n.txt" + Z,), ("zip://a.md" + Z,)]


def test_guard_another_archive_is_never_taken():
    other = [Partition(0, "files", ("zip://a.md::file:///d/other.zip",))]
    old, made, taken = relisted(_gone("zip://" + Z), other)
    assert old[0].kind == "unreadable" and not made
