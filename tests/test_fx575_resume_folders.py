"""fx575: --resume's match of an archive glob that ends in '/' (`zip://**/::Z`,
`*/`) is fsspec's: such a glob finds folders alone, so a root file is not
among the files it names (qa437 #3). Guards: the same globs without the
closing '/', and a plain folder spelled with one."""
from __future__ import annotations

import zipfile

import pytest

MEMBERS = ["a.md", "b.txt", "sub/e.md", "sub/x/c.md", "sub/x/ab.md", "other/d.md"]


@pytest.fixture
def archive(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    z = tmp_path / "g.zip"
    with zipfile.ZipFile(z, "w") as f:
        for m in MEMBERS:
            f.writestr(m, "x\n")
    return z, fsspec.filesystem("zip", fo=str(z))


@pytest.mark.parametrize("pattern", ["**/", "*/", "sub/**/", "sub/*/", "**/*/", "s*/", "**", "*", "sub/**",
                                     "**/*.md", "sub/", "sub"])
def test_resume_takes_what_fsspecs_glob_finds(archive, pattern):
    from lint.audit.relisted import _through

    z, fs = archive
    found = [g.rstrip("/") for g in (fs.glob(pattern) if any(c in pattern for c in "*?[") else [pattern])]
    wanted = {m for m in MEMBERS if any(m == g or m.startswith(g + "/") for g in found)}
    tail = "::" + z.as_uri()
    assert {m for m in MEMBERS if _through(f"zip://{m}{tail}", f"zip://{pattern}{tail}")} == wanted
    if pattern.endswith("/") and "*" in pattern:
        assert not _through(f"zip://a.md{tail}", f"zip://{pattern}{tail}")
