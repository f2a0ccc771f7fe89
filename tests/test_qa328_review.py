"""qa328 (session 54): review of fx463 (regex_size reads counts as `regex`
does under VERBOSE and past inline flag groups; a VERBOSE `#` comment that
holds `(`, `)`, `[` or `\\` with a `{` after it is refused).

The Vale Google, write-good and proselint packages give the same refusals
(none) on pf59 and fx463: none of their patterns uses `(?x)`. What breaks:

#1 (HIGH) a `#` comment *inside* a VERBOSE count that holds `(` is read by
   `_COUNT_VERBOSE` as no count and by the walk as the end of sizing, but
   `regex` reads `{3#(\\n00}` as `{300}`: `newslint check --rules` dies of
   SIGSEGV (exit 139, nothing said).
#2 (HIGH) the conservative refusal hits ordinary house rules written with
   `(?x)` and comments such as `# (AP style)` followed by `\\d{4}` or
   `\\p{Lu}`: pf59 ran them, fx463 stops the whole run with exit 2.

Synthetic patterns only; nothing here compiles a huge pattern (a guard
refuses to).
"""
from __future__ import annotations

import json

import pytest
import regex

from lint.regex_size import LIMIT, added, oversized
from test_exceptions_size import check


def existence(*tokens: str) -> str:
    listed = "".join(f"  - {json.dumps(t)}\n" for t in tokens)
    return f'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n{listed}'


@pytest.fixture
def no_huge_compile(monkeypatch):
    """Fail, rather than crash the test process (segmentation fault), if a
    pattern below reaches `regex.compile`."""
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and ("#(\n00}" in pattern or "#)\n00}" in pattern
                                         or "#[\n00}" in pattern or "#\\\\\n00}" in pattern):
            raise AssertionError(f"compiled {pattern[:60]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)


# --- #1 (HIGH): a structured `#` comment inside a VERBOSE count ---------------------------------
# `regex` skips the comment inside the braces: `(?x)(?:ab|cd){1#(\n0}` fullmatches 'ab' * 10, so
# `(?x)(?:(?:ab|cd){1000}){3#(\n00}` is 300,000 copies of the alternation. `_COUNT_VERBOSE` takes no
# comment holding `(`, the walk reads `{3` as text and, with no `{` after the comment, stops sizing:
# `oversized` is None and a house token of it kills `newslint check --rules` (SIGSEGV, exit 139).

STRUCTURED_IN_COUNT = [
    "(?x)(?:(?:ab|cd){1000}){3#(\n00}",
    "(?x)(?:(?:ab|cd){1000}){3#)\n00}",
    "(?x)(?:(?:ab|cd){1000}){3#[\n00}",
    "(?x)(?:(?:ab|cd){1000}){3#\\\n00}",
    "(?x)a{100#(\n0000}",
    "(?x)(?:(?:ab|cd){1000}){300,#(\n}",
    "(?x)(?:(?:ab|cd){1000}){300 #[\n}",
]


@pytest.mark.parametrize("pattern", STRUCTURED_IN_COUNT)
def test_a_structured_comment_inside_a_verbose_count_is_still_refused(pattern):
    assert oversized(pattern) is not None


def test_a_house_token_with_a_structured_comment_in_its_count_is_refused(run_cli, tmp_path, no_huge_compile):
    result = check(run_cli, tmp_path, existence("zebra", STRUCTURED_IN_COUNT[0]))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines[0]


# nearest cases: a plain comment in the count, and no comment at all, are refused
@pytest.mark.parametrize("pattern", ["(?x)(?:(?:ab|cd){1000}){3#c\n00}", "(?x)(?:(?:ab|cd){1000}){300}",
                                     "(?x)(?:(?:ab|cd){1000}){3 00}", "(?x)a{100#c\n0000}"])
def test_a_plain_comment_inside_a_verbose_count_is_refused(pattern):
    assert oversized(pattern) is not None and added(pattern) > LIMIT


def test_nearest_small_count_with_a_structured_comment_is_not_refused():
    # `{1#(\n0}` is a count of 10: harmless
    assert oversized("(?x)(?:ab|cd){1#(\n0}") is None


# --- #2 (HIGH): ordinary VERBOSE house rules refused --------------------------------------------
# A desk writes its rules in `(?x)` with comments, and comments hold parentheses: "(AP style)",
# "(sic)". Any `{` after such a comment, even `\d{4}` or `\p{Lu}`, refuses the pattern, and the
# whole `newslint check` stops with exit 2 (pf59 ran these rules and reported the findings).
# No `(?-x)` or scoped flag is in them, so VERBOSE is on throughout and the comment is only a comment.

HOUSE_RULES = [
    "(?x) \\b(?:alot)\\b  # (sic)\n | \\d{4}",
    "(?x) \\b(?:per\\ cent)  # write 'percent' (AP style)\n  | \\p{Lu}\\w+",
    "(?x)\\b[0-9]{1,3}  # thousands [sep]\n (?:,\\d{3})+",
    "(?x) # words (not names)\n \\p{Lu}\\w+",
]


@pytest.mark.parametrize("pattern", HOUSE_RULES)
def test_a_verbose_house_rule_with_parentheses_in_a_comment_is_accepted(pattern):
    assert oversized(pattern) is None


def test_a_verbose_house_rule_with_parentheses_in_a_comment_runs(run_cli, tmp_path):
    result = check(run_cli, tmp_path, existence("zebra", HOUSE_RULES[0]))
    assert result.exit_code in (0, 1) and "does not compile" not in result.stderr, result.stdout + result.stderr


# nearest cases that work: the same rules without parentheses in the comment, or with no `{` after it
@pytest.mark.parametrize("pattern", ["(?x) \\b(?:alot)\\b  # sic\n | \\d{4}",
                                     "(?x) \\b(?:per\\ cent)  # write 'percent', AP style\n  | \\p{Lu}\\w+",
                                     "(?x) \\d{4} | \\b(?:alot)\\b  # (sic)\n"])
def test_a_verbose_house_rule_without_structured_comments_is_accepted(pattern):
    assert oversized(pattern) is None


def test_a_verbose_house_rule_with_a_plain_comment_runs(run_cli, tmp_path):
    result = check(run_cli, tmp_path, existence("zebra", "(?x) \\b(?:alot)\\b  # sic\n | \\d{4}"))
    assert result.exit_code in (0, 1), result.stdout + result.stderr
