"""fx544 (qa400 #2): a key that reads tool.newslint (or newslint under [tool])
but breaks before its `=` is newslint's; the keys TOML puts elsewhere are not."""
from __future__ import annotations

import pytest

from lint.toml_pieces import names_table
from pyproject_helpers import refused_at, run_with_pyproject as run


# ---- qa400 #2: a key that reads tool.newslint but breaks before its `=` ----

@pytest.mark.parametrize("text", [
    '[tool]\nnewslint: { select = ["dates"] }\n',        # the name, then no `=`
    'tool.newslint: { select = ["dates"] }\n',
    '[tool]\nnewslint .. select = 1\n',
    '[project]\ntool.newslint..select = ["dates"]\n',       # the whole path under another table
])
def test_newslints_key_broken_before_its_equals(text):
    assert names_table(text)


@pytest.mark.parametrize("text", [
    '[project]\ntool.newslint.select = 1\nx = = 1\n',      # TOML: project.tool.newslint
    '[project]\ntool.newslint.select = dates\n',            # broken after its `=`: still project's
    '[tool]\nnewslint-extra: 1\n',
    'tool.newslint-x.select: 1\n',
    '[tool.ruff]\nnewslint.select: ["dates"]\n',
    '[tool.ruff]\nx.tool.newslint: 1\n',
])
def test_guard_keys_that_are_not_newslints(text):
    assert not names_table(text)


def test_run_refuses_newslints_key_broken_before_its_equals_under_tool(tmp_path):
    done = run(tmp_path, '[tool.black]\nx = 1\n[tool]\nnewslint.select: ["dates"]\n')
    assert refused_at(done, "pyproject.toml:4:"), (done.returncode, done.stderr)
