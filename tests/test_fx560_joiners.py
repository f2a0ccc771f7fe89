"""fx560 (qa412 #3): a joiner or direction mark pasted around newslint's key or
header (U+200C, U+200D, U+200E, U+200F, the word joiner U+2060) reads as a
space, as a NBSP, U+200B and a stray BOM do, so the broken table is refused
where tomllib stops. Guards: another tool's header or key behind one runs.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.config_find import _may_name_table
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run


@pytest.mark.parametrize("text, where", [
    ('[tool]\n\u200cnewslint.select = ["dates"]\n', "pyproject.toml:2:1:"),
    ('[tool\u200e.newslint]\nselect = ["dates"]\n', "pyproject.toml:1:6:"),
    ('[tool.\u200fnewslint]\nselect = ["dates"]\n', "pyproject.toml:1:7:"),
    ('tool.\u2060newslint = { select = ["dates"] }\n', "pyproject.toml:1:6:"),
    ('tool = { \u200dnewslint = { select = ["dates"] } }\n', "pyproject.toml:1:10:"),
])
def test_newslints_key_behind_a_joiner_is_refused(tmp_path, text, where):
    assert _may_name_table(text.encode("utf-8")) and names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool.\u200dpoetry]\nnewslint: 1\n',
    '[tool]\n\u2060black = 1 2\n[project.scripts]\nnewslint = "a:b"\n',
    '[tool.black]\n\u200cline-length = 88\n',
])
def test_guard_another_tools_table_behind_a_joiner_runs(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)
