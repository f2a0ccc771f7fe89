"""fx489 (nu68 #7): an existence rule's `shown-after` that may match empty
text (an optional run-on) loads and quotes more only where it is there; an
empty `shown-after: ''` is no shown-after, as '' is for `closing`,
`closing-after` and `shown-whole`. Guards: what is still refused."""
from __future__ import annotations

import json

import pytest

RULE = """extends: existence
message: "Courier style: don't write '%s'; name the source"
level: warning
ignorecase: true
tokens:
  - officials familiar
"""


def _run(run_cli, tmp_path, extra: str, story: str):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "rule.yaml").write_text(RULE + extra, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n" + story,
                    encoding="utf-8")
    return run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)


def _shown(run_cli, tmp_path, extra, story):
    result = _run(run_cli, tmp_path, extra, story)
    assert result.exit_code == 0 and result.stderr == "", result.stdout + result.stderr     # a warning
    return [(f["column"], f["end_column"], f["message"].split("'")[2]) for f in json.loads(result.stdout)]


OPTIONAL = "shown-after: '(?:\\s+with\\s+the\\s+\\w+)?'\n"


def test_optional_shown_after_quotes_where_there_and_not_elsewhere(run_cli, tmp_path):
    story = "Officials familiar with the plan agreed. Officials familiar said no.\n"
    got = _shown(run_cli, tmp_path, OPTIONAL, story)
    assert got == [(1, 19, "Officials familiar with the plan"), (42, 60, "Officials familiar")], got


def test_optional_shown_after_over_a_line_wrap(run_cli, tmp_path):
    got = _shown(run_cli, tmp_path, OPTIONAL, "They met. Officials familiar\nwith the matter agreed.\n")
    assert got == [(11, 29, "Officials familiar with the matter")], got


def test_a_lookahead_only_shown_after_still_loads(run_cli, tmp_path):
    got = _shown(run_cli, tmp_path, "shown-after: '(?=\\s)'\n", "Officials familiar said no.\n")
    assert got == [(1, 19, "Officials familiar")], got


def test_empty_shown_after_is_no_shown_after(run_cli, tmp_path):
    story = "Officials familiar with the plan agreed.\n"
    unset = _run(run_cli, tmp_path / "a", "", story)
    empty = _run(run_cli, tmp_path / "b", "shown-after: ''\n", story)
    assert empty.exit_code == unset.exit_code == 0 and empty.stderr == unset.stderr == ""
    assert json.loads(empty.stdout)[0]["message"] == json.loads(unset.stdout)[0]["message"] == \
        "Courier style: don't write 'Officials familiar'; name the source"


@pytest.mark.parametrize("extra, said", [
    ("shown-after: '(?r)\\s+with'\n", "can never hold"),
    ("shown-after: '\\A\\s+with'\n", "can never hold"),
    ("shown-after: '(\\s+with'\n", "does not compile"),
    ("shown-whole: '(?:officials familiar)?'\n", "matches empty text"),   # a whole part: still refused
    ("closing: 'x?'\n", "matches empty text"),
])
def test_still_refused(run_cli, tmp_path, extra, said):
    result = _run(run_cli, tmp_path, extra, "Officials familiar said no.\n")
    assert result.exit_code == 2 and said in result.stderr and "rule.yaml:7:" in result.stderr, result.stderr


def test_an_optional_token_is_still_refused(run_cli, tmp_path):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text("extends: existence\nmessage: \"x %s\"\ntokens:\n  - '(?:x)?'\n",
                                    encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    (tmp_path / "p.txt").write_text("Text.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "p.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "matches empty text" in result.stderr, result.stderr
