"""qa352 review of eacc77d3..72a30dca: a NewsML-G2 kicker headline is a `kicker`
field (eacc77d3); under front matter a raw `<h1>` opening a Markdown body is the
title field H1, and raw HTML story text above ends the opening (43dc6ded); a
`[TOC]` line above the H1 does not (ca6afbec).

Strict xfails are faults found; plain tests guard the nearest shapes that work."""
from __future__ import annotations

import pytest

from test_fx487_g2_kicker import HED, KICKER_TEXT, _dek_findings, _parts
from test_fx487_md_opening_h1 import BODY, FM, H1, HTML_H1, _found
from test_qa324_review import g2_missing_headline
from test_qa334_review import NO_HED

FIG = "$15 million"


def _figs(md: str):
    return [f[2] for f in _found(md)]


# --- #1 HIGH (new in 43dc6ded): a raw kicker/eyebrow label above the H1 ends the opening ---------

KICKERS = ['<p class="kicker">Budget</p>\n\n', '<div class="eyebrow">City Hall</div>\n\n',
           '<h2 class="kicker">Budget</h2>\n\n']


@pytest.mark.parametrize("above", KICKERS, ids=["p-kicker", "div-eyebrow", "h2-kicker"])
def test_a_raw_kicker_above_the_h1_keeps_it_the_title_field(above):
    assert _figs(FM + above + H1 + BODY) == [FIG]


@pytest.mark.xfail(strict=True, reason="qa352 #1: a raw kicker label above a raw <h1> ends the opening")
def test_a_raw_kicker_above_a_raw_h1_keeps_it_the_title_field():
    assert _figs(FM + KICKERS[0] + HTML_H1 + BODY) == [FIG]


@pytest.mark.xfail(strict=True, reason="qa352 #1: a kicker and the <h1> in one HTML block (a <header>): the H1 is lost")
@pytest.mark.parametrize("kicker", ['<p class="kicker">Budget</p>', '<span class="kicker">Budget</span>'])
@pytest.mark.parametrize("wrap", [False, True], ids=["bare", "header"])
def test_a_kicker_and_h1_in_one_block_is_still_compared(kicker, wrap):
    block = kicker + "\n<h1>Council approves $15 million budget</h1>\n"
    assert _figs(FM + ("<header>\n" + block + "</header>\n" if wrap else block) + BODY) == [FIG]


@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_a_kicker_inside_the_h1_is_cut_and_the_h1_compared():
    md = FM + '<h1><span class="kicker">Budget</span> Council approves $15 million budget</h1>\n' + BODY
    assert [f[:3] for f in _found(md)] == [(4, 57, FIG)]


@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_a_byline_and_h1_in_one_header_block_is_compared():
    md = FM + '<header>\n<p class="byline">By Dana Smith</p>\n<h1>Council approves $15 million budget</h1>\n</header>\n'
    assert _figs(md + BODY) == [FIG]


def test_the_reader_itself_names_the_raw_kicker_a_kicker():
    from lint.readers import read_bytes
    doc = read_bytes("story.md", (FM + KICKERS[0] + H1 + BODY).encode())
    assert [(p.kind, p.name) for p in doc.parts if p.text == "Budget"] == [("paragraph", "kicker")]


# --- #2 HIGH (new in 43dc6ded): a raw date / "Updated" line above the H1 ends the opening --------

DATES = ['<p class="date">March 4, 2025</p>\n\n', '<p><em>Updated March 5, 2025</em></p>\n\n']


@pytest.mark.parametrize("above", DATES, ids=["p-date", "p-em-updated"])
def test_a_raw_date_line_above_the_h1_keeps_it_the_title_field(above):
    assert _figs(FM + above + H1 + BODY) == [FIG]


def test_the_markdown_updated_line_above_the_h1_keeps_it_the_title_field():
    assert _figs(FM + "*Updated March 5, 2025*\n\n" + H1 + BODY) == [FIG]


# --- #3 MED (new in 43dc6ded): a lone raw caption paragraph above the H1 ends the opening --------

def test_a_raw_caption_above_the_h1_keeps_it_the_title_field():
    assert _figs(FM + '<p class="caption">The council met on Tuesday.</p>\n\n' + H1 + BODY) == [FIG]


# --- #4 HIGH (new in eacc77d3): a role list naming a kicker and a sub role loses the dek finding --

@pytest.mark.parametrize("role", ["hld:kicker hld:subHeadline", "hld:subHeadline hld:kicker"])
def test_a_sub_role_beside_a_kicker_role_is_still_a_dek(role):
    assert [at for at, _ in _dek_findings(HED + f'<headline role="{role}">{KICKER_TEXT}</headline>')] == ["50 cents"]


# --- #5 LOW (ca6afbec): a [TOC] line with a trailing no-break space ends the opening --------------

@pytest.mark.xfail(strict=True, reason="qa352 #5: '[TOC]' followed by a no-break space is not read as the marker")
def test_a_toc_marker_with_a_trailing_nbsp_keeps_the_h1():
    assert _figs(FM + "[TOC]\u00a0\n\n" + H1 + BODY) == [FIG]


# --- guards: furniture that does not end the opening ---------------------------------------------

FURNITURE = {
    "div-byline": '<div class="byline">By Dana Smith</div>\n\n',
    "p-byline-date": '<p class="byline">By Dana Smith, March 4, 2025</p>\n\n',
    "figure": '<figure><img src="a.jpg" alt="The council"><figcaption>The council met Tuesday.</figcaption>'
              '</figure>\n\n',
    "img": '<img src="a.jpg" alt="The council chamber">\n\n',
    "p-img": '<p align="center"><img src="a.jpg" alt="logo"></p>\n\n',
    "comment": "<!-- more -->\n\n",
    "liquid": "{% include toc.html %}\n\n",
    "anchor": '<a name="top"></a>\n\n',
    "br": "<br>\n\n",
    "hr": "<hr>\n\n",
    "div-dek": '<div class="dek">Council approves a budget after a long night of talks.</div>\n\n',
    "nav": '<nav class="toc">\n<ul><li><a href="#a">Background</a></li></ul>\n</nav>\n\n',
    "iframe": '<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n',
    "shortcode": '{{< youtube id="x" >}}\n\n',
    "p-nbsp": "<p>&nbsp;</p>\n\n",
    "md-image-caption": "![The council](a.jpg)\n*The council met.*\n\n",
}


@pytest.mark.parametrize("above", FURNITURE.values(), ids=FURNITURE.keys())
@pytest.mark.parametrize("h1", [H1, HTML_H1], ids=["md-h1", "html-h1"])
def test_furniture_above_the_h1_keeps_it_the_title_field(above, h1, request):
    if h1 == HTML_H1:
        request.applymarker(pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> opening a .md body is no title field again"))
    assert _figs(FM + above + h1 + BODY) == [FIG]


@pytest.mark.parametrize("above", ['<p class="lead">The council met late on Tuesday to vote.</p>\n\n',
                                   "<h3>Background</h3>\n\n"])
@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_raw_story_text_above_the_h1_still_makes_it_a_section(above):
    assert _found(FM + above + H1 + BODY) == []


@pytest.mark.parametrize("marker", ["[TOC]", "[toc]", "[[_TOC_]]", "[[toc]]", "{{TOC}}", "* TOC\n{:toc}",
                                    "1. TOC\n{:toc}", "- TOC\n{:toc}"])
@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_toc_markers_keep_the_h1(marker):
    assert _figs(FM + marker + "\n\n" + H1 + BODY) == [FIG]
    assert _figs(FM + marker + "\n\n" + HTML_H1 + BODY) == [FIG]


@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_a_toc_marker_with_crlf_keeps_the_h1():
    assert _figs((FM + "[TOC]\n\n" + H1 + BODY).replace("\n", "\r\n")) == [FIG]


# --- guards: positions of a raw <h1>'s finding ---------------------------------------------------

@pytest.mark.parametrize("md, line, column, at", [
    ((FM + HTML_H1 + BODY).replace("\n", "\r\n"), 4, 22, FIG),
    ("\ufeff" + FM + HTML_H1 + BODY, 4, 22, FIG),
    ("\ufeff" + (FM + HTML_H1 + BODY).replace("\n", "\r\n"), 4, 22, FIG),
    (FM + "<h1>Council approves <em>$15 million</em> budget</h1>\n" + BODY, 4, 26, FIG),
    (FM + '<h1><a href="/x">Council approves $15 million budget</a></h1>\n' + BODY, 4, 35, FIG),
    (FM + "<h1>Council approves\n$15 million budget</h1>\n" + BODY, 5, 1, FIG),
    (FM + "<h1>\U0001F68C Council approves $15 million budget</h1>\n" + BODY, 4, 24, FIG),
    (FM + '<div class="hero">\n<h1>Council approves $15 million budget</h1>\n</div>\n' + BODY, 5, 22, FIG),
    (FM + "<H1>Council approves $15 million budget</H1>\n" + BODY, 4, 22, FIG),
    ('+++\ntitle = "Council approves $12 million budget"\n+++\n' + HTML_H1 + BODY, 4, 22, FIG),
], ids=["crlf", "bom", "bom-crlf", "em", "link", "multi-line", "emoji", "in-div", "upper", "toml"])
@pytest.mark.xfail(strict=True, reason="taken back (fx487 43dc6ded, ca6afbec; qa352 #1-#3 HIGH): a raw <h1> or TOC line opening a .md body reads as before")
def test_a_raw_h1_finding_sits_on_its_figure(md, line, column, at):
    assert [f[:3] for f in _found(md)] == [(line, column, at)]


# --- guards: G2 kickers ---------------------------------------------------------------------------

def test_a_kicker_a_dek_and_the_hed_still_compare_the_dek():
    meta = '<headline role="hld:kicker">Transit</headline>' + HED + \
        f'<headline role="hld:subHeadline">{KICKER_TEXT}</headline>'
    assert [at for at, _ in _dek_findings(meta)] == ["50 cents"]
    assert g2_missing_headline(meta) == []


def test_a_kicker_and_a_dek_with_no_hed_is_still_no_headline():
    meta = f'<headline role="hld:kicker">Transit</headline><headline role="hld:subHeadline">{KICKER_TEXT}</headline>'
    assert g2_missing_headline(meta) == NO_HED


@pytest.mark.parametrize("uri", ["http://cv.example.com/roles/kicker?v=2", "urn:x:hldrole:overline"])
def test_a_kicker_roleuri_is_a_kicker_field(uri):
    _, parts = _parts(HED + f'<headline roleuri="{uri}">{KICKER_TEXT}</headline>')
    assert [(p.kind, p.name) for p in parts] == [("headline", ""), ("field", "kicker")]


def test_a_kicker_with_an_entity_is_a_field_with_its_text():
    _, parts = _parts(HED + '<headline role="hld:kicker">Fares &amp; fees</headline>')
    assert [(p.kind, p.name, p.text) for p in parts][1:] == [("field", "kicker", "Fares & fees")]


@pytest.mark.parametrize("role", ["acme:strapline", "acme:kickerDek", "acme:eyebrowSub"])
def test_roles_that_only_contain_a_kicker_word_stay_deks(role):
    assert [at for at, _ in _dek_findings(HED + f'<headline role="{role}">{KICKER_TEXT}</headline>')] == ["50 cents"]
