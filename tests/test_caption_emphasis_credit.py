"""captions.empty-credit on a Markdown caption set in emphasis (qa44 #9): a
blank credit's span stops before the closing `*` or `_` it leaves dangling,
and a blank credit inside a blockquote is reported at its own place."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions.empty-credit",))


def diagnostics(text: str):
    doc = read_bytes("story.md", text.encode("utf-8"))
    return lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


@pytest.mark.parametrize("mark", ["*", "_", "**"])
def test_the_closing_emphasis_mark_is_no_part_of_a_blank_credit(mark):
    (d,) = diagnostics(f"# Cyclists ride\n\n![Cyclists](c.jpg)\n\n"
                       f"{mark}Cyclists ride on Main Street. Photo by: {mark}\n\nThe race was on Sunday.\n")
    assert (d.line, d.column, d.end_line, d.end_column) == (5, 31 + len(mark), 5, 40 + len(mark))
    assert "'Photo by:' names no photographer" in d.message


def test_a_filled_credit_in_emphasis_is_quiet():
    assert diagnostics("# Cyclists ride\n\n![Cyclists](c.jpg)\n\n"
                       "*Cyclists ride on Main Street. Photo by: Ann Lee*\n\nThe race was on Sunday.\n") == []


def test_a_blank_credit_in_a_blockquote_caption():
    (d,) = diagnostics("# Cyclists ride\n\nThe race was on Sunday.\n\n"
                       "> *Cyclists ride on Main Street. (Photo by: )*\n\nMore text here.\n")
    assert (d.line, d.column) == (5, 34) and "'(Photo by: )'" in d.message
