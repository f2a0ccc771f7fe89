"""Taken back (qa354 #1-#3): the wanted positions are strict xfails. fx490: where an empty or missing NITF or NewsML-G2 headline is said
(nu68 #12, #13); guards for the nearest cases that must not change."""
import json

import pytest

from test_nu68_review import LANG_ITEM

EN = "Council approves budget after long debate"


def _findings(run_cli, path):
    result = run_cli("check", "--format", "json", path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout)


@pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before; and 3deca36a (xml:lang) was not taken")
def test_a_blank_headline_in_the_language_is_missing_at_it(run_cli, tmp_path):
    path = tmp_path / "b.xml"
    path.write_text(LANG_ITEM.replace(f">{EN}<", "><"), encoding="utf-8")
    found = _findings(run_cli, path)
    assert [(f["rule"], f["line"], f["column"]) for f in found] == [("titles.missing-headline", 6, 5)], found
    assert "<headline> in <contentMeta> is empty" in found[0]["message"]


NITF = ('<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>\n{head}<body.content>\n'
        '<p>The council approved the budget after a long debate on Monday.</p>\n</body.content></body></nitf>\n')


@pytest.mark.parametrize("head, line, column, said", [
    ("<body.head><hedline> <hl1> </hl1></hedline></body.head>", 2, 22, "<hl1> is blank"),
    ("<body.head><hedline><hl1><!-- TK --></hl1></hedline></body.head>", 2, 21, "<hl1> is empty"),
    ("<body.head><hedline><hl2>Vote 7-2</hl2></hedline></body.head>", 2, 12, "has no headline"),
    ("<body.head><byline>By Ann Lee</byline></body.head>", 2, 1, "has no headline"),
    ("", 1, 68, "has no headline"),
])
@pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before")
def test_nitf_missing_headline_where_it_belongs(run_cli, tmp_path, head, line, column, said):
    path = tmp_path / "s.nitf"
    path.write_text(NITF.format(head=head), encoding="utf-8")
    hits = [f for f in _findings(run_cli, path) if f["rule"] == "titles.missing-headline"]
    assert [(f["line"], f["column"]) for f in hits] == [(line, column)], hits
    assert said in hits[0]["message"], hits


def test_guard_nitf_head_title_still_heads(run_cli, tmp_path):
    path = tmp_path / "t.nitf"
    path.write_text(NITF.format(head="<body.head><hedline><hl1></hl1></hedline></body.head>").replace(
        "<head>", "<head><title>Council approves budget</title>"), encoding="utf-8")
    assert not [f for f in _findings(run_cli, path) if f["rule"] == "titles.missing-headline"]


G2_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:lns:n1" version="1" standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>
  <contentMeta>
    <slugline>BUDGET</slugline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
    {head}<body.content>
    <p>The council approved the budget after a long debate on Monday.</p></body.content></body></nitf></inlineXML></contentSet>
</newsItem>
"""


@pytest.mark.parametrize("head, said", [
    ("<body.head><hedline><hl1></hl1></hedline></body.head>", "the article's <hl1> in <inlineXML> is empty"),
    ("", "the article has no headline or title field"),
])
def test_guard_g2_nitf_missing_headline_stays_at_contentmeta(run_cli, tmp_path, head, said, request):
    if head:
        request.applymarker(pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before"))
    path = tmp_path / "g.xml"
    path.write_text(G2_NITF.format(head=head), encoding="utf-8")
    hits = [f for f in _findings(run_cli, path) if f["rule"] == "titles.missing-headline"]
    assert [(f["line"], f["column"]) for f in hits] == [(4, 3)], hits
    assert said in hits[0]["message"], hits
