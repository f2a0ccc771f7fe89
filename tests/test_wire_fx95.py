"""Wire feeds and encodings (fx95): encoding labels that do not fit UTF-8
bytes (XML declaration and HTML <meta>), one NITF dateline said once, the
walk's .xml notice, and where a WordPress post's missing headline is put."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes


def _lint(tmp_path, name: str, data: bytes, **config):
    path = tmp_path / name
    path.write_bytes(data)
    return lint_bytes(str(path), data, Config(**config))


def _at(text: str, needle: str) -> tuple[int, int]:
    """(line, column), 1-based, of `needle`'s first character in `text`."""
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item>{title}
<link>https://lns.test/?p=7</link>
<content:encoded><![CDATA[The council met on Wednesday and approved the budget.]]></content:encoded>
<wp:post_id>7</wp:post_id><wp:post_date_gmt>2026-12-02 10:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
"""


@pytest.mark.parametrize("title, where", [
    ("<title></title>", "<title></title>"), ("<title/>", "<title/>"), ("", "<item>")])
def test_a_wxr_posts_missing_headline_is_at_its_empty_title_else_its_item(tmp_path, title, where):
    # nu27: it was put at the post's content, the first part read
    text = WXR.format(title=title)
    (finding,) = [d for d in _lint(tmp_path, "export.xml", text.encode()).diagnostics
                  if d.rule == "titles.missing-headline"]
    assert ((finding.line, finding.column), finding.article) == (_at(text, where), "7")


def test_the_walks_xml_line_counts_every_file_it_left_out_and_says_what_each_is(run_cli, tmp_path):
    # qa63 #12c: "skipped 3 .xml files (2 NITF, ...)" for a folder of 4: the empty
    # one was counted as copy and the one that is no XML (`garbage <<<`) was not
    feed = tmp_path / "feed3"
    feed.mkdir()
    (feed / "bom.xml").write_bytes(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n<nitf/>\n")
    (feed / "u16.xml").write_bytes("<?xml version='1.0' encoding='UTF-16'?><nitf/>".encode("utf-16"))
    (feed / "empty.xml").write_bytes(b"")
    (feed / "bad.xml").write_bytes(b"garbage <<<")
    (feed / "map.xml").write_text("<?xml version='1.0'?>\n<urlset/>\n")
    said = [x for x in run_cli("check", "feed3", cwd=tmp_path).stderr.splitlines() if ".xml" in x]
    assert said == ["newslint: skipped 5 .xml files in feed3 (2 NITF, NewsML-G2 or WordPress, 1 empty, "
                    "1 with no root element found and 1 other XML such as sitemaps; a walk reads no .xml: "
                    "name them, e.g. feed3/*.xml, to lint them)"]
