"""nu69 new-user review: a desk running a published Vale style (Google, proselint,
write-good) beside newslint with the `newslint-fix` pre-commit hook, a photo desk
(Markdown, HTML, NITF, NewsML-G2 captions, alt text and credits), and a newsroom's
house rules with `shown-after`, `part-messages` and `conditional`.

Each xfail is strict: it states what a desk expects and fails today. The other
tests are guards for what works and must keep working."""
import json

import pytest

from vale_helpers import CONTRACTIONS_HEAD

# Rules copied from Vale's published Google style (/work/shared/vale/packages/Google),
# cut to the keys these tests use.
WORDLIST = """extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
ignorecase: false
action:
  name: replace
swap:
  "(?:e-mail|Email|E-mail)": email
"""
LATIN = """extends: substitution
message: "Use '%s' instead of '%s'."
ignorecase: true
level: error
nonword: true
action:
  name: replace
swap:
  '\\b(?:ie|i\\.e\\.)(?=[\\s,;])': that is
"""
CONTRACTIONS = CONTRACTIONS_HEAD + """\
  it is: it's
  that is: that's
"""
VALE_INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Google\n"


def _desk(tmp_path, text):
    styles = tmp_path / "styles" / "Google"
    styles.mkdir(parents=True)
    (styles / "WordList.yml").write_text(WORDLIST, encoding="utf-8")
    (styles / "Latin.yml").write_text(LATIN, encoding="utf-8")
    (styles / "Contractions.yml").write_text(CONTRACTIONS, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(VALE_INI, encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_bytes(text.encode("utf-8"))
    return story


def _fix(run_cli, tmp_path, text):
    story = _desk(tmp_path, text)
    result = run_cli("check", "--fix", story.name, cwd=tmp_path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return story.read_bytes().decode("utf-8"), result


def _findings(run_cli, *args, cwd=None):
    result = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return json.loads(result.stdout), result


# --- #1 a case-sensitive swap lowercases the first word of a sentence or a quotation ---

def test_fix_keeps_sentence_capital_for_case_sensitive_swap(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, "E-mail the mayor today.\n")
    assert fixed == "Email the mayor today.\n", fixed


def test_fix_keeps_quotation_capital_for_case_sensitive_swap(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, 'The mayor said, "Email us," on Tuesday.\n')
    assert fixed.startswith('The mayor said, "Email us,"'), fixed


def test_guard_case_sensitive_swap_mid_sentence(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, "Residents can E-mail her today.\n")
    assert fixed == "Residents can email her today.\n", fixed


def test_guard_ignorecase_swap_keeps_sentence_and_quote_capital(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, 'It is done.\r\n\r\nShe said, "It is over."  The\tend.\r\n')
    # the quotation's words are left to the writer (fx564, AP)
    assert fixed == 'It\'s done.\r\n\r\nShe said, "It is over."  The\tend.\r\n', repr(fixed)


# --- #2 a fix written by one rule is rewritten by another rule on a later pass ---

def test_fix_of_one_rule_not_rewritten_by_another(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, "The fees rose; i.e. the levy doubled.\n")
    assert fixed == "The fees rose; that is the levy doubled.\n", fixed


def test_fixable_count_matches_fixes_applied(run_cli, tmp_path):
    story = _desk(tmp_path, "The fees rose; i.e. the levy doubled.\n\nE-mail the mayor. \"Email us,\" she said.\n")
    report = run_cli("check", story.name, cwd=tmp_path)
    diff = run_cli("check", "--diff", story.name, cwd=tmp_path)
    assert "3 fixable with --fix" in report.stdout + report.stderr, report.stdout
    assert "3 fixes would be applied" in diff.stdout + diff.stderr, diff.stderr


def test_guard_latin_fix_alone(run_cli, tmp_path):
    fixed, _ = _fix(run_cli, tmp_path, "Fees rose (i.e. the levy).\n")
    assert "i.e." not in fixed and "the levy" in fixed, fixed


# --- #3 a NewsML-G2 picture item's creditline does not credit its second description ---

NEWSML_PICTURE = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:lns:p9" version="1" standard="NewsML-G2" standardversion="2.35">
  <itemMeta><itemClass qcode="ninat:picture"/><firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>
  <contentMeta>
    <creditline>{credit}</creditline>
    <headline>Council votes</headline>
    <description role="drol:caption">{caption}</description>
    <description role="drol:summary">{summary}</description>
  </contentMeta>
  <contentSet><remoteContent href="a.jpg" rendition="rnd:highRes"/></contentSet>
</newsItem>
"""


def _newsml(tmp_path, credit="Jane Roe/LNS", caption="Mayor Ann Reyes speaks.",
            summary="Mayor Ann Reyes speaks at City Hall on Tuesday."):
    path = tmp_path / "p.xml"
    path.write_text(NEWSML_PICTURE.format(credit=credit, caption=caption, summary=summary), encoding="utf-8")
    return path


@pytest.mark.xfail(strict=True, reason="nu69 #3: filled creditline, yet the drol:summary description gets captions.missing-credit")
def test_newsml_creditline_credits_every_description(run_cli, tmp_path):
    found, _ = _findings(run_cli, _newsml(tmp_path))
    assert not [f for f in found if f["rule"] == "captions.missing-credit"], found


def test_guard_newsml_blank_creditline_and_filename(run_cli, tmp_path):
    found, _ = _findings(run_cli, _newsml(tmp_path, credit="", caption="TK", summary="DSC_0012.JPG"))
    rules = {f["rule"] for f in found}
    assert {"captions.empty-credit", "captions.placeholder", "captions.filename"} <= rules, found


NITF = """<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>
<body.head><hedline><hl1>Council approves budget</hl1></hedline></body.head>
<body.content>
<p>The council approved the budget.</p>
<media media-type="image"><media-reference source="a.jpg" alternate-text="IMG_4471.JPG"/>
<media-caption>Mayor Ann Reyes speaks. (AP Photo)</media-caption></media>
<media media-type="image"><media-reference source="b.jpg" alternate-text="TK"/>
<media-caption>TK</media-caption><media-producer></media-producer></media>
<media media-type="image"><media-reference source="c.jpg" alternate-text="Screen Shot 2024-03-01 at 10.15.32 AM.png"/>
<media-caption>Mayor Ann Reyes. (Photo by )</media-caption></media>
</body.content></body></nitf>
"""


def test_guard_nitf_photo_desk(run_cli, tmp_path):
    path = tmp_path / "s.nitf"
    path.write_text(NITF, encoding="utf-8")
    found, _ = _findings(run_cli, path)
    got = sorted((f["line"], f["rule"]) for f in found)
    assert got == [(5, "captions.filename"), (7, "captions.placeholder"), (8, "captions.empty-credit"),
                   (8, "captions.placeholder"), (9, "captions.filename"), (10, "captions.empty-credit")], found
    alt = [f for f in found if f["line"] == 7]
    assert "alt text" in alt[0]["message"], alt


def test_guard_markdown_and_html_photo_desk(run_cli, tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Council votes\ndate: 2025-03-04\n---\n\nThe council voted.\n\n"
        "![IMG_4471.JPG](a.jpg)\n\n![TK](b.jpg)\n\n![Mayor](c.jpg)\n*Mayor Ann Reyes. (AP Photo/)*\n",
        encoding="utf-8")
    (tmp_path / "b.html").write_text(
        '<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>\n'
        '<p>The council voted.</p>\n'
        '<figure><img src="a.jpg" alt="Mayor"><figcaption>Mayor Ann Reyes speaks. (AP Photo)</figcaption></figure>\n'
        '<figure><img src="c.jpg" alt="Mayor"><figcaption>Mayor speaks. <cite>Credit:</cite></figcaption></figure>\n'
        '</article></body></html>\n', encoding="utf-8")
    found, _ = _findings(run_cli, "a.md", "b.html", cwd=tmp_path)
    got = sorted((f["path"], f["line"], f["rule"]) for f in found if f["rule"].startswith("captions."))
    assert got == [("a.md", 8, "captions.filename"), ("a.md", 10, "captions.placeholder"),
                   ("a.md", 13, "captions.empty-credit"), ("b.html", 4, "captions.empty-credit")], found


# --- #4 / #5 house rules: part-messages entries that can never be used ---

STORY = ("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n![TK](img/a.jpg)\n\n"
         "![IMG_4471.jpg](img/b.jpg)\n*Caption TK. (AP Photo/Jane Roe)*\n\n"
         "The council approved TK dollars for the MTA. The Transit Workers Union (TWU) said no.\n")


def _house(tmp_path, rule):
    pack = tmp_path / "rules" / "house"
    pack.mkdir(parents=True)
    (pack / "r.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [rules]\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")


@pytest.mark.xfail(strict=True, reason="nu69 #4: a part-messages key outside the rule's scope loads silently and is never used")
def test_part_messages_outside_scope_is_refused(run_cli, tmp_path):
    _house(tmp_path, "extends: existence\nmessage: \"m '%s'\"\ntokens: [TK]\n"
                     "part-messages:\n  alt: \"write the alt text\"\n")
    result = run_cli("check", "s.md", "--select", "house", cwd=tmp_path)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "part-messages" in result.stderr and "scope" in result.stderr, result.stderr


def test_part_messages_alt_text_suggests_alt(run_cli, tmp_path):
    _house(tmp_path, "extends: existence\nmessage: \"m '%s'\"\nscope: all\ntokens: [TK]\n"
                     "part-messages:\n  alt-text: \"write the alt text\"\n")
    result = run_cli("check", "s.md", "--select", "house", cwd=tmp_path)
    assert result.exit_code == 2
    assert "did you mean alt?" in result.stderr, result.stderr


def test_guard_part_messages_and_shown_after(run_cli, tmp_path):
    _house(tmp_path, "extends: existence\nmessage: \"placeholder '%s'\"\nscope: all\nlevel: error\n"
                     "tokens: [TK, 'IMG_\\d+']\nshown-after: '\\.(?:jpe?g|png)'\n"
                     "part-messages:\n  alt: \"alt text is '%s': write the alt text\"\n")
    found, _ = _findings(run_cli, "s.md", "--select", "house", cwd=tmp_path)
    msgs = [(f["line"], f["message"]) for f in found]
    assert (6, "alt text is 'TK': write the alt text") in msgs, msgs
    assert (8, "alt text is 'IMG_4471.jpg': write the alt text") in msgs, msgs
    assert (11, "placeholder 'TK'") in msgs, msgs


@pytest.mark.parametrize("value, words", [
    ("'|\\.jpg'", "first branch matches empty text"),
    ("'\\Ax'", "can never hold"),
    ("'[a-'", "does not compile"),
    ("5", "must be a string"),
])
def test_guard_shown_after_errors(run_cli, tmp_path, value, words):
    _house(tmp_path, f"extends: existence\nmessage: \"m '%s'\"\nscope: all\ntokens: ['IMG_\\d+']\nshown-after: {value}\n")
    result = run_cli("check", "s.md", "--select", "house", cwd=tmp_path)
    assert result.exit_code == 2
    assert "r.yaml:5:14: shown-after:" in result.stderr and words in result.stderr, result.stderr


def test_guard_conditional_rule_and_errors(run_cli, tmp_path):
    _house(tmp_path, "extends: conditional\nmessage: \"define '%s' on first use\"\n"
                     "first: '\\b([A-Z]{3,5})\\b'\nsecond: '(?:\\b[A-Z][a-z]+ ){2,5}\\(([A-Z]{3,5})\\)'\n")
    found, _ = _findings(run_cli, "s.md", "--select", "house", cwd=tmp_path)
    assert [f["message"] for f in found] == ["define 'MTA' on first use"], found
    (tmp_path / "rules" / "house" / "r.yaml").write_text(
        "extends: conditional\nmessage: m\nfrist: '\\b([A-Z]{3,5})\\b'\nsecond: '\\(([A-Z]+)\\)'\n", encoding="utf-8")
    result = run_cli("check", "s.md", "--select", "house", cwd=tmp_path)
    assert result.exit_code == 2 and "did you mean first?" in result.stderr, result.stderr


# --- #6 two styles' identical fix on one span: "2 fixable" but "fixed 1 problem" ---

GENDER = """extends: substitution
message: "Consider using '%s' instead of '%s'."
ignorecase: true
level: error
action:
  name: replace
swap:
  stewardess: flight attendant
"""


def test_fixed_count_matches_fixable_count_for_twin_fixes(run_cli, tmp_path):
    for style in ("Google", "proselint"):
        (tmp_path / "styles" / style).mkdir(parents=True)
        (tmp_path / "styles" / style / "GenderBias.yml").write_text(GENDER, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = Google, proselint\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("The stewardess left.\n", encoding="utf-8")
    report = run_cli("check", "a.md", cwd=tmp_path)
    assert "2 fixable with --fix" in report.stdout, report.stdout
    fixed = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "The flight attendant left.\n"
    assert "fixed 2 problems" in fixed.stderr, fixed.stderr


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id
# (conftest's `_runtime_xfail` applies them).
_TAKEN_BACK = "taken back (fx509's sentence-start test 56606f55/a456a0f7 and the lead's mends bf0366c3/da458eb1/ab7ef8b7, qa381 #1-#4 HIGH: list items and quoted lines lost their capital under --fix; with qa375 #1/#2 before them); nu69 #1 open again"
_RUNTIME_XFAIL = {
    'test_fix_keeps_quotation_capital_for_case_sensitive_swap': _TAKEN_BACK,
    'test_fix_keeps_sentence_capital_for_case_sensitive_swap': _TAKEN_BACK,
}
