"""How a Vale comment's words are read (fx185). One notion of white space
trims a comment and parts its words, the `regex` module's `\\s` (Unicode's
White_Space, as Vale trims with Go's `unicode.IsSpace`), so no comment of
control or space characters is an internal error (qa102 #1: `<!-- vale
\\x1f -->` split to no word). Vale has no `ALL` (vale.sh, "Comments": `vale
off` turns every rule off), so `<!-- vale ALL = NO -->` is one
`file.directive` warning at the id, and hides nothing (qa102 #3). How
the switches hide a rule is test_vale_comment_replay's. Synthetic input
only."""
from __future__ import annotations

import json
import random

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.suppress_vale import VALE_DIRECTIVE

HEAD = '---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'

# What a random comment is made of: control characters Python's str.split() and the
# regex module part words at differently (U+001C-U+001F), the other white space of
# both, and the words of Vale's and newslint's comments.
_SPACES = ["\x1c", "\x1d", "\x1e", "\x1f", " ", "\t", "\x0b", "\x0c", "\r", "\n", "\x85", "\xa0",
           "\u1680", "\u2000", "\u2028", "\u2029", "\u202f", "\u3000", "\x7f", "\u200b", "\ufeff"]
_WORDS = ["off", "on", "of", "=", "NO", "YES", "hygiene", ".placeholder", "hygiene.placeholder", "ALL",
          "newslint", "Spelling", "[", "]", '"TK"', ",", ":", "--", "\u2014", "styles", "-", "é"]


def _comment(rng: random.Random) -> str:
    """A short comment opening as Vale's or newslint's, of random spaces and words."""
    opener = "vale" if rng.random() < 0.6 else rng.choice([
        "newslint-disable", "newslint-enable", "newslint-disable-line", "newslint-disable-next-line"])
    words = rng.random() < 0.7        # else only spaces and control characters
    parts = [rng.choice(_SPACES if not words or rng.random() < 0.5 else _WORDS)
             for _ in range(rng.randint(0, 6))]
    lead = rng.choice(["", " ", "\x1f", "\u3000"])
    gap = rng.choice([" ", "\x1f", "\u2028", "\t", "  "])
    return f"<!--{lead}{opener}{gap}{''.join(parts)}{rng.choice(['', ' ', chr(0x1e)])}-->"


def test_random_short_comments_of_control_and_space_characters_are_read_without_an_error():
    rng = random.Random(185)
    config = Config()
    seen_separator_only = 0
    for _ in range(300):
        comment = _comment(rng)
        source = HEAD + comment + "\n\nThe plan is TK.\n"
        result = lint_bytes("story.md", source.encode("utf-8"), config)    # raises on an internal error
        assert not result.problems, (comment, result.problems)
        start = source.index(comment)
        for d in result.diagnostics:
            if d.rule == "file.directive":    # said over the comment's own words
                assert start <= d.offset <= d.end_offset <= start + len(comment), (comment, d)
        m = VALE_DIRECTIVE.search(comment)       # words str.split() finds none in: qa102 #1's
        seen_separator_only += m is not None and m["body"] != "" and not m["body"].split()
    assert seen_separator_only >= 5      # the generator reached qa102 #1's comments


@pytest.mark.parametrize("char", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_a_vale_comment_of_a_separator_character_is_said_as_no_form_of_vales(char):
    source = HEAD + f"<!-- vale {char} -->\n\nThe plan is TK.\n"
    result = lint_bytes("story.md", source.encode("utf-8"), Config())
    assert not result.problems, result.problems
    [said] = [d for d in result.diagnostics if d.rule == "file.directive"]
    assert (said.line, said.column, said.end_column) == (6, 11, 12), said
    assert "no such Vale comment" in said.message and "hides nothing" in said.message, said.message
    assert [d.line for d in result.diagnostics if d.rule == "hygiene.placeholder"] == [8]


def _check(run_cli, tmp_path, body: str) -> list[dict]:
    (tmp_path / "story.md").write_text(HEAD + body, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _where(found, rule):
    return [(f["line"], f["column"]) for f in found if f["rule"] == rule]


@pytest.mark.parametrize("word", ["ALL", "all"])
@pytest.mark.parametrize("switch", ["NO", "YES"])
def test_vale_has_no_all_so_a_switch_naming_it_is_said_and_hides_nothing(tmp_path, run_cli, word, switch):
    found = _check(run_cli, tmp_path, f"<!-- vale {word} = {switch} -->\n\nThe plan is TK.\n")
    said = [f for f in found if f["rule"] == "file.directive"]
    assert [(f["line"], f["column"], f["end_column"]) for f in said] == [(6, 11, 11 + len(word))], said
    assert f"<!-- vale {'off' if switch == 'NO' else 'on'} -->" in said[0]["message"], said
    assert ("hides nothing" if switch == "NO" else "switches nothing back on") in said[0]["message"], said
    assert _where(found, "hygiene.placeholder") == [(8, 13)], found
