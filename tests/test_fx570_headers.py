"""fx570 (qa425 #2, #4): newslint's header after a lost line break (on a
value's or another header's line: `line-length = 88[tool.newslint]`) or
wrapped after its dot (`[tool.` / `newslint]`) names the table, so the run
is refused at tomllib's place. Guards: another tool's header so placed, or
one inside an array's brackets, still runs. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.config_find import _may_name_table
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run

DATES = 'select = ["dates"]\n'


@pytest.mark.parametrize("text, where", [
    ('[tool.black]\nx = "a"[tool.newslint]\n' + DATES, "pyproject.toml:2:8:"),
    ('[tool.black]\nx = { a = 1 } [[tool.newslint]]\n' + DATES, "pyproject.toml:2:15:"),
    ('[tool.black]\r\nx = 1[tool.newslint.levels]\r\ndates = "warn"\r\n', "pyproject.toml:2:6:"),
    ('[tool.\r\nnewslint]\r\n' + DATES, "pyproject.toml:1:7:"),
    ('[tool. \n\u00a0"newslint".levels]\ndates = "warn"\n', "pyproject.toml:1:8:"),
])
def test_newslints_header_after_a_lost_or_wrapped_line_break_is_refused(tmp_path, text, where):
    assert _may_name_table(text.encode("utf-8")) and names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool.black]\nx = 1[tool.ruff]\n[project.scripts]\nnewslint = "a:b"\n',
    '[tool.black]\nx = [1 [tool.newslint]]\n',                 # inside the array's brackets
    '[tool.\npoetry]\nnewslint = "a"\n',
    '[tool.\nnewslint-extra]\nx = 1\n',
    '[tool.black]\nx = "[tool.newslint]\n',                     # in a string left open
])
def test_guard_another_tools_header_so_placed_runs(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)
