"""Hover over a finding: what the rule checks, with one failing and one
passing example run live (the same code as `newslint explain RULE`:
`lint.explain`, `lint.examples`), and the rule's link.

A hover is read by a writer, so the examples are said plainly ("Flagged:",
"Fixed:", "Fine:"); what each claims and the findings it gives ("expects:
1 finding", "-> 1:26: ...") are `newslint explain`'s, for rule authors (nu30 #8).

A rule's text depends on the rule and the settings, never on the document,
so it is made once per (rule, settings generation) and kept (`Explained`),
in the lint thread after the lint that found the rule has published, one
rule at a time; a hover that comes first is answered at once without the
live examples (`fallback`), never waiting for the lint thread (nu54 #1,
qa262 #1)."""
from __future__ import annotations

import logging
import textwrap
import threading
from collections.abc import Iterable

from ..analysis.word_patterns import SENTENCE_END
from ..examples import run_example
from ..explain import first_examples
from ..formatters import plain, safe_link
from ..ruleset import Rule

log = logging.getLogger("newslint.server")


class Explained:
    """Each rule's hover text (`rule_markdown`), kept per rule file (id, path)
    for one settings generation; a new generation drops them all. `make`
    runs in the lint thread only; `text` is read by the hover handler.
    Made with the lint, they held its diagnostics back (0.58 s more on a
    0.76 s lint of the seed story) and a job in front waited for all of them
    (qa262 #1)."""

    def __init__(self):
        # (settings generation, (id, path) -> text): one tuple, so a hover
        # reads a generation's texts together with their generation (qa268 #4)
        self._kept: tuple[int, dict[tuple[str, str], str]] = (-1, {})

    def text(self, rule: Rule, generation: int) -> str | None:
        """The kept text of `rule` under `generation`, or None: not made yet."""
        kept, texts = self._kept
        return texts.get((rule.id, rule.path)) if generation == kept else None

    def missing(self, rules: dict[str, Rule], ids: Iterable[str], generation: int) -> list[Rule]:
        """The rules of `ids` (those `rules` has) whose text is not made yet."""
        found = (rules.get(rule_id) for rule_id in dict.fromkeys(ids))
        return [rule for rule in found if rule is not None and self.text(rule, generation) is None]

    def make(self, rules: list[Rule], generation: int,
             stop: threading.Event | None = None) -> list[Rule]:
        """Make the texts of `rules` in turn, each rule's examples run once;
        stops before the next rule once `stop` is set (a job in front waits
        for one rule's examples at most). Returns the rules left to make:
        none for a job of an older generation than the kept texts' (queued
        before a settings change), which makes and drops nothing (qa268 #1).
        Generations only grow (`app.NewslintServer.generation`)."""
        kept, texts = self._kept
        if generation < kept:
            return []
        if generation > kept:                     # settings or rule files changed
            texts = {}
            self._kept = (generation, texts)
        for i, rule in enumerate(rules):
            if stop is not None and stop.is_set():
                return rules[i:]
            key = (rule.id, rule.path)
            if key not in texts:
                texts[key] = _markdown(rule)
        return []


def fallback(rule: Rule) -> str:
    """A rule's hover text before its examples are run (`Explained`)."""
    return rule_markdown(rule, live=False)


def _markdown(rule: Rule) -> str:
    """`rule_markdown`, or without examples when running them fails (a house
    rule's broken example must cost its hover's examples, never the lint)."""
    try:
        return rule_markdown(rule)
    except Exception:
        log.error("the examples of %s could not be run for its hover", rule.id, exc_info=True)
        return rule_markdown(rule, live=False)


def rule_markdown(rule: Rule, live: bool = True) -> str:
    """Markdown for one rule: id, level, description, two examples (none
    without `live`), link."""
    fixable = ", fixable" if rule.fixable else ""
    out = [f"**{rule.id}** ({rule.level}{fixable})", ""]
    if rule.description:
        out += [lead(plain(rule.description)), ""]
    shown = [line for example in (first_examples(rule) if live else ())
             for line in example_lines(rule, example)]
    if shown:
        out += ["```text", *shown, "```", ""]
    link = safe_link(rule.link) if rule.link else ""
    if link:
        out.append(f"[Reference]({link}) · `newslint explain {rule.id}`")
    else:
        out.append(f"`newslint explain {rule.id}`")
    return "\n".join(out)


LABEL = 9       # the width of "Flagged: " and the others, so the texts line up


def example_lines(rule: Rule, example: dict) -> list[str]:
    """One example, run live, as plain lines: a failing one's text
    ("Flagged:") and, when the rule fixes it, the text after the fix
    ("Fixed:"); a passing one's text ("Fine:"). An example's later lines
    (front matter, paragraphs) are indented under its first."""
    result = run_example(rule, example)
    if result.expect == "pass":
        return _labelled("Fine:", result.text)
    out = _labelled("Flagged:", result.text)
    if result.fixed is not None:
        out += _labelled("Fixed:", result.fixed)
    return out


def _labelled(label: str, text: str) -> list[str]:
    first, *rest = textwrap.dedent(text).strip("\n").split("\n") or [""]
    return [f"{label:<{LABEL}}{first}", *(" " * LABEL + line if line else "" for line in rest)]


# A hover shows the description's opening sentences up to about this many
# characters (nu22 #10: a whole description ran to 6 KB over one squiggle);
# `newslint explain` shows the rest.
LEAD_CHARS = 480


def lead(text: str, limit: int = LEAD_CHARS) -> str:
    """The opening sentences of `text` that fit in `limit` characters (at
    least the first sentence), with an ellipsis when some are left out."""
    if len(text) <= limit:
        return text
    cut = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() + len(m[0].split()[0])      # the stop and any closing quote
        if end > limit and cut:
            break
        cut = end
    return text[:cut] + " …" if cut else text


def unknown_markdown(rule_id: str, message: str) -> str:
    """A finding with no rule file (the `file.*` ids: the file itself): its
    message, and what the id means (as `newslint explain` says it)."""
    from ..file_rules import DESCRIPTIONS
    meaning = DESCRIPTIONS.get(rule_id)
    return f"**{rule_id}**\n\n{message}" + (f"\n\n{meaning}" if meaning else "")
