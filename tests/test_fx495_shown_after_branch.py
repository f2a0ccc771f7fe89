"""fx495: a `shown-after` whose top-level branch other than the last
matches empty text (`|x`) is refused at load: tried once where a match
ends, the empty branch always wins and the branches after it never quote.
Guards: an optional run-on, an empty last branch and a group's inner empty
branch followed by more still load and quote."""
from __future__ import annotations

import json

import pytest

from lint.kinds._top_branches import branches

RULE = "extends: existence\nmessage: \"name '%s'\"\nlevel: warning\ntokens:\n  - foo\nshown-after: '{after}'\n"


def _run(run_cli, tmp_path, after: str):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "rule.yaml").write_text(RULE.format(after=after), encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n"
                    "The foo.png was sent.\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)


@pytest.mark.parametrize("after, says", [
    ("|\\.png", "its first branch matches empty text, so it never quotes more; put the empty branch last "
                "or use (?:x)?"),
    ("(?:|\\.png)", "its first branch matches empty text"),
    ("(?:\\.jpg)?|\\.png", "its first branch matches empty text"),
    ("\\.jpg||\\.png", "its branch 2 of 3 matches empty text, so the branches after it are never tried"),
])
def test_an_empty_branch_before_others_is_refused_in_one_line(run_cli, tmp_path, after, says):
    result = _run(run_cli, tmp_path, after)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "rule.yaml:6:14: shown-after: regex" in lines[0] and says in lines[0], lines


@pytest.mark.parametrize("after", ["\\.png|", "(?:\\s+copy)?\\.png", "(?:|x)\\.png", "\\.jpg|\\.png"])
def test_guard_what_can_quote_more_still_loads_and_quotes(run_cli, tmp_path, after):
    result = _run(run_cli, tmp_path, after)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    assert [f["message"] for f in json.loads(result.stdout)] == ["name 'foo.png'"]


@pytest.mark.parametrize("pattern, parts", [
    ("[|]|x", ["[|]", "x"]),
    ("\\||x", ["\\|", "x"]),
    ("(a|b)c|d", ["(a|b)c", "d"]),
    ("(a)(b)", ["(a)(b)"]),
    ("(?P<n>|x)", ["", "x"]),
    ("(?=|a)|x", ["(?=|a)", "x"]),
])
def test_branches_are_read_at_the_top_level(pattern, parts):
    assert branches(pattern) == parts
