"""`newslint explain RULE`: a rule's description, link and live examples."""
from __future__ import annotations

import os
import textwrap

from .examples import expected_count, run_example
from .formatters import plain
from .plural import counted
from .ruleset import Rule, builtin_rules_folder


NOT_AS_EXPECTED = "<-- NOT AS EXPECTED"


def explain_rule(rule: Rule, config=None) -> str:
    """The rule shown in full; under `config` (a `config.Config`) with the
    level `check` gives it there, and why, when the config changes it."""
    from .kinds.base import RULE_BUDGET
    from .rules_table import config_level, shown_level
    changed = config is not None and config_level(rule, config) is not None
    level, why = shown_level(rule, config) if changed else (rule.level, "")
    lines = [f"{rule.id} ({level}, kind: {rule.kind}{', fixable' if rule.fixable else ''})", ""]
    if why:
        lines[1:1] = [f"Level:   {why}"]
    for paragraph in plain(rule.description).split("\n") if rule.description else ():
        # a blank line in the YAML (folded to a line break) starts a paragraph: a
        # summary first, then the exceptions (nu29 #8)
        lines += textwrap.wrap(paragraph, 88) + [""]
    lines.append(f"Message: {rule.message}")
    for key, value in rule.options.items():     # the kind's other messages: `message-tie`, ...
        if key.startswith("message-") and isinstance(value, str) and value:
            lines.append(f"         {key[8:]}: {value}")
    lines.append(f"Scope:   {scope_shown(rule)}")
    if rule.yields_to:     # where its finding gives way: else a missing finding looks like a miss
        lines.append(f"Yields:  to {', '.join(rule.yields_to)} over the same text")
    if rule.skip_quotes:   # as Yields: a word left unflagged in a quote is the rule's choice
        lines.append("Quotes:  skipped: no finding inside a direct quotation (skip-quotes)")
    if rule.kind == "substitution":    # a config's swap: is the whole map, not an addition (nu45 M4)
        lines.append(f"Swap:    {counted(len(rule.options['swap']), 'key')}; a config's swap: replaces "
                     "the whole map (every key the rule has goes, not only a Filter): copy in those "
                     "to keep")
    if rule.kind == "substitution" and rule.options.get("prefilter"):   # a part it misses is not scanned
        how = ("Python's re, built in: no time limit" if getattr(rule.checker, "trusted", False)
               else f"as regex reads it, under the rule's {RULE_BUDGET:g} s time budget")
        lines.append(f"Filter:  {rule.options['prefilter']} ({how}); a part it finds nothing in "
                     "is not scanned")
    if rule.link:
        lines.append(f"Link:    {rule.link}")
    lines.append(f"File:    {rule.path}")
    why = rule.checker.unavailable()
    if why is not None:       # listed though this install cannot run it (nu27 #1)
        lines += [""] + textwrap.wrap(f"Not available in this install: {why}. Check skips the rule "
                                      "(and says so); its examples are not run.", 88)
        if rule.examples:
            lines += ["", "Examples (not run):"]
        for example in rule.examples:
            mark = "pass" if "pass" in example else "fail"
            lines.append(f"  {mark}: {str(example[mark])}".replace("\n", "\n        "))
        return "\n".join(lines)
    if rule.examples:
        lines += ["", f"Examples (run live; {_examples_run_by(rule)}):"]
    for example in rule.examples:
        lines += example_lines(rule, example)
    return "\n".join(lines)


def scope_shown(rule: Rule) -> str:
    """The parts `rule` reads, as `explain` names them. A Vale style's rule is
    handed every part (`Rule.scope`) but reads only the blocks its own Vale
    `scope:` selects among those Vale lints, never front matter or a page's
    <meta> fields: its Vale scopes are shown, said as such (qa84 #9)."""
    vale = getattr(rule.checker, "vale", None)
    scope = getattr(vale, "scope", None)     # None: a newslint rule file's Vale kind
    if scope is None:
        return ", ".join(rule.scope)
    return (f"{', '.join(scope.names)} (Vale's scopes, over the text Vale lints: never the "
            "front matter or a page's <meta> tags)")


def _examples_run_by(rule: Rule) -> str:
    """What else runs `rule`'s examples: newslint's tests for a shipped rule;
    for a house rule, `explain` itself, which exits 1 on one not as expected."""
    shipped = os.path.join(builtin_rules_folder(), "")
    if os.path.realpath(rule.path).startswith(shipped):
        return "newslint's own tests run the same ones"
    return (f"`newslint explain {rule.id}` or `newslint explain {rule.id.partition('.')[0]}` "
            "exits 1 when one is not as expected")


def first_examples(rule: Rule) -> list[dict]:
    """The rule's first fail example and first pass example (the editor's
    hover shows these two), in the order the rule file gives them."""
    picked: dict[str, dict] = {}
    for example in rule.examples:
        picked.setdefault("fail" if "fail" in example else "pass", example)
    return [e for e in rule.examples if any(e is p for p in picked.values())]


def example_lines(rule: Rule, example: dict) -> list[str]:
    """One example as `explain` shows it: run live, with what it claims, the
    findings it gives, its fix, and a mark when it is not as expected."""
    result = run_example(rule, example)
    mark = "pass" if result.expect == "pass" else "fail"
    status = "" if result.ok else f"   {NOT_AS_EXPECTED}"
    text = result.text.replace("\n", "\n        ")
    label = f" ({example['name']})" if example.get("name") else ""
    lines = [f"  {mark}{label}: {text}{status}"]
    context = [f"{k} {example[k]}" for k in ("published", "format") if example.get(k)]
    if context:      # the example's own publication date or format decides its result
        lines.append(f"        ({', '.join(context)})")
    claims = _claims(example)
    if claims:
        lines.append(f"        expects: {claims}")
    for d in result.diagnostics:
        lines.append(f"        -> {d.line}:{d.column}: {d.message}")
    if result.fixed is not None:
        lines.append(f"        fix: {result.fixed}")
    lines += [f"        !! {problem}" for problem in result.problems]
    return lines


def _claims(example: dict) -> str:
    """An example's stated expectations, as one line: options, count, places, messages."""
    out = []
    if example.get("options"):
        out.append("with " + ", ".join(f"{k}: {v!r}" for k, v in example["options"].items()))
    count = expected_count(example)
    if count is not None:
        out.append(counted(count, "finding"))
    if "at" in example:
        spots = example["at"] if isinstance(example["at"], list) else [example["at"]]
        out.append("at " + ", ".join(f"column {a}" if isinstance(a, int) else repr(a) for a in spots))
    if "message" in example:
        texts = example["message"] if isinstance(example["message"], list) else [example["message"]]
        out.append("saying " + ", ".join(repr(m) for m in texts))
    return "; ".join(out)
