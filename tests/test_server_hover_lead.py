"""A hover shows the opening sentences of a rule's description, not all of it
(nu22 #10: dates.after-publication's ran to 6 KB over one squiggle);
`newslint explain` shows the rest."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")

from lint.formatters import plain  # noqa: E402
from lint.ruleset import load_rule  # noqa: E402
from lint.server.hover import LEAD_CHARS, lead, rule_markdown  # noqa: E402

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.mark.parametrize("text, limit, want", [
    ("One two. Three four.", 10, "One two. …"),
    ('He said "yes." Then more text here and more.', 16, 'He said "yes." …'),
    ("Short enough.", 100, "Short enough."),
    ("No stop in a long text at all", 5, "No stop in a long text at all"),   # never cut mid-sentence
])
def test_the_lead_is_whole_sentences_that_fit(text, limit, want):
    assert lead(text, limit) == want


def test_a_long_description_is_cut_in_the_hover_and_explain_is_named():
    rule = load_rule("dates.after-publication", RULES / "dates" / "after-publication.yaml")
    assert len(plain(rule.description)) > 4 * LEAD_CHARS
    shown = rule_markdown(rule)
    head = shown.split("\n\n", 2)[1]
    assert head.endswith(" …") and len(head) <= LEAD_CHARS + 2
    assert plain(rule.description).startswith(head[:-2])
    assert "`newslint explain dates.after-publication`" in shown


def test_the_examples_are_said_plainly_not_as_test_output():
    """nu30 #8: the hover showed `expects: 1 finding; at 'TK'`, `-> 1:26: ...`
    and `pass (tk-inside-a-word-is-no-placeholder): ...`, test output to a
    writer. Now the failing example, its fix when the rule fixes it, and the
    passing one, each one labelled line."""
    rule = load_rule("style.time-of-day", RULES / "style" / "time-of-day.yaml")
    block = rule_markdown(rule).split("```text\n", 1)[1].split("\n```", 1)[0].splitlines()
    assert [line.split(":", 1)[0] for line in block] == ["Flagged", "Fixed", "Fine"]
    flagged, fixed = block[0][len("Flagged: "):], block[1][len("Flagged: "):]
    assert "7 p.m." in fixed and fixed != flagged
    shown = rule_markdown(load_rule("hygiene.placeholder", RULES / "hygiene" / "placeholder.yaml"))
    for test_talk in ("expects:", "-> ", "pass (", "fail:", "finding"):
        assert test_talk not in shown
