"""fx571 (qa426 #5): style.decades reads the word before a decade across a
line break with spaces or tabs around it (indented HTML or NITF source, a
trailing space), as a browser shows it: `the 1990's`. The nearest shapes
that must stay left alone are guarded."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

RULE = ("style.decades",)


@pytest.mark.parametrize("body", [
    "Prices soared in the\t\n\t1990's and fell.",
    "Prices soared through the 1980's \n   and\n   1990's and fell.",
    "Prices soared in her \r\n  80's and fell.",
])
def test_a_wrapped_decade_with_spaces_round_the_break_is_fixed_where_it_is(body):
    text = f"Prices\n\n{body}\n"
    found = lint_bytes("a.txt", text.encode(), Config(select=RULE)).diagnostics
    assert found and all(text[d.offset:d.end_offset] == "'s" for d in found)
    assert fix_bytes("a.txt", text.encode(), Config(select=RULE)).fixed == text.replace("'s", "s")


@pytest.mark.parametrize("body", [
    "Prices soared in\n   1990's and fell.",                 # no word of the list before it
    "Traffic on the Interstate\n   80's lanes stopped.",     # a road's possessive
    "Prices soared in the\n\n1990's and fell.",               # a paragraph between: no wrap
])
def test_guard_what_is_no_wrapped_decade_is_left(body):
    text = f"Prices\n\n{body}\n"
    assert lint_bytes("a.txt", text.encode(), Config(select=RULE)).diagnostics == []
