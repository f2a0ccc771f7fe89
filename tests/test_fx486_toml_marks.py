"""fx486 (qa343 #4, #5): `table_marks` places a [tool.newslint] key at the key
as written: a line inside a multi-line string (basic or literal) is text, and a
multi-line string closed by four or five quotes ends there (TOML 1.0 'String')."""
from __future__ import annotations

import pytest

from lint.config import ConfigError, load_file
from lint.config_ids import check_config_ids
from lint.toml_scan import masked, string_end


def _error(tmp_path, text: str) -> str:
    path = tmp_path / "pyproject.toml"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ConfigError) as caught:
        check_config_ids(load_file(str(path)), ["dates.weekday-mismatch"])
    return str(caught.value).removeprefix(str(path))


@pytest.mark.parametrize("text, said", [
    # a header inside a string does not change the table the next keys are in
    ('[tool.newslint]\nexclude = """\n[other]\n"""\nselect = ["datez"]\n', ":5:1: select:"),
    ("[tool.newslint]\nexclude = '''\n[other]\n'''\nselect = ['datez']\n", ":5:1: select:"),
    # a string line reading like the key is not the key
    ("[tool]\nx = '''\nnewslint = { markup = 'y' }\n'''\nnewslint = { markup = 'x' }\n", ":5:14: markup:"),
    ('[tool.newslint]\nexclude = """\nmarkup = "y"\n"""\nmarkup = "x"\n', ":5:1: markup:"),
    # closed by five quotes, or by four in a literal string
    ('[tool]\nnewslint = { exclude = """a""""", markup = "x" }\n', ":2:35: markup:"),
    ("[tool]\nnewslint = { exclude = '''a'''', markup = 'x' }\n", ":2:34: markup:"),
    # an escaped quote before the closing three (`\"` then `"""`)
    ('[tool]\nnewslint = { exclude = """a\\"""", markup = "x" }\n', ":2:35: markup:"),
    # guards: a key right after a string's closing line, a key on the closing line of a one-line table
    ('[tool.newslint]\nexclude = """\na\n"""\nmarkup = "x"\n', ":5:1: markup:"),
    ('[tool]\nnewslint = { markup = "x" }\n', ":2:14: markup:"),
])
def test_keys_are_placed_where_written_past_strings(tmp_path, text, said):
    assert _error(tmp_path, text).startswith(said), _error(tmp_path, text)


@pytest.mark.parametrize("text, end", [
    ('"""a"""', 7), ('"""a""""', 8), ('"""a"""""', 9), ("'''a''''", 8), ('"a\\"b" x', 6),
    ("'a\\' x", 4), ('"""a\n"""', 8), ('"open\nx', 5), ('"""open\nx', 9),
])
def test_string_end(text, end):
    assert string_end(text, 0) == end


def test_masked_keeps_lines_offsets_and_key_names():
    text = 'a = """\n[tool]\r\nnewslint = 1"""\n"newslint" = "x # y" # z\n'
    out = masked(text, frozenset({"newslint"}))
    assert len(out) == len(text) and out.splitlines() == ['a = """', "~~~~~~", '~~~~~~~~~~~~"""',
                                                          '"newslint" = "~~~~~" #~~']
