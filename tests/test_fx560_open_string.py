"""fx560 (qa412 #8): a one-line quoted value left open, with a quote of its
kind later in the file, is refused at its opening quote as never closed (the
words TOML front matter and a 'literal' left open to the end get), not at
its line's end as tomllib's "Found invalid character '\\n'" / "Illegal
character '\\n'". Guards: where no `=` comes before the quote on its line (a
key, an array's item on a line of its own) tomllib's words and place stand;
a string closed before the break is no open one. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError
from lint.toml_load import load_toml
from pyproject_helpers import ran, refused_at, run_with_pyproject as run

NEVER_CLOSED = "the quoted value that opens here is never closed"


def _refusal(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_toml(text)
    return caught.value


@pytest.mark.parametrize("text, line, column", [
    ('a = ["x", "y]\nb = "z"\n', 1, 11),                    # after a closed string on its line
    ("a = { k = 'v}\nb = 'z'\n", 1, 11),                   # in an inline table
    ('a = "x\\"\nb = ""\n', 1, 5),                          # its closing quote escaped
    ('a = 1 # "x\nb = "y\nc = ""\n', 2, 5),                # a quote in a comment above
    ('a = 1\r\nb = "y\r\nc = ""\r\n', 2, 5),               # CRLF
])
def test_a_value_left_open_is_placed_at_its_quote(text, line, column):
    err = _refusal(text)
    assert (err.line, err.column) == (line, column), err
    assert NEVER_CLOSED in str(err), err


@pytest.mark.parametrize("text, line, column, said", [
    ('a = [\n  "x,\n]\nb = ""\n', 2, 6, "Illegal character"),      # an array's item, alone on its line
    ('"a = 1\nb = ""\n', 1, 7, "Illegal character"),                 # a key
    ("a = 1\n'b = 2\nc = ''\n", 2, 7, "Found invalid character"),
])
def test_guard_no_value_after_an_equals_keeps_tomllibs_words(text, line, column, said):
    err = _refusal(text)
    assert (err.line, err.column) == (line, column) and said in str(err), err


def test_newslints_value_left_open_before_black_is_refused_at_its_quote(tmp_path):
    text = ('[tool.newslint]\nselect = ["dates]\nignore = ["hygiene.boilerplate"]\n'
            "[tool.black]\ntarget-version = ['py37']\n")
    done = run(tmp_path, text)
    assert refused_at(done, "pyproject.toml:2:11:") and NEVER_CLOSED in done.stderr, done.stderr


def test_guard_another_tools_value_left_open_runs(tmp_path):
    done = run(tmp_path, "[tool.black]\ninclude = ['x]\nexclude = ['y']\n[project.scripts]\nnewslint = 'a:b'\n")
    assert ran(done), (done.returncode, done.stderr)
