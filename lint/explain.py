"""`newslint explain RULE`: a rule's description, link and live examples."""
from __future__ import annotations

import textwrap

from .examples import run_example
from .ruleset import Rule


def explain_rule(rule: Rule) -> str:
    lines = [f"{rule.id} ({rule.level}, kind: {rule.kind}{', fixable' if rule.fixable else ''})", ""]
    if rule.description:
        lines += textwrap.wrap(rule.description, 88) + [""]
    lines.append(f"Message: {rule.message}")
    lines.append(f"Scope:   {', '.join(rule.scope)}")
    if rule.link:
        lines.append(f"Link:    {rule.link}")
    lines.append(f"File:    {rule.path}")
    if rule.examples:
        lines += ["", "Examples (run live; the test suite runs the same ones):"]
    for example in rule.examples:
        result = run_example(rule, example)
        mark = "pass" if result.expect == "pass" else "fail"
        status = "" if result.ok else "   <-- NOT AS EXPECTED"
        text = result.text.replace("\n", "\n        ")
        lines.append(f"  {mark}: {text}{status}")
        for d in result.diagnostics:
            lines.append(f"        -> {d.line}:{d.column}: {d.message}")
        if result.fixed is not None:
            lines.append(f"        fix: {result.fixed}")
    return "\n".join(lines)
