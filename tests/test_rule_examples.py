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


def test_there_are_rules():
    assert len(RULES) >= 1


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_pass_and_fail_examples(rule):
    kinds = {("pass" if "pass" in ex else "fail") for ex in rule.examples}
    assert kinds == {"pass", "fail"}, f"{rule.path} needs at least one pass and one fail example"
    assert rule.description, f"{rule.path} needs a description"


@pytest.mark.parametrize("rule,index,example", CASES,
                         ids=[f"{r.id}[{i}]" for r, i, _ in CASES])
def test_example(rule, index, example):
    result = run_example(rule, example)
    shown = [f"{d.line}:{d.column} {d.message}" for d in result.diagnostics]
    if result.expect == "pass":
        assert not result.diagnostics, f"{rule.id} flagged a pass example: {shown}"
    else:
        assert result.diagnostics, f"{rule.id} missed a fail example: {result.text!r}"
        if result.want_fix is not None:
            assert result.fixed == result.want_fix
