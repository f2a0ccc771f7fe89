"""fx560 (qa412 #7): a `[tool` header left open at its line's end is read as
far as it goes, a `[tool]`, as `[tool.newslint` left open is newslint's: a
`newslint` key under it that tomllib reads is refused at the header's break.
Guards: a statement broken under it too stays text (in doubt, fx531), as do
`tool` then anything else on the line, another tool's header left open and
another key under `[tool`; what follows a later header counts as before.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.config_find import _may_name_table
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run


@pytest.mark.parametrize("text, where", [
    ('[tool\nnewslint.select = ["dates"]\n', "pyproject.toml:1:6:"),
    ('[ "tool" \t# ours\nnewslint = { select = ["dates"] }\n', "pyproject.toml:1:11:"),
    ('[tool.black]\nx = 1\n[tool\r\nnewslint = { select = ["dates"] }\r\n', "pyproject.toml:3:6:"),
    ('[tool\rnewslint = { select = ["dates"] }\r', "pyproject.toml:1:6:"),       # CR-only
])
def test_newslints_key_under_tool_left_open_is_refused(tmp_path, text, where):
    assert _may_name_table(text.encode("utf-8")) and names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool\nblack = 1\n',
    '[tool.black\nnewslint = 1\n',
    '[tool x\nnewslint = 1\n',
    '[tool:\nnewslint = 1\n',
    '[[tool\nnewslint = 1\n',
    '[tool\n[project.scripts]\nnewslint = "a:b"\n',
])
def test_guard_another_table_left_open_names_nothing(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool\nnewslint = { select = ["dates" }\n',        # broken under the header left open: in doubt
    '[tool\nblack = 1\nnewslint: 1\n',
    '[tool\nx = 1\n[tool.black]\nnewslint: 1\n',
])
def test_guard_a_statement_broken_under_tool_left_open_names_nothing(text):
    assert not names_table(text)


@pytest.mark.parametrize("text", [
    '[tool\nx = 1\n[tool.newslint]\nselect = 1\n',
    '[tool\nx = 1\n[tool.newslint\nselect = 1\n',     # a broken header of newslint's below still counts
    '[tool\nx = 1\n[tool]\nnewslint: 1\n',             # as does a broken key under a later [tool]
])
def test_guard_newslints_table_after_a_later_header_still_counts(text):
    assert names_table(text)
