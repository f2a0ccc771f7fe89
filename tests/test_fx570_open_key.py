"""fx570 (qa425 #5): a quoted key left open in an inline table (after its
`{` or a `,` at the table's own depth) is named a key, at its opening quote;
a value left open (after `=`, or an array's item inside an inline table)
stays a value. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError
from lint.toml_load import load_toml


def refusal(text: str) -> tuple[str, int, int]:
    with pytest.raises(LoadError) as e:
        load_toml(text)
    return str(e.value), e.value.line, e.value.column


@pytest.mark.parametrize("line, column", [
    ("levels = { a = 'x', \"dates = 'warn' }", 21),
    ("levels = { x = [1], 'dates = 1 }", 21),
    ("levels = { x = { y = 1 }, 'dates = 1 }", 27),
    ("levels = {\t'dates = 1 }", 12),
])
def test_an_inline_tables_key_left_open_is_named_a_key(line, column):
    said, at_line, at_column = refusal(f"[tool.newslint]\n{line}\nx = 'a'\nz = \"b\"\n")
    assert (at_line, at_column) == (2, column)
    assert "quoted key that opens here is never closed" in said and "value" not in said


@pytest.mark.parametrize("line, column", [
    ("levels = { dates = 'warn }", 20),                      # after its `=`
    ("levels = { x = ['a', 'dates = 1 ] }", 22),             # an array's item in an inline table
    ("select = ['a', 'dates]", 16),
    ("levels = { x = {}, y = 'warn }", 24),
])
def test_guard_a_value_left_open_is_still_named_a_value(line, column):
    said, at_line, at_column = refusal(f"[tool.newslint]\n{line}\nx = 'a'\nz = \"b\"\n")
    assert (at_line, at_column) == (2, column)
    assert "quoted value that opens here is never closed" in said
