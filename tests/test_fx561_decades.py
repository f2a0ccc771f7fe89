"""fx561: style.decades reads a line break between the word and the figure
as it reads a space (qa422 #3), and nothing more."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.fixes import fix_bytes


def _fixed(text: str, path: str = "a.txt") -> str:
    data = f"Head\n\n{text}\n".encode("utf-8")
    return fix_bytes(path, data, Config(select=("style.decades",))).fixed


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
@pytest.mark.parametrize("text, want", [
    ("Prices soared in the\n1990's and fell.", "Prices soared in the\n1990s and fell."),
    ("Prices soared in the\r\n1990's and fell.", "Prices soared in the\r\n1990s and fell."),
    ("Fares rose through the 1980's\nand\n1990's.", "Fares rose through the 1980s\nand\n1990s."),
])
def test_a_hard_wrapped_decade_is_fixed(path, text, want):
    assert _fixed(text, path) == f"Head\n\n{want}\n"


@pytest.mark.parametrize("text", [
    "Traffic on Interstate\n80's lanes stopped.",
    "Prices soared in\n1990's, a slump year.",
    "Lately\n2010's sequel flopped.",
])
def test_guard_a_possessive_after_a_line_break_is_left(text):
    assert _fixed(text) == f"Head\n\n{text}\n"


def test_guard_a_paragraph_break_does_not_join_two_decades():
    got = _fixed("The 1980's\n\nand\n2010's sequel flopped.")
    assert got == "Head\n\nThe 1980s\n\nand\n2010's sequel flopped.\n"
