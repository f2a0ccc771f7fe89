"""pyproject.toml and site configs under `toml_load`: every TOML error is one
line with the file's line and column, the ones at the end of the text too."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError
from lint.toml_load import load_toml


@pytest.mark.parametrize("text, where", [
    ('[tool.newslint]\nselect = [\n', (2, 11, "Invalid value")),
    ('[tool.newslint]\r\nselect = ["dates",\r\n\r\n\r\n', (2, 19, "Invalid value")),
    ('[tool.newslint]\nmarkup = "hugo', (2, 15, "Unterminated string")),
    ('[tool.newslint]\nlevels = {dates = "warning"', (2, 28, "Unclosed inline table")),
])
def test_an_error_where_the_text_ends_is_placed_after_its_last_character(text, where):
    # tomllib says "(at end of document)" with no line: the open bracket or quote
    # ends the last line that holds anything, not the blank lines after it
    with pytest.raises(LoadError) as caught:
        load_toml(text)
    assert (caught.value.line, caught.value.column) == where[:2]
    assert caught.value.message == f"invalid TOML: {where[2]} where the file ends"
