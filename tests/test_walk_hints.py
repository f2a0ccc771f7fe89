"""A folder walk and its hints: each walked `.xml` file's first XML_HEAD bytes
are read once, to read it when news by its root (nu73 #2), and never again for
the line of those left out (rv21 #1), and the "no article files" hint names
a subfolder's config whose `exclude:` is why nothing was linted (qa48 #11)."""
from __future__ import annotations

import os

import pytest

from lint import regular_files, walk_xml
from lint.files import XmlLeftOut, expand, shown
from lint.readers._own_reports import NEWS_XML
from lint.session import Session

NITF = "<?xml version='1.0'?>\n<nitf><body/></nitf>\n"
SITEMAP = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"


def test_a_walk_reads_each_xml_files_head_once(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("# Ferry\n\nThe ferry sank.\n", encoding="utf-8")
    (tmp_path / "wire.xml").write_text(NITF, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    opened = []
    real = regular_files.read_head
    monkeypatch.setattr(regular_files, "read_head", lambda path, size: opened.append((path, size)) or real(path, size))
    skipped: list = []
    found, _ = expand([str(tmp_path)], Session().config_for, skipped)
    assert found == [str(tmp_path / "a.md"), str(tmp_path / "wire.xml")]
    assert sorted(opened) == [(str(tmp_path / n), walk_xml.XML_HEAD) for n in ("sitemap.xml", "wire.xml")]
    (left,) = skipped
    assert isinstance(left, XmlLeftOut) and left.files == (str(tmp_path / "sitemap.xml"),)
    assert shown(skipped) == [] and left.count == 0 and len(opened) == 2


def test_a_folder_of_no_copy_is_not_shown(tmp_path):
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    skipped: list = []
    expand([str(tmp_path)], Session().config_for, skipped)
    assert len(skipped) == 1 and shown(skipped) == []


def test_no_article_files_names_a_subfolders_exclude(run_cli, tmp_path):
    inner = tmp_path / "sub" / "inner"
    inner.mkdir(parents=True)
    (inner / ".newslint.yaml").write_text('exclude: ["*.md"]\n', encoding="utf-8")
    (inner / "a.md").write_text("# Ferry\n\nThe the ferry sank.\n", encoding="utf-8")
    for verbose in ((), ("-v",)):
        said = run_cli("check", *verbose, "sub", cwd=tmp_path).stderr
        hint = [line for line in said.splitlines() if "no article files to lint here" in line]
        assert len(hint) == 1 and "the exclude: in sub/inner/.newslint.yaml skips files" in hint[0]
        assert "the config's exclude:" not in hint[0]      # the named folder's config has none


def test_the_named_folders_exclude_is_said_as_before(run_cli, tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".newslint.yaml").write_text("exclude: ['*.draft.md']\n", encoding="utf-8")
    (desk / "a.draft.md").write_text("TK.\n", encoding="utf-8")
    said = run_cli("check", "desk", cwd=tmp_path).stderr
    assert "the config's exclude: skips files)" in said and "the exclude: in" not in said


def _pipe_with(path, data: bytes) -> int:
    """A FIFO at `path` that this test holds open for writing, with `data`
    waiting in it: a reader that opens it gets those bytes without blocking,
    so the test shows a read as bytes gone rather than as a hang."""
    os.mkfifo(path)
    fd = os.open(path, os.O_RDWR | os.O_NONBLOCK)
    os.write(fd, data)
    return fd


def _unread(fd: int, data: bytes) -> bool:
    try:
        return os.read(fd, len(data) + 1) == data
    except BlockingIOError:         # read: nothing left in the pipe
        return False
    finally:
        os.close(fd)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_xml_is_never_opened_nor_counted(run_cli, tmp_path):
    # qa51 #4: `check -v` and the nothing-to-lint hint opened it, and open() waits for a writer
    data = (NITF + " " * walk_xml.XML_HEAD).encode()
    fd = _pipe_with(tmp_path / "pipe.xml", data)
    skipped: list = []
    expand([str(tmp_path)], Session().config_for, skipped)
    (left,) = skipped
    assert left.count == 0 and shown(skipped) == []
    said = run_cli("check", "-v", str(tmp_path)).stderr
    assert "no article files to lint here" in said and ".xml" not in said.replace(NEWS_XML, "")
    assert _unread(fd, data)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_named_readme_at_a_site_root_is_never_opened(run_cli, tmp_path):
    (tmp_path / "_config.yml").write_text("title: Desk\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Ferry\n\nThe ferry sank.\n", encoding="utf-8")
    data = b"# Desk\n\nOur readme.\n"
    fd = _pipe_with(tmp_path / "README.md", data)
    said = run_cli("check", "-v", str(tmp_path)).stderr
    assert "README.md (Jekyll repository document" in said
    assert _unread(fd, data)


def _desk(root, folder: str, pattern: str, name: str) -> None:
    (root / folder).mkdir(parents=True, exist_ok=True)
    (root / folder / ".newslint.yaml").write_text(f'exclude: ["{pattern}"]\n', encoding="utf-8")
    (root / folder / name).write_text("# Ferry\n\nThe ferry sank.\n", encoding="utf-8")


def _hint(run_cli, cwd, *paths) -> str:
    said = run_cli("check", *paths, cwd=cwd).stderr
    (hint,) = [line for line in said.splitlines() if "no article files to lint here" in line]
    hint = hint.replace(NEWS_XML, "")      # the walk's .xml, named since qa428 #3
    return hint[hint.index(".ndjson;") + 9:] if ".ndjson;" in hint else hint


def test_the_hint_blames_only_configs_that_left_a_file_out_and_says_them_in_the_plural(run_cli, tmp_path):
    # qa51 #6: "the exclude: in a, b skips files"; the named folder's config blamed for nothing
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text('exclude: ["*.txt"]\n', encoding="utf-8")
    _desk(tmp_path, "desk/a", "x.md", "x.md")
    _desk(tmp_path, "desk/b", "y.md", "y.md")
    assert _hint(run_cli, tmp_path, "desk") == \
        "the exclude: in desk/a/.newslint.yaml and desk/b/.newslint.yaml skip files)"
    assert _hint(run_cli, tmp_path, "desk/a", "desk/b") == \
        "the exclude: in desk/a/.newslint.yaml and desk/b/.newslint.yaml skip files)"
    assert _hint(run_cli, tmp_path, "desk/a") == "the config's exclude: skips files)"


def test_the_hint_names_three_configs_and_counts_the_rest(run_cli, tmp_path):
    for folder in "abcde":
        _desk(tmp_path, f"desk/{folder}", "*.md", "x.md")
    assert _hint(run_cli, tmp_path, "desk") == ("the exclude: in desk/a/.newslint.yaml, desk/b/.newslint.yaml, "
                                                "desk/c/.newslint.yaml and 2 more skip files)")


# --- a walk's word-processor and PDF files are counted in one line (nu29 #1: a
# class's story.docx dropped out of the report and its JSON without a word) -----

def test_a_walk_says_the_documents_it_leaves_out_in_one_line(run_cli, tmp_path):
    (tmp_path / "ann").mkdir()
    (tmp_path / "ben").mkdir()
    (tmp_path / "ann" / "story.txt").write_text("Vote\n\nThe council met.\n", encoding="utf-8")
    (tmp_path / "ann" / "draft.docx").write_bytes(b"PK\x03\x04word/")
    (tmp_path / "ben" / "story.docx").write_bytes(b"PK\x03\x04word/")
    (tmp_path / "ben" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "ben" / "old.odt").write_bytes(b"PK\x03\x04mimetype")
    (tmp_path / ".newslint.yaml").write_text("exclude: ['old.odt']\n", encoding="utf-8")
    for fmt in ("text", "json"):
        result = run_cli("check", "--no-cache", "--format", fmt, ".", cwd=tmp_path)
        said = [line for line in result.stderr.splitlines() if "left out" in line]
        assert said == [
            f"newslint: left out 3 word-processor or PDF files (2 .docx, 1 .pdf: "
            f"{os.path.join('ann', 'draft.docx')}, {os.path.join('ben', 'scan.pdf')}, "
            f"{os.path.join('ben', 'story.docx')}): newslint reads plain text, Markdown and "
            "web pages; save each as Plain Text (.txt), Markdown (.md) or a web page (.html), "
            "e.g. Word: File > Save As > Plain Text; Google Docs: File > Download > Web page"]
        assert result.exit_code == 0


def test_a_walk_of_articles_alone_says_nothing_left_out(run_cli, tmp_path):
    (tmp_path / "story.txt").write_text("Vote\n\nThe council met.\n", encoding="utf-8")
    assert "left out" not in run_cli("check", "--no-cache", ".", cwd=tmp_path).stderr


def test_one_look_at_a_walked_folder_names_and_counts_what_it_leaves_out(tmp_path):
    # documents and .xml files are named and counted; hidden ones named, not counted;
    # those exclude: leaves out neither
    for name in ("a.md", "scan.PDF", "old.docx", "wire.xml", ".hid.pdf", "votes.csv", "NOTES",
                 "drop.csv", "drop.pdf", "drop.xml", ".newslint.yaml"):
        (tmp_path / name).write_text(SITEMAP if name.endswith(".xml") else "x\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("exclude: ['drop.*']\n", encoding="utf-8")
    skipped: list = []
    passed: list[str] = []
    found, _ = expand([str(tmp_path)], Session().config_for, skipped, passed=passed)
    assert found == [str(tmp_path / "a.md")]
    xml, documents = skipped
    assert xml.files == (str(tmp_path / "wire.xml"),)
    assert documents.files == [str(tmp_path / n) for n in (".hid.pdf", "old.docx", "scan.PDF")]
    assert sorted(passed) == [str(tmp_path / n) for n in ("NOTES", "old.docx", "scan.PDF", "votes.csv", "wire.xml")]
