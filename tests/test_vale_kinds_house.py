"""Vale's kinds in a newslint rule file (a house pack): they honour `scope:`
and `message:` as every native kind does (nu28 #1).

Each test writes one rule as `rules/house/r.yaml` and reads the exact
`--format vale` lines. The story has its headline in front matter and a body
paragraph that the rule would flag too: only the headline must be.
"""
from __future__ import annotations

import pytest
from rule_file_helpers import write
from vale_helpers import lines

STORY = ('---\ntitle: "Council Approves Budget After Long Debate"\n---\n\n'
         "The Council Met On Tuesday To Vote On The Budget For The Year Ahead.\n")


def run(run_cli, tmp_path, rule: str, doc: str = STORY, name: str = "a.md") -> list[str]:
    write(tmp_path / "rules" / "house" / "r.yaml", rule)
    write(tmp_path / name, doc)
    res = run_cli("check", "--format", "vale", "--rules", "rules", "--select", "house", name, cwd=tmp_path)
    assert res.exit_code in (0, 1), res.stderr
    return lines(res)


@pytest.mark.parametrize("rule, want", [
    # the headline only (the body is Title Case too), with the message as written, `%s` the block
    ("extends: capitalization\nmessage: \"Headlines are in sentence case: '%s'\"\nscope: headline\n"
     "match: $sentence\n",
     ["a.md:2:9:house.r:Headlines are in sentence case: 'Council Approves Budget After Long Debate'"]),
    ("extends: capitalization\nmessage: Sentence case, please\nscope: headline\nmatch: $sentence\n",
     ["a.md:2:9:house.r:Sentence case, please"]),
    # counted in the headline's 6 words, not the paragraph's 14; flagged at the first match
    ("extends: occurrence\nmessage: Over five words\nscope: headline\ntoken: '[A-Za-z]+'\nmax: 5\n",
     ["a.md:2:9:house.r:Over five words"]),
    # qa64 #11: `%s` is the count of matches, as current Vale fills it
    ("extends: occurrence\nmessage: \"Keep headlines to 5 words, not %s\"\nscope: headline\n"
     "token: '[A-Za-z]+'\nmax: 5\n",
     ["a.md:2:9:house.r:Keep headlines to 5 words, not 6"]),
    ("extends: vale-existence\nmessage: \"Avoid '%s' in a headline\"\nscope: headline\n"
     "tokens: [council]\nignorecase: true\n",
     ["a.md:2:9:house.r:Avoid 'Council' in a headline"]),
    ("extends: vale-substitution\nmessage: \"use %s, not %s\"\nscope: headline\nswap: {Council: Board}\n",
     ["a.md:2:9:house.r:use Board, not Council"]),
    ("extends: metric\nmessage: \"%s words\"\nscope: headline\nformula: words\ncondition: '> 5'\n",
     ["a.md:2:9:house.r:6.00 words"]),
    ("extends: vale-repetition\nmessage: \"'%s' twice\"\nscope: headline\n",
     []),
    ("extends: conditional\nmessage: \"'%s' undefined\"\nscope: headline\nfirst: '\\b(Council)\\b'\n"
     "second: '(Board)'\n",
     ["a.md:2:9:house.r:'Council' undefined"]),
])
def test_a_vale_kind_checks_only_its_scope_with_its_message(run_cli, tmp_path, rule, want):
    assert run(run_cli, tmp_path, rule) == want


def test_the_body_is_checked_under_a_body_scope(run_cli, tmp_path):
    rule = "extends: metric\nmessage: \"%s words\"\nscope: paragraph\nformula: words\ncondition: '> 5'\n"
    assert run(run_cli, tmp_path, rule) == ["a.md:5:1:house.r:14.00 words"]
    rule = "extends: vale-existence\nmessage: \"'%s'\"\nscope: [headline, paragraph]\ntokens: [Council]\n"
    assert run(run_cli, tmp_path, rule) == ["a.md:2:9:house.r:'Council'", "a.md:5:5:house.r:'Council'"]


def test_a_repeat_in_scope_is_found_and_one_outside_is_not(run_cli, tmp_path):
    rule = "extends: vale-repetition\nmessage: \"'%s' twice\"\nscope: heading\n"
    doc = "# Title\n\nIt is is here.\n\n## A the the heading\n"
    assert run(run_cli, tmp_path, rule, doc) == ["a.md:5:6:house.r:'the' twice"]


def test_consistency_counts_both_forms_in_scope_only(run_cli, tmp_path):
    rule = ("extends: vale-consistency\nmessage: \"Inconsistent: '%s'\"\nscope: heading\n"
            "either:\n  colour: color\n")
    assert run(run_cli, tmp_path, rule, "# T\n\n## Colour\n\nThe color.\n") == []
    assert run(run_cli, tmp_path, rule, "# T\n\n## colour\n\n## color\n") == [
        "a.md:5:4:house.r:Inconsistent: 'color'"]


def test_too_few_matches_are_flagged_at_the_part_not_the_file(run_cli, tmp_path):
    rule = "extends: occurrence\nmessage: No number\nscope: headline\ntoken: '[0-9]+'\nmin: 1\n"
    assert run(run_cli, tmp_path, rule) == ["a.md:2:9:house.r:No number"]


def test_a_code_span_in_the_message_is_its_source_not_u_fffc(run_cli, tmp_path):
    rule = "extends: capitalization\nmessage: \"'%s'\"\nscope: [headline, heading]\nmatch: $sentence\n"
    doc = "# Stories Go In `content/` Now\n\nText.\n"
    assert run(run_cli, tmp_path, rule, doc) == ["a.md:1:3:house.r:'Stories Go In `content/` Now'"]


def test_a_native_kind_quotes_a_code_span_by_its_source_too(run_cli, tmp_path):
    rule = "extends: title-case\nmessage: \"'%s'\"\nscope: [headline, heading]\nstyle: sentence\n"
    doc = "# Stories go in `content/` Now Here\n\nText.\n"
    assert run(run_cli, tmp_path, rule, doc) == ["a.md:1:28:house.r:'Now Here'"]
    doc = "# Stories Go `content/` Now\n\nText.\n"
    assert run(run_cli, tmp_path, rule, doc) == ["a.md:1:11:house.r:'Go `content/` Now'"]


def test_explain_runs_a_front_matter_headline_example_under_scope_headline(run_cli, tmp_path):
    rule = ("extends: capitalization\nmessage: \"Sentence case: '%s'\"\nscope: headline\n"
            "match: $sentence\nexamples:\n  - fail: Council Approves Budget\n"
            "  - pass: Council approves budget\n"
            "  - fail: \"---\\ntitle: Council Approves Budget\\n---\\n\\nThe council met.\\n\"\n"
            "    format: markdown\n"
            "  - pass: \"---\\ntitle: Council approves budget\\n---\\n\\nThe Council Met On Tuesday.\\n\"\n"
            "    format: markdown\n")
    write(tmp_path / "rules" / "house" / "r.yaml", rule)
    res = run_cli("explain", "house.r", "--rules", "rules", cwd=tmp_path)
    assert res.exit_code == 0, res.stdout + res.stderr
    assert "NOT AS EXPECTED" not in res.stdout
