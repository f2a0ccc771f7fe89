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


@pytest.mark.parametrize("text, where", [
    ('[project]\nname = "desk"\n\n[tool.newslint]\nmarkup = "auto"\n  select = ["dates", "datez"]\n',
     "6:3: select: no rule or pack 'datez'"),
    ('[tool.newslint.levels]\n"dates" = "loud"\n', "2:1: levels: dates: 'loud' is not one of"),
    ("[ tool . 'newslint' ]\nbogus = 1\n", "2:1: bogus: unknown key"),
    ('[tool.newslint]\nlevels = {dates = "loud"}\n', "2:1: levels: dates: 'loud' is not one of"),
])
def test_a_wrong_value_in_pyproject_is_placed_on_its_line(tmp_path, where, text):
    # tomllib keeps no positions: the error named the key alone, where a YAML
    # config's names its line and column
    from lint.config import ConfigError, load_file
    from lint.config_ids import check_config_ids

    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:      # a value's own check, or the ids' against the rules
        check_config_ids(load_file(str(tmp_path / "pyproject.toml")), ["dates.weekday-mismatch"])
    assert str(caught.value).startswith(f"{tmp_path / 'pyproject.toml'}:{where}")
