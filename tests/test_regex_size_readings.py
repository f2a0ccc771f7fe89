"""`regex_size` read against `regex`'s own parser (qa325, qa328): the walk's
estimate is an upper bound of what `regex` parses a pattern to, under
VERBOSE too (white space and `#` comments between an item and its count and
inside a count), with inline flag groups and `(?#…)` comments between an
item and its count, and where VERBOSE is turned on and off in one pattern.

The reference is `regex._regex_core._parse_pattern`, the parse `regex.compile`
runs before it writes counts out (so no pattern here is ever expanded): a
repeat is its item times its minimum count (at least once), a group or a
branch the sum of what it holds, anything else one item. Synthetic patterns
only.
"""
from __future__ import annotations

import json
import random
import time

import pytest
import regex
from regex import _regex_core as core

from lint.regex_size import LIMIT, _at_most, added, oversized, spelled_out
from test_exceptions_size import STORY, check


def parsed_items(pattern: str, flags: int = 0) -> int | None:
    """Items `regex` parses `pattern` to, None when it does not parse."""
    global_flags = flags
    for _ in range(4):     # a global flag further in (`(?V1)`) makes `regex` parse again, as here
        source = core.Source(pattern)
        info = core.Info(global_flags, source.char_type, {})
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        source.use_unicode_space(bool(info.flags & regex.V1))
        try:
            tree = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        except (regex.error, ValueError, OverflowError):
            return None
        return _items(tree) if source.at_end() else None
    return None


def _items(node) -> int:
    if isinstance(node, core.GreedyRepeat):         # lazy and possessive repeats are ones too
        return max(node.min_count, 1) * _items(node.subpattern)
    if isinstance(node, core.Sequence):
        return sum(_items(item) for item in node.items)
    if isinstance(node, core.Branch):
        return sum(_items(branch) for branch in node.branches)
    if isinstance(node, core.Conditional):
        return _items(node.yes_item) + _items(node.no_item)
    if hasattr(node, "subpattern"):
        return _items(node.subpattern)
    return 1


PIECES = ["a", "b", "|", "(", ")", "(?:", "(?#c)", "(?#", "(?x)", "(?-x)", "(?x:", "(?-x:", "(?i)", "(?-i)",
          "(?V1)", "(? i)", " ", "\t", "\xa0", "\u2003", "#", "#c(\n", "#c[\n", "#c\\\n", "#)\n", "\n", "\\", "\\ ",
          "\\#", "[", "]", "[#]", "[ ]", "{", "}", "{2}", "{3,}", "{,4}", "{1 0}", "{1#(\n0}", "{ 7 }", "{2 ,5}",
          "{6#c\n}", "{60}", "{300}", "\\p{L}", "é", "?", "+"]
FLAGS = [0, regex.VERBOSE, regex.V1, regex.VERBOSE | regex.V1]


def _pattern(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24)))


def test_the_estimate_is_never_under_what_regex_parses():
    rng = random.Random(468)
    parsed = 0
    for _ in range(40_000):
        pattern, flags = _pattern(rng), rng.choice(FLAGS)
        if (items := parsed_items(pattern, flags)) is None:
            continue
        parsed += 1
        assert spelled_out(pattern, flags) >= items, (pattern, flags, items)
        bound = _at_most(pattern, flags)
        assert bound is None or added(pattern, flags) <= bound, (pattern, flags)
    assert parsed > 5_000       # enough patterns that `regex` takes, not only ones it refuses


# --- the readings one by one: where VERBOSE is certain one, where it is not the largest -----------

@pytest.mark.parametrize("pattern, flags", [
    ("(?x)a{1 000 000}", 0),                            # certain: the count read past its gaps
    ("(?:(?:ab|cd)#c(\n{1000})#)\n{300}", regex.VERBOSE),  # certain through flags: comments skipped
    ("b(?x)a {1000000}", 0),                            # on further in: the verbose reading
    ("(?x)(?-x:#)(?:(?:ab|cd) {1000}) {300}", 0),       # `#` is text where VERBOSE is off again
    ("(?x)#[\n(?-x)#(?:(?:ab|cd){1000}){300}\n", 0),    # VERBOSE followed through its flags
    ("(?x)(?-x:a{1000000})", 0),                        # no gap: every reading counts it
    ("(?V1)(?#[)a{1000000}", 0),                        # VERSION1: `(?#` a comment, not a set's start
    ("(?V1)[a[b](?#]]{1000000}", 0),                    # VERSION1: a nested set, no comment
    ("(?x)a\xa0{1000000}(?V1)", 0),                    # VERSION1 on: a Unicode space is skipped
])
def test_a_count_that_regex_writes_out_is_refused_in_every_reading(pattern, flags):
    assert parsed_items(pattern, flags) > LIMIT         # what `regex` reads, to be sure of the case
    assert oversized(pattern, flags=flags) is not None and added(pattern, flags) > LIMIT


@pytest.mark.parametrize("pattern, flags", [
    ("(?x) \\b(?:alot)\\b  # (sic) {1000000}\n | \\d{4}", 0),   # certain: a comment's count is none
    ("(?:zebra)|(?:(?x) \\b(?:alot)\\b  # (sic)\n | \\d{4})", 0),  # unsure: the readings all small
    ("(?x)(?:ab|cd) {3} # (AP style) [sep]\n \\p{Lu}{2}", 0),
    ("(?-x:(?:ab|cd) {1000}) {300}", 0),                 # VERBOSE never on: a space repeated
    ("a{}{}{}", 0),                                      # `{}` is text, no count
])
def test_a_pattern_that_compiles_small_is_not_refused(pattern, flags):
    assert parsed_items(pattern, flags) < LIMIT
    assert oversized(pattern, flags=flags) is None


@pytest.mark.parametrize("pattern", [     # 10,000 to 20,000 characters: a pass over each, a few a reading
    "(?x)a{" + "#{" * 10_000, "(?x)" + "{ " * 10_000, "(?x)(?-x)" + "(?#" * 5_000, "(?V1)(?x)" + "[" * 10_000,
    "(?x)(?-x)" + "(? " * 5_000 + "\n", "b(?x)" + "a{1#(" * 3_000, "(?x:" * 3_000 + "a{9}" + ")" * 3_000,
])
def test_no_pattern_hangs_the_readings(pattern):
    began = time.perf_counter()
    spelled_out(pattern), oversized(pattern), spelled_out(pattern, regex.VERBOSE | regex.V1)
    assert time.perf_counter() - began < 5, "a reading is not one pass"


# --- end to end: a house rule and a Vale style ---------------------------------------------------

def existence(*tokens: str) -> str:
    listed = "".join(f"  - {json.dumps(t)}\n" for t in tokens)
    return f'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n{listed}'


@pytest.fixture
def no_huge_compile(monkeypatch):
    """Fail, rather than crash (a segmentation fault) or take gigabytes, if a
    pattern below reaches `regex.compile`."""
    real = regex.compile

    def guarded(pattern, flags=0, *args, **kwargs):
        if isinstance(pattern, str) and ("{1 0 0 0" in pattern or "(?-x:#)" in pattern):
            raise AssertionError(f"compiled {pattern[:60]!r}")
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", guarded)


@pytest.mark.parametrize("token", ["(?x)a{1 0 0 0 0 0 0 0}", "(?x)(?-x:#)(?:(?:ab|cd) {1000}) {300}"])
def test_a_house_token_with_a_spaced_count_is_refused_at_its_line(run_cli, tmp_path, no_huge_compile, token):
    result = check(run_cli, tmp_path, existence("zebra", token))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert lines[0].startswith("newslint: ") and "r.yaml:6:" in lines[0] and "counted repeats" in lines[0], lines


def test_a_verbose_vale_rule_with_parentheses_in_a_comment_runs(run_cli, tmp_path):
    style = tmp_path / "styles" / "House"
    style.mkdir(parents=True)
    token = json.dumps("(?x) zebra  # the animal (sic)\n | \\d{4}")
    (style / "Animal.yml").write_text(f"extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n"
                                      f"  - {token}\n", encoding="utf-8")
    ini = tmp_path / ".vale.ini"
    ini.write_text("StylesPath = styles\n[*]\nBasedOnStyles = House\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--vale-config", ini, story)
    assert result.exit_code == 1 and "House.Animal" in result.stdout, result.stdout + result.stderr
    assert "does not compile" not in result.stderr and "counted repeats" not in result.stderr, result.stderr


# noticed in fx468, mended in fx473: `word_alternation` joined tokens as `(?:token)`, so a `(?x)` token
# that ends in a `#` comment with no line break after it commented out the `)` that closes it: the
# token compiled on its own, the alternation did not, and the run stopped with exit 2. (The rule is
# a warning, so a run that finds it exits 0.)
def test_a_verbose_house_token_ending_in_a_comment_runs(run_cli, tmp_path):
    result = check(run_cli, tmp_path, existence("zebra", "(?x) fine  # a note (sic)"))
    assert result.exit_code == 0 and "does not compile" not in result.stderr, result.stdout + result.stderr
    assert "house word fine" in result.stdout and "house word zebra" in result.stdout, result.stdout
