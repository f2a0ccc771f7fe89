"""qa325 (session 54): review of pf59's start-up work: `regex_size`'s walk
skipped where `_at_most`'s bound settles it, the walk taking a run of plain
characters in one step, `hashlib` and `json` imported where used.

The bound itself held: 100,000 random patterns (counts either side of the
limit, `(?#`, `(?x)`, `(?V1)`, sets, `\\p{…}`, lazy and possessive counts,
`{,n}`, 20-digit counts, `before` at the limit, every flag) gave the same
`oversized` and `added` as f8e42b76's walk, and the Vale Google, write-good
and proselint packages report the same. What breaks is older than pf59 but is
the guard's job (a newsroom's own pattern must give one clear error line,
never a crash or a hang): under VERBOSE (`(?x)`, `(?x:…)`, `regex.VERBOSE`)
`regex` skips white space and `#` comments between an item and its count and
inside a count's digits, which neither the walk nor `_at_most`'s `_COUNT`
reads (so a fix of the walk alone is undone by the new shortcut: `added`
returns 0 without walking when `_COUNT` finds no count over 1). Synthetic
patterns only; nothing here compiles a huge pattern (a guard refuses to).
"""
from __future__ import annotations

import subprocess
import sys

import pytest
import regex

from lint.regex_size import LIMIT, _at_most, added, oversized
from test_exceptions_size import STORY, check


def existence(*tokens: str) -> str:
    listed = "".join(f"  - '{t}'\n" for t in tokens)
    return f'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n{listed}'


@pytest.fixture
def no_huge_compile(monkeypatch):
    """Fail, rather than crash the test process (segmentation fault) or take
    gigabytes, if a pattern below reaches `regex.compile`."""
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and (" {1000}" in pattern or "{1 0 0" in pattern or "\n{1000}" in pattern):
            raise AssertionError(f"compiled {pattern[:60]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)


# --- #1 (HIGH): under VERBOSE a space or a `#` comment between an item and its count -----------
# `(?x)(?:(?:ab|cd) {1000}) {300}` is `(?:(?:ab|cd){1000}){300}` to `regex` (300,000 copies of
# the alternation): `newslint check --rules r` with it as a house token dies of SIGSEGV (exit 139,
# nothing said), the same through a Vale style. The walk counts the space as the repeated item.

VERBOSE_GAPS = [
    ("(?x)(?:(?:ab|cd) {1000}) {300}", 0),
    ("(?x)(?:(?:ab|cd)#n\n{1000})#n\n{300}", 0),
    ("(?x:(?:(?:ab|cd) {1000}) {300})", 0),
    ("(?:(?:ab|cd) {1000}) {300}", regex.VERBOSE),
]


@pytest.mark.parametrize("pattern, flags", VERBOSE_GAPS)
def test_a_verbose_gap_before_a_count_is_still_refused(pattern, flags):
    assert oversized(pattern, flags=flags) is not None
    assert added(pattern, flags) > LIMIT


def test_a_verbose_house_token_with_spaced_counts_is_refused_at_its_line(run_cli, tmp_path, no_huge_compile):
    result = check(run_cli, tmp_path, existence("zebra", "(?x)(?:(?:ab|cd) {1000}) {300}"))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines[0]


def test_a_verbose_vale_token_with_spaced_counts_is_refused(run_cli, tmp_path, no_huge_compile):
    style = tmp_path / "styles" / "House"
    style.mkdir(parents=True)
    (style / "Big.yml").write_text("extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n"
                                   "  - '(?x)(?:(?:ab|cd) {1000}) {300}'\n", encoding="utf-8")
    ini = tmp_path / ".vale.ini"
    ini.write_text("StylesPath = styles\n[*]\nBasedOnStyles = House\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--vale-config", ini, story)
    assert result.exit_code == 2 and "counted repeats" in result.stderr, result.stdout + result.stderr


# nearest cases that work, and must keep working: the same counts with no gap are refused, and
# without VERBOSE the space is a literal item (the count repeats one space: harmless, not refused)
@pytest.mark.parametrize("pattern, flags, refused", [
    ("(?x)(?:(?:ab|cd){1000}){300}", 0, True),
    ("(?:(?:ab|cd){1000}){300}", regex.VERBOSE, True),
    ("(?x)a {1000000}", 0, True),
    ("(?x)a{1000000}", 0, True),
    ("(?:(?:ab|cd) {1000}) {300}", 0, False),
    ("(?-x:(?:ab|cd) {1000})", 0, False),
])
def test_nearest_cases_without_a_verbose_gap(pattern, flags, refused):
    assert (oversized(pattern, flags=flags) is not None) is refused


def test_a_house_token_with_the_counts_unspaced_is_refused_at_its_line(run_cli, tmp_path, no_huge_compile):
    result = check(run_cli, tmp_path, existence("zebra", "(?x)(?:(?:ab|cd){1000}){300}"))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines[0]


# --- #2 (HIGH): under VERBOSE white space or a `#` comment inside a count's digits ---------------
# `regex` reads `(?x)a{1 0 0 0 0 0 0 0}` as `a{10000000}`: a house token of it ran past 60 s and
# 4 GB (killed by `timeout`). `_COUNT` finds no count, so `_at_most` is 0 and `added` returns 0
# without walking: a fix must reach the shortcut too.

@pytest.mark.parametrize("pattern", ["(?x)a{1 0 0 0 0 0 0}", "(?x)a{10#n\n00000}", "(?x: a{1 000 000})",
                                     "(?x)a{ 1000000 }", "(?x)a{1000000 ,}"])
def test_a_verbose_count_with_spaces_in_it_is_still_refused(pattern):
    assert oversized(pattern) is not None
    assert added(pattern) > LIMIT
    assert _at_most(pattern) is None or _at_most(pattern) > LIMIT


@pytest.mark.parametrize("pattern", ["a{1 0 0 0 0 0 0}", "(?-x:a{1 0 0 0 0 0 0})", "a{ 1000000 }"])
def test_nearest_case_a_spaced_count_without_verbose_is_literal_text(pattern):
    # `regex` reads these braces as text: nothing is repeated, nothing refused
    assert oversized(pattern) is None and added(pattern) == 0


# --- the lazy imports: a fresh interpreter still digests a cut id and tells a saved report ------

def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_cut_article_id_is_digested_in_a_fresh_interpreter():
    out = _fresh("import sys\nfrom lint.formatters._common import with_article, article_digest\n"
                 "from types import SimpleNamespace as N\n"
                 "a = 'https://example.org/news/' + 'slug-' * 30\n"
                 "assert 'hashlib' not in sys.modules\n"
                 "print(with_article(N(message='m', article=a)))")
    import hashlib
    whole = "https://example.org/news/" + "slug-" * 30
    assert hashlib.blake2b(whole.encode(), digest_size=4).hexdigest() in out and len(out) < 100


def test_a_saved_json_report_is_told_in_a_fresh_interpreter():
    report = ('[\n  {\n    "path": "a.md",\n    "line": 1,\n    "column": 1,\n    "end_line": 1,\n'
              '    "end_column": 1,\n    "rule": "titles.missing-headline",\n    "level": "error",\n'
              '    "message": "no headline",\n    "fix": null\n  }\n]\n')
    out = _fresh("import sys\nfrom lint.readers._own_json_reports import json_report\n"
                 f"print(json_report({report!r}))")
    assert out and out != "None"


# --- #3 (HIGH): an inline flag group between an item and its count -----------------------------
# `regex` reads `(?i)`, `(?-i)`, `(?x)`, `(?V1)` (and, where VERBOSE is on, `(?#…)`) as no item:
# `(?:ab)(?i){3}` matches `ababab`. So `(?:(?:ab|cd)(?i){1000})(?i){300}` is 300,000 copies of the
# alternation (SIGSEGV when compiled); the walk reads each `(?i)` as a group of two items, the
# count as repeating it, and lets the pattern through (2,577 items added). No VERBOSE needed.

@pytest.mark.parametrize("pattern", ["(?:(?:ab|cd)(?i){1000})(?i){300}", "(?:(?:ab|cd)(?-i){1000})(?-i){300}",
                                     "(?:(?:ab|cd)(?x){1000})(?x){300}",
                                     "(?x)(?:(?:ab|cd)(?#c){1000})(?#c){300}"])
def test_an_inline_flag_between_an_item_and_its_count_is_still_refused(pattern):
    assert oversized(pattern) is not None


def test_a_house_token_with_a_flag_before_its_counts_is_refused_at_its_line(run_cli, tmp_path, monkeypatch):
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and "(?i){1000}" in pattern:
            raise AssertionError(f"compiled {pattern[:60]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)
    result = check(run_cli, tmp_path, existence("zebra", "(?:(?:ab|cd)(?i){1000})(?i){300}"))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines[0]


# nearest cases: a flag at the start, or a `(?#…)` comment without VERBOSE, leaves the counts
# refused; an empty group `(?:)` is an item of its own (`(?:ab)(?:){3}` does not match `ababab`),
# so repeating it adds nothing and is not refused
@pytest.mark.parametrize("pattern, refused", [
    ("(?i)(?:(?:ab|cd){1000}){300}", True),
    ("(?:(?:ab|cd)(?#c){1000})(?#c){300}", True),
    ("(?:(?:ab|cd)(?:){1000})(?:){300}", False),
])
def test_nearest_cases_around_an_inline_flag(pattern, refused):
    assert (oversized(pattern) is not None) is refused
