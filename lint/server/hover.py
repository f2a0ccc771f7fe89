"""Hover over a finding: what the rule checks, with one failing and one
passing example run live, as `newslint explain RULE` shows them (the same
code: `lint.explain`), and the rule's link."""
from __future__ import annotations

import textwrap

from ..explain import example_lines, first_examples
from ..formatters import plain, safe_link
from ..ruleset import Rule


def rule_markdown(rule: Rule) -> str:
    """Markdown for one rule: id, level, description, two examples, link."""
    fixable = ", fixable" if rule.fixable else ""
    out = [f"**{rule.id}** ({rule.level}{fixable})", ""]
    if rule.description:
        out += [plain(rule.description), ""]
    shown = [line for example in first_examples(rule) for line in example_lines(rule, example)]
    if shown:
        out += ["```text", *(textwrap.dedent("\n".join(shown)).splitlines()), "```", ""]
    link = safe_link(rule.link) if rule.link else ""
    if link:
        out.append(f"[Reference]({link}) · `newslint explain {rule.id}`")
    else:
        out.append(f"`newslint explain {rule.id}`")
    return "\n".join(out)


def unknown_markdown(rule_id: str, message: str) -> str:
    """A finding with no rule file (the `file.*` ids: the file itself): its
    message, and what the id means (as `newslint explain` says it)."""
    from ..file_rules import DESCRIPTIONS
    meaning = DESCRIPTIONS.get(rule_id)
    return f"**{rule_id}**\n\n{message}" + (f"\n\n{meaning}" if meaning else "")
