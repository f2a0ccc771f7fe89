"""An inline XHTML `<head><title>` in a NewsML-G2 item is metadata, never a
body part (nu60 #8: it was `heading[html title]`), and so is the rest of
the head (qa314 #4: its `<meta>` descriptions and og:/twitter: titles): with contentMeta's own
headline it is left out; without one it is read as the HTML reader reads a
page's title (a `title` field, standing in for the headline when the story
has no `<h1>`). The story's `<h1>` and subheads stay as they were. The IPTC
example is read from the shared formats folder (skipped without it)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from tests.shared_data import shared

HED = "<contentMeta><headline>Port Ellis opens warming center</headline></contentMeta>\n"
ITEM = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
        'guid="urn:lns:warm" version="1">\n<itemMeta><itemClass qcode="ninat:text"/>'
        "<firstCreated>2026-12-02T17:45:00Z</firstCreated></itemMeta>\n{meta}"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">\n{body}\n</inlineXML></contentSet>\n'
        "</newsItem>\n")
TITLE = "Warming center opens"
XHTML = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>' + TITLE + "</title></head><body>{h1}"
         "<p>The city opened a warming center on Tuesday, its mayor said.</p>{sub}"
         "<p>Broad said it would stay open.</p></body></html>")


def _parts(src: str):
    doc = read_bytes("item.xml", src.encode())
    return [(p.kind, p.name, p.text, p.source_offset(0)) for p in doc.parts if p.kind != "field"]


def test_an_xhtml_title_under_a_g2_headline_is_left_out():
    src = ITEM.format(meta=HED, body=XHTML.format(h1="", sub=""))
    parts = _parts(src)
    assert not [p for p in parts if p[1] == "html title" or p[0] == "heading"]
    assert [p[:3] for p in parts if p[0] in ("headline", "title")] == [
        ("headline", "", "Port Ellis opens warming center")]


def test_an_xhtml_title_is_the_headline_an_item_without_one_lacks():
    src = ITEM.format(meta="", body=XHTML.format(h1="", sub=""))
    heads = [p for p in _parts(src) if p[0] in ("headline", "title", "heading")]
    assert heads == [("headline", "html title", TITLE, src.index(TITLE))]


def test_an_xhtml_title_beside_the_storys_h1_is_a_title_field():
    src = ITEM.format(meta="", body=XHTML.format(h1="<h1>Port Ellis opens warming center</h1>", sub=""))
    heads = [p[:3] for p in _parts(src) if p[0] in ("headline", "title", "heading")]
    assert heads == [("title", "html title", TITLE), ("headline", "", "Port Ellis opens warming center")]


def test_the_storys_own_h1_and_subheads_under_a_g2_headline_stay_headings():
    # the nearest case that must stay: only the head's title is left out
    src = ITEM.format(meta=HED, body=XHTML.format(h1="<h1>Warming center opens early</h1>",
                                                  sub="<h2>Hours</h2>"))
    heads = [p[:3] for p in _parts(src) if p[0] in ("headline", "title", "heading")]
    assert heads == [("headline", "", "Port Ellis opens warming center"),
                     ("heading", "", "Warming center opens early"), ("heading", "", "Hours")]


def test_an_escaped_html_title_under_a_g2_headline_is_left_out():
    body = XHTML.format(h1="", sub="").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    src = ITEM.format(meta=HED, body=body).replace("inlineXML", "inlineData").replace("xhtml+xml", "html")
    parts = _parts(src)
    assert not [p for p in parts if p[1] == "html title" or p[0] == "heading"]
    assert "Broad said it would stay open." in [p[2] for p in parts]


def test_the_iptc_news_item_with_an_xhtml_head_keeps_its_own_headline():
    folder = shared("formats", "newsml-g2")
    if folder is None:
        pytest.skip("no shared formats folder")
    src = (folder / "LISTING_1_A_NewsML-G2_News_Item.xml").read_text(encoding="utf-8")
    inline = src[src.index("<inlineXML"):src.index("</inlineXML>") + len("</inlineXML>")]
    src = src.replace(inline, '<inlineXML contenttype="application/xhtml+xml">'
                      + XHTML.format(h1="", sub="") + "</inlineXML>")
    heads = [p[:3] for p in _parts(src) if p[0] in ("headline", "title", "heading")]
    assert heads == [("headline", "", 'Fed to halt QE to avert "bubble"')]


def test_an_xhtml_heads_description_under_a_g2_headline_is_no_dek():
    body = XHTML.format(h1="", sub="").replace(
        "</title>", '</title><meta name="description" content="The shelter opens early this year"/>')
    parts = _parts(ITEM.format(meta=HED, body=body))
    assert not [p for p in parts if p[0] == "dek" or p[1] in ("html title", "description")]


DESCRIPTION = "The shelter opens early this year"
HEAD_META = ('<meta name="description" content="' + DESCRIPTION + '"/>'
             '<meta property="og:title" content="Center opens"/>')
SUMMARY = '<contentMeta><description role="drol:summary">Open nightly through March</description></contentMeta>\n'


def _with_head_meta(h1: str = "") -> str:
    return XHTML.format(h1=h1, sub="").replace("</title>", "</title>" + HEAD_META)


def test_an_xhtml_heads_og_title_under_a_g2_headline_is_no_heading():
    parts = _parts(ITEM.format(meta=HED, body=_with_head_meta()))
    assert [p[:3] for p in parts if p[0] in ("headline", "title", "heading", "dek")] == [
        ("headline", "", "Port Ellis opens warming center")]


def test_an_xhtml_heads_description_under_a_g2_description_is_left_out():
    src = ITEM.format(meta=SUMMARY, body=_with_head_meta())
    doc = read_bytes("item.xml", src.encode())
    assert [(p.name, p.text) for p in doc.parts if p.kind == "dek"] == [
        ("drol:summary", "Open nightly through March")]
    assert not [p for p in doc.parts if p.name == "description"]


def test_an_xhtml_heads_description_is_the_dek_an_item_without_one_lacks():
    # the nearest case that must stay: no contentMeta at all, the head stands in as on a page
    src = ITEM.format(meta="", body=_with_head_meta())
    deks = [p for p in _parts(src) if p[0] == "dek"]
    assert deks == [("dek", "description", DESCRIPTION, src.index(DESCRIPTION))]


def test_an_html_pages_own_meta_description_is_still_its_dek():
    page = ("<!DOCTYPE html>\n" + _with_head_meta("<h1>Port Ellis opens warming center</h1>")
            .replace("<p>The city", "<article><p>The city").replace("</body>", "</article></body>"))
    doc = read_bytes("page.html", page.encode())
    deks = [(p.name, p.text, p.source_offset(0)) for p in doc.parts if p.kind == "dek"]
    assert deks == [("description", DESCRIPTION, page.index(DESCRIPTION))]


def test_a_g2_item_with_no_xhtml_head_reads_its_body_as_before():
    body = ('<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Warming center opens early</h1>'
            "<p>The city opened a warming center on Tuesday, its mayor said.</p></body></html>")
    src = ITEM.format(meta=HED, body=body)
    assert _parts(src) == [
        ("headline", "", "Port Ellis opens warming center", src.index("Port Ellis")),
        ("heading", "", "Warming center opens early", src.index("Warming center opens early")),
        ("paragraph", "", "The city opened a warming center on Tuesday, its mayor said.",
         src.index("The city opened"))]
