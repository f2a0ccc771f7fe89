"""fx573: a file:// folder's or an archive's walk says the .xml it left out
that may be copy (its root past what a walk reads: walk_xml.XML_SCAN since fx575) in the one line a local walk
gives, named by URL with a glob that audits them (qa428 #1); an .xml a spec
also names is read and never said skipped, local or in an archive (qa428
#10). Guards: a folder of sitemaps alone says nothing; the local line is as
it was."""
from __future__ import annotations

import zipfile

from lint.audit.plan import sources

NITF_BODY = "<nitf><body><body.content><p>The the levee held.</p></body.content></body></nitf>\n"
LATE = "<?xml version='1.0'?>\n<!--" + "x" * (300 * 1024) + "-->\n" + NITF_BODY
SITEMAP = "<?xml version='1.0'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>\n"
WHAT = "(1 with no root element in their first 256 KB; a walk reads an .xml only when its root is NITF, NewsML-G2 or WordPress; "


def _said(specs) -> tuple[list, list]:
    said: list = []
    return sources(specs, left_out=said), said


def _desk(tmp_path, late="late.xml"):
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    (desk / "a.txt").write_text("Vote\n\nThe council met.\n")
    (desk / "sub" / late).write_text(LATE)
    (desk / "sub" / "sitemap.xml").write_text(SITEMAP)
    return desk


def test_a_file_url_folder_says_its_late_xml_as_a_local_walk_does(tmp_path, monkeypatch):
    desk = _desk(tmp_path, "LATE.XML")
    monkeypatch.chdir(tmp_path)
    _, local = _said(["desk"])
    assert local == ["skipped 2 .xml files in desk/sub (1 with no root element in their first 256 KB and 1 other XML such as "
                     "sitemaps; a walk reads an .xml only when its root is NITF, NewsML-G2 or WordPress; name "
                     "them, e.g. desk/sub/*.[xX][mM][lL], to lint NITF, NewsML-G2 or WordPress exports)"]
    _, url = _said([desk.as_uri()])
    sub = (desk / "sub").as_uri()
    assert url == [local[0].replace("in desk/sub", f"in {sub}").replace("e.g. desk/sub/", f"e.g. {sub}/")]
    assert sub.startswith("file:///") and url[0] != local[0]


def test_an_archive_says_each_folders_late_xml_with_a_glob_that_reads_it(tmp_path):
    z = tmp_path / "d.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("a.txt", "Vote\n\nThe council met.\n")
        f.writestr("late.xml", LATE)
        f.writestr("sub/late.xml", LATE)
        f.writestr("sub/sitemap.xml", SITEMAP)
    spec = f"zip://::{z}"
    found, said = _said([spec])
    assert found == [f"zip://a.txt::{z}"]
    assert said == [f"skipped 1 .xml file in zip://::{z} {WHAT}name them, e.g. zip://*.xml::{z}, to lint "
                    "NITF, NewsML-G2 or WordPress exports)",
                    f"skipped 2 .xml files in zip://sub::{z} (1 with no root element in their first 256 KB and 1 other XML such "
                    "as sitemaps; a walk reads an .xml only when its root is NITF, NewsML-G2 or WordPress; name "
                    f"them, e.g. zip://sub/*.xml::{z}, to lint NITF, NewsML-G2 or WordPress exports)"]
    assert sources([f"zip://sub/*.xml::{z}"]) == [f"zip://sub/late.xml::{z}", f"zip://sub/sitemap.xml::{z}"]
    # one named beside the walk is read, so no longer said skipped (qa428 #10)
    found, said = _said([spec, f"zip://late.xml::{z}"])
    assert f"zip://late.xml::{z}" in found and len(said) == 1 and f"in zip://sub::{z}" in said[0]


def test_a_named_xml_drops_out_of_its_folders_line_locally(tmp_path, monkeypatch):
    _desk(tmp_path)
    monkeypatch.chdir(tmp_path)
    found, said = _said(["desk", "desk/sub/late.xml"])
    assert "desk/sub/late.xml" in found
    assert said == []           # the sitemap left is not said, as check says none alone


def test_guard_a_url_folder_of_sitemaps_alone_says_nothing(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / "s" / "sitemap.xml").write_text(SITEMAP)
    assert _said([(tmp_path / "s").as_uri()])[1] == []
