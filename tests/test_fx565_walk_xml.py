"""fx565: a folder walk reads an .xml when its root element is a news format
newslint reads (NITF, NewsML-G2, a WordPress export), any case of suffix,
telling it from the file's first XML_HEAD bytes only; `check` and `audit`
walk with this one rule (nu73 #2). Guards: a sitemap, a feed or a pom.xml is
left out and counted; a named .xml is read as before; a file:// folder and an
archive's root are walked alike."""
from __future__ import annotations

import os
import zipfile

import pytest

from lint import walk_xml
from lint.audit.plan import sources
from lint.files import XmlLeftOut, expand
from lint.session import Session

NITF = "<?xml version='1.0'?>\n<nitf><body><body.content><p>The the levee held.</p></body.content></body></nitf>\n"
G2 = "<?xml version='1.0'?>\n<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>\n"
WXR = ("<?xml version='1.0'?>\n<rss version='2.0' xmlns:wp='http://wordpress.org/export/1.2/'>"
       "<channel><title>Desk</title></channel></rss>\n")
SITEMAP = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
FEED = "<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Desk</title></channel></rss>\n"
POM = "<?xml version='1.0'?>\n<project><modelVersion>4.0.0</modelVersion></project>\n"


def _desk(folder):
    folder.mkdir()
    for name, text in {"a.txt": "Vote\n\nThe council met.\n", "wire.xml": NITF, "G2.XML": G2,
                       "export.Xml": WXR, "sitemap.xml": SITEMAP, "feed.xml": FEED, "pom.xml": POM}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


NEWS = ["G2.XML", "a.txt", "export.Xml", "wire.xml"]


def test_check_and_audit_walks_read_the_news_xml_alone(tmp_path, monkeypatch):
    desk = _desk(tmp_path / "desk")
    monkeypatch.chdir(tmp_path)
    skipped: list = []
    found, _ = expand(["desk"], Session().config_for, skipped)
    assert sorted(os.path.basename(f) for f in found) == NEWS
    (left,) = [s for s in skipped if isinstance(s, XmlLeftOut)]
    assert sorted(os.path.basename(f) for f in left.files) == ["feed.xml", "pom.xml", "sitemap.xml"]
    assert left.kinds == (walk_xml.OTHER,) * 3 and left.count == 0
    passed: dict = {}
    audited = sources(["desk"], passed=passed)
    assert sorted(os.path.basename(f) for f in audited) == NEWS
    assert passed == {".xml": 3}                 # the summary's 'not read: 3 other files (3 .xml)'
    url = sources([desk.as_uri()], passed=(over := {}))
    assert sorted(u.rsplit("/", 1)[-1] for u in url) == NEWS and over == {".xml": 3}


def test_an_archives_root_is_walked_by_the_same_rule(tmp_path):
    pytest.importorskip("fsspec")
    z = tmp_path / "desk.zip"
    with zipfile.ZipFile(z, "w") as f:
        for name, text in {"a.txt": "Vote\n\nThe council met.\n", "wire.xml": NITF, "sitemap.xml": SITEMAP}.items():
            f.writestr(name, text)
    passed: dict = {}
    found = sources(["zip://::" + z.as_uri()], passed=passed)
    assert sorted(u.split("::")[0] for u in found) == ["zip://a.txt", "zip://wire.xml"]
    assert passed == {".xml": 1}


def test_a_walk_reads_only_the_head_of_an_xml(tmp_path, monkeypatch):
    # a news root past the most a walk reads (its head, then XML_SCAN since fx575) is not found:
    # left out, said as possible copy, never read whole
    (tmp_path / "late.xml").write_text("<?xml version='1.0'?>\n<!--" + " " * walk_xml.XML_SCAN + "-->\n<nitf/>\n")
    from lint import regular_files
    sizes = []
    real = regular_files.read_head
    monkeypatch.setattr(regular_files, "read_head", lambda p, n: sizes.append(n) or real(p, n))
    skipped: list = []
    found, _ = expand([str(tmp_path)], Session().config_for, skipped)
    assert found == [] and sizes == [walk_xml.XML_HEAD, walk_xml.XML_SCAN]
    (left,) = skipped
    assert left.kinds == (walk_xml.LATE,) and left.count == 1


def test_the_example_glob_spells_the_suffix_as_the_files_do(tmp_path):
    assert XmlLeftOut("up", ("up/A.XML",), (walk_xml.UNKNOWN,)).glob() == os.path.join("up", "*.XML")
    assert XmlLeftOut("up", ("up/a.xml",), (walk_xml.UNKNOWN,)).glob() == os.path.join("up", "*.xml")
    mixed = XmlLeftOut("up", ("up/A.XML", "up/b.xml"), (walk_xml.UNKNOWN,) * 2).glob()
    assert mixed == os.path.join("up", "*.[xX][mM][lL]")


def test_guard_a_named_sitemap_is_read_as_before(run_cli, tmp_path):
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    said = run_cli("check", "--no-cache", "sitemap.xml", cwd=tmp_path).stderr
    assert "sitemap.xml: file.format: skipped: not an article format" in said


def test_guard_check_of_a_folder_lints_its_nitf(run_cli, tmp_path):
    _desk(tmp_path / "desk")
    done = run_cli("check", "--no-cache", "--format", "json", "desk", cwd=tmp_path)
    import json
    rules = {(f["path"], f["rule"]) for f in json.loads(done.stdout)}
    assert (os.path.join("desk", "wire.xml"), "hygiene.doubled-word") in rules
    assert not any(p.endswith(("sitemap.xml", "feed.xml", "pom.xml")) for p, _ in rules)
