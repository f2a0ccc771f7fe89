"""fx489: a Vale `ignorecase` swap's fix (`action: replace`) is written in
the case of the text it replaces (nu68 #11), and the cases that must not move:
a swap whose form is about case, `capitalize`, the message."""
import json

import pytest

RULE = """extends: substitution
message: "Use '%s' instead of '%s'."
level: suggestion
{case}action:
  name: replace
swap:
  it is: it's
  do not: don't
  kubernetes: Kubernetes
  javascript: JavaScript
  we have: we've
"""


def _site(tmp_path, body, case="ignorecase: true\n", extra=""):
    (tmp_path / "styles" / "Desk").mkdir(parents=True)
    (tmp_path / "styles" / "Desk" / "Swaps.yml").write_text(RULE.format(case=case) + extra,
                                                            encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n\n"
                                        "[*.md]\nBasedOnStyles = Desk\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n" + body,
                    encoding="utf-8")
    return post


def _fixed(run_cli, tmp_path, body, **kw):
    post = _site(tmp_path, body, **kw)
    run_cli("check", "--fix", post, cwd=tmp_path)
    return post.read_text(encoding="utf-8").split("---\n")[-1].strip()


@pytest.mark.parametrize("body, want", [
    ("The council met. It is not clear when.", "The council met. It's not clear when."),
    ("The council said it is not clear.", "The council said it's not clear."),
    ("The sign read IT IS NOT CLEAR in red.", "The sign read IT'S NOT CLEAR in red."),
    ('"We have waited," she said.', '"We have waited," she said.'),  # a quotation's words are left to the writer (fx564, AP)
    ("Do not wait. They do not know.", "Don't wait. They don't know."),
])
def test_fix_takes_the_text_case(run_cli, tmp_path, body, want):
    assert _fixed(run_cli, tmp_path, body) == want


@pytest.mark.parametrize("body, want", [
    # a form about case is written as given, in capitals too
    ("They run kubernetes now.", "They run Kubernetes now."),
    ("They run KUBERNETES now.", "They run Kubernetes now."),
    ("Javascript is slow.", "JavaScript is slow."),
])
def test_fix_of_a_form_about_case_is_as_given(run_cli, tmp_path, body, want):
    assert _fixed(run_cli, tmp_path, body) == want


def test_capitalize_and_ignorecase_capitals_stay_capitals(run_cli, tmp_path):
    got = _fixed(run_cli, tmp_path, "The sign read IT IS NOT CLEAR. It is late.", extra="capitalize: true\n")
    assert got == "The sign read IT'S NOT CLEAR. It's late.", got


def test_message_is_vales(run_cli, tmp_path):
    """The message names the form as Vale does; only the fix takes the case."""
    post = _site(tmp_path, "The council met. It is not clear when.\n")
    result = run_cli("check", "--format", "json", post, cwd=tmp_path)
    found = [f for f in json.loads(result.stdout) if f["rule"] == "Desk.Swaps"]
    assert [f["message"] for f in found] == ["Use 'it's' instead of 'It is'."], found


def test_fix_twice_changes_nothing(run_cli, tmp_path):
    post = _site(tmp_path, "It is late. IT IS LATE.\n")
    run_cli("check", "--fix", post, cwd=tmp_path)
    once = post.read_text(encoding="utf-8")
    run_cli("check", "--fix", post, cwd=tmp_path)
    assert post.read_text(encoding="utf-8") == once
    assert "It's late. IT'S LATE." in once, once
