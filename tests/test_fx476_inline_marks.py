"""fx476 (nu67 LOW): a wrong value in an inline `tool = { newslint = {...} }`
(or `newslint = {...}` under `[tool]`, or `tool.newslint = {...}`) was
said as `pyproject.toml: select: ...`, with no line, where the other config
errors say `pyproject.toml:line:col: select: ...`. Now each is placed at its
key; the header forms keep their places."""
from __future__ import annotations

import pytest

from lint.config import ConfigError, load_file
from lint.config_ids import check_config_ids
from lint.toml_load import table_marks


def _error(tmp_path, text: str) -> str:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        check_config_ids(load_file(str(tmp_path / "pyproject.toml")), ["dates.weekday-mismatch"])
    return str(caught.value).removeprefix(str(tmp_path / "pyproject.toml"))


@pytest.mark.parametrize("text, said", [
    ('tool = { newslint = { select = ["datez"] } }\n', ":1:23: select: no rule or pack 'datez'"),
    ('[tool]\nnewslint = { select = ["dates"], levels = { dates = "loud" } }\n',
     ":2:45: levels: dates: 'loud' is not one of"),
    ('tool = { black = { x = "a}\\"", y = [1, {newslint = 2}] }, newslint = { markup = "gatsby" } }\n',
     ":1:72: markup: 'gatsby' is not one of"),
    ('tool.newslint = { fail-level = "x" }\n', ":1:19: fail-level: 'x' is not one of"),
    ("tool . 'newslint' = { ignore = ['datez'] }\n", ":1:23: ignore: no rule or pack 'datez'"),
    ('tool = { "newslint" = { levels = { dates = "loud" } } }\n', ":1:36: levels: dates: 'loud' is not one of"),
    ('[tool]\nnewslint = { select = [\n  "dates",  # a comment, a ] and a }\n  "datez",\n], markup = "x" }\n',
     ":5:4: markup: 'x' is not one of"),      # after an array over three lines
    ('[tool]\r\nnewslint = { markup = "x" }\r\n', ":2:14: markup: 'x' is not one of"),
    # a dotted key is not placed, but a lone key in the table it opens is
    ('tool = { newslint.levels = { dates = "loud" } }\n', ":1:30: levels: dates: 'loud'"),
])
def test_an_inline_or_dotted_newslint_value_is_placed_at_its_key(tmp_path, text, said):
    assert _error(tmp_path, text).startswith(said), _error(tmp_path, text)


# the nearest cases, as they were
@pytest.mark.parametrize("text, said", [
    ('[tool.newslint]\nlevels = {dates = "loud"}\n', ":2:1: levels: dates: 'loud' is not one of"),
    ('[tool.newslint.levels]\n"dates" = "loud"\n', ":2:1: levels: dates: 'loud' is not one of"),
    ('[ tool . newslint ]\n  bogus = 1\n', ":2:3: bogus: unknown key"),
    ('tool = { newslint = 3 }\n', ": tool.newslint: must be a table"),
    ('[tool]\nnewslint.bogus = 1\n', ": bogus: unknown key"),        # a dotted key: not placed
])
def test_header_forms_keep_their_places(tmp_path, text, said):
    assert _error(tmp_path, text).startswith(said), _error(tmp_path, text)


def test_other_tools_inline_keys_and_array_tables_are_not_marked():
    text = ('tool = { black = { select = 1 }, x = [{ select = 2 }], newslint = { ignore = [] } }\n'
            '[tool.ruff]\nselect = ["E"]\n[project]\nnewslint = "x"\n')
    assert table_marks(text, ("tool", "newslint")).spots == {("ignore",): (1, 69)}
