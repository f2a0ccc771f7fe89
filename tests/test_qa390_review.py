"""qa390: review of fx521 (7800d969..0e1b6c01), `toml_pieces`: whether a
pyproject.toml tomllib refuses is newslint's, read in tomllib windows with
only the broken statement's first line read by hand.

A pyproject.toml that names no newslint table must never make a run exit 2
(README: "One broken where it names no newslint table is no config of
newslint's, and the run goes on"); newslint's own table, valid or broken, in
a file tomllib refuses must be refused in one line at its place, never run
with the defaults unsaid.

Strict xfails state what a desk expects where it breaks today (#N in the
report); plain tests guard the nearest shapes that work now. Times are
never asserted (the report gives the numbers).
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from pyproject_helpers import ran as _ran, refused_at as _refused_at, run_with_pyproject as _run
from lint.config_find import _names_table, find_config_file
from lint.toml_pieces import names_table

OURS = '[tool.newslint]\nselect = ["dates"]\n'
# an escape anywhere in a basic string: the quick check (`_may_name_table`) then hands the
# file to `toml_pieces`, as it does for any `[tool]` line or `tool = ...` elsewhere
ESCAPED = '[project]\nname = "desk"\ndescription = "Style checks \\u2014 for newsrooms"\n'


def _pad(size: int) -> str:
    """Another tool's valid table of about `size` characters: moves the window edges."""
    return "[tool.poetry]\n" + "".join(f'k{i} = "{"v" * 40}"\n' for i in range(size // 50))


# ---- #1 (HIGH, new): a broken header starting `tool` then junk opens [tool] ----
# `hand_read` reads a broken header "as far as it goes": `[tool:pytest]` (setup.cfg's
# spelling), `[tool poetry.scripts]` or `[tool..black]` go as far as `tool`, so another
# tool's `newslint = "..."` key below it is taken for tool.newslint. README: "`newslint =
# …` ... whose nearest header is `[tool]` itself". The parent went on with the run.

OTHERS_UNDER_A_TOOLISH_HEADER = {
    "setup-cfg-colon": ESCAPED + '[tool:pytest]\nnewslint = "lint.cli:main"\n',
    "space-for-dot": ESCAPED + '[tool poetry.scripts]\nnewslint = "lint.cli:main"\n',
    "double-dot": ESCAPED + '[tool..black]\nnewslint = "lint.cli:main"\n',
    "colon-then-tool-elsewhere": '[tool:hatch.scripts]\nnewslint = "newslint check docs"\n[tool]\n',
}


@pytest.mark.parametrize("name", sorted(OTHERS_UNDER_A_TOOLISH_HEADER))
def test_a_key_under_a_broken_header_that_is_not_tool_is_not_newslints(name):
    assert not _names_table(OTHERS_UNDER_A_TOOLISH_HEADER[name].encode("utf-8"))


def test_a_run_beside_a_setup_cfg_header_goes_on(tmp_path):
    done = _run(tmp_path, OTHERS_UNDER_A_TOOLISH_HEADER["setup-cfg-colon"])
    assert _ran(done), (done.returncode, done.stderr)


def test_init_beside_a_setup_cfg_header_writes_the_starter(tmp_path):
    (tmp_path / "pyproject.toml").write_text(OTHERS_UNDER_A_TOOLISH_HEADER["setup-cfg-colon"])
    done = subprocess.run([sys.executable, "-m", "lint", "init"], cwd=tmp_path,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and (tmp_path / ".newslint.yaml").is_file(), done.stderr


def test_no_word_of_a_pyproject_without_newslints_table_beside_the_yaml(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n")
    done = _run(tmp_path, OTHERS_UNDER_A_TOOLISH_HEADER["setup-cfg-colon"])
    assert "pyproject.toml" not in done.stderr, done.stderr


@pytest.mark.parametrize("text", [
    '[tool]]\nnewslint = { select = ["dates"] }\n',         # [tool] itself, a ] too many
    '[tool] junk\nnewslint = { select = ["dates"] }\n',
    '[ "tool" ] # ours\nnewslint = { select = ["dates" }\n',
    '[tool]\u00a0\nnewslint = { select = ["dates"] }\n',    # a NBSP after the header
])
def test_guard_tool_header_with_junk_after_its_bracket_is_tool(text):
    assert names_table(text)


@pytest.mark.parametrize("text", [
    ESCAPED + '[tool.poetry.scripts\nnewslint = "lint.cli:main"\n',     # README's own example
    ESCAPED + '[tool.poetry. scripts\nnewslint = "lint.cli:main"\n',
    ESCAPED + '[[tool]\nnewslint = "lint.cli:main"\n',
    ESCAPED + '["tool.x"\nnewslint = "lint.cli:main"\n',
])
def test_guard_other_broken_headers_are_not_tool(text):
    assert not names_table(text)


def test_guard_the_run_goes_on_without_the_escape(tmp_path):
    # the quick check keeps the same file from toml_pieces: the run goes on
    done = _run(tmp_path, '[project]\nname = "desk"\n[tool:pytest]\nnewslint = "lint.cli:main"\n')
    assert _ran(done), (done.returncode, done.stderr)


# ---- #2 (MED, new): a multi-line string never closed stops being "left open" ----
# README: "A multi-line string never closed sets aside only its own line: a valid
# [tool.newslint] below it counts, a broken `newslint = {` there does not." tomllib stops
# inside such a string at a bad escape (a Windows path, a regex in a literal string below)
# or a control character, not at the end, so the doubt is never set and a broken newslint
# line further down is refused. The parent did not refuse these.

UNCLOSED = '[project]\ndescription = """A tool\n'
BROKEN_OURS = '[tool]\nnewslint = { select = ["dates" }\n'


@pytest.mark.parametrize("between", [
    "saved in C:\\Users\\desk\n",
    "[tool.ruff]\nexclude = ['^tests/.*\\.py$']\n",
    "page\x0cbreak\n",
])
def test_broken_newslint_line_under_a_string_never_closed_is_in_doubt(between):
    assert not names_table(UNCLOSED + between + BROKEN_OURS)


@pytest.mark.parametrize("between", [
    "saved in C:/Users/desk\n",
    "[tool.ruff]\nexclude = ['^tests/.*[.]py$']\n",
    "",
])
def test_guard_broken_newslint_line_under_a_string_never_closed(between):
    assert not names_table(UNCLOSED + between + BROKEN_OURS)
    assert not names_table(UNCLOSED + between + "[tool.newslint\nselect = 1\n")


@pytest.mark.parametrize("between", ["saved in C:\\Users\\desk\n", "page\x0cbreak\n", ""])
def test_guard_valid_newslint_table_under_a_string_never_closed_counts(between):
    assert names_table(UNCLOSED + between + OURS)


# ---- #3 (MED, before): a non-ASCII space or a BOM opening newslint's line ----
# A config pasted from a web page or a second file concatenated with its BOM: tomllib
# refuses the file at exactly that line, the table is newslint's, yet the run goes on with
# the defaults unsaid (the hand read takes only [ \t] before a header or key).

@pytest.mark.parametrize("text", [
    "[tool.black]\nline-length = 88\n\u00a0[tool.newslint]\nselect = [\"dates\"]\n",
    "[tool.black]\nline-length = 88\n\ufeff[tool.newslint]\nselect = [\"dates\"]\n",
    "[tool]\n\u00a0newslint = { select = [\"dates\"] }\n",
])
def test_newslints_table_after_a_non_ascii_space_is_newslints(text):
    assert names_table(text)


def test_run_refuses_newslints_table_after_a_nbsp(tmp_path):
    done = _run(tmp_path, "[tool.black]\nline-length = 88\n\u00a0[tool.newslint]\nselect = [\"dates\"]\n")
    assert _refused_at(done, "pyproject.toml:3:1:"), (done.returncode, done.stderr)


def test_guard_nbsp_after_newslints_header_is_refused_at_its_place(tmp_path):
    done = _run(tmp_path, "[tool.newslint]\u00a0\nselect = [\"dates\"]\n")
    assert _refused_at(done, "pyproject.toml:1:16:"), done.stderr


def test_guard_tab_before_newslints_header_is_newslints():
    assert names_table("[tool.black]\nx = = 1\n\t[tool.newslint]\nselect = [\"dates\"]\n")


# ---- #4 (MED, before): a ' never closed is refused at the file's end ----
# tomllib says "at end of document" for a literal string never closed when no ' follows;
# toml_pieces now knows its statement broke at its own line (875d39f0), the refusal still
# names the file's last line, another tool's.

def test_literal_string_left_open_is_refused_on_its_own_line(tmp_path):
    done = _run(tmp_path, "[tool.newslint]\nselect = ['dates]\n[tool.black]\nline-length = 88\n")
    assert _refused_at(done, "pyproject.toml:2:"), done.stderr


def test_guard_basic_string_left_open_is_refused_on_its_own_line(tmp_path):
    done = _run(tmp_path, '[tool.newslint]\nselect = ["dates]\n[tool.black]\nline-length = 88\n')
    assert _refused_at(done, "pyproject.toml:2:"), done.stderr


def test_guard_literal_string_left_open_names_the_table():
    assert names_table("[tool.newslint]\nselect = ['dates]\n[tool.black]\nline-length = 88\n")
    assert not names_table("[tool.black]\nselect = ['dates]\n[tool.ruff]\nline-length = 88\n")


# ---- #5 (LOW, before): a """ after a statement's error pairs with a later string ----
# `resume` skips "past any multi-line string closed in between", scanning from the
# statement's start, so a """ tomllib never read (after the error) is paired with the next
# """ in the file, and the valid table between is passed over (module docstring: "no line
# tomllib did not take for a value or a string is passed over").

@pytest.mark.parametrize("ours", [OURS, '[tool]\nnewslint = { select = ["dates"] }\n'])
def test_stray_triple_quote_after_the_error_passes_nothing_over(ours):
    assert names_table('[tool.black]\nversion = "1.0""""\n' + ours + '[project]\ndescription = """A tool"""\n')


def test_guard_stray_triple_quote_without_a_later_one():
    assert names_table('[tool.black]\nversion = "1.0""""\n' + OURS)


def test_guard_string_opened_after_a_key_error_is_text():
    # a """ opening a real string after the error: its lines are text, as the change says
    assert not names_table('[project]\nlong description = """\n[tool.newslint]\nselect = []\n"""\n')


# ---- #6 (LOW, before): a file saved with CR line ends (classic Mac) ----

def test_cr_only_line_ends_newslints_table_below_the_first_line():
    assert names_table('[tool.black]\rline-length = 88\r[tool.newslint]\rselect = ["dates"]\r')


def test_guard_cr_only_newslints_table_on_the_first_line():
    assert names_table('[tool.newslint]\rselect = ["dates"]\r')


def test_guard_doubled_cr_before_lf_is_read_line_by_line():
    text = '[tool.black]\r\r\nline-length = 88\r\r\n[tool.newslint]\r\r\nselect = ["dates"]\r\r\n'
    assert names_table(text)
    assert not names_table(text.replace("newslint", "ruff"))


# ---- guards: the focus shapes, each with window edges moved and a break after ----

OURS_BROKEN = {
    "header-comment": '[tool.newslint] # ours\nselect = ["dates"\n',
    "header-left-open-comment": "[tool.newslint # ours\nselect = 1\n",
    "header-spaces": "[ tool . newslint\nselect = 1\n",
    "header-tabs": '[\ttool\t.\tnewslint\t]\nselect = [\n',
    "header-quoted": '["tool"."newslint"]\nselect = [\n',
    "header-literal-quoted": "['tool'.'newslint']\nselect = [\n",
    "header-escaped": '[tool."newsl\\u0069nt"\nselect = 1\n',
    "array-of-tables-open": "[[tool.newslint.rules]\nid = 1\n",
    "array-of-tables-value": "[[tool.newslint.rules]]\nid = [\n",
    "sub-table": "[tool.newslint.levels]\nx = [\n",
    "tool-key": "[tool]\nnewslint = { select = [ }\n",
    "tool-key-comment": "[tool] # c\nnewslint = { select = [ }\n",
    "tool-quoted-dotted": '["tool"]\n"newslint".select = [\n',
    "tool-escaped-key": '[tool]\n"newsl\\u0069nt" = { select = [ }\n',
    "tool-tabs": "[tool]\n\tnewslint\t=\t{\tselect = [ }\n",
    "tool-after-dotted-other": "[tool]\nblack.x = 1\nnewslint.select = [\n",
    "tool-multiline-inline": '[tool]\nnewslint = {\n  select = ["dates"],\n}\n',
}

ROOT_BROKEN = {
    "dotted": "tool.newslint.select = [\n",
    "dotted-spaces": "tool . newslint . select = [\n",
    "dotted-quoted": '"tool"."newslint".select = [\n',
    "dotted-escaped": 'tool."newsl\\u0069nt".select = [\n',
    "inline": "tool = { newslint = { select = [ } }\n",
    "inline-after-array": "tool = { other = [\n 1,\n], newslint = { x = [ } }\n",
    "inline-after-ml-string": 'tool = { other = """\nmulti\n""", newslint = { x = [ } }\n',
    "inline-after-brace-in-string": 'tool = { other = "}", newslint = {x=[}}\n',
}


@pytest.mark.parametrize("pad", [0, 4050, 4100])
@pytest.mark.parametrize("name", sorted(OURS_BROKEN))
def test_guard_newslints_broken_table_is_newslints(name, pad):
    text = (_pad(pad) if pad else "") + OURS_BROKEN[name]
    assert names_table(text) and names_table(text.replace("\n", "\r\n"))
    assert _names_table(b"\xef\xbb\xbf" + text.encode("utf-8"))


@pytest.mark.parametrize("name", sorted(ROOT_BROKEN))
def test_guard_root_broken_table_is_newslints(name):
    text = ROOT_BROKEN[name] + _pad(4100) + "[tool.black]\nx = = 1\n"
    assert names_table(text) and names_table(text.replace("\n", "\r\n"))


@pytest.mark.parametrize("text", [
    "tool = { other = { newslint = 1 }, x = [ }\n",
    "tool = { other = [ { newslint = 1 } ], x = [ }\n",
    '["tool.newslint"]\nselect = [\n',
    "[tool.black]\nx = 1\n[tool.black.newslint]\nselect = [\n",
    "x = = 1\n[tool.black]\ntool.newslint.select = 1\n",
    "[tool]\nx = 1\n[tool.black]\nnewslint = { x = [ }\n",
    '[tool.newslint-x]\nx = [\n',
    "[tool]\nhatch.newslint = [\n",
])
def test_guard_other_broken_tables_are_not_newslints(text):
    assert not names_table(text) and not names_table(text.replace("\n", "\r\n"))


@pytest.mark.parametrize("text, at", [
    ('[tool.newslint]\nselect = ["dates",\tx]\n', "pyproject.toml:2:20:"),
    ('\ufeff[tool.newslint]\r\nselect = ["naïve", "café" x]\r\n', "pyproject.toml:2:27:"),
    ('[tool.black]\nx = = 1\n[tool.newslint]\nselect = ["dates"]\n', "pyproject.toml:2:5:"),
    ("[tool.newslint # ours\nselect = 1\n", "pyproject.toml:1:16:"),
])
def test_guard_refused_in_one_line_at_its_place(tmp_path, text, at):
    done = _run(tmp_path, text)
    assert _refused_at(done, at), done.stderr


def test_guard_found_through_config_find(tmp_path):
    (tmp_path / "pyproject.toml").write_text(_pad(8200) + "[tool.ruff]\nselect = [\n" + OURS)
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")
