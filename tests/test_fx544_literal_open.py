"""fx544 (qa390 #4): a pyproject.toml 'literal' value left open is refused at its
opening quote, not where the file ends (tomllib names no line for it), with
the nearest shapes that keep tomllib's place. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError
from lint.toml_load import load_toml


# ---- qa390 #4: a 'literal' string left open, placed at its opening quote ----

@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_literal_left_open_is_placed_at_its_quote(newline):
    text = "[tool.newslint]\nselect = ['dates]\n[tool.black]\nline-length = 88\n".replace("\n", newline)
    with pytest.raises(LoadError) as caught:
        load_toml(text)
    assert (caught.value.line, caught.value.column) == (2, 11), caught.value
    assert "never closed" in str(caught.value)


def test_guard_literal_left_open_with_a_quote_later_keeps_tomllibs_place():
    with pytest.raises(LoadError) as caught:
        load_toml("[tool.newslint]\nselect = ['dates]\nx = 'y'\n")
    assert caught.value.line == 2 and "invalid TOML" in str(caught.value)


def test_guard_multi_line_literal_left_open_is_placed_where_the_file_ends():
    with pytest.raises(LoadError) as caught:
        load_toml("[tool.newslint]\nselect = '''dates\n[tool.black]\nx = 1\n")
    assert caught.value.line == 4 and "where the file ends" in str(caught.value)
