"""fx589 (qa444 #4): a root element found once is asked each question there.

`_xml_root.name_at` and `tag_at` answer of an index `root_at` found, and
`readers.reader_for`, `wxr.is_wxr`, `walk_xml.kind_of` and the audit plan's
`_export_format` take that index instead of scanning the prolog again. The
answers are those of `root_name` and `root_tag` on every shape; the scans
are counted by wrapping `root_at`."""
from __future__ import annotations

import pytest

from late_xml_helpers import DECL, ITEM, WP, comment
from lint import walk_xml
from lint.readers import _xml_root, reader_for
from lint.readers.wxr import is_wxr

SHAPES = [
    "",
    "garbage <<<",
    "<" * 50,
    DECL + "<nitf><body/></nitf>",
    DECL + "<!-- a comment --><?pi x?>\n<ng:newsItem xmlns:ng='x'/>",
    DECL + "<!DOCTYPE nitf [\n<!ENTITY c \"<span>\">\n]>\n<nitf/>",
    DECL + '<rss version="2.0" xmlns:wp="' + WP + '">' + ITEM,
    DECL + '<rss version="2.0" xmlns:wp="' + WP,                 # cut inside the root's tag
    DECL + "<!-- never closed",
    DECL + "<_x a='>' b=\"'\">",
    "<urlset/>",
]


@pytest.mark.parametrize("text", SHAPES)
def test_name_at_and_tag_at_answer_as_root_name_and_root_tag(text):
    at = _xml_root.root_at(text)
    assert _xml_root.name_at(text, at) == _xml_root.root_name(text)
    assert _xml_root.tag_at(text, at) == _xml_root.root_tag(text)


@pytest.mark.parametrize("text", SHAPES)
@pytest.mark.parametrize("name", ["a.xml", "b.txt"])
def test_reader_for_and_is_wxr_answer_the_same_given_the_root(text, name):
    at = _xml_root.root_at(text)
    assert reader_for(name, text, at) is reader_for(name, text)
    assert is_wxr(text, at) == is_wxr(text)


def test_a_wxr_is_told_by_the_given_root_not_a_rescan(monkeypatch):
    text = DECL + comment(300) + '<rss version="2.0" xmlns:wp="' + WP + '">' + ITEM
    at = _xml_root.root_at(text)
    monkeypatch.setattr(_xml_root, "root_at", lambda s: pytest.fail("scanned again"))
    assert reader_for("a.xml", text, at).FORMAT == "wxr" and is_wxr(text, at)


def _counted(monkeypatch) -> list:
    calls: list = []
    real = _xml_root.root_at
    monkeypatch.setattr(_xml_root, "root_at", lambda s: calls.append(len(s)) or real(s))
    return calls


@pytest.mark.parametrize("head, reads", [
    (DECL + '<rss version="2.0" xmlns:wp="' + WP + '">' + ITEM, 1),                 # told by its 4 KB head
    (DECL + comment(9000) + '<rss version="2.0"\n xmlns:wp="' + WP + '">' + ITEM, 2),  # late: head, then scan
    (DECL + '<rss version="2.0"' + ' xmlns:a="x"' * 600 + ' xmlns:wp="' + WP + '">' + ITEM, 2),
])
def test_a_walked_wxr_is_scanned_once_per_read(tmp_path, monkeypatch, head, reads):
    f = tmp_path / "export.xml"
    f.write_text(head)
    calls = _counted(monkeypatch)
    assert walk_xml.sniff(str(f)) == walk_xml.NEWS
    assert len(calls) == reads


def test_a_walked_feed_is_still_other_and_scanned_once(tmp_path, monkeypatch):
    f = tmp_path / "index.xml"
    f.write_text(DECL + "<rss version='2.0' xmlns:atom='http://www.w3.org/2005/Atom'><channel/></rss>\n")
    calls = _counted(monkeypatch)
    assert walk_xml.sniff(str(f)) == walk_xml.OTHER and len(calls) == 1


def test_a_named_wxr_is_scanned_once_when_read(monkeypatch):
    from lint.readers import read_bytes

    data = (DECL + comment(300) + '<rss version="2.0" xmlns:wp="' + WP + '">' + ITEM).encode()
    calls = _counted(monkeypatch)
    doc = read_bytes("export.xml", data)
    assert doc.format == "wxr" and len(doc.articles) == 1 and len(calls) == 1


def test_the_audit_plan_tells_an_export_with_one_scan_per_read(tmp_path, monkeypatch):
    from lint.audit import plan

    fsspec = pytest.importorskip("fsspec")
    f = tmp_path / "export.xml"
    f.write_text(DECL + comment(9000) + '<rss version="2.0" xmlns:wp="' + WP + '">' + ITEM)
    calls = _counted(monkeypatch)
    monkeypatch.setattr(plan, "root_at", _xml_root.root_at)     # (the plan's own name for it, counted too)
    _export_format = plan._export_format
    assert _export_format(fsspec, str(f)) == "wxr"
    assert len(calls) == 2          # the 8 KB head (a comment only), then the 256 KB read
    (tmp_path / "feed.xml").write_text(DECL + "<rss version='2.0'><channel/></rss>\n")
    del calls[:]
    assert _export_format(fsspec, str(tmp_path / "feed.xml")) == "" and len(calls) == 1
