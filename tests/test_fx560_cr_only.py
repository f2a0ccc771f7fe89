"""fx560 (qa412 #5): a pyproject.toml whose newslint table breaks at a carriage
return with no line feed after it (CR-only line ends, a classic Mac file, or
doubled CRs) is refused at that CR, and the one line says it is a CR that
TOML does not take for a line break. Guards: LF and CRLF files broken
elsewhere say nothing of CRs. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError
from lint.toml_load import load_toml
from pyproject_helpers import refused_at, run_with_pyproject as run

CR_WORDS = "carriage return (CR) with no line feed after it"


@pytest.mark.parametrize("text, where", [
    ('[tool.newslint]\rselect = ["dates"]\r', "pyproject.toml:1:16:"),
    ('# desk config\r[tool.newslint]\rselect = ["dates"]\r', "pyproject.toml:1:14:"),
    ('[tool.newslint]\r\r\nselect = ["dates"]\r\r\n', "pyproject.toml:1:16:"),        # doubled CRs
    ('[tool.newslint]\nselect = ["dates"]\rignore = []\n', "pyproject.toml:2:19:"),   # one lost LF
])
def test_newslints_table_broken_at_a_lone_cr_says_so(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)
    assert CR_WORDS in done.stderr, done.stderr


@pytest.mark.parametrize("text, where", [
    ('[tool.newslint]\nselect: ["dates"]\n', "pyproject.toml:2:7:"),
    ('[tool.newslint]\r\nselect: ["dates"]\r\n', "pyproject.toml:2:7:"),
    ('[tool.newslint]\r\nselect = ["dates"] x\r\n', "pyproject.toml:2:20:"),
])
def test_guard_lf_and_crlf_files_broken_elsewhere_say_nothing_of_crs(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)
    assert "carriage return" not in done.stderr, done.stderr


def test_a_lone_cr_inside_a_value_is_named_where_tomllib_places_it():
    with pytest.raises(LoadError) as caught:
        load_toml('a = 1\nb = "x\ry"\n')
    assert (caught.value.line, caught.value.column) == (2, 7)
    assert CR_WORDS in str(caught.value), caught.value


def test_guard_a_crlf_error_on_a_later_line_is_placed_as_before():
    with pytest.raises(LoadError) as caught:
        load_toml('a = 1\r\nb c\r\n')
    assert (caught.value.line, caught.value.column) == (2, 3)
    assert "carriage return" not in str(caught.value), caught.value
