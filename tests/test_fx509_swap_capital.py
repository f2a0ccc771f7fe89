"""fx509: a swap's --fix keeps a capital only where a sentence or quotation
opens (`_opens_sentence`): a case-sensitive swap whose form starts in lower
case (Google.WordList's `E-mail: email`, nu69 #1) as an `ignorecase` one does,
and neither keeps it after a slash or a closing quote or bracket (qa368 #6).
Guards: the shapes around it that must not move."""
import json

import pytest
from vale_helpers import desk_fix

DESK = """extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
ignorecase: {case}
action:
  name: replace
swap:
  "(?:e-mail|Email|E-mail)": email
  CLI: command-line tool
  Javascript: JavaScript
  web site: website
  it is: it's
"""


def _fix(run_cli, tmp_path, body, case="false", name="a.md"):
    return desk_fix(run_cli, tmp_path, DESK.format(case=case), body, name)


@pytest.mark.parametrize("body, want", [
    # a sentence opens: after a stop, a question or exclamation mark, closing marks, a colon, a dateline
    ("Vote today! E-mail the clerk.", "Vote today! Email the clerk."),
    ("Why? (E-mail the clerk.)", "Why? (Email the clerk.)"),
    ('He left." E-mail the clerk.', 'He left." Email the clerk.'),
    ("He waited\u2026 E-mail the clerk.", "He waited\u2026 Email the clerk."),
    ("One rule: E-mail the clerk.", "One rule: Email the clerk."),
    ("LONDON (Reuters) - E-mail the clerk.", "LONDON (Reuters) - Email the clerk."),
    ("The award went to Lee Jr. E-mail him.", "The award went to Lee Jr. Email him."),
    # a quotation opens
    ("She said, \u201cE-mail the clerk.\u201d", "She said, \u201cEmail the clerk.\u201d"),
    # mid-sentence: the form as given
    ("The tools \u2013 E-mail and fax \u2013 failed.", "The tools \u2013 email and fax \u2013 failed."),
    ("The tools - E-mail and fax - failed.", "The tools - email and fax - failed."),
    ("Staff use Slack/E-mail/phone.", "Staff use Slack/email/phone."),
    ("The clerk's [City Hall] E-mail failed.", "The clerk's [City Hall] email failed."),
    ("The \u201csmart\u201d E-mail filter failed.", "The \u201csmart\u201d email filter failed."),
    ("Visit the U.S. E-mail desk.", "Visit the U.S. email desk."),
    ("Ask Dr. E-mail.", "Ask Dr. email."),
    # a form of its own case is written as given, at a sentence's start too
    ("Javascript is slow. Javascript is old.", "JavaScript is slow. JavaScript is old."),
])
def test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, f"# Tools\n\n{body}\n")
    assert text == f"# Tools\n\n{want}\n"


@pytest.mark.parametrize("body, want", [
    ("Staff use Slack/Web site daily.", "Staff use Slack/website daily."),
    ("The \u201csmart\u201d Web site failed.", "The \u201csmart\u201d website failed."),
    ("The office (City Hall) Web site failed.", "The office (City Hall) website failed."),
    # guards: the copy's capital after a dash or an opening bracket, at a start, in a quotation
    ("The mayor said \u2014 It is late.", "The mayor said \u2014 It's late."),
    ("The plan (It is not new) was approved.", "The plan (It's not new) was approved."),
    ('He said, "It is late."', 'He said, "It is late."'),  # a quotation's words are left to the writer (fx564, AP)
    ("Vote now. It is late, and the city said it is.", "Vote now. It's late, and the city said it's."),
])
def test_ignorecase_swap_after_a_mark(run_cli, tmp_path, body, want):
    text, _ = _fix(run_cli, tmp_path, f"# Tools\n\n{body}\n", case="true")
    assert text == f"# Tools\n\n{want}\n"


def test_a_line_in_capitals_gets_the_form_in_capitals(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# Outage\n\nTHE CLI IS DOWN.\n\nThe CLI is down.\n")
    assert text == "# Outage\n\nTHE COMMAND-LINE TOOL IS DOWN.\n\nThe command-line tool is down.\n"


def test_a_kept_capital_is_still_reported_and_a_second_run_changes_nothing(run_cli, tmp_path):
    text, _ = _fix(run_cli, tmp_path, "# Mayor\n\nE-mail the mayor. Residents can E-mail her.\n")
    assert text == "# Mayor\n\nEmail the mayor. Residents can email her.\n"
    again = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text
    report = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
    found = [(f["line"], f["column"]) for f in json.loads(report.stdout) if f["rule"] == "Desk.Words"]
    assert found == [(3, 1)], (found, again.stderr)     # Vale flags 'Email' too; no fix is offered for it


@pytest.mark.parametrize("name, body, want", [
    ("a.html", "<html><head><title>Tools</title></head><body>\n<p>Vote. E-mail the clerk at Slack/E-mail.</p>\n"
               "</body></html>\n",
     "<html><head><title>Tools</title></head><body>\n<p>Vote. Email the clerk at Slack/email.</p>\n</body></html>\n"),
    ("a.html", "<html><head><title>Tools</title></head><body>\n<p>She said <q>E-mail us</q> today.</p>\n"
               "</body></html>\n",
     "<html><head><title>Tools</title></head><body>\n<p>She said <q>Email us</q> today.</p>\n</body></html>\n"),
    ("a.txt", "Tools\r\n\r\nVote now.\r\nE-mail the clerk \u2014 E-mail works.\r\n",
     "Tools\r\n\r\nVote now.\r\nEmail the clerk \u2014 email works.\r\n"),
    # a plain-text list keeps its marks in the text: each item's first word opens it
    ("a.txt", "Tools\n\n* E-mail the clerk.\n* E-mail him.\n\u2022 E-mail her.\n> E-mail us.\nThey can\nE-mail.\n",
     "Tools\n\n* Email the clerk.\n* Email him.\n\u2022 Email her.\n> Email us.\nThey can\nemail.\n"),
])
def test_other_formats_keep_bytes_and_capitals(run_cli, tmp_path, name, body, want):
    text, _ = _fix(run_cli, tmp_path, body, name=name)
    assert text == want


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id
# (conftest's `_runtime_xfail` applies them).
_TAKEN_BACK = "taken back (fx509's sentence-start test 56606f55/a456a0f7 and the lead's mends bf0366c3/da458eb1/ab7ef8b7, qa381 #1-#4 HIGH: list items and quoted lines lost their capital under --fix; with qa375 #1/#2 before them); nu69 #1 open again"
_RUNTIME_XFAIL = {
    'test_a_kept_capital_is_still_reported_and_a_second_run_changes_nothing': _TAKEN_BACK,
    'test_a_line_in_capitals_gets_the_form_in_capitals': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[He left." E-mail the clerk.-He left." Email the clerk.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[He waited\\u2026 E-mail the clerk.-He waited\\u2026 Email the clerk.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[LONDON (Reuters) - E-mail the clerk.-LONDON (Reuters) - Email the clerk.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[One rule: E-mail the clerk.-One rule: Email the clerk.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[She said, \\u201cE-mail the clerk.\\u201d-She said, \\u201cEmail the clerk.\\u201d]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[The award went to Lee Jr. E-mail him.-The award went to Lee Jr. Email him.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[Vote today! E-mail the clerk.-Vote today! Email the clerk.]': _TAKEN_BACK,
    'test_case_sensitive_swap_keeps_a_capital_only_where_a_sentence_opens[Why? (E-mail the clerk.)-Why? (Email the clerk.)]': _TAKEN_BACK,
    'test_ignorecase_swap_after_a_mark[Staff use Slack/Web site daily.-Staff use Slack/website daily.]': _TAKEN_BACK,
    'test_ignorecase_swap_after_a_mark[The \\u201csmart\\u201d Web site failed.-The \\u201csmart\\u201d website failed.]': _TAKEN_BACK,
    'test_ignorecase_swap_after_a_mark[The office (City Hall) Web site failed.-The office (City Hall) website failed.]': _TAKEN_BACK,
    'test_other_formats_keep_bytes_and_capitals[a.html-body0-want0]': _TAKEN_BACK,
    'test_other_formats_keep_bytes_and_capitals[a.html-body1-<html><head><title>Tools</title></head><body>\\n<p>She said <q>Email us</q> today.</p>\\n</body></html>\\n]': _TAKEN_BACK,
    'test_other_formats_keep_bytes_and_capitals[a.txt-Tools\\n\\n* E-mail the clerk.\\n* E-mail him.\\n\\u2022 E-mail her.\\n> E-mail us.\\nThey can\\nE-mail.\\n-Tools\\n\\n* Email the clerk.\\n* Email him.\\n\\u2022 Email her.\\n> Email us.\\nThey can\\nemail.\\n]': _TAKEN_BACK,
    'test_other_formats_keep_bytes_and_capitals[a.txt-Tools\\r\\n\\r\\nVote now.\\r\\nE-mail the clerk \\u2014 E-mail works.\\r\\n-Tools\\r\\n\\r\\nVote now.\\r\\nEmail the clerk \\u2014 email works.\\r\\n]': _TAKEN_BACK,
}
