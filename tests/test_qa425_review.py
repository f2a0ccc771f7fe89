"""qa425: review of fx560's pyproject.toml round (526f64fd..8f6d7ff2): keys
broken before their `=` in `tool = { ... }`, joiners and direction marks read
as spaces, a key on a closed header's line, `[tool` left open, CR-only line
ends named, a one-line quoted value left open placed at its quote.

Strict xfails are faults found (what a desk expects, failing today); the plain
tests guard the nearest shapes that work now, in both directions: another
tool's broken text never stops a run, newslint's own broken table is refused
at tomllib's place (line:col exact with CRLF, a BOM, tabs, characters beyond
the BMP), and the language server places the same error where `check` does.
Synthetic input only (pyprojects after black's, ruff's and poetry's)."""
from __future__ import annotations

import pytest

from lint.config_find import _may_name_table
from lint.safeload import LoadError
from lint.toml_load import load_toml
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run

DATES = 'select = ["dates"]'


# ---- #1 (HIGH): a `newslint` key broken before its `=` by anything but `.`, `=`,
# `:` or a space then a word: toml_pieces reads it as newslint's (README: "a key
# that reads ... `newslint` but breaks before its `=` ... is newslint's"), but
# config_find's quick check (`_KEYED`, `_LINE_KEYED`) never lets tomllib see the
# file, so the run goes on with the defaults and says nothing ----

QUICK_CHECK_MISSES = [
    ('tool = { newslint { select = ["dates"] } }\n', "pyproject.toml:1:19:"),         # in tool = { (qa412 #2's)
    ('[tool]newslint {select = ["dates"]}\n', "pyproject.toml:1:7:"),                 # on [tool]'s line (#4's)
    ('[tool]\nnewslint {\n  select = ["dates"]\n}\n', "pyproject.toml:2:10:"),        # JSON / HCL habit
    ('[tool]\nnewslint\u00a0select = ["dates"]\n', "pyproject.toml:2:9:"),             # a NBSP in the key (#1 + #3)
    ('tool = { newslint\u00a0select = ["dates"] }\n', "pyproject.toml:1:18:"),
]


@pytest.mark.parametrize("text, where", QUICK_CHECK_MISSES)
def test_guard_the_hand_read_takes_these_as_newslints(text, where):
    assert names_table(text)


@pytest.mark.parametrize("text, where", QUICK_CHECK_MISSES)
def test_newslint_key_broken_by_a_brace_or_nbsp_is_refused(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text, where", QUICK_CHECK_MISSES)
def test_quick_check_lets_through_what_the_hand_read_takes(text, where):
    assert _may_name_table(text.encode("utf-8"))


# ---- #2 (MED): the line break lost BEFORE newslint's header (the mirror of
# qa412 #4, fixed only for a key after a header): `[tool.newslint]` on a value's
# or another header's line is never read, the run goes on with the defaults ----

HEADER_AFTER_TEXT = [
    ('[tool.black]\nline-length = 88[tool.newslint]\n' + DATES + '\n', "pyproject.toml:2:17:"),
    ('[tool.black][tool.newslint]\n' + DATES + '\n', "pyproject.toml:1:13:"),
    ('[tool][tool.newslint]\n' + DATES + '\n', "pyproject.toml:1:7:"),
]


@pytest.mark.xfail(strict=True, reason="qa425 #2: [tool.newslint] on the line of a value or another header "
                   "(line-length = 88[tool.newslint], [tool][tool.newslint]) names nothing: defaults unsaid")
@pytest.mark.parametrize("text, where", HEADER_AFTER_TEXT)
def test_newslints_header_after_a_lost_line_break_is_refused(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_newslints_header_on_its_own_line_after_a_broken_value_is_refused(tmp_path):
    done = run(tmp_path, '[tool.black]\nline-length = 88 x\n[tool.newslint]\n' + DATES + '\n')
    assert refused_at(done, "pyproject.toml:2:18:"), (done.returncode, done.stderr)


# ---- #3 (MED): the direction controls beside LRM/RLM (embeddings and overrides
# U+202A-U+202E, isolates U+2066-U+2069, the Arabic letter mark U+061C) are not
# read as spaces, so newslint's broken table is run with the defaults ----

BIDI = [
    ('[tool]\n\u2066newslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),
    ('[tool]\n\u2068newslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),
    ('[\u202atool.newslint]\n' + DATES + '\n', "pyproject.toml:1:2:"),
    ('[tool]\n\u061cnewslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),
]


@pytest.mark.parametrize("text, where", BIDI)
def test_bidi_controls_around_newslints_key_are_read_as_spaces(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text, where", [
    ('[tool]\n\u200enewslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),       # LRM: fx560's
    ('[tool.\u200fnewslint]\n' + DATES + '\nx = [\n', "pyproject.toml:1:7:"),            # RLM
])
def test_guard_lrm_and_rlm_are_read_as_spaces(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


# ---- #4 (LOW): newslint's header broken over its dot, `[tool.` then `newslint]` ----

@pytest.mark.xfail(strict=True, reason="qa425 #4: [tool. / newslint] (a header wrapped after its dot) "
                   "names nothing: defaults unsaid")
def test_header_wrapped_after_its_dot_is_refused(tmp_path):
    done = run(tmp_path, '[tool.\nnewslint]\n' + DATES + '\n')
    assert refused_at(done, "pyproject.toml:1:7:"), (done.returncode, done.stderr)


# ---- #5 (LOW, new): a quoted KEY left open after an `=` on its line (in an
# inline table) is called "the quoted value that opens here" ----

def test_an_inline_tables_key_left_open_is_not_called_a_value():
    with pytest.raises(LoadError) as e:
        load_toml("[tool.newslint]\nlevels = { 'dates = \"warn\" }\nx = 'a'\n")
    assert (e.value.line, e.value.column) == (2, 12)
    assert "value" not in str(e.value)


# ---- #6 (LOW): an array's item left open on its own line (select = [ / 'dates,)
# keeps tomllib's "Found invalid character '\n'" at the line's end: qa412 #8's
# fault for the most common layout of a select list ----

@pytest.mark.xfail(strict=True, reason="qa425 #6: a multi-line array's item left open is placed at its "
                   "line's end as Found invalid character '\\n', not at its opening quote as never closed")
def test_multi_line_arrays_item_left_open_is_placed_at_its_quote():
    with pytest.raises(LoadError) as e:
        load_toml("[tool.newslint]\nselect = [\n  'dates,\n  'quotes',\n]\n")
    assert (e.value.line, e.value.column) == (3, 3)
    assert "never closed" in str(e.value)


# ---- #7 (LOW, new): README names only U+200D and U+2060 among the marks now
# read as spaces; U+200C and the direction marks U+200E/U+200F go unsaid ----

def test_readme_names_the_direction_marks_read_as_spaces():
    from pathlib import Path
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("a joiner (U+200D"):][:400]
    assert "U+200E" in section or "direction mark" in section


# ---- guards: newslint's own broken table refused, placed exactly ----

@pytest.mark.parametrize("text, where", [
    ('tool = { newslint: { select = ["dates"] } }\n', "pyproject.toml:1:18:"),
    ('\ufeff[tool]\tnewslint = { select = ["dates"] }\r\n', "pyproject.toml:1:8:"),      # BOM read away, tab
    ('# \u00e9t\u00e9 \U0001F5DE\r\n[tool]newslint: 1\r\n', "pyproject.toml:2:7:"),
    ('\ufeff[tool\t# \U0001F5DE\r\nnewslint = { select = ["dates"] }\r\n', "pyproject.toml:1:7:"),
    ("\ufefftool.newslint.select = [\"\U0001F5DE\", 'dates]\nx = 'a'\n", "pyproject.toml:1:30:"),
    ("[tool.newslint]\r\n\tselect =\t['\u00e9t\u00e9', 'dates]\r\nt = ['py37']\r\n", "pyproject.toml:2:19:"),
])
def test_guard_newslints_broken_table_refused_at_the_exact_place(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_cr_only_pyproject_says_carriage_return(tmp_path):
    done = run(tmp_path, '[tool.newslint]\r' + DATES + '\r')
    assert refused_at(done, "pyproject.toml:1:16:"), (done.returncode, done.stderr)
    assert "carriage return" in done.stderr


# ---- guards: another tool's broken text never stops newslint ----

@pytest.mark.parametrize("text", [
    '[tool.poetry]\ndescription = "Works with black, newslint and ruff\nname = "x"\n',       # prose, left open
    'tool = { poetry = { description = "black, newslint and ruff" }, black = { x = [1, }\n',
    '[tool]\npoetry = { scripts = { newslint: "lint.cli:main" } }\n',                        # poetry's, broken
    '[tool\npoetry = { name = "x" }\n[tool.black]\nx = [1,\n',                               # [tool typo, another's
    '[tool.poetry.scripts] newslint = "lint.cli:main"\nx = [1,\n',
    '[tool]\n\u200d[tool.poetry.scripts]\nnewslint = "lint.cli:main"\nx = [\n',             # fixed by fx560
    '[tool]\nblack = { x = 1 }\n# newslint = { select = ["dates"] }\nruff = { x = [1, }\n',
])
def test_guard_another_tools_broken_text_runs(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)


def test_guard_a_large_broken_lock_like_pyproject_names_nothing():
    lock = "".join(f'[[tool.poetry.package]]\nname = "pkg{i}"\ndescription = "x, newslint and y"\n'
                   f'files = [{{file = "a-{i}.whl"}}]\n\n' for i in range(3000))
    assert not names_table("[tool\nblack = 1\n" + lock + "[tool.black]\nnewslint: 1\n")
    assert names_table("[tool.ruff]\nx = [1,\n" + lock + "[tool]\nnewslint: 1\n")


# ---- guard: the language server places the error where `check` does ----

@pytest.mark.parametrize("text, line, column, char", [
    ("\ufefftool.newslint.select = ['dates]\nt = ['py37']\n", 1, 25, "'"),
    ("[tool.newslint]\r\nselect = ['dates]\r\n[tool.black]\r\nt = ['py37']\r\n", 2, 11, "'"),
    ("[tool.newslint]\rselect = ['dates']\r", 1, 16, "\r"),
    ('[tool\nnewslint = { select = ["dates"] }\n', 1, 6, "\n"),
    ('[tool]newslint = { select = ["dates"] }\n', 1, 7, "n"),
])
def test_guard_server_places_the_pyprojects_error_at_its_character(tmp_path, text, line, column, char):
    from lint.server.documents import target
    from lint.server.linting import Linter

    path = tmp_path / "pyproject.toml"
    path.write_bytes(text.encode("utf-8"))
    found = Linter().lint(target(path.as_uri(), None, [str(tmp_path)]), text).diagnostics
    assert [(d.line, d.column, text[d.offset]) for d in found] == [(line, column, char)]
