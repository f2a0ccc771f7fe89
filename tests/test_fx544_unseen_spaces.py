"""fx544 (qa400 #1, #3): newslint's table behind a space a desk cannot see (a
NBSP, a zero-width or ideographic space, a BOM) before or inside a key or
header is refused at its place; another tool's still lets the run go on."""
from __future__ import annotations

import pytest

from pyproject_helpers import ran, refused_at, run_with_pyproject as run


# ---- qa400 #1, #3: spaces a desk cannot see, before or inside a key or header ----

@pytest.mark.parametrize("text, where", [
    ('[tool]\n\u200bnewslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),     # zero-width space
    ('[tool]\n\u3000newslint.select = ["dates"]\n', "pyproject.toml:2:1:"),         # ideographic space
    ('[tool.\u00a0newslint]\nselect = ["dates"]\n', "pyproject.toml:1:7:"),
    ('[tool\u00a0]\nnewslint = { select = ["dates"] }\n', "pyproject.toml:1:6:"),
])
def test_run_refuses_newslints_table_behind_an_unseen_space(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text", [
    '[tool.black]\n\u00a0newslint = "x"\n',                       # another tool's key
    '[tool\u00a0.black]\nnewslint = { a = 1\n',                     # another tool's header
    '[project.scripts]\n\ufeffnewslint = "lint.cli:main"\n',
])
def test_guard_another_tools_table_behind_an_unseen_space_runs(tmp_path, text):
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)
