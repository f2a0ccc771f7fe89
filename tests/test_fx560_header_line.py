"""fx560 (qa412 #4): a key on a closed header's line (`[tool]newslint = {...}`,
the line break after the header lost) is read in that header's table, so
newslint's key there is refused where tomllib stops. Guards: another key
there, or newslint's under another header, names nothing. Synthetic input
only."""
from __future__ import annotations

import pytest

from lint.config_find import _may_name_table
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run


@pytest.mark.parametrize("text, where", [
    ('[tool]\tnewslint = { select = ["dates"] }\n', "pyproject.toml:1:8:"),
    ('[ tool ]"newslint".select = ["dates"]\n', "pyproject.toml:1:9:"),
    ('[tool]newslint: { select = ["dates"] }\n', "pyproject.toml:1:7:"),        # broken twice
    ('[tool.black]\nx = 1\n[tool] newslint = { select = ["dates"] }\n', "pyproject.toml:3:8:"),
    ('[tool]\u00a0newslint = { select = ["dates"] }\n', "pyproject.toml:1:7:"),
])
def test_newslints_key_on_the_tool_headers_line_is_refused(tmp_path, text, where):
    assert _may_name_table(text.encode("utf-8")) and names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool]black = { newslint = 1 }\n',          # tool.black's key
    '[tool.black]newslint = 1\n',
    '[[tool]]newslint = 1\n',                   # an array's table
    '[project]tool = { newslint = 1 }\n',
    '[tool:pytest]newslint = 1\n',
    '[project.scripts] newslint = "a:b"\n',
])
def test_guard_a_key_on_another_headers_line_names_nothing(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)


def test_guard_the_tool_header_then_a_valid_newslint_table_below_still_counts(tmp_path):
    text = '[tool]black = 1\n[tool.newslint]\nselect = ["dates"]\n'
    assert names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, "pyproject.toml:1:7:"), (done.returncode, done.stderr)
