"""Bad input, round 5 (tb5, session 52): a newsroom's own rules.

A house rule's counted repeat (`(?:ab|cd){1000000}`) made the `regex` module
write the pattern out a million times: gigabytes, then a segmentation fault,
before any time limit could act (`regex_size`). `newslint explain` on a house
rule whose example could not be run (bad `options:`, a `published:` that is no
date, text its `format:` reader refuses) ended as an internal error
(`examples.run_example`). A config's `vale:` naming a FIFO, a device or a
symlink loop said "no such file" (`config_values._not_a_file`). Synthetic
input only.
"""
from __future__ import annotations

import os
import random

import pytest
import regex

from lint.regex_size import LIMIT, compile_counted, spelled_out
from test_exceptions_size import STORY, check
from test_hardening_output import house_rule


def existence(*tokens: str, examples: str = "") -> str:
    listed = "".join(f"  - '{t}'\n" for t in tokens)
    return f'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n{listed}{examples}'


@pytest.fixture
def no_huge_compile(monkeypatch):
    """Fail, rather than take gigabytes or crash, if a huge count reaches `regex`."""
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and ("{1000000}" in pattern or "{200000}" in pattern):
            raise AssertionError(f"compiled {pattern[:40]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)


@pytest.mark.parametrize("token", ["(?:ab|cd){1000000}", "a{200000}", "(?:(?:a{1000}){1000})",
                                   "x{1000000,}"])
def test_a_house_token_with_a_huge_count_is_refused_at_its_line(run_cli, tmp_path, no_huge_compile, token):
    result = check(run_cli, tmp_path, existence("zebra", token))
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and "internal" not in lines[0], lines
    assert "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines[0]


def test_small_counts_and_many_plain_tokens_still_load(run_cli, tmp_path, no_huge_compile):
    # nearest cases: counts that write out little (\d{4}, an open upper bound), and a long list of
    # plain words (the alternation is long, but nothing in it is counted)
    rng = random.Random(52)
    words = sorted({"".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(9)) for _ in range(15_000)})
    rules = house_rule(tmp_path, name="r", body=existence(r"zeb\w{2}", r"\d{4}-\d{2}", "qx{0,1000000}", *words))
    story = tmp_path / "story.txt"
    story.write_text(STORY + f"In 2026-05 a {words[7]} came.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", rules, story)
    said = [line for line in result.stdout.splitlines() if "[house.r]" in line]
    assert [line.split("house word ")[1] for line in said] == ["zebra", "2026-05", words[7]], result.stdout
    assert len(said) == 3 and result.exit_code == 0 and "regex" not in result.stderr, result.stderr


@pytest.mark.parametrize("pattern,size", [
    ("abc", 3), ("a{1000}", 1000), ("a{0,1000000}", 1), ("a{,9}", 1), ("a{1000000,}", 1_000_000),
    ("(?:a{10}){10}", 120), (r"\p{L}{3}", 3), (r"\x{41}{2}", 2), ("[{]{5}", 5), ("[]a]{2}", 2),
    (r"\d{4}-\d\d", 7), ("a{}", 3), ("(?:abc){e<=1}", 11), ("(a", 1), ("a)", 1),
])
def test_spelled_out_counts_each_count_once_per_copy(pattern, size):
    assert spelled_out(pattern) == size


def test_the_limit_is_on_what_counts_add_not_on_length():
    compile_counted("|".join(["word"] * (LIMIT // 2)))       # 250,000 characters, no count: compiled
    compile_counted("a{%d}" % LIMIT)
    with pytest.raises(regex.error, match="counted repeats"):
        compile_counted("a{%d}" % (LIMIT + 100))


def test_nested_counts_multiply():
    # a fixed seed and count: letters in nested counted groups, their size worked out as they are built
    rng = random.Random(5252)
    for _ in range(300):
        inner = rng.randint(1, 4)
        counts = [rng.randint(0, 30) for _ in range(rng.randint(1, 3))]
        pattern, size = "a" * inner, inner
        for count in counts:
            pattern, size = f"(?:{pattern}){{{count}}}", (size + 2) * max(count, 1)   # '?:' and its body
        assert spelled_out(pattern) == size, pattern


@pytest.mark.parametrize("example,says", [
    ("  - fail: 'a zebra'\n    options: {tokens: '('}\n", "tokens: must be a list"),
    ("  - fail: 'a zebra'\n    options: {nonexistent: 1}\n", "nonexistent: not an option"),
    ("  - fail: 'a zebra'\n    published: [1]\n", "is not a date"),
    ("  - fail: '<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY a \"zebra\">]><nitf><body>"
     "<body.content><p>&a;</p></body.content></body></nitf>'\n    format: nitf\n", "entity declaration"),
])
def test_explain_says_why_an_example_cannot_be_run(run_cli, tmp_path, example, says):
    examples = "examples:\n  - pass: 'no animals'\n" + example
    rules = house_rule(tmp_path, name="r", body=existence("zebra", examples=examples))
    result = run_cli("explain", "--rules", rules, "house.r")
    assert result.exit_code == 1 and "internal error" not in result.stderr, result.stdout + result.stderr
    assert "the example cannot be run:" in result.stdout and says in result.stdout, result.stdout
    assert "1 example of house.r is not as expected" in result.stderr


def test_explain_runs_good_examples_beside_them_as_before(run_cli, tmp_path):
    # nearest case: the same examples with options and a date that serve
    examples = ("examples:\n  - pass: 'no animals'\n  - fail: 'a lion'\n    options: {tokens: [lion]}\n"
                "  - fail: 'a zebra'\n    published: 2026-12-01\n")
    rules = house_rule(tmp_path, name="r", body=existence("zebra", examples=examples))
    result = run_cli("explain", "--rules", rules, "house.r")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "cannot be run" not in result.stdout and "NOT AS EXPECTED" not in result.stdout


@pytest.mark.parametrize("make,says", [
    (lambda p: os.mkfifo(p), "a FIFO (named pipe), not a Vale config file"),
    (lambda p: os.symlink(p.name, p), "a symlink loop"),
    (lambda p: p.mkdir(), "a folder, not a Vale config file"),
    (lambda p: os.symlink("gone.ini", p), "broken symlink: its target 'gone.ini' does not exist"),
    (lambda p: None, "no such file (a path relative to this config)"),     # nearest case: as before
])
def test_a_vale_key_says_what_is_there_instead_of_a_file(run_cli, tmp_path, make, says):
    make(tmp_path / "desk.ini")
    (tmp_path / ".newslint.yaml").write_text("vale: desk.ini\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.endswith(f".newslint.yaml:1:7: vale: 'desk.ini': {says}") or (
        says == "a symlink loop" and ".newslint.yaml:1:7: vale: 'desk.ini': a symlink loop:" in line), line


# --- qa292: near cases of the change ---------------------------------------------------------

@pytest.fixture
def no_oversized_compile(monkeypatch):
    """Fail, rather than take gigabytes or crash, if a pattern whose counts write out more than
    `LIMIT` items reaches `regex.compile` by any road (qa292)."""
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and "{" in pattern and spelled_out(pattern) - len(pattern) > LIMIT:
            raise AssertionError(f"compiled an oversized pattern {pattern[:40]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)


def test_a_huge_count_in_capitalization_exceptions_never_reaches_regex(run_cli, tmp_path, no_oversized_compile):
    body = ('extends: capitalization\nmessage: "head %s"\nmatch: $title\nexceptions:\n'
            "  - '(?:ab|cd){1000000}'\n")
    result = check(run_cli, tmp_path, body)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.exit_code == 2, result.stdout + result.stderr      # refused, as a token is: at its line
    assert "r.yaml:5:" in result.stderr and "counted repeats" in result.stderr, result.stderr


def test_spelling_exceptions_that_add_up_past_the_limit_never_reach_regex(run_cli, tmp_path, no_oversized_compile):
    terms = "".join(f"  - '{c}{{90000}}'\n" for c in "abcdefghijklmnopqrst")   # each under LIMIT
    result = check(run_cli, tmp_path, f'extends: spelling\nmessage: "spell %s"\nexceptions:\n{terms}')
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.exit_code == 2 and "counted repeats" in result.stderr, result.stdout + result.stderr


def test_nearest_case_small_vale_exceptions_still_compile(run_cli, tmp_path, no_oversized_compile):
    # passes now and must still pass: counted exceptions that write out little are kept
    body = ('extends: capitalization\nmessage: "head %s"\nmatch: $title\nexceptions:\n'
            "  - 'ab{2}'\n  - '\\d{4}'\n")
    result = check(run_cli, tmp_path, body)
    assert result.exit_code in (0, 1) and "internal error" not in result.stderr, result.stderr


def test_a_vale_key_naming_a_chain_of_links_does_not_call_a_present_link_missing(run_cli, tmp_path):
    os.symlink("chain1", tmp_path / "desk.ini")
    os.symlink("gone.ini", tmp_path / "chain1")
    (tmp_path / ".newslint.yaml").write_text("vale: desk.ini\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    line, = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and ".newslint.yaml:1:7: vale: 'desk.ini': " in line, line
    assert "'chain1' does not exist" not in line and "gone.ini" in line, line


def test_a_count_too_long_to_read_is_refused_at_its_line(run_cli, tmp_path):
    result = check(run_cli, tmp_path, existence("zebra", "a{%s}" % ("9" * 5000)))
    assert result.exit_code == 2 and "internal error" not in result.stderr, result.stderr[:300]
    line, = result.stderr.strip().splitlines()
    assert "r.yaml:6:" in line, line[:300]
