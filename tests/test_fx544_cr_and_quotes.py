"""fx544 (qa390 #5, #6): a stray triple quote after the error pairs with no
later one; a file saved with CR-only line ends is read line by line."""
from __future__ import annotations

from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run


# ---- qa390 #5: a stray triple quote after the error ----

def test_guard_a_string_opening_a_value_after_the_error_is_still_text():
    for opening in ("x y = '''", "x = [1 2, '''"):
        assert not names_table(f"[project]\n{opening}\n[tool.newslint]\nselect = []\n'''\n")


def test_stray_literal_triple_quote_passes_nothing_over():
    assert names_table("[tool.black]\nv = 'a''''\n[tool.newslint]\nselect = []\nd = '''x'''\n")


# ---- qa390 #6: CR-only line ends ----

def test_run_refuses_newslints_table_in_a_cr_only_file(tmp_path):
    done = run(tmp_path, '[tool.black]\rline-length = 88\r[tool]\rnewslint = { select = ["dates"] }\r')
    assert refused_at(done, "pyproject.toml:1:13:"), (done.returncode, done.stderr)


def test_guard_another_tools_cr_only_file_runs(tmp_path):
    done = run(tmp_path, '[tool.black]\rline-length = 88\rnewslint = 1\r')
    assert ran(done), (done.returncode, done.stderr)
