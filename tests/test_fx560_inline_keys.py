"""fx560 (qa412 #2): inside the inline table `tool = { ... }` a key that reads
`newslint` but breaks before its `=` is newslint's, as it is under `[tool]`, so
the run is refused at tomllib's place instead of going on with the defaults.
Guards: the same break in another tool's key, or one table deeper, names
nothing. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.config_find import find_config_file
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run


@pytest.mark.parametrize("text, where", [
    ('tool = { newslint select = ["dates"] }\n', "pyproject.toml:1:19:"),        # a space in the key
    ('tool = { black = 1, newslint: { select = ["dates"] } }\n', "pyproject.toml:1:29:"),
    ('tool = { "newslint": { select = ["dates"] } }\n', "pyproject.toml:1:20:"),
    ('tool.newslint select = ["dates"]\n', "pyproject.toml:1:15:"),
])
def test_newslints_inline_key_broken_before_its_equals_is_refused(tmp_path, text, where):
    assert names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_the_broken_inline_key_counts_only_in_the_root_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n'
                                             'tool = { newslint: { select = ["dates"] } }\n')
    # under [project] the inline `tool` is project.tool: nobody's config
    assert find_config_file(str(tmp_path)) is None
    (tmp_path / "pyproject.toml").write_text('tool = { newslint: { select = ["dates"] } }\n[project]\nname = "x"\n')
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("text", [
    'tool = { black = { newslint: 1 } }\n',             # one table deeper: tool.black's key
    'tool = { newslintx: 1 }\n',                         # another name
    'tool = { black: 1, x = "newslint" }\n',
    'tool = { black = [1, newslint: 2] }\n',             # in an array, no key
    '[tool.ruff]\nx = { newslint: 1 }\n',
    '[project]\ntool = { newslint: 1 }\n',
])
def test_guard_the_same_break_elsewhere_names_nothing(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)
