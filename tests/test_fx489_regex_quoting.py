"""fx489 (nu68 #6): a rule's regex in an error is quoted as the rule file
writes it, one backslash for one (repr() doubled it), in newslint rules,
Vale styles and `.vale.ini` alike; and the shapes that keep repr's form:
a newline as `\\n`, a quote mark, a long pattern cut."""
from __future__ import annotations

import pytest

from lint.value_words import as_written, shown


def _house(tmp_path, rule: str, story: str = "Text.\n"):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n" + story,
                    encoding="utf-8")
    return post


def _refusal(run_cli, tmp_path, *args) -> str:
    result = run_cli("check", "--no-cache", *args, cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize("rule, want", [
    ("extends: existence\nmessage: \"x %s\"\ntokens:\n  - '\\bfoo('\n",
     "rule.yaml:4:5: tokens: regex '\\bfoo(' does not compile"),
    ("extends: substitution\nmessage: \"x %s\"\nswap:\n  '\\d+(': n\n",
     "rule.yaml:4:3: swap: regex '\\d+(' does not compile"),
    ("extends: substitution\nmessage: \"x %s\"\nswap:\n  '\\s*': n\n",
     "swap: regex '\\s*' matches empty text"),
    ("extends: occurrence\nmessage: \"x %s\"\nmax: 3\ntoken: '\\b'\n",
     "token: regex '\\b' matches empty text"),
    ("extends: existence\nmessage: \"x %s\"\ntokens:\n  - a\nshown-after: '\\A\\s+b'\n",
     "shown-after: regex '\\A\\s+b' can never hold"),
])
def test_newslint_rule_regex_is_quoted_as_written(run_cli, tmp_path, rule, want):
    post = _house(tmp_path, rule)
    line = _refusal(run_cli, tmp_path, post)
    assert want in line and "\\\\" not in line, line


def test_vale_style_token_is_quoted_as_written(run_cli, tmp_path):
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = H\n", encoding="utf-8")
    (tmp_path / "styles" / "H").mkdir(parents=True)
    (tmp_path / "styles" / "H" / "R.yml").write_text(
        "extends: existence\nmessage: \"x %s\"\nlevel: error\ntokens:\n  - zebra\n  - '\\w+\\('\n  - '\\bx('\n",
        encoding="utf-8")
    (tmp_path / "t.md").write_text("A zebra.\n", encoding="utf-8")
    line = _refusal(run_cli, tmp_path, "t.md")
    assert "R.yml:7:5: tokens: regex '\\bx(' does not compile" in line, line


def test_vale_ini_token_ignores_is_quoted_as_written(run_cli, tmp_path):
    (tmp_path / ".vale.ini").write_text("[*.md]\nTokenIgnores = \\d+(\n", encoding="utf-8")
    (tmp_path / "t.md").write_text("A zebra.\n", encoding="utf-8")
    line = _refusal(run_cli, tmp_path, "t.md")
    assert "TokenIgnores: '\\d+(' does not compile" in line, line


@pytest.mark.parametrize("text, want", [
    ("\\bfoo(", "'\\bfoo('"),
    ("(?x)\na (\n", "'(?x)\\na (\\n'"),        # a verbose block's newlines, one line
    ("it's(", "\"it's(\""),                    # a quote mark: the other quotes, as repr
    ("a'b\"c", "'a\\'b\"c'"),
    ("é(", "'é('"),
])
def test_as_written_shapes(text, want):
    assert as_written(text) == want


def test_as_written_cuts_as_shown_cuts():
    long = "\\d" * 40
    assert len(as_written(long)) == len(shown("d" * 80)) and as_written(long).endswith("…")
    assert as_written(long, cut=False) == "'" + long + "'"
    plain = "(" + "a" * 30
    assert as_written(plain) == shown(plain)     # with no backslash, repr's own form
