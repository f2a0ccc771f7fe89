"""qa375: review of fx509 (56606f55, ea7c8171, a456a0f7): a case-sensitive
Vale swap keeps a sentence's capital under --fix (`E-mail the mayor.` ->
`Email`) through a positive sentence-start test (`_opens_sentence`), which an
`ignorecase` swap now shares; --fix/--diff count findings fixed; a plain-text
line's list or quote mark opens its item.

Strict xfails state what a desk expects and fails today; the plain tests
guard the nearest shapes that work now (compared with a worktree of the
parent commit 215c2b3e and over BBC, mdrepos and realhtml with Google,
proselint and write-good: there every --diff change was a capital now kept at
a real sentence start)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from vale_helpers import desk_fix

VALE = Path("/work/shared/vale/packages")

DESK = """extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
ignorecase: {case}
action:
  name: replace
swap:
  "(?:e-mail|Email|E-mail)": email
  web site: website
  it is: it's
"""


def _fix(run_cli, tmp_path, body, case="false", name="a.md"):
    """--fix `body` (str or bytes) as `name` with the Desk style; the bytes written and the result."""
    return desk_fix(run_cli, tmp_path, DESK.format(case=case), body, name, exist_ok=True)


def _google(tmp_path, body, name="a.md"):
    shutil.copytree(VALE / "Google" / "Google", tmp_path / "styles" / "Google")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*]\nBasedOnStyles = Google\n", encoding="utf-8")
    (tmp_path / name).write_text(body, encoding="utf-8")


# --- #1 HIGH (new, 56606f55): after a lower-case abbreviation (e.g., i.e.) a case-sensitive swap keeps the capital


@pytest.mark.parametrize("body, want", [
    ("Use tools, e.g. E-mail and fax.", "Use tools, e.g. email and fax."),
    ("Use one tool, i.e. E-mail, for this.", "Use one tool, i.e. email, for this."),
])
def test_case_sensitive_swap_after_a_lower_case_abbreviation_writes_the_form(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, f"# Tools\n\n{body}\n")
    assert text == f"# Tools\n\n{want}\n"


@pytest.mark.skipif(not VALE.exists(), reason="needs /work/shared/vale")
def test_google_e_g_then_email_is_fixed_once_and_settled(run_cli, tmp_path):
    _google(tmp_path, "# Tools\n\nUse tools, e.g. E-mail and fax.\n")
    first = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text        # a second run changes nothing
    assert text == "# Tools\n\nUse tools, for example email and fax.\n"
    assert "its own rule's fix wrote" not in first.stderr, first.stderr


@pytest.mark.parametrize("body, want", [
    # guards: an abbreviation that may end a sentence, the clock's, and titles (mid-sentence)
    ("He works for Acme Co. E-mail him.", "He works for Acme Co. Email him."),
    ("Visit the U.S. E-mail desk.", "Visit the U.S. email desk."),
    ("Ask Dr. E-mail.", "Ask Dr. email."),
    ("He lives on Main St. E-mail him.", "He lives on Main St. email him."),
    ("Residents can E-mail her.", "Residents can email her."),
])
def test_guard_case_sensitive_swap_after_abbreviations(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, f"# Tools\n\n{body}\n")
    assert text == f"# Tools\n\n{want}\n"


# --- #2 HIGH (new, a456a0f7): a hard-wrapped plain-text paragraph's next line starting '> ' or '- ' opens an "item"


@pytest.mark.parametrize("body, want", [
    ("Tools\n\nHe wrote:\n\n> The tools were down and\n> E-mail, phone and fax failed.\n",
     "Tools\n\nHe wrote:\n\n> The tools were down and\n> email, phone and fax failed.\n"),
    ("Tools\n\nThe minister said the tools were down\n- E-mail, phone and fax - for hours.\n",
     "Tools\n\nThe minister said the tools were down\n- email, phone and fax - for hours.\n"),
])
def test_txt_wrapped_line_mark_mid_sentence_writes_the_form(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, body, name="a.txt")
    assert text == want


NEWSML = Path("/work/shared/formats/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml")


@pytest.mark.parametrize("name", ["a.html", "a.xml"])
def test_markup_wrapped_line_mark_mid_sentence_writes_the_form(run_cli, tmp_path, name):
    if name == "a.html":
        body = ("<html><head><title>T</title></head><body><article><h1>T</h1>\n<p>The minister said the tools "
                "were down\n  - {w}, phone and fax - for hours.</p>\n</article></body></html>\n")
    else:
        if not NEWSML.exists():
            pytest.skip("needs /work/shared/formats")
        body = NEWSML.read_text(encoding="utf-8").replace("nit lortis augiat nulla faccum at am",
                                                          "- {w}, phone and fax - nulla faccum at am")
        assert "- {w}, phone" in body
    text, _ = _fix(run_cli, tmp_path, body.format(w="E-mail"), name=name)
    assert text == body.format(w="email")


@pytest.mark.parametrize("name, body, want", [
    # guards: Markdown reads the same quoted paragraph as one, mid-sentence
    ("a.md", "# Tools\n\nHe wrote:\n\n> The tools were down and\n> E-mail, phone and fax failed.\n",
     "# Tools\n\nHe wrote:\n\n> The tools were down and\n> email, phone and fax failed.\n"),
    # a real plain-text list (CRLF) keeps each item's capital, for both kinds of swap
    ("a.txt", "Tools\r\n\r\n* E-mail him.\r\n1) E-mail her.\r\n", "Tools\r\n\r\n* Email him.\r\n1) Email her.\r\n"),
    ("a.txt", "Tools\r\n\r\nVote now.\r\nE-mail the clerk.\r\n", "Tools\r\n\r\nVote now.\r\nEmail the clerk.\r\n"),
])
def test_guard_list_and_quote_marks(run_cli, tmp_path, name, body, want):
    text, _ = _fix(run_cli, tmp_path, body, name=name)
    assert text == want


def test_guard_ignorecase_txt_list_items_crlf(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "Tools\r\n\r\n* It is late.\r\n1) It is early.\r\n", case="true", name="a.txt")
    assert text == "Tools\r\n\r\n* It's late.\r\n1) It's early.\r\n"


# --- #3 MED (new, 56606f55): an ignorecase swap after an ASCII double-hyphen dash loses the copy's capital


def test_ignorecase_after_double_hyphen_dash_keeps_the_capital(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# T\n\nThe mayor said -- It is late.\n", case="true")
    assert text == "# T\n\nThe mayor said -- It's late.\n"


# --- #4 MED (new, 56606f55): an ignorecase swap loses the capital after a label, a task box, a tag, a note mark


@pytest.mark.parametrize("name, body, want", [
    ("a.txt", "T\n\nThe rules:\na) It is late.\n", "T\n\nThe rules:\na) It's late.\n"),
    ("a.md", "# T\n\nTwo rules apply. (1) It is late.\n", "# T\n\nTwo rules apply. (1) It's late.\n"),
    ("a.md", "# T\n\n- [ ] It is late.\n", "# T\n\n- [ ] It's late.\n"),
    ("a.md", "# T\n\n[Update] It is late.\n", "# T\n\n[Update] It's late.\n"),
    ("a.md", "# T\n\nHe left.[1] It is late.\n", "# T\n\nHe left.[1] It's late.\n"),
    ("a.txt", "T\n\nHe wrote:\n>> It is late.\n", "T\n\nHe wrote:\n>> It's late.\n"),
])
def test_ignorecase_capital_after_a_label_or_mark(run_cli, tmp_path, name, body, want):
    text, _ = _fix(run_cli, tmp_path, body, case="true", name=name)
    assert text == want


@pytest.mark.parametrize("body, want", [
    # guards: Google.Contractions-like 'It is' at every sentence start the parent kept
    ("Why? It is late.", "Why? It's late."),
    ("Stop! It is late.", "Stop! It's late."),
    ("He waited\u2026 It is late.", "He waited\u2026 It's late."),
    ('He left." It is late.', 'He left." It\'s late.'),
    ("(He left.) It is late.", "(He left.) It's late."),
    ("He left (see note). It is late.", "He left (see note). It's late."),
    ("**Note:** It is late.", "**Note:** It's late."),
    ("*Vote now.* It is late.", "*Vote now.* It's late."),
    ("[Vote now.](http://example.org) It is late.", "[Vote now.](http://example.org) It's late."),
    ("He left.\u00a0It is late.", "He left.\u00a0It's late."),
    ("Vote now.&nbsp;It is late.", "Vote now.&nbsp;It's late."),
    ("Polls close at 8 p.m. It is late.", "Polls close at 8 p.m. It's late."),
    ("The mayor said \u2014 It is late.", "The mayor said \u2014 It's late."),
    ("LONDON, March 3 (Reuters) - It is late.", "LONDON, March 3 (Reuters) - It's late."),
    # mid-sentence: the form as given
    ("The steps are as follows: it is late.", "The steps are as follows: it's late."),
    ("Ask Dr. It is late.", "Ask Dr. it's late."),
    ("Ask Sen. It is late.", "Ask Sen. it's late."),
])
def test_guard_ignorecase_sentence_starts(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, f"# T\n\n{body}\n", case="true")
    assert text == f"# T\n\n{want}\n"


@pytest.mark.parametrize("body, want", [
    ("# It is late\n\n- It is early.\n\n| A | B |\n|---|---|\n| It is | It is |\n",
     "# It's late\n\n- It's early.\n\n| A | B |\n|---|---|\n| It's | It's |\n"),
])
def test_guard_ignorecase_heading_list_table(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, body, case="true")
    assert text == want


def test_guard_html_blocks_both_swaps(run_cli, tmp_path):
    page = ("<html><head><title>T</title></head><body><article><h1>T</h1>\n<p>Vote.<br>{w} him.</p>\n"
            "<table><tr><td>{w}</td></tr></table>\n<ul><li>{w} him.</li></ul>\n"
            "<p><strong>Note:</strong> {w} him.</p>\n<p>He said &ldquo;{w} him.&rdquo; Staff use Slack/{w}.</p>\n"
            "</article></body></html>\n")
    text, _ = _fix(run_cli, tmp_path, page.format(w="E-mail"), name="a.html")
    assert text == page.format(w="Email").replace("Slack/Email", "Slack/email")


# --- #5 MED (the change's claim, not a regression): a dateline with a date does not open the lead


@pytest.mark.xfail(strict=True, reason="qa375 #5: a case-sensitive swap keeps the lead's capital after 'LONDON "
                   "(Reuters) - ' but not after a dated dateline (wire style: 'LONDON, March 3 (Reuters) - ', "
                   "'SALVADOR, Feb 26 - ', 'WASHINGTON, Jan. 5 (AP) \u2014 '): _DATELINE allows no digit")
@pytest.mark.parametrize("dateline", [
    "LONDON, March 3 (Reuters) - ",
    "SALVADOR, Feb 26 - ",
    "WASHINGTON, Jan. 5 (AP) \u2014 ",
])
def test_case_sensitive_swap_after_a_dated_dateline_keeps_the_capital(run_cli, tmp_path, dateline):
    text, _ = _fix(run_cli, tmp_path, f"# Tools\n\n{dateline}E-mail the clerk.\n")
    assert text == f"# Tools\n\n{dateline}Email the clerk.\n"


def test_guard_case_sensitive_swap_after_an_undated_dateline_and_in_nitf(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# Tools\n\nLONDON (Reuters) - E-mail the clerk.\n")
    assert text == "# Tools\n\nLONDON (Reuters) - Email the clerk.\n"
    nitf = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n<head><title>Tools</title></head>\n<body>\n'
            "<body.head><hedline><hl1>Tools</hl1></hedline><dateline>LONDON (Reuters) -</dateline></body.head>\n"
            "<body.content>\n<p>Vote now. {w} the clerk. Staff use Slack/{w}.</p>\n</body.content>\n</body>\n</nitf>\n")
    text, _ = _fix(run_cli, tmp_path, nitf.format(w="E-mail"), name="a.nitf")
    assert text == nitf.format(w="Email").replace("Slack/Email", "Slack/email")


# --- #8 LOW (new, 56606f55): after a colon that opens a list, a case-sensitive swap keeps the capital


def test_case_sensitive_swap_after_a_colon_opening_a_list(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# T\n\nContact us by any of three means: E-mail, phone or fax.\n")
    assert text == "# T\n\nContact us by any of three means: email, phone or fax.\n"


def test_guard_case_sensitive_swap_after_a_colon_opening_a_sentence(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# T\n\nOne rule holds: E-mail the clerk first.\n")
    assert text == "# T\n\nOne rule holds: Email the clerk first.\n"


# --- #6 MED (before this change; its README claim now says otherwise): 'did not settle' counts every pass


def _undoing(tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    for name, swap in (("a", "colour: color"), ("b", "color: colour"), ("c", "teh: the")):
        (folder / f"{name}.yaml").write_text(f'extends: substitution\nmessage: "use {{replacement}}"\nswap:\n  {swap}\n',
                                             encoding="utf-8")
    (tmp_path / "a.txt").write_text("Paint\n\nThe colour red. See teh cat.\n", encoding="utf-8")


def test_unsettled_counts_are_not_more_than_the_findings(run_cli, tmp_path):
    _undoing(tmp_path)
    args = ("--rules", "rules", "--select", "house", "a.txt")
    check = run_cli("check", *args, cwd=tmp_path)
    diff = run_cli("check", "--diff", *args, cwd=tmp_path)
    fixed = run_cli("check", "--fix", *args, cwd=tmp_path)
    fixable = int(re.search(r"(\d+) fixable with --fix", check.stdout).group(1))
    would = int(re.search(r"(\d+) fix(?:es)? would be applied", diff.stderr).group(1))
    done = int(re.search(r"fixed (\d+) problems?", fixed.stderr).group(1))
    assert fixable == 2
    assert would <= fixable and done <= fixable, (diff.stderr, fixed.stderr)


def test_guard_unsettled_still_says_so_and_exits_2(run_cli, tmp_path):
    _undoing(tmp_path)
    fixed = run_cli("check", "--fix", "--rules", "rules", "--select", "house", "a.txt", cwd=tmp_path)
    assert fixed.exit_code == 2
    assert "did not settle" in fixed.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Paint\n\nThe colour red. See the cat.\n"


@pytest.mark.skipif(not VALE.exists(), reason="needs /work/shared/vale")
def test_guard_twin_counts_over_two_files_and_a_sentence_start(run_cli, tmp_path):
    for style in ("Google", "proselint"):
        shutil.copytree(VALE / style / style, tmp_path / "styles" / style)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*.md]\nBasedOnStyles = Google, proselint\n",
                                        encoding="utf-8")
    body = "# T\n\nThe stewardess left. It is late.\n"
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(body, encoding="utf-8")
    check = run_cli("check", "a.md", "b.md", cwd=tmp_path)
    diff = run_cli("check", "--diff", "a.md", "b.md", cwd=tmp_path)
    fixed = run_cli("check", "--fix", "a.md", "b.md", cwd=tmp_path)
    assert "6 fixable with --fix" in check.stdout, check.stdout
    assert "6 fixes would be applied to 2 files (nothing written)" in diff.stderr, diff.stderr
    assert "fixed 6 problems in 2 files" in fixed.stderr, fixed.stderr
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "# T\n\nThe flight attendant left. It's late.\n"


# --- #7 LOW (new, 56606f55): a U+FEFF inside the text (files joined with their BOMs) hides a block's start


def test_ignorecase_after_an_inner_bom_keeps_the_capital(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "T\n\n\ufeffIt is late.\n", case="true", name="a.txt")
    assert text == "T\n\n\ufeffIt's late.\n"


def test_guard_leading_bom_keeps_the_capital(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, b"\xef\xbb\xbfIt is late.\n\nText.\n", case="true", name="a.txt")
    assert text == "\ufeffIt's late.\n\nText.\n"


def test_guard_fix_is_idempotent_on_a_mixed_story(run_cli, tmp_path):
    body = ("# Tools\n\nVote today! E-mail the clerk. Residents can E-mail her.\n\n"
            "LONDON (Reuters) - E-mail the mayor. Staff use Slack/E-mail.\n")
    text, _ = _fix(run_cli, tmp_path, body)
    assert text == ("# Tools\n\nVote today! Email the clerk. Residents can email her.\n\n"
                    "LONDON (Reuters) - Email the mayor. Staff use Slack/email.\n")
    run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id
# (conftest's `_runtime_xfail` applies them).
_TAKEN_BACK = "taken back (fx509's sentence-start test 56606f55/a456a0f7 and the lead's mends bf0366c3/da458eb1/ab7ef8b7, qa381 #1-#4 HIGH: list items and quoted lines lost their capital under --fix; with qa375 #1/#2 before them); nu69 #1 open again"
_RUNTIME_XFAIL = {
    'test_guard_case_sensitive_swap_after_a_colon_opening_a_sentence': _TAKEN_BACK,
    'test_guard_case_sensitive_swap_after_abbreviations[He works for Acme Co. E-mail him.-He works for Acme Co. Email him.]': _TAKEN_BACK,
    'test_guard_case_sensitive_swap_after_an_undated_dateline_and_in_nitf': _TAKEN_BACK,
    'test_guard_fix_is_idempotent_on_a_mixed_story': _TAKEN_BACK,
    'test_guard_html_blocks_both_swaps': _TAKEN_BACK,
    'test_guard_list_and_quote_marks[a.txt-Tools\\r\\n\\r\\n* E-mail him.\\r\\n1) E-mail her.\\r\\n-Tools\\r\\n\\r\\n* Email him.\\r\\n1) Email her.\\r\\n]': _TAKEN_BACK,
    'test_guard_list_and_quote_marks[a.txt-Tools\\r\\n\\r\\nVote now.\\r\\nE-mail the clerk.\\r\\n-Tools\\r\\n\\r\\nVote now.\\r\\nEmail the clerk.\\r\\n]': _TAKEN_BACK,
}
