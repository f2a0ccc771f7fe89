"""fx573: --resume's match of a URL glob in an archive finds what fsspec's
glob finds (a folder it finds: the files below it), a `**` part standing for
any number of folders, none too (qa428 #6); a `*` still never crosses `/`
(qa419 #4, guard)."""
from __future__ import annotations

import zipfile

import pytest

MEMBERS = ["a.md", "b.txt", "sub/e.md", "sub/x/ab/c.md", "sub/x/ab.md", "sub/y/z/d.md"]


@pytest.mark.parametrize("pattern", ["**/*.md", "**/a*.md", "sub/**/*.md", "sub/**", "*/*.md", "*.md",
                                     "**/x/*.md", "sub/*/ab*", "**/z/**"])
def test_resume_matches_as_fsspecs_glob(tmp_path, pattern):
    fsspec = pytest.importorskip("fsspec")
    from lint.audit.relisted import _through

    z = tmp_path / "g.zip"
    with zipfile.ZipFile(z, "w") as f:
        for m in MEMBERS:
            f.writestr(m, "The the x\n")
    globbed = fsspec.filesystem("zip", fo=str(z)).glob(pattern)
    wanted = {m for m in MEMBERS if any(m == g or m.startswith(g + "/") for g in globbed)}
    tail = "::" + z.as_uri()
    assert {m for m in MEMBERS if _through(f"zip://{m}{tail}", f"zip://{pattern}{tail}")} == wanted
