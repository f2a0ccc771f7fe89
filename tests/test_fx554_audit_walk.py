"""fx554: an audit's folder walk leaves out a folder's .xml as check's walk
does, saying check's line (nu73 #2); a named .xml or a glob is read by both.
The plan alone, no cluster: what it reads and the lines it says."""
from __future__ import annotations

import os

from lint.audit.plan import sources

NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n  <body>\n'
        '    <body.head><hedline><hl1>Levee holds</hl1></hedline></body.head>\n'
        '    <body.content>\n      <p>The levee held, the county said.</p>\n'
        '    </body.content>\n  </body>\n</nitf>\n')
SITEMAP = '<?xml version="1.0"?>\n<urlset><url><loc>https://x/</loc></url></urlset>\n'


def desk(tmp_path):
    (tmp_path / "wire").mkdir()
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / "w.jsonl").write_text('{"id": "1", "body": "The council met."}\n')
    (tmp_path / "wire" / "levee.xml").write_text(NITF)
    (tmp_path / "wire" / "sitemap.xml").write_text(SITEMAP)


def names(found):
    return sorted(os.path.relpath(p) for p in found)


def test_a_folders_xml_is_left_out_and_its_news_said_as_check_says_it(tmp_path, monkeypatch):
    desk(tmp_path)
    monkeypatch.chdir(tmp_path)
    left_out, passed = [], {}
    found = sources(["."], left_out=left_out, passed=passed)
    assert names(found) == ["a.txt", "w.jsonl"]       # a JSON Lines export is still walked
    assert left_out == ["skipped 2 .xml files in wire (1 NITF, NewsML-G2 or WordPress and 1 other "
                        "XML such as sitemaps; a walk reads no .xml: name them, e.g. wire/*.xml, to "
                        "lint them)"]
    assert passed == {".xml": 2}


def test_a_named_xml_and_a_glob_are_read_and_no_longer_said_left_out(tmp_path, monkeypatch):
    desk(tmp_path)
    monkeypatch.chdir(tmp_path)
    left_out = []
    found = sources([".", "wire/*.xml"], left_out=left_out)
    assert names(found) == ["a.txt", "w.jsonl", "wire/levee.xml", "wire/sitemap.xml"]
    assert left_out == []
    left_out = []
    found = sources([".", "wire/levee.xml"], left_out=left_out)
    assert names(found) == ["a.txt", "w.jsonl", "wire/levee.xml"]
    assert left_out == []       # the sitemap left is no news: check says it only under -v


def test_a_folder_of_only_sitemaps_says_nothing_of_them(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / "sitemap.xml").write_text(SITEMAP)
    monkeypatch.chdir(tmp_path)
    left_out = []
    assert names(sources(["."], left_out=left_out)) == ["a.txt"]
    assert left_out == []
