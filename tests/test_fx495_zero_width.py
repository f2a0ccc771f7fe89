"""fx495: a pattern that finds empty text only between characters (a
lookahead, `\\b`) is refused at load where the kind's empty-match check
runs (`conditional`'s first and second, `tokens:`, `swap:` keys), as `''`
and `x?` are; patterns that always take a character still load."""
from __future__ import annotations

import pytest

import regex

from lint.kinds._empty_match import PROBE, empty_at


def _house(tmp_path, body):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(body, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: T\n---\n\nThe NASA team met.\n", encoding="utf-8")
    return post


COND = "extends: conditional\nmessage: 'x %s'\nfirst: '{first}'\nsecond: '{second}'\n"


@pytest.mark.parametrize("first, second, key", [
    ("(?=a)", "\\(([A-Z]+)\\)", "first"),
    ("\\b", "\\(([A-Z]+)\\)", "first"),
    ("\\b([A-Z]*)\\b", "\\(([A-Z]+)\\)", "first"),
    ("\\b([A-Z]{2,})\\b", "(?=b)", "second"),
])
def test_a_conditional_pattern_empty_between_characters_is_refused(run_cli, tmp_path, first, second, key):
    post = _house(tmp_path, COND.format(first=first, second=second))
    result = run_cli("check", post, cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"rule.yaml:{3 if key == 'first' else 4}:{len(key) + 3}: {key}: regex" in lines[0] and "matches empty text" in lines[0]


@pytest.mark.parametrize("token", ["(?=a)", "\\b", "(?<=a)"])
def test_a_token_empty_between_characters_is_refused(run_cli, tmp_path, token):
    post = _house(tmp_path, f"extends: existence\nmessage: 'x %s'\ntokens: ['foo', '{token}']\n")
    result = run_cli("check", post, cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert "rule.yaml:3:17: tokens: regex" in lines[0] and "matches empty text (" in lines[0], lines


def test_guard_a_lookahead_that_captures_a_word_still_defines_it(run_cli, tmp_path):
    """group 1 is what `conditional` takes: a lookahead's captured word is no empty finding."""
    post = _house(tmp_path, COND.format(first="\\b([A-Z]{3,})\\b", second="(?=\\(([A-Z]{3,})\\))"))
    result = run_cli("check", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1) and not result.stderr.strip(), result.stderr
    assert '"courier.rule"' in result.stdout and "NASA" in result.stdout


@pytest.mark.parametrize("pattern", ["\\bfoo\\b", "(?<=\\d)%", "[A-Z]{2,}(?=\\s)", "(?=@)"])
def test_guard_patterns_that_take_a_character_or_no_probe_place_load(pattern):
    """(?=@) is empty only before an @, which the probe lacks: the limit."""
    assert "@" not in PROBE and empty_at(regex.compile(pattern)) is None


def test_the_refusal_says_where_the_probe_found_it():
    assert empty_at(regex.compile("(?=a)")) == " (between 'A' and 'a' in a test line)"
    assert empty_at(regex.compile("x?")) == ""
    assert empty_at(regex.compile("(?=([a-z]+))"), 1) is None
