"""fx498 (nu69 #1): a case-sensitive Vale swap whose form starts in lower
case keeps the capital of a sentence's or quotation's first word under
--fix; mid-sentence, and for a form whose case is its point, the form is
written as given."""
import json

import pytest

RULE = """extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
ignorecase: false
action:
  name: replace
swap:
  "(?:e-mail|Email|E-mail)": email
  Javascript: JavaScript
  Iphone: iPhone
  Internet: internet
"""


def _fixed(run_cli, tmp_path, body):
    (tmp_path / "styles" / "Desk").mkdir(parents=True)
    (tmp_path / "styles" / "Desk" / "Words.yml").write_text(RULE, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n[*.md]\nBasedOnStyles = Desk\n",
                                        encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_bytes(body.encode("utf-8"))
    result = run_cli("check", "--fix", story.name, cwd=tmp_path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    return story.read_bytes().decode("utf-8")


@pytest.mark.parametrize("body, want", [
    ("E-mail the mayor.\n", "Email the mayor.\n"),
    ("The vote is Monday. E-mail the clerk.\n", "The vote is Monday. Email the clerk.\n"),
    ('She said, "E-mail us."\n', 'She said, "Email us."\n'),
    ("The rule is simple: E-mail first.\n", "The rule is simple: Email first.\n"),
    ("LAKESHORE, Ill. (LNS) — E-mail the clerk.\n", "LAKESHORE, Ill. (LNS) — Email the clerk.\n"),
])
def test_a_sentence_or_quotation_start_keeps_its_capital(run_cli, tmp_path, body, want):
    assert _fixed(run_cli, tmp_path, body) == want


@pytest.mark.parametrize("body, want", [
    # mid-sentence the form is written exactly as given
    ("Residents can E-mail her, or Email the clerk.\n", "Residents can email her, or email the clerk.\n"),
    ("Staff at the U.S. E-mail desk.\n", "Staff at the U.S. email desk.\n"),
    # a form whose case is its point, at a sentence start and mid-sentence
    ("Javascript is slow. They use Javascript.\n", "JavaScript is slow. They use JavaScript.\n"),
    ("Iphone sales fell. They sold the Iphone.\n", "iPhone sales fell. They sold the iPhone.\n"),
    ("They read it on the Internet.\n", "They read it on the internet.\n"),
])
def test_guard_forms_written_as_given(run_cli, tmp_path, body, want):
    assert _fixed(run_cli, tmp_path, body) == want


def test_guard_a_capital_the_form_takes_is_no_fix_and_stays_found(run_cli, tmp_path):
    """`Internet` opening a sentence is `internet` with its capital kept: the
    text already reads so, and no fix rewrites it (Vale's finding is left)."""
    body = "Internet use rose.\n"
    assert _fixed(run_cli, tmp_path, body) == body
    result = run_cli("check", "--format", "json", "story.md", cwd=tmp_path)
    found = json.loads(result.stdout)
    assert [(f["rule"], f.get("fix")) for f in found] == [("Desk.Words", None)], found
