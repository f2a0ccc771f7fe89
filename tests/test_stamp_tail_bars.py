"""A stamp line with many update tails after it (`Posted on March 3, 2026
by Jane Doe | Updated March 4, 2026 | Updated March 4, 2026 ...`) is no
stamp: it is read as prose in one pass, with no error, in .txt and .md
alike (rv18 H3). One tail is still split off (tests/test_stamp_tails.py).
Every story here is written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._release_lines import stamp_pieces

STAMP = "Posted on March 3, 2026 by Jane Doe"
TAIL = " | Updated March 4, 2026"


@pytest.mark.parametrize("bars", [20, 3000])
def test_a_line_of_many_update_tails_is_no_stamp(bars):
    assert stamp_pieces(STAMP + TAIL * bars) == []


def test_one_tail_is_still_split_off():
    line = STAMP + TAIL
    assert [(k, n, line[s:e]) for k, n, s, e in stamp_pieces(line)] == [
        ("field", "published", "March 3, 2026"), ("byline", "", "by Jane Doe"),
        ("field", "updated", "Updated March 4, 2026")]


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_a_story_with_the_line_is_linted(name):
    hed = "# Parks closed" if name.endswith(".md") else "Parks closed"
    line = STAMP + TAIL * 3000
    src = f"{hed}\n\n{line}\n\nThe park was closed.\n"
    doc = read_bytes(name, src.encode())
    assert doc.parts_of(("byline",)) == []
    assert line in [p.text for p in doc.parts_of(("paragraph",))]
    lint_text(src, name)      # no RecursionError
