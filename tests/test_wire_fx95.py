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
    said = [x for x in run_cli("check", "-v", "feed3", cwd=tmp_path).stderr.splitlines() if ".xml files" in x]
    assert said == ["newslint: skipped 3 .xml files in feed3 (1 empty, 1 with no root element found and 1 "
                    "other XML such as sitemaps; a walk reads an .xml only when its root is NITF, NewsML-G2 "
                    "or WordPress; name them, e.g. feed3/*.xml, to lint NITF, NewsML-G2 or WordPress exports)"]
    read = run_cli("check", "-v", "feed3", cwd=tmp_path).stderr      # the NITF (a BOM, UTF-16) is read
    assert "feed3/bom.xml: " in read and "feed3/u16.xml: " in read


NITF = ('<?xml version="1.0" encoding="{label}"?>\n<nitf><body><body.content>'
        "<p>The {body} owner said she was pleased.</p></body.content></body></nitf>\n")


@pytest.mark.parametrize("label, body, said", [
    ("us-ascii", "Café", "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("UTF-16", "Café", "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("UTF-16", "Cafe", "but the bytes are UTF-8 (all ASCII)"),   # libxml2: "labelled UTF-16 but has UTF-8 content"
    ("Shift_JIS", "Café", "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("KOI8-R", "“Café”", "but the bytes are UTF-8 ('“', U+201C, on line 2)"),
    ("bogus-enc", "Café", "which is no encoding Python knows; the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("bogus-enc", "Cafe", "which is no encoding Python knows; the bytes are UTF-8 (all ASCII)"),
    ("koi8", "Café", "which is no encoding Python knows; the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("base64", "Café", "which is no encoding Python knows; the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("us-ascii", "Cafe", None), ("KOI8-R", "Cafe", None), ("utf8", "Café", None), ("UTF-8", "Café", None)])
def test_any_label_that_does_not_read_the_utf8_bytes_is_file_encoding_at_the_label(tmp_path, label, body, said):
    # qa63 #9: only ISO-8859-1 and windows-1252 labels were checked; a label under
    # five letters was handed to expat (`koi8`: an internal error, `utf8`: file.xml)
    text = NITF.format(label=label, body=body)
    result = _lint(tmp_path, "story.nitf", text.encode("utf-8"))
    assert result.document.parts[0].text == f"The {body} owner said she was pleased."     # read as UTF-8
    found = [(d.level, d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.encoding"]
    if said is None:
        assert found == []
    else:
        assert found == [("warning", 1, 31, f"the XML declaration names {label}, {said}; read as UTF-8: "
                                             'declare encoding="UTF-8"')]


PAGE = ("<!DOCTYPE html>\n<html><head><title>Café owner</title>\n{meta}\n</head>\n"
        "<body><h1>Café owner pleased</h1><p>The Café owner said she was pleased.</p></body></html>\n")


@pytest.mark.parametrize("meta, label, said", [
    ('<meta charset="iso-8859-1">', "iso-8859-1", "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ("<meta charset=windows-1252>", "windows-1252", "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "Shift_JIS",
     "but the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ('<meta charset="bogus-enc">', "bogus-enc",
     "which is no encoding Python knows; the bytes are UTF-8 ('é', U+00E9, on line 2)"),
    ('<meta charset="UTF-16">', None, None),       # browsers read a page's UTF-16 label as UTF-8
    ('<meta charset="utf-8">', None, None)])
def test_an_html_meta_label_that_does_not_read_the_utf8_bytes_is_file_encoding_at_the_label(
        tmp_path, meta, label, said):
    # nu27: a page's <meta> label was looked at only for bytes that are no UTF-8
    text = PAGE.format(meta=meta)
    result = _lint(tmp_path, "page.html", text.encode("utf-8"))
    found = [(d.level, d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.encoding"]
    if said is None:
        assert found == []
        return
    assert found == [("warning", *_at(text, label), f"the page's <meta> names {label}, {said}; read as UTF-8: "
                                                     'declare <meta charset="utf-8">')]


def test_a_meta_label_in_markdown_or_text_is_not_a_page_label(tmp_path):
    text = '<meta charset="iso-8859-1">\n\n# Café owner pleased\n\nThe Café owner said she was pleased.\n'
    result = _lint(tmp_path, "story.md", text.encode("utf-8"))
    assert [d for d in result.diagnostics if d.rule == "file.encoding"] == []


def test_a_label_python_has_as_no_text_codec_does_not_stop_a_non_utf8_file(tmp_path):
    # `encoding="base64"` over cp1252 bytes: bytes.decode("base64") raises LookupError
    text = NITF.format(label="base64", body="Café")
    result = _lint(tmp_path, "story.nitf", text.encode("cp1252"))
    (d,) = [d for d in result.diagnostics if d.rule == "file.encoding"]
    assert d.message == ("not valid UTF-8 (byte 0xe9 on line 2), and its label names base64, which is "
                         "no encoding Python knows; read as cp1252")       # (fx102: the label said too)


DATELINED = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><docdata><date.issue norm="20261202T100000Z"/>'
             "</docdata></head>\n<body><body.head><hedline><hl1>Port Ellis opens warming center</hl1></hedline>\n"
             "<dateline>{head}</dateline></body.head>\n<body.content><p>{body} (LNS) — Port Ellis opened a "
             "warming center, Mayor Ellen Broad said.</p>\n<p>Broad said it would stay open.</p></body.content>"
             "</body></nitf>\n")


@pytest.mark.parametrize("head, body, where", [
    ("PORT ELLIS, Ill., Dec. 9", "PORT ELLIS, Ill., Dec. 9", ["Dec. 9"]),      # one date, told twice: once
    ('<location>PORT ELLIS, Ill.</location>, <story.date norm="20261209">Dec. 9</story.date>',
     "PORT ELLIS, Ill., Dec. 9", ["Dec. 9"]),
    ("PORT ELLIS, Ill., Dec. 2", "PORT ELLIS, Ill., Dec. 9", ["Dec. 9 ("]),    # only the body's is wrong
    ("PORT ELLIS, Ill., Dec. 8", "PORT ELLIS, Ill., Dec. 9", ["Dec. 8", "Dec. 9 ("])])   # two wrong dates
def test_one_stale_date_in_the_nitf_dateline_and_the_body_dateline_is_one_finding(tmp_path, head, body, where):
    # qa63 #12b: two dates.dateline-mismatch errors for one wrong date; the first
    # in the file (the <dateline> element) is kept
    text = DATELINED.format(head=head, body=body)
    found = [(d.line, d.column) for d in _lint(tmp_path, "story.nitf", text.encode()).diagnostics
             if d.rule == "dates.dateline-mismatch"]
    assert found == [_at(text, w) for w in where]
