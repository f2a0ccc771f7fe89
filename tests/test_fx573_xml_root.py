"""fx573: an .xml is told by its root element's own start tag: a DOCTYPE's
internal subset (an entity holding markup, a comment holding ']>') never
hides the root (qa428 #7), and a WordPress export is one whose root declares
the wp export namespace, not a feed that mentions its address (qa428 #8).
Guards: a DOCTYPE with a public id, a real WXR, a DOCTYPE not closed in the
head (no root told)."""
from __future__ import annotations

import pytest

from lint import walk_xml
from lint.readers import reader_for
from lint.readers._xml_root import root_name, root_tag
from lint.readers.wxr import is_wxr

BODY = "<nitf><body><body.content><p>The levee held.</p></body.content></body></nitf>\n"
WXR = ("<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'\n  xmlns:excerpt="
       "'http://wordpress.org/export/1.2/excerpt/'\n  xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
       "<channel><title>Desk</title></channel></rss>\n")


@pytest.mark.parametrize("doctype", [
    "<!DOCTYPE nitf [\n<!ENTITY copy \"<span>(c)</span>\">\n]>\n",
    "<!DOCTYPE nitf [\n<!-- a note: ]> <b> -->\n<!ENTITY q '<i>\"x\"</i>'>\n<?pi <em>?>\n]>\n",
    "<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.4//EN\" \"http://www.nitf.org/x>y/nitf-3-4.dtd\">\n",
])
def test_a_doctype_never_hides_the_root(tmp_path, doctype):
    f = tmp_path / "a.xml"
    f.write_text("<?xml version='1.0'?>\n" + doctype + BODY)
    assert root_name(f.read_text()) == "nitf" and walk_xml.sniff(str(f)) == walk_xml.NEWS


def test_guard_a_doctype_not_closed_in_the_head_tells_no_root(tmp_path):
    f = tmp_path / "a.xml"
    f.write_text("<?xml version='1.0'?>\n<!DOCTYPE nitf [\n<!ENTITY x \"" + "y" * 5000 + "\">\n]>\n" + BODY)
    assert walk_xml.sniff(str(f)) == walk_xml.UNKNOWN


def test_an_export_is_told_by_its_roots_declaration(tmp_path):
    assert is_wxr(WXR) and reader_for("a.xml", WXR) is not None
    assert root_tag(WXR).startswith("<rss version='2.0'") and root_tag(WXR).endswith('1.2/">')
    mention = WXR.replace(" xmlns:excerpt=", " data-x=").replace("xmlns:wp=", "data-y=")
    assert not is_wxr(mention) and reader_for("a.xml", mention) is None
    in_text = WXR.replace("<title>Desk</title>", "<title>see https://wordpress.org/export/1.2/</title>")
    assert is_wxr(in_text)          # (declared on the root all the same)
    f = tmp_path / "feed.xml"
    f.write_text(mention.replace("<title>Desk</title>", "<title>xmlns:wp='http://wordpress.org/export/1.2/'</title>"))
    assert walk_xml.sniff(str(f)) == walk_xml.OTHER
