"""`skip-quotes: true` (nu28 #12): a house rule that leaves a speaker's words
as said; its findings (and so its fixes) inside a direct quotation are dropped."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.explain import explain_rule
from lint.ruleset import load_rule
from rule_file_helpers import rule_error, write

RULE = """extends: substitution
message: "Use '{replacement}', not '%s'"
swap:
  alright: all right
"""
STORY = ('# Game\n\n"They were the better team, alright," the coach said. It went alright.\n\n'
         '> \u201cAlright, alright,\u201d she said.\n\nHe called it \u201cnot alright and not\n'
         'fair.\u201d Then "alright" she said, not quite alright.\n')


def findings(tmp_path, extra: str = "") -> list[tuple[int, int, bool]]:
    """(line, column, has a fix) of each finding of house.subs in STORY."""
    write(tmp_path / "rules" / "house" / "subs.yaml", RULE + extra)
    config = Config(rule_dirs=(str(tmp_path / "rules"),), select=("house",))
    return [(d.line, d.column, d.fix is not None) for d in lint_text(STORY, "story.md", config)]


def test_without_the_key_quoted_words_are_flagged_and_left_to_the_writer(tmp_path):
    # (`Alright` is not swapped: the rule has no ignorecase); a swap's fix never changes a
    # quotation's words (fx564, AP), so the quoted ones are flagged with no fix
    assert findings(tmp_path) == [(3, 29, False), (3, 63, True), (5, 13, False), (7, 19, False),
                                  (8, 14, False), (8, 43, True)]


def test_with_it_only_the_words_outside_quotes_are(tmp_path):
    # kept: "It went alright." and "not quite alright."; a quote over a line
    # break and a one-word quote are quotes too
    assert findings(tmp_path, "skip-quotes: true\n") == [(3, 63, True), (8, 43, True)]


def test_false_is_the_default(tmp_path):
    assert findings(tmp_path, "skip-quotes: false\n") == findings(tmp_path)


def test_a_value_that_is_no_boolean_is_refused_at_its_line(tmp_path):
    assert rule_error(tmp_path, RULE + "skip-quotes: yes please\n") == \
        "X:5:14: skip-quotes: must be true or false, not 'yes please'"


def test_explain_says_so_and_its_examples_read_the_quote(tmp_path):
    from lint.examples import run_example

    path = write(tmp_path / "house" / "subs.yaml", RULE + "skip-quotes: true\nexamples:\n"
                 "  - pass: '\"They were the better team, alright,\" the coach said.'\n"
                 "  - fail: 'It went alright, he said.'\n")
    rule = load_rule("house.subs", path)
    assert "Quotes:  skipped: no finding inside a direct quotation (skip-quotes)" in explain_rule(rule)
    assert [run_example(rule, e).ok for e in rule.examples] == [True, True]


def placed(tmp_path, rule: str, story: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of each finding of a house rule `rule` (its YAML) in `story`."""
    write(tmp_path / "rules" / "house" / "r.yaml", rule)
    config = Config(rule_dirs=(str(tmp_path / "rules"),), select=("house",))
    return [(d.line, d.column, d.message) for d in lint_text(story, "a.md", config)]


def test_a_finding_about_the_whole_part_is_kept_when_it_opens_with_a_quote(tmp_path):
    # qa64 #3: `metric` is placed, zero-width, at the first part's start,
    # which lies inside the lede's opening quote; it flags no quoted words
    rule = ("extends: metric\nscope: paragraph\nskip-quotes: true\nformula: 'words'\n"
            "condition: '> 3'\nmessage: 'Grade %s'\n")
    story = "\u201cThe council slammed us and then left,\u201d Ruiz said. The door shut.\n"
    assert placed(tmp_path, rule, story) == [(1, 1, "Grade 12.00")]


def test_a_count_over_the_part_is_kept_when_its_first_match_is_quoted(tmp_path):
    # fx107 #3: occurrence's too-many finding counts the whole paragraph; it is
    # placed at the first match, here inside the quote, but flags no quoted words
    rule = ("extends: occurrence\nscope: paragraph\nskip-quotes: true\ntoken: '\\bvery\\b'\nmax: 2\n"
            "message: 'very, %s times'\n")
    story = 'It was "very, very bad," Ruiz said. A very long night.\n'
    assert placed(tmp_path, rule, story) == [(1, 9, "very, 3 times")]
