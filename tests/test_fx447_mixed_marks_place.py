"""fx447 (nu58 #4): quotes.mixed-marks points at the mark out of style."""
from __future__ import annotations

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
    ('“We wait."', '"', '"', "“We wait.”"),
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
