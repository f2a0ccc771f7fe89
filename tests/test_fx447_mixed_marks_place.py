"""fx447 (nu58 #4): quotes.mixed-marks points at the mark out of style."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.fixes import apply_fixes
from lint.readers import read_bytes

MIXED = Config(select=("quotes.mixed-marks",))
HEAD = ("Vote count delayed\n\n“We count every ballot,” Ana Ruiz said.\n\n"
        "“It takes time,” she said.\n\n")


def found(quote: str):
    text = HEAD + f"Lee Park spoke last. {quote} Park said.\n"
    doc = read_bytes("story.txt", text.encode("utf-8"))
    diags = lint_document(doc, active_rules(MIXED), MIXED).diagnostics
    return text, doc, diags


@pytest.mark.parametrize("quote, odd, snippet, fixed", [
    # only the closing mark is straight: the finding is that mark, and its fix swaps it alone
    pytest.param('“We wait."', '"', '"', "“We wait.”", marks=pytest.mark.xfail(
        strict=True, reason="taken back (fx447, qa311 #3): the finding is the whole quote, as baselines know it")),
    # the opening mark is out of style (or both are): the quote, from its opening mark
    ('"We wait.”', '"We', '"We wait.”', "“We wait.”"),
    ('"We wait."', '"We', '"We wait."', "“We wait.”"),
    # inner single marks change too: the whole quote, its fix all one style
    ("“He said 'no' twice.\"", "“He", "“He said 'no' twice.\"", "“He said ‘no’ twice.”"),
])
def test_the_finding_starts_at_the_mark_out_of_style(quote, odd, snippet, fixed):
    text, doc, diags = found(quote)
    at = text.index(odd, text.index("Lee Park"))
    assert [(d.line, d.column, d.snippet) for d in diags] == [(7, at - text.rindex("\n", 0, at), snippet)]
    assert "straight double quote marks" in diags[0].message
    assert apply_fixes(text, diags)[0] == text.replace(quote, fixed)


QUOTE_STORY = ('Title\n\nThe mayor said “We wait." It was late.\n\n'
               'She said “Go now.” and left. He said “Stay.” Then “Run.”\n\nThe suspect , who was 24, fled.\n')
# As main wrote it with `check --select quotes --write-baseline qb.json q.md`, byte for byte.
OLD_QUOTE_BASELINE = {
    "version": 1, "tool": "newslint", "tool_version": "0.1.0", "repeats_recorded": True,
    "paths_resolved": True, "findings": [
        {"path": "q.md", "rule": "quotes.mixed-marks", "fingerprint": "e58bfffba39060cd",
         "text": "“We wait.\"", "line": 3, "before": "the mayor said", "after": "it was late"}]}


def test_a_baseline_written_before_still_hides_a_moved_mixed_marks_finding(run_cli, tmp_path):
    (tmp_path / "q.md").write_text(QUOTE_STORY, encoding="utf-8")
    (tmp_path / "qb.json").write_text(json.dumps(OLD_QUOTE_BASELINE), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "quotes", "--baseline", "qb.json", "q.md", cwd=tmp_path)
    assert result.stdout.startswith("No problems found."), result.stdout
    assert "gone (fixed)" not in result.stderr
