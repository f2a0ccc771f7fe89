"""fx535: the audit's 'not read' tally takes a file's name after a URL's
chain is cut (`zip://n.ann::file:///a.zip`), never cutting a local path at
'::' (qa396 #2: a folder named `desk::2019`)."""
from __future__ import annotations

import zipfile

import pytest


def _not_read(specs) -> dict[str, int]:
    from lint.audit.plan import sources
    from lint.config import Config

    passed: dict[str, int] = {}
    sources(specs, lambda path: Config(), passed=passed)
    return passed


@pytest.mark.parametrize("folder", ["desk::2019", "a::b::c", "desk::"])
def test_a_local_folder_named_with_two_colons_counts_its_files_by_extension(tmp_path, monkeypatch, folder):
    pytest.importorskip("fsspec")
    (tmp_path / folder / "sub").mkdir(parents=True)
    (tmp_path / folder / "a.md").write_text("# A\n")
    (tmp_path / folder / "notes.ann").write_text("x\n")
    (tmp_path / folder / "sub" / "pic.svg").write_text("<svg/>\n")
    (tmp_path / folder / "sub" / "LICENSE").write_text("x\n")
    monkeypatch.chdir(tmp_path)
    assert _not_read([folder]) == {".ann": 1, ".svg": 1, "": 1}
    assert _not_read([f"{folder}/notes.ann", folder]) == {".svg": 1, "": 1}


def test_a_local_file_named_with_two_colons_counts_by_its_extension(tmp_path, monkeypatch):
    pytest.importorskip("fsspec")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.md").write_text("# A\n")
    (tmp_path / "desk" / "wire::ap.ann").write_text("x\n")
    monkeypatch.chdir(tmp_path)
    assert _not_read(["desk"]) == {".ann": 1}


def test_guard_an_archives_files_are_counted_by_their_name_before_the_chain(tmp_path):
    pytest.importorskip("fsspec")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("sub/a.md", "# A\n")
        z.writestr("sub/n.ann", "x\n")
        z.writestr("top.svg", "<svg/>\n")
        z.writestr("README", "x\n")
    assert _not_read([f"zip://::{(tmp_path / 'a.zip').as_uri()}"]) == {".ann": 1, ".svg": 1, "": 1}


def _file_name(path: str) -> str:
    """The name the tally counts (audit/plan: a format_name's last part)."""
    from lint.format_names import format_name

    return format_name(path).rsplit("/", 1)[-1]


def test_file_name_cuts_only_a_urls_chain():

    assert _file_name("zip://sub/n.ann::file:///tmp/a.zip") == "n.ann"
    assert _file_name("tar://top.svg::file:///tmp/desk::2019.tar") == "top.svg"
    assert _file_name("s3://bucket/desk/n.ann") == "n.ann"
    assert _file_name("desk::2019/notes.ann") == "notes.ann"
    assert _file_name("/tmp/desk::2019/sub/LICENSE") == "LICENSE"
