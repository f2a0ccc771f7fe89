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


def test_a_file_url_folder_is_walked_as_its_path_is(tmp_path):
    desk(tmp_path)
    passed, left_out, by_path = {}, [], {}
    found = sources([tmp_path.as_uri()], left_out=left_out, passed=passed)
    assert sorted(u.rsplit("/", 1)[1] for u in found) == ["a.txt", "w.jsonl"]
    assert left_out == [f"skipped 2 .xml files in {tmp_path / 'wire'} (1 NITF, NewsML-G2 or WordPress "
                        "and 1 other XML such as sitemaps; a walk reads no .xml: name them, e.g. "
                        f"{tmp_path / 'wire' / '*.xml'}, to lint them)"]
    local = sources([str(tmp_path)], passed=by_path)
    assert sorted(os.path.basename(p) for p in local) == ["a.txt", "w.jsonl"] and passed == by_path


def test_a_file_url_glob_of_xml_is_read(tmp_path):
    desk(tmp_path)
    left_out = []
    found = sources([tmp_path.as_uri(), (tmp_path / "wire").as_uri() + "/*.xml"], left_out=left_out)
    assert sorted(u.rsplit("/", 1)[1] for u in found) == ["a.txt", "levee.xml", "sitemap.xml", "w.jsonl"]
    assert left_out == []


def test_an_archives_xml_is_passed_over_by_its_walk_and_read_by_a_glob(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "z.zip", "w") as z:
        z.writestr("a.txt", "Vote\n\nThe council met.\n")
        z.writestr("wire/levee.xml", NITF)
    url = "zip://::" + (tmp_path / "z.zip").as_uri()
    passed = {}
    found = sources([url], passed=passed)
    assert [u.split("::")[0] for u in found] == ["zip://a.txt"] and passed == {".xml": 1}
    found = sources([url, "zip://wire/*.xml::" + (tmp_path / "z.zip").as_uri()])
    assert sorted(u.split("::")[0] for u in found) == ["zip://a.txt", "zip://wire/levee.xml"]
