"""Every example of every built-in rule, run through the real engine.

The same examples are what `newslint explain RULE` shows, so the docs cannot
drift from what the rules do. A rule without a pass and a fail example fails.
"""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import rules_for
from lint.examples import run_example

RULES = rules_for(Config())
CASES = [(rule, i, ex) for rule in RULES for i, ex in enumerate(rule.examples)]


def test_every_rule_file_is_loaded():
    from lint.ruleset import builtin_rules_dir

    files = sorted(f"{p.parent.name}.{p.stem}" for p in builtin_rules_dir().glob("*/*.yaml"))
    assert files and [r.id for r in RULES] == files


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_pass_and_fail_examples(rule):
    kinds = {("pass" if "pass" in ex else "fail") for ex in rule.examples}
    assert kinds == {"pass", "fail"}, f"{rule.path} needs at least one pass and one fail example"
    assert rule.description, f"{rule.path} needs a description"


@pytest.mark.parametrize("rule,index,example", CASES,
                         ids=[f"{r.id}[{ex.get('name', i)}]" for r, i, ex in CASES])
def test_example(rule, index, example):
    result = run_example(rule, example)
    assert not result.problems, f"{rule.id} example {index}: {result.text!r}: {result.problems}"
    if result.expect == "fail":
        assert result.diagnostics
    if result.want_fix is not None:          # a fix leaves nothing for the same rule
        assert result.fixed == result.want_fix


def test_fixable_rules_show_a_fix():
    missing = [r.id for r in RULES if r.fixable and not any("fix" in ex for ex in r.examples)]
    assert not missing, f"fixable rules with no `fix` example: {missing}"
