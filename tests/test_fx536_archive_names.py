"""fx536: a file of an archive named by a chained fsspec URL is read by its
own name's format, not the archive's (qa387 #1), and a chained archive
walked as a folder names its files with the chain, so they open again
(qa384 #7). Archives are built in tmp_path; guards keep an archive named
directly skipped and a plain file:// article read as before."""
from __future__ import annotations

import io
import json
import tarfile
import zipfile

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows
from test_qa77_regressions import audit

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import plan, sources  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.format_names import format_ext, format_name  # noqa: E402
from lint.readers import read_bytes  # noqa: E402

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"
LINES = "".join(json.dumps({"id": f"a{i}", "headline": f"Vote {i}", "date": "2024-03-04",
                            "body": f"The council met and the the vote {i} passed."}) + "\n" for i in range(4))


def _config():
    config = Config(path="/cfg/.newslint.yaml", root="/cfg")
    return lambda p: config


def _zip(path, files):
    with zipfile.ZipFile(path, "w") as z:
        for rel, text in files.items():
            z.writestr(rel, text)
    return path


def _tar(path, files):
    with tarfile.open(path, "w:gz" if path.suffix == ".gz" else "w") as t:
        for rel, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(rel)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return path


# ---- the name the format is judged by -------------------------------------------------------------

@pytest.mark.parametrize("path, name", [
    ("zip://g/a.md::file:///tmp/z.zip", "g/a.md"),
    ("tar://x/d.jsonl::file:///t.tar", "x/d.jsonl"),
    ("simplecache::zip://g/a.html::s3://b/z.zip", "g/a.html"),
    ("simplecache::s3://b/a.md", "b/a.md"),
    ("zip://::file:///tmp/z.zip", "/tmp/z.zip"),        # an archive's root names no member
])
def test_a_chained_url_is_judged_by_its_innermost_path(path, name):
    assert format_name(path) == name


@pytest.mark.parametrize("path", ["/tmp/z.zip", "a.md", "file:///tmp/a.md", "s3://b/a.md", "notes::a.zip",
                                  "desk/a::b.md", "desk::2019/notes.ann"])
def test_guard_a_path_or_unchained_url_is_its_own_name(path):
    assert format_name(path) == path


def test_the_extension_is_the_members_in_any_case():
    assert format_ext("zip://g/A.MD::file:///tmp/z.ZIP") == ".md"
    assert format_ext("/tmp/Z.ZIP") == ".zip"


# ---- the readers' dispatch ------------------------------------------------------------------------

def test_a_markdown_member_is_read_as_markdown_under_its_full_url():
    url = "zip://g/a.md::file:///tmp/z.zip"
    doc = read_bytes(url, DOUBLED.encode())
    assert doc.format == "markdown" and doc.path == url


def test_a_json_member_of_a_zip_is_skipped_by_its_own_name():
    from lint.readers import ReadError

    with pytest.raises(ReadError) as got:
        read_bytes("zip://g/a.json::file:///tmp/z.zip", b'{"a": 1}\n')
    assert got.value.rule == "file.format" and "(.json " in str(got.value)


def test_guard_a_local_zip_named_directly_is_skipped_as_an_archive():
    from lint.readers import ReadError

    with pytest.raises(ReadError) as got:
        read_bytes("/tmp/z.zip", b"just text\n")
    assert got.value.rule == "file.format" and "(.zip is a picture or an archive" in str(got.value)


# ---- the plan: names that open again, JSON Lines cut into slices -----------------------------------

def test_a_walked_tar_names_its_files_with_the_chain(tmp_path):
    _tar(tmp_path / "t.tar", {"a.md": DOUBLED, "s/b.md": DOUBLED})
    urls = sources(["tar://::" + (tmp_path / "t.tar").as_uri()], _config())
    assert [u.split("::")[0] for u in urls] == ["tar://a.md", "tar://s/b.md"]
    for url in urls:
        assert url.endswith("::" + (tmp_path / "t.tar").as_uri())
        with fsspec.open(url, "rb") as f:
            assert f.read() == DOUBLED.encode()


def test_a_named_member_is_a_source_as_named(tmp_path):
    url = f"zip://g/a.md::{_zip(tmp_path / 'z.zip', {'g/a.md': DOUBLED}).as_uri()}"
    assert sources([url], _config()) == [url]


def test_json_lines_inside_a_zip_are_cut_into_slices(tmp_path):
    url = f"zip://d.jsonl::{_zip(tmp_path / 'z.zip', {'d.jsonl': LINES}).as_uri()}"
    parts = plan([url], articles_per_partition=2, config_for=_config())
    assert [(p.kind, p.paths, p.fmt) for p in parts] == [("slice", (url,), "jsonl")] * 2


def test_json_lines_in_a_walked_zip_are_cut_into_slices(tmp_path):
    root = "zip://::" + _zip(tmp_path / "z.zip", {"d.jsonl": LINES, "a.md": DOUBLED}).as_uri()
    parts = plan([root], articles_per_partition=2, config_for=_config())
    assert sorted((p.kind, p.fmt) for p in parts) == [("files", ""), ("slice", "jsonl"), ("slice", "jsonl")]
    assert all(path.endswith("::" + (tmp_path / "z.zip").as_uri()) for p in parts for path in p.paths)


# ---- the audit end to end ---------------------------------------------------------------------------

def test_an_audit_of_a_file_in_a_tar_gz_keeps_its_full_name(tmp_path, audit_client):
    url = f"tar://g/a.md::{_tar(tmp_path / 't.tar.gz', {'g/a.md': DOUBLED}).as_uri()}"
    done = audit(tmp_path, url, "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    found = [r for r in _rows(tmp_path / "out") if r["rule"] == "hygiene.doubled-word"]
    assert [(r["path"], r["line"], r["column"]) for r in found] == [(url, 3, 1)]


def test_an_audit_of_a_walked_zip_reads_each_file_not_a_folder(tmp_path, audit_client):
    root = "zip://::" + _zip(tmp_path / "z.zip", {"a.md": DOUBLED, "sub/b.md": DOUBLED}).as_uri()
    done = audit(tmp_path, root, "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    rows = _rows(tmp_path / "out")
    assert not [r for r in rows if r["rule"].startswith("file.")]
    assert sorted(r["path"].split("::")[0] for r in rows if r["rule"] == "hygiene.doubled-word") == \
        ["zip://a.md", "zip://sub/b.md"]


def test_guard_a_local_zip_named_to_the_audit_is_skipped_as_an_archive(tmp_path, audit_client):
    _zip(tmp_path / "z.zip", {"a.md": DOUBLED})
    done = audit(tmp_path, str(tmp_path / "z.zip"), "-o", "out", *_at(audit_client))
    assert f"{tmp_path / 'z.zip'}: file.format: skipped: not an article format (.zip is a picture or an " \
        "archive" in done.stderr
    assert "audited 0 articles" in done.stderr and _rows(tmp_path / "out") == []


def test_guard_a_plain_file_url_markdown_is_read_as_before(tmp_path, audit_client):
    (tmp_path / "a.md").write_text(DOUBLED, encoding="utf-8")
    url = (tmp_path / "a.md").as_uri()
    done = audit(tmp_path, url, "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    found = [r for r in _rows(tmp_path / "out") if r["rule"] == "hygiene.doubled-word"]
    assert len(found) == 1 and found[0]["line"] == 3 and found[0]["column"] == 1
