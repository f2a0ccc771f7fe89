"""fx575: a folder walk finds an .xml's root past its 4 KB head (a long
licence comment, a DOCTYPE, an <rss> tag with many namespaces) by reading
at most walk_xml.XML_SCAN, and reads a news root found late as the named
file is read (nu75 #1); one whose root lies further still is said without
-v. A WordPress export is told by its root's own namespace declaration,
wherever that tag ends (qa428 #8, qa437 #1). Guards: sitemaps alone say
nothing; a named file is read as before; check and audit walk alike."""
from __future__ import annotations

import zipfile

import pytest

from late_xml_helpers import DECL, ITEM, WP, comment as _comment, findings as _findings
from lint import walk_xml
from lint.audit.plan import sources
from lint.readers import reader_for
from lint.readers._xml_root import root_attrs, root_tag
from lint.readers.wxr import is_wxr

NITF = "<nitf><body><body.content><p>The the levee held TK.</p></body.content></body></nitf>\n"


def _export(head: str = "", extra: int = 0) -> str:
    many = "".join(f' xmlns:x{i}="http://example.com/ns/{i}/"' for i in range(extra))
    return (DECL + head + f'<rss version="2.0"{many} xmlns:wp="{WP}" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">' + ITEM)


@pytest.mark.parametrize("text", [
    DECL + _comment(5000) + NITF,                                           # past the head
    DECL + _comment(200 * 1024) + NITF,                                     # near the end of the scan
    DECL + "<!DOCTYPE nitf [\n" + '<!ENTITY c "<span>(c)</span>">\n' * 400 + "]>\n" + NITF,
    _export(_comment(3000), 80),                                            # <rss> tag ends past 4 KB
    _export("", 200),                                                       # its namespace past 4 KB
])
def test_a_late_news_root_is_walked_as_it_is_named(run_cli, tmp_path, text):
    (tmp_path / "b.xml").write_text(text)
    walked = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    named = run_cli("check", "--no-cache", "b.xml", cwd=tmp_path)
    assert _findings(named.stdout) and named.exit_code == 1 - ("<rss" in text)     # (an error, a warning)
    assert _findings(walked.stdout) == _findings(named.stdout) and walked.exit_code == named.exit_code
    assert ".xml file" not in walked.stderr


def test_a_root_past_the_scan_is_said_without_v_and_read_when_named(run_cli, tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.md").write_text("# Vote\n\nThe council met.\n")
    (tmp_path / "desk" / "far.xml").write_text(DECL + _comment(walk_xml.XML_SCAN) + NITF)
    (tmp_path / "desk" / "sitemap.xml").write_text(DECL + "<urlset/>\n")
    walked = run_cli("check", "--no-cache", "desk", cwd=tmp_path)
    assert "skipped 2 .xml files in desk (1 with no root element in their first 256 KB and 1 other XML" \
        in walked.stderr
    assert "desk/*.xml" in walked.stderr
    named = run_cli("check", "--no-cache", "desk/far.xml", cwd=tmp_path)
    assert "hygiene.placeholder" in named.stdout


def test_the_scan_reads_no_more_than_it_needs(tmp_path, monkeypatch):
    from lint import regular_files
    sizes: list = []
    real = regular_files.read_head
    monkeypatch.setattr(regular_files, "read_head", lambda p, n: sizes.append(n) or real(p, n))
    (tmp_path / "short.xml").write_text(DECL + NITF)
    (tmp_path / "late.xml").write_text(DECL + _comment(5000) + NITF)
    assert walk_xml.sniff(str(tmp_path / "short.xml")) == walk_xml.NEWS and sizes == [walk_xml.XML_HEAD]
    sizes.clear()
    assert walk_xml.sniff(str(tmp_path / "late.xml")) == walk_xml.NEWS
    assert sizes == [walk_xml.XML_HEAD, walk_xml.XML_SCAN]


@pytest.mark.parametrize("cut", range(1, 12))
def test_a_head_cut_inside_the_root_name_is_not_told_by_the_cut(cut):
    text = (DECL + "<!--" + "x" * 100 + "-->" + "<nitf version='3.6'>").encode()
    head = text[:text.index(b"<nitf") + cut]
    kind = walk_xml.kind_of("a.xml", head, whole=False)
    assert kind == (walk_xml.NEWS if head.endswith(b">") else walk_xml.LATE)


def test_guard_whole_texts_are_told_as_before():
    assert walk_xml.kind_of("a.xml", b"") == walk_xml.EMPTY
    assert walk_xml.kind_of("a.xml", b"garbage <<<") == walk_xml.UNKNOWN
    assert walk_xml.kind_of("a.xml", b"plain text, no element") == walk_xml.UNKNOWN
    assert walk_xml.kind_of("a.xml", (DECL + "<urlset/>").encode()) == walk_xml.OTHER
    assert walk_xml.kind_of("a.xml", (DECL + NITF).encode()) == walk_xml.NEWS


def test_url_and_archive_walks_read_a_late_root_too(tmp_path, monkeypatch):
    late = DECL + _comment(5000) + NITF
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "late.xml").write_text(late)
    (desk / "sitemap.xml").write_text(DECL + "<urlset/>\n")
    z = tmp_path / "d.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("sub/late.xml", late)
        f.writestr("sub/sitemap.xml", DECL + "<urlset/>\n")
    monkeypatch.chdir(tmp_path)
    said: list = []
    assert sources(["desk"], left_out=said) == ["desk/late.xml"]
    assert sources([desk.as_uri()], left_out=said) == [(desk / "late.xml").as_uri()]
    assert sources([f"zip://::{z}"], left_out=said) == [f"zip://sub/late.xml::{z}"]
    assert said == []           # (the sitemaps alone are not said)


@pytest.mark.parametrize("text", [
    DECL + "<rss version='2.0'><channel><title>Hugo</title><description>Moving from "
           f"{WP} files</description></channel></rss>\n",
    DECL + f"<rss version='2.0' data-from=\"xmlns:wp='{WP}'\"><channel/></rss>\n",
    DECL + f"<rss version='2.0'><channel xmlns:wp='{WP}'/></rss>\n",
])
def test_a_feed_that_mentions_the_namespace_is_no_export(run_cli, tmp_path, text):
    assert not is_wxr(text) and reader_for("feed.xml", text) is None
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "feed.xml").write_text(text)
    named = run_cli("check", "--no-cache", "f/feed.xml", cwd=tmp_path)
    assert "f/feed.xml: file.format: skipped" in named.stderr and named.exit_code == 0
    assert walk_xml.sniff(str(tmp_path / "f" / "feed.xml")) == walk_xml.OTHER


def test_guard_export_spellings_wordpress_writes():
    for version in ("1.0", "1.1", "1.2"):
        text = f'{DECL}<rss version="2.0"\n\txmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"' \
               f'\n\txmlns:wp="http://wordpress.org/export/{version}/"\n>' + ITEM
        assert is_wxr(text) and reader_for("e.xml", text) is not None
    assert root_attrs(root_tag(f"<rss a='x>y' xmlns:wp = \"{WP}\">")) == [("a", "x>y"), ("xmlns:wp", WP)]


def test_an_export_over_the_limit_whose_tag_ends_past_the_head_is_too_large(run_cli, tmp_path):
    # (an .rss over the limit is judged by its 8 KB head: `readers._no_article_head`)
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.01\n")      # 10,485 bytes
    (tmp_path / "e.rss").write_text(_export(_comment(7500), 60) + "<!-- " + "x" * 3000 + " -->\n")  # (tag: 7.5-9.9 KB)
    done = run_cli("check", "--no-cache", "e.rss", cwd=tmp_path)
    assert "file.too-large" in done.stdout + done.stderr and "file.format" not in done.stdout + done.stderr


@pytest.mark.parametrize("extra", [0, 300])
def test_audit_cuts_an_export_whose_tag_ends_past_its_8kb_head_as_one(tmp_path, extra):
    fsspec = pytest.importorskip("fsspec")
    from lint.audit.plan import _export_format

    text = _export(_comment(2000), extra)
    assert (text.find(">", text.find("<rss")) > 8192) == bool(extra)
    (tmp_path / "e.xml").write_text(text)
    assert _export_format(fsspec, str(tmp_path / "e.xml")) == "wxr"
    (tmp_path / "feed.xml").write_text(text.replace(f'xmlns:wp="{WP}"', 'xmlns:wq="http://example.com/"'))
    assert _export_format(fsspec, str(tmp_path / "feed.xml")) == ""
