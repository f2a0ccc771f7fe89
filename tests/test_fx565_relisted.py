"""fx565: --resume takes for a source readable since what fsspec's glob finds
(qa419 #4): a `*` never crosses a `/`; a folder a glob matches gives the files
below it; `**` crosses folders. A source whose files an earlier source took
has its stale row dropped and reads nothing, as a fresh audit finds them once."""
from __future__ import annotations

import pytest

from lint.audit.plan import Partition
from lint.audit.relisted import _through, relisted

Z = "::file:///d/b.zip"
ROW = ((1, 1, "file.unreadable", "error", "cannot read archive: File is not a zip file"),)


@pytest.mark.parametrize("spec, member, found", [
    ("zip://*.md", "a.md", True), ("zip://*.md", "sub/e.md", False),
    ("zip://sub/*.md", "sub/e.md", True), ("zip://s?b", "sub/e.md", True),     # a folder matched
    ("zip://s*", "sub/deep/e.md", True), ("zip://**/*.md", "sub/deep/e.md", True),
    ("zip://[ab].md", "a.md", True), ("zip://[ab].md", "c.md", False),
    ("zip://sub", "sub/e.md", True), ("zip://", "sub/e.md", True),             # guards: no glob
])
def test_a_glob_source_finds_what_fsspec_globs(spec, member, found):
    assert _through(f"zip://{member}{Z}", spec + Z) is found


def test_a_source_whose_files_were_taken_reads_nothing_and_drops_its_row():
    old = [Partition(i, "unreadable", (s + Z,), notices=ROW) for i, s in enumerate(["zip://", "zip://sub"])]
    now = [Partition(0, "files", (f"zip://a.md{Z}", f"zip://sub/e.md{Z}"))]
    out, made, taken = relisted(old, now)
    assert [(p.kind, p.paths) for p in out] == [("files", (f"zip://a.md{Z}", f"zip://sub/e.md{Z}")), ("files", ())]
    assert set(made) == {"zip://" + Z, "zip://sub" + Z}


def test_guard_a_source_still_unreadable_keeps_its_row():
    old = [Partition(0, "unreadable", ("zip://" + Z,), notices=ROW)]
    now = [Partition(0, "unreadable", ("zip://" + Z,), notices=ROW)]
    assert relisted(old, now)[0] == old
