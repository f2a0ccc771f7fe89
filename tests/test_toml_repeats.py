"""A key TOML sets twice is named at the repeat with its first line, as YAML
and JSON front matter and configs name theirs; where that cannot be known
(dotted keys, a table declared twice, a key first set otherwise) the message
says only what is known."""
from __future__ import annotations

import pytest

from lint.config import Config, ConfigError, load_file
from lint.engine import lint_bytes


def notice(front: str):
    data = f"+++\n{front}\n+++\n\nThe vote.\n".encode()
    (d,) = [d for d in lint_bytes("a.md", data, Config()).diagnostics
            if d.rule == "file.front-matter"]
    return d.line, d.column, d.message.removeprefix("invalid TOML front matter: ")


TWICE = " given twice (first on line {}); TOML allows a key once, so write it once"


@pytest.mark.parametrize("front, found", [
    ('title = "A"\ndate = 2024-05-18\n"title" = "B"', (4, 1, "title" + TWICE.format(2))),
    ('[params]\nx = 1\nsummary = """\nx = 3\n"""\n  x = 2', (7, 3, "params.x" + TWICE.format(3))),
    ("[[p]]\nx = 1\n[[p]]\nx = 1\nx = 2", (6, 1, "p.1.x" + TWICE.format(5))),
    ("x.y = 1\nx = 2", (3, 1, "x already has a value; TOML sets a key once")),
    ("a.b = 1\na.b = 2", (3, 8, "Cannot overwrite a value")),
    ("[a]\nx = 1\n[a]", (4, 3, "Cannot declare ('a',) twice")),
])
def test_a_repeated_toml_front_matter_key_is_named_where_it_can_be_known(front, found):
    assert notice(front) == found


@pytest.mark.parametrize("front, found", [
    ('title = "A"\ntags = ["a",\n', (3, 13, "Invalid value where the front matter ends")),
    ('title = "A"\nsummary = """Open\nstill open\n\n', (4, 11, "Unterminated string where the front matter ends")),
])
def test_front_matter_left_open_is_placed_where_it_ends(front, found):
    # tomllib says "(at end of document)" with no line, which placed the
    # error on the front matter's first line; toml_load's pyproject errors
    # are placed after the last character that is not white space
    assert notice(front) == found


def test_a_repeated_key_in_pyproject_names_the_key_at_the_repeat(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nselect = ["a"]\nselect = ["b"]\n')
    with pytest.raises(ConfigError) as caught:
        load_file(str(tmp_path / "pyproject.toml"))
    assert str(caught.value).endswith("pyproject.toml:3:1: tool.newslint.select:" + TWICE.format(2))


def test_other_pyproject_toml_errors_say_their_line_and_column(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nselect = ["a" "b"]\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml:2:15: invalid TOML: Unclosed array$"):
        load_file(str(tmp_path / "pyproject.toml"))
