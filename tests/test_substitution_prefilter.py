"""`substitution`'s `prefilter` (pf44): a rule may name, as a stdlib `re`
pattern, what the text of every match of its swap keys holds, and a part
it finds nothing in is not scanned. hygiene.missing-space's key opens with
a look-behind, and style.decades' figure is read in one, so `regex` tried
them at every character of every part. A prefilter must find something in
every part a key matches in, or findings are lost: checked for the
built-in rules that set one on their own examples, on edge cases (a quote
mark between the stop and a capital, a non-ASCII capital, a curly
apostrophe, a figure not ending in 0) and on random texts of those pieces;
the prefilters must also turn plain prose away, or they save nothing. A
prefilter that is no `re` pattern is a rule error naming the option.
Synthetic input."""
from __future__ import annotations

import random
import re

import pytest
import yaml

from lint.config import Config
from lint.engine import lint_bytes
from lint.ruleset import builtin_rules_dir, load_rule
from rule_file_helpers import rule_error
from story_helpers import story_file

FILTERED = ("hygiene.missing-space", "style.decades")

EDGES = [
    "said Kowalczyk.After the vote.", "a good day.”The council", 'a good day."The council',
    "early.“The vote", "early.‘The vote", "in Zürich.Über alles", "in Zürich.Éric came",
    "Ana said.ǅemal came", "J.R.R. Tolkien and the U.S.", "It rained!Nobody came?Why",
    "the 1990's and the ’90’s", "her 80’s and the mid-1960's", "Interstate 80's lanes",
    "the 1995's report", "the '90s and the 1980s", "7 p.m.Then", "at 11AM.Nobody",
    "Polls close at 7 p.m. Then they count.", "The council met. It rained, and nobody came.", "",
]


def _checker(rule_id: str):
    pack, name = rule_id.split(".")
    return load_rule(rule_id, builtin_rules_dir() / pack / f"{name}.yaml").checker


def _examples(rule_id: str) -> list[str]:
    pack, name = rule_id.split(".")
    rule = load_rule(rule_id, builtin_rules_dir() / pack / f"{name}.yaml")
    return [e.get("fail", e.get("pass")) for e in rule.examples]


def _some_key_matches(checker, text: str) -> bool:
    return any(pattern.search(text) for pattern, *_ in checker.swaps)


@pytest.mark.parametrize("rule_id", FILTERED)
def test_the_rule_has_a_prefilter(rule_id):
    assert _checker(rule_id).prefilter is not None


@pytest.mark.parametrize("rule_id", FILTERED)
def test_a_text_the_prefilter_turns_away_has_no_match(rule_id):
    checker = _checker(rule_id)
    for text in EDGES + _examples(rule_id):
        if checker.prefilter(text) is None:
            assert not _some_key_matches(checker, text), (rule_id, text)


PIECES = {
    "hygiene.missing-space": [
        ".", "!", "?", " ", "\n", "”", "’", "“", "‘", '"', "'", "Ana", "said", "ab", "The", "It",
        "I", "Ü", "Éric", "ǅ", "é", "p.m", "a.m", "AM", "7", ":30", "U.S", "Com", "Gov", "js", "@",
        "/", "_", "-", "0"],
    "style.decades": [
        "the ", "The ", "her ", "its ", "mid", "-", " ", "1990", "90", "80", "1995", "20", "2010",
        "'", "’", "s", "'s", "’s", ",", " and ", " to ", "x", "0", "9", "Ana"],
}


@pytest.mark.parametrize("rule_id", FILTERED)
def test_random_texts_of_the_pieces(rule_id):
    rng = random.Random(44)
    pieces = PIECES[rule_id]
    checker = _checker(rule_id)
    turned_away = matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        if checker.prefilter(text) is None:
            turned_away += 1
            assert not _some_key_matches(checker, text), (rule_id, text)
        elif _some_key_matches(checker, text):
            matched += 1
    assert turned_away > 1000 and matched > 10, (turned_away, matched)   # both sides are tried


@pytest.mark.parametrize("rule_id", FILTERED)
def test_the_fail_examples_pass_the_prefilter_and_plain_prose_does_not(rule_id):
    checker = _checker(rule_id)
    pack, name = rule_id.split(".")
    rule = load_rule(rule_id, builtin_rules_dir() / pack / f"{name}.yaml")
    fails = [e["fail"] for e in rule.examples if "fail" in e]
    assert fails and all(checker.prefilter(text) for text in fails)
    assert checker.prefilter("The council met on Monday. It rained, and nobody came.") is None


def test_a_turned_away_part_gives_no_finding_and_another_part_still_does():
    path, data = story_file("md", "Nothing here runs on. It rained.\n\nIt rained all day!Nobody came.")
    found = lint_bytes(path, data, Config(select=("hygiene.missing-space",))).diagnostics
    assert [(d.rule, d.line) for d in found] == [("hygiene.missing-space", found[0].line)]
    assert data.decode("utf-8").splitlines()[found[0].line - 1] == "It rained all day!Nobody came."


def test_a_prefilter_that_is_no_re_pattern_is_a_rule_error(tmp_path):
    error = rule_error(tmp_path, "extends: substitution\nmessage: 'use %s'\nprefilter: '\\p{Lu}'\n"
                                 "swap:\n  colour: color\n")
    assert "prefilter" in error and "does not compile as Python's re" in error, error


OWN_SWAP = 'swap: {"(?<=(?P<fig>\\\\d\\\\d\\\\d5))[\'’]s": "s"}\n'


@pytest.mark.parametrize("restated, found", [("", 1), ("prefilter: \"0['’]s\"\n", 0)])
def test_a_config_overriding_swap_drops_the_rule_files_prefilter(restated, found):
    # decades' own prefilter needs "0's", which the config's key never matches: dropped with the
    # key it was written for, unless the config restates it (the control: then it holds)
    path, data = story_file("md", "Prices soared in the 1995's boom.")
    options = (("style.decades", OWN_SWAP + restated),)
    got = lint_bytes(path, data, Config(select=("style.decades",), options=options)).diagnostics
    assert [d.rule for d in got] == ["style.decades"] * found, got


# qa177 #1, #2: every option of the kind, sorted by whether it changes what the swap keys match;
# a config overriding one that does drops the rule file's prefilter (written for the file's keys),
# one that does not keeps it. A new option of the kind fails the first test until it is sorted.
CHANGES_MATCHES = {"swap": OWN_SWAP, "ignorecase": "ignorecase: true\n", "nonword": "nonword: false\n",
                   "sup-footnotes": "sup-footnotes: false\n"}    # (fx576: a <sup>'s figures read as no word)
LEAVES_MATCHES = {"fix": "fix: false\n"}


def test_every_option_of_the_kind_is_sorted():
    from lint.kinds.substitution import Substitution
    assert set(Substitution.user_options()) - {"prefilter"} == set(CHANGES_MATCHES) | set(LEAVES_MATCHES)


@pytest.mark.parametrize("option", sorted(CHANGES_MATCHES) + sorted(LEAVES_MATCHES))
def test_a_config_override_keeps_the_prefilter_only_if_the_keys_match_the_same(option):
    value = yaml.safe_load((CHANGES_MATCHES | LEAVES_MATCHES)[option])
    rule = load_rule("style.decades", builtin_rules_dir() / "style" / "decades.yaml", value)
    assert (rule.checker.prefilter is None) == (option in CHANGES_MATCHES), option


@pytest.mark.parametrize("rule_id, text", [("style.decades", "The band peaked in the 1990'S."),
                                           ("hygiene.missing-space", "It rained all day!nobody came.")])
@pytest.mark.parametrize("restated, found", [(False, 1), (True, 0)])
def test_a_config_setting_ignorecase_loses_no_finding_to_the_prefilter(rule_id, text, restated, found):
    # the control restates the rule file's case-sensitive prefilter: then the finding is lost
    pack, name = rule_id.split(".")
    own = load_rule(rule_id, builtin_rules_dir() / pack / f"{name}.yaml").checker.opts["prefilter"]
    options = "ignorecase: true\n" + ("prefilter: '" + own.replace("'", "''") + "'\n" if restated else "")
    path, data = story_file("md", text)
    got = lint_bytes(path, data, Config(select=(rule_id,), options=((rule_id, options),))).diagnostics
    assert [d.rule for d in got] == [rule_id] * found, got


@pytest.mark.parametrize("restated, found", [("", 1), ("prefilter: '\\bcat\\b'\n", 0)])
def test_a_config_dropping_word_bounds_loses_no_finding_to_the_prefilter(tmp_path, restated, found):
    # a user rule's prefilter written for its word-bounded key; the config's `nonword: true` lets
    # the key match inside "concatenate", where the prefilter finds nothing (the control keeps it)
    pack = tmp_path / "r" / "house"
    pack.mkdir(parents=True)
    (pack / "cat.yaml").write_text("extends: substitution\nmessage: \"use '%s'\"\nprefilter: '\\bcat\\b'\n"
                                   "swap:\n  cat: dog\n", encoding="utf-8")
    rule = load_rule("house.cat", pack / "cat.yaml", yaml.safe_load("nonword: true\n" + restated))
    path, data = story_file("md", "They concatenate the files.")
    doc_found = lint_bytes(path, data, Config(select=("house.cat",)), rules=[rule]).diagnostics
    assert [d.rule for d in doc_found] == ["house.cat"] * found, doc_found


def test_only_a_built_in_rule_gates_with_stdlib_re():
    # the speed of the built-in gate; a config's own prefilter runs as `regex`, under the budget
    assert isinstance(_checker("style.decades").prefilter.__self__, re.Pattern)
    restated = load_rule("style.decades", builtin_rules_dir() / "style" / "decades.yaml",
                         {"prefilter": "0['’]s", "fix": False}).checker.prefilter
    assert restated("the 1990's") is not None and restated("the 1995's") is None
    assert not isinstance(getattr(restated, "__self__", None), re.Pattern)
