"""qa354: review of 8a15f787..fecba02c (f02b25c8 Vale ignorecase fix case,
5ed4a2a2 regex quoted as written, 80e004f5 empty shown-after, 7e177a47 where a
missing NITF / G2 headline is said). Strict xfails state what a desk expects
and fails today; plain tests guard the nearest shapes that work now."""
from __future__ import annotations

import json

import pytest

NITF_EMPTY_HL1 = ('<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>\n'
                  '<body.head><hedline><hl1></hl1></hedline></body.head><body.content>\n'
                  '<p>The council approved the budget after a long debate on Monday.</p>\n'
                  '</body.content></body></nitf>\n')

G2_EMPTY_HEADLINE = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:lns:n1" version="1" standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:text"/><firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>
  <contentMeta>
    <headline></headline>
    <slugline>BUDGET</slugline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The council approved the budget after a long debate on Monday.</p></body></html></inlineXML></contentSet>
</newsItem>
"""


def _baseline(record: dict) -> str:
    """A baseline as newslint wrote it at 8a15f787 (before 7e177a47), verbatim."""
    return json.dumps({"version": 1, "tool": "newslint", "tool_version": "0.1.0",
                       "repeats_recorded": True, "paths_resolved": True,
                       "findings": [record]}, indent=2) + "\n"


NITF_RECORD = {"path": "a.nitf", "rule": "titles.missing-headline", "fingerprint": "decb6b757e59d9dd",
               "text": "", "line": 1, "before": "date issue norm", "after": "20250304 docdata head"}
G2_RECORD = {"path": "g.xml", "rule": "titles.missing-headline", "fingerprint": "e910add68b3a5145",
             "text": "", "line": 4, "before": "00z firstcreated itemmeta",
             "after": "contentmeta headline headline", "article": "urn:lns:n1"}


def _hits(run_cli, path, *args, cwd=None):
    result = run_cli("check", "--no-cache", "--format", "json", *args, path, cwd=cwd)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)], result


# ---- 7e177a47: the move of a missing headline and what keyed on its old place

def test_old_baseline_still_hides_nitf_empty_hl1(run_cli, tmp_path):
    (tmp_path / "a.nitf").write_text(NITF_EMPTY_HL1, encoding="utf-8")
    (tmp_path / "bl.json").write_text(_baseline(NITF_RECORD), encoding="utf-8")
    hits, result = _hits(run_cli, tmp_path / "a.nitf", "--baseline", tmp_path / "bl.json", cwd=tmp_path)
    assert hits == [] and result.exit_code == 0, (hits, result.stderr)


def test_old_baseline_still_hides_g2_empty_headline(run_cli, tmp_path):
    (tmp_path / "g.xml").write_text(G2_EMPTY_HEADLINE, encoding="utf-8")
    (tmp_path / "bl.json").write_text(_baseline(G2_RECORD), encoding="utf-8")
    hits, result = _hits(run_cli, tmp_path / "g.xml", "--baseline", tmp_path / "bl.json", cwd=tmp_path)
    assert hits == [] and result.exit_code == 0, (hits, result.stderr)


def test_disable_line_that_hid_it_still_hides(run_cli, tmp_path):
    path = tmp_path / "d.nitf"
    path.write_text(NITF_EMPTY_HL1.replace("<body>\n", "<body><!-- newslint-disable-line titles.missing-headline -->\n", 1),
                    encoding="utf-8")
    hits, _ = _hits(run_cli, path)
    assert not [h for h in hits if h[0] == "titles.missing-headline"], hits


def test_guard_baseline_written_now_hides_now(run_cli, tmp_path):
    (tmp_path / "a.nitf").write_text(NITF_EMPTY_HL1, encoding="utf-8")
    run_cli("check", "--no-cache", "--write-baseline", tmp_path / "bl.json", tmp_path / "a.nitf", cwd=tmp_path)
    hits, result = _hits(run_cli, tmp_path / "a.nitf", "--baseline", tmp_path / "bl.json", cwd=tmp_path)
    assert hits == [] and result.exit_code == 0, (hits, result.stderr)


@pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before")
def test_guard_disable_line_on_the_hl1_line_hides(run_cli, tmp_path):
    path = tmp_path / "d.nitf"
    path.write_text(NITF_EMPTY_HL1.replace("</body.head><body.content>\n",
                                           "</body.head><body.content><!-- newslint-disable-line titles.missing-headline -->\n"),
                    encoding="utf-8")
    hits, _ = _hits(run_cli, path)
    assert not [h for h in hits if h[0] == "titles.missing-headline"], hits


@pytest.mark.parametrize("raw, where, said", [
    # CRLF and a character reference: the blank hl1 on line 4, column 3
    (b'<?xml version="1.0"?>\r\n<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>\r\n'
     b'<body.head><hedline>\r\n  <hl1>&#160;</hl1></hedline></body.head><body.content>\r\n'
     b'<p>The council approved the budget after a long debate on Monday.</p>\r\n</body.content></body></nitf>\r\n',
     (4, 3), "<hl1> is blank"),
    # a BOM is no column
    (b'\xef\xbb\xbf<nitf><head/><body><body.head><hedline><hl1>&#x20;</hl1></hedline></body.head><body.content>\n'
     b'<p>The council approved the budget after a long debate on Monday.</p>\n</body.content></body></nitf>\n',
     (1, 40), "<hl1> is blank"),
])
@pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before")
def test_guard_nitf_hl1_position_crlf_bom_entities(run_cli, tmp_path, raw, where, said):
    path = tmp_path / "s.nitf"
    path.write_bytes(raw)
    result = run_cli("check", "--no-cache", "--format", "json", path)
    found = [f for f in json.loads(result.stdout) if f["rule"] == "titles.missing-headline"]
    assert [(f["line"], f["column"]) for f in found] == [where], found
    assert said in found[0]["message"]


# ---- f02b25c8: a Vale ignorecase swap's fix in the text's case

def _vale(tmp_path, swap: str, body: str):
    (tmp_path / "styles" / "Desk").mkdir(parents=True)
    (tmp_path / "styles" / "Desk" / "S.yml").write_text(
        'extends: substitution\nmessage: "Use %s instead of %s."\nlevel: warning\nignorecase: true\n'
        "action:\n  name: replace\nswap:\n" + swap + "\n", encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = Desk\n",
                                        encoding="utf-8")
    post = tmp_path / "p.md"
    post.write_text("---\ntitle: Council approves budget\n---\n\n" + body, encoding="utf-8")
    return post


def _fix(run_cli, tmp_path, swap, body):
    post = _vale(tmp_path, swap, body)
    result = run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert "Traceback" not in result.stderr
    return post.read_text(encoding="utf-8").split("---\n")[-1].lstrip("\n"), result


@pytest.mark.xfail(strict=True, reason="qa354 #4: an all-capitals match whose form has no capitals of its own "
                                       "(straße -> STRASSE == the text) has its fix dropped silently: --fix prints "
                                       "nothing, no 'left unfixed' note, and the finding stays")
def test_dropped_fix_is_said(run_cli, tmp_path):
    text, result = _fix(run_cli, tmp_path, "  strasse: straße", "DIE STRASSE IST LANG.\n")
    assert text == "DIE STRASSE IST LANG.\n"
    assert "unfixed" in result.stderr, result.stderr


def test_abbreviation_in_capitals_not_shouted(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "  ok: okay", "The plan is OK, said the mayor.\n")
    assert text == "The plan is okay, said the mayor.\n", text


@pytest.mark.parametrize("swap, body, want", [
    ("  i think: we think", "I think the plan is fine.\n", "We think the plan is fine.\n"),
    # (lead, qa354 #6: mid-sentence a capital is not carried, so a German noun's is lost
    # as `Web site` -> `website` wants; at a sentence's start it is)
    ("  strasse: straße", "Strasse ist lang.\n", "Straße ist lang.\n"),
    ("  ärger: verdruss", "ÄRGER IM RAT. Ärger im Rat.\n", "VERDRUSS IM RAT. Verdruss im Rat.\n"),
    ("  it is: it's", "iT iS late.\n", "it's late.\n"),
    ("  it is: it's", "<p>IT IS LATE.</p>\n", "<p>IT'S LATE.</p>\n"),
])
def test_guard_fix_case_and_relint_clean(run_cli, tmp_path, swap, body, want):
    text, _ = _fix(run_cli, tmp_path, swap, body)
    assert text == want, text
    result = run_cli("check", "--no-cache", "--format", "json", tmp_path / "p.md", cwd=tmp_path)
    assert not [f for f in json.loads(result.stdout) if f["rule"].startswith("Desk.")], result.stdout


def test_guard_fix_leaves_entity_alone(run_cli, tmp_path):
    text, result = _fix(run_cli, tmp_path, "  it is: it's", "It&#32;is late.\n")
    assert text == "It&#32;is late.\n"
    assert "unfixed" in result.stderr


@pytest.mark.parametrize("swap, body, want", [
    ("  web site: website", "See the city's Web site today.\n", "See the city's website today.\n"),
    ("  e-mail: email", "Send an E-Mail today.\n", "Send an email today.\n"),
])
def test_case_lowering_swap_fixes_mid_sentence(run_cli, tmp_path, swap, body, want):
    text, _ = _fix(run_cli, tmp_path, swap, body)
    assert text == want, text


def test_lowercasing_swap_still_fixes(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "  internet: internet", "Use of the Internet grew.\n")
    assert text == "Use of the internet grew.\n", text


def test_guard_non_ignorecase_vale_swap_fix_as_given(run_cli, tmp_path):
    post = _vale(tmp_path, "  it is: it's", "It is late, it is.\n")
    style = tmp_path / "styles" / "Desk" / "S.yml"
    style.write_text(style.read_text(encoding="utf-8").replace("ignorecase: true\n", ""), encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert post.read_text(encoding="utf-8").endswith("It is late, it's.\n")


# ---- 7e177a47, nearest shapes: a headline of format marks only

@pytest.mark.xfail(strict=True, reason="qa354 #8: an NITF <hl1> holding only a zero-width space is still said at "
                                       "1:40 (inside <date.issue>), not at the hl1 (2:21)")
def test_nitf_hl1_of_format_marks_said_at_it(run_cli, tmp_path):
    path = tmp_path / "z.nitf"
    path.write_text(NITF_EMPTY_HL1.replace("<hl1></hl1>", "<hl1>&#8203;</hl1>"), encoding="utf-8")
    hits, _ = _hits(run_cli, path)
    assert [h for h in hits if h[0] == "titles.missing-headline"] == [("titles.missing-headline", 2, 21)], hits


@pytest.mark.xfail(strict=True, reason="qa354 #10: a G2 <headline> of a zero-width space is said as 'the article has "
                                       "no headline or title field', where a blank one is '<headline> ... is blank'")
def test_g2_headline_of_format_marks_said_blank(run_cli, tmp_path):
    path = tmp_path / "z.xml"
    path.write_text(G2_EMPTY_HEADLINE.replace("<headline></headline>", "<headline>&#8203;</headline>"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", path)
    found = [f for f in json.loads(result.stdout) if f["rule"] == "titles.missing-headline"]
    assert len(found) == 1 and "is blank" in found[0]["message"], found


@pytest.mark.xfail(strict=True, reason="taken back (fx490 7e177a47, qa354 #1-#3 HIGH): moving a missing headline's finding to the headline broke baselines and suppressions written before")
def test_guard_g2_headline_of_format_marks_at_it(run_cli, tmp_path):
    path = tmp_path / "z.xml"
    path.write_text(G2_EMPTY_HEADLINE.replace("<headline></headline>", "<headline>&#8203;</headline>"), encoding="utf-8")
    hits, _ = _hits(run_cli, path)
    assert [h for h in hits if h[0] == "titles.missing-headline"] == [("titles.missing-headline", 5, 5)], hits


# ---- 5ed4a2a2: quoted as written

def _house(tmp_path, rule: str):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\nText.\n", encoding="utf-8")
    return post


@pytest.mark.xfail(strict=True, reason="qa354 #9: a tab in a pattern and the two characters backslash-t are quoted "
                                       "the same, 'a\\tb(': the error no longer tells which the file holds")
def test_real_tab_and_backslash_t_quoted_apart(run_cli, tmp_path):
    lines = []
    for i, token in enumerate(['"a\\tb("', "'a\\tb('"]):
        site = tmp_path / str(i)
        site.mkdir()
        post = _house(site, f'extends: existence\nmessage: "x %s"\ntokens:\n  - {token}\n')
        result = run_cli("check", "--no-cache", post, cwd=site)
        assert result.exit_code == 2, result.stderr
        lines.append(result.stderr.split("regex ", 1)[1].split(" does not compile")[0])
    assert lines[0] != lines[1], lines


def test_guard_pattern_with_backslash_quoted_once(run_cli, tmp_path):
    post = _house(tmp_path, "extends: existence\nmessage: \"x %s\"\ntokens:\n  - 'caf\\w(\\d'\n")
    result = run_cli("check", "--no-cache", post, cwd=tmp_path)
    assert result.exit_code == 2 and "regex 'caf\\w(\\d' does not compile" in result.stderr, result.stderr


# ---- 80e004f5: a shown-after that may match nothing

@pytest.mark.parametrize("after, quoted", [
    ("'x*'", ["slammed", "slammed"]),
    ("'(?: the\\b)?'", ["slammed the", "slammed"]),
    # fx495: '|x' (an empty branch first, which always wins) is refused at load
    # (test_fx495_shown_after_branch); the empty branch last still loads
    ("'x|'", ["slammed", "slammed"]),
])
def test_guard_empty_shown_after_loads_and_quotes(run_cli, tmp_path, after, quoted):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(f'extends: existence\nmessage: "avoid \'%s\'"\ntokens:\n  - slammed\n'
                                    f"shown-after: {after}\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n"
                    "The mayor slammed the door. He slammed it.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1) and "Traceback" not in result.stderr, result.stderr
    found = json.loads(result.stdout)
    assert [f["message"].split("'")[1] for f in found] == quoted, found
    assert [(f["line"], f["column"]) for f in found] == [(6, 11), (6, 32)], found


# ---- nearest shape of the Vale swap: a match over inline markup

def test_vale_match_over_emphasis_at_the_text(run_cli, tmp_path):
    post = _vale(tmp_path, "  it is: it's", "The vote. *It* is late.\n")
    result = run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)
    found = [f for f in json.loads(result.stdout) if f["rule"] == "Desk.S"]
    assert [(f["line"], f["column"]) for f in found] in ([(5, 11)], [(5, 12)]), found


def test_guard_vale_match_over_emphasis_left_unfixed(run_cli, tmp_path):
    text, result = _fix(run_cli, tmp_path, "  it is: it's", "The vote. *It* is late.\n")
    assert text == "The vote. *It* is late.\n" and "unfixed" in result.stderr, result.stderr
