"""fx486 (qa343 #1-#3): a pyproject.toml that tomllib refuses is newslint's
config (refused, exit 2) only when it names `tool.newslint` beyond doubt; a
`[tool]` or `newslint = ...` inside a multi-line string or a comment, or
under any header that is not `[tool]` itself (a broken one included), leaves
it another tool's file, so a run beside it goes on (`config_find._names_table`)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from lint.config_find import _names_table, find_config_file


def _found(tmp_path, text: bytes) -> str | None:
    (tmp_path / "pyproject.toml").write_bytes(text)
    return find_config_file(str(tmp_path))


NOT_NEWSLINTS = [
    b'[project]\ndescription = """\n[tool]\nnewslint = { select = ["x"] }\n"""\n[tool.black]\nx = 88 88\n',
    b"[project]\ndescription = '''\n[tool]\nnewslint.select = ['x'\n'''\nbroken = \n",
    b'[tool]\nx = """a""""\n[tool.black]\nnewslint = 1\nbroken = \n',           # four quotes close it
    b'[tool]\nx = """\n[tool.newslint]\n"""\nbroken = \n',                          # a header in a string
    b'[tool.black]\nx = = 1\n# [tool]\n# newslint = { select = ["x" }\n',           # comments
    b'[tool]\nx = 1 # [tool.newslint]\nbroken = \n',
    b'[tool]\nblack = { x = 1 }\n[tool.poetry.scripts\nnewslint = "newslint.cli:main"\n',
    b'[tool]\n[tool."a]b"]\nnewslint = "1.0"\nx = = 1\n',
    b'[tool]\n[ tool . black  # broken\nnewslint = { a = 1\n',
    b'[tool]\nx = [\n  "newslint.cli",\n]\nbroken = \n',                            # a value, not a key
    b'[tool]\n"newslint.cli" = 1\nbroken = \n',                                      # another key's name
    b'[tool]\nnewslint-extra = { a = 1\n',
    b'[tool.newslint-x]\nbroken = \n',
    b'[[tool]]\nnewslint = { a = 1\n',                                               # an array's table
    b'[project]\ntool.newslint.select = 1\nx = = 1\n',                               # project.tool.newslint
    b'tool = { a = { newslint = 1 } }\nx = = 1\n',                                   # tool.a.newslint
    b'tool = { a = "x, newslint = 1" }\nx = = 1\n',                                  # a string's text
    b'[project]\nx = """\n[tool]\nnewslint = { select = ["x" }\n',                 # an open string
]

NEWSLINTS = [
    b'[tool]\ndescription = """\nx\n"""\nnewslint = { select = ["x" }\n',
    b'# a note with """ in it\n[tool]\nnewslint = { select = ["x" }\n',
    b'[tool]\nx = "\'\'\'"\nnewslint = { select = ["x" }\n',
    b'[tool]\nx = """a""""\nnewslint = { select = ["x" }\n',
    b'[tool] # all "tools"\nnewslint = { select = ["x" }\n',
    b'tool.newslint.select = ["x"\n',
    b'tool = { black = {}, newslint = { select = ["x" } }\n',
    b'["tool"."newslint"]\nselect = [\n',
    b'[tool.newslint.levels]\nx = = 1\n',
    b'[project]\nname = "x"\n[tool.newslint]\nselect = ["x"\n',
]


@pytest.mark.parametrize("text", NOT_NEWSLINTS)
def test_a_broken_file_that_does_not_name_newslint_beyond_doubt_is_no_config(tmp_path, text):
    assert _found(tmp_path, text) is None


@pytest.mark.parametrize("text", NEWSLINTS)
def test_a_broken_file_that_names_newslint_is_still_its_config(tmp_path, text):
    assert _found(tmp_path, text) == str(tmp_path / "pyproject.toml")


_HEADERS = ["[project]", "[tool.black]", "[tool.poetry.scripts", '[tool."a]b"]', "[[tool]]",
            "[project.scripts]", "[ tool.uv.sources ] # [tool]"]
# what reads like newslint's table but is text in a string or comment
_LURES = ["[tool]", 'newslint = { select = ["x"] }', 'newslint.select = ["x"', "[tool.newslint]",
          "tool.newslint.select = 1", "tool = { newslint = {} }", "  [ 'tool' ]  # all"]
# what is no newslint table under a header that is not [tool]
_KEYS = ['newslint = "newslint.cli:main"', "newslint.select = 1", "tool.newslint.select = 1",
         "tool = { newslint = {} }", '"newslint" = { git = "x"']
_BROKEN = ["x = = 1", "line-length = 88 88", "broken = ", 'y = "open', "[tool.ruff"]


def _wrapped(how: str, lines: list[str]) -> str:
    if how == "#":
        return "".join(f"# {line}\n" for line in lines)
    return f"d = {how}\n" + "\n".join(lines) + f"\n{how}\n"


_SECTION = st.tuples(st.sampled_from(_HEADERS), st.sampled_from(['"""', "'''", "#"]),
                     st.lists(st.sampled_from(_LURES), min_size=1, max_size=3),
                     st.lists(st.sampled_from(_KEYS), max_size=2), st.sampled_from(_BROKEN))


def _file(sections, newline: str) -> bytes:
    text = "".join(f"{h}\n{_wrapped(how, lures)}" + "".join(f"{k}\n" for k in keys) + f"{broken}\n"
                   for h, how, lures, keys, broken in sections)
    return text.replace("\n", newline).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.lists(_SECTION, min_size=1, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_other_tools_broken_tables_with_lures_in_strings_are_never_newslints(sections, newline):
    assert not _names_table(_file(sections, newline))


@settings(max_examples=100, deadline=None)
@given(st.lists(_SECTION, min_size=1, max_size=3), st.sampled_from(["\n", "\r\n"]))
def test_newslints_own_broken_table_after_them_is_still_seen(sections, newline):
    own = '[tool]\nnewslint = { select = ["x" }\n'.replace("\n", newline).encode()
    assert _names_table(_file(sections, newline) + own)
