"""fx521: `toml_pieces.names_table`, whether a pyproject.toml tomllib refuses
sets `tool.newslint`: tomllib reads it in windows from each statement's
start, only the statement that broke is read by hand. Sizes here are a
reading's worst shapes (every line broken, a string left open over them, a
window cut inside a multi-line value): the outcome is asserted, never the time."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from lint.config_find import _names_table, find_config_file
from lint.toml_pieces import names_table
from test_config_find_keyed import DISTRACTIONS, sets_tool_newslint

OURS = '[tool.newslint]\nselect = ["dates"]\n'
THEIRS = '[tool.black]\nselect = ["dates"]\n'


def _ini(count: int) -> str:
    """A setup.cfg section pasted in: every line broken TOML."""
    return "[tool.flake8]\n" + "".join(f"ignore{i} = E203, W503\n" for i in range(count))


# ---- a megabyte, every line broken: the table below is still seen, and no other is made up ----

BIG = {
    "ini": lambda tail: _ini(40000) + tail,
    "ini-under-open-string": lambda tail: '[project]\ndescription = """A tool\n' + _ini(40000) + tail,
    "arrays-of-arrays": lambda tail: "a = [\n" + "  [1, 2],\n" * 100000 + "]\n" + tail,
    "open-inline-tables": lambda tail: "tool = {\n" * 40000 + tail,
    "open-arrays": lambda tail: "x = [\n  1,\n" * 40000 + tail,
    "closed-strings-then-junk": lambda tail: 'x = """a\n[tool.newslint]\nb""" junk\n' * 30000 + tail,
}


@pytest.mark.parametrize("shape", sorted(BIG))
def test_a_megabyte_of_broken_lines_above_newslints_table(shape):
    assert names_table(BIG[shape](OURS))


@pytest.mark.parametrize("shape", sorted(BIG))
def test_a_megabyte_of_broken_lines_above_another_tools_table(shape):
    assert not names_table(BIG[shape](THEIRS))


def test_a_megabyte_pyproject_found_through_config_find(tmp_path):
    (tmp_path / "pyproject.toml").write_text(BIG["ini"](OURS))
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")


# ---- where a window is cut: inside a multi-line value, never a statement's line ----

PAD = [3990, 4050, 4090, 4096, 4100, 8180, 8200]


def _pad(size: int) -> str:
    return "[tool.poetry]\n" + "".join(f'k{i} = "{"v" * 40}"\n' for i in range(size // 50))


@pytest.mark.parametrize("size", PAD)
def test_lure_in_a_closed_string_across_a_window_edge_is_text(size):
    text = _pad(size) + 'd = """\n' + "[tool.newslint]\nselect = []\n" * 40 + '"""\n[tool.black]\nx = = 1\n'
    assert not names_table(text)


@pytest.mark.parametrize("size", PAD)
def test_array_of_arrays_across_a_window_edge_then_newslints_key(size):
    text = _pad(size) + "[tool]\nx = [\n" + "  [1],\n" * 200 + "]\nnewslint = { select = [\n"
    assert names_table(text)


@pytest.mark.parametrize("size", PAD)
def test_array_left_open_across_a_window_edge_before_newslints_header(size):
    text = _pad(size) + "[tool.ruff]\nselect = [\n" + '  "E",\n' * 200 + OURS
    assert names_table(text)


# ---- the broken statement read by hand ----

@pytest.mark.parametrize("text", [
    '[tool."newsl\\u0069nt"\nselect = 1\n',           # a header left open, its name in escapes
    "[ tool . 'newslint' ] junk\nselect = 1\n",
    "[[tool.newslint]\nselect = 1\n",
    '[tool]\nx = [\n  1,\n  2\nnewslint = { select = ["x" }\n',    # an array left open, then the key
    'tool = {\n  # a comment\n  newslint = { select = ["dates"] },\n}\n',      # TOML 1.1 over lines
    'tool = { black = {}, newslint.select = ["x" }\n',
    "a = " + "[" * 3000 + "\n" + OURS,                  # nested past tomllib's recursion
])
def test_newslints_broken_statement_is_newslints(text):
    assert names_table(text)


@pytest.mark.parametrize("text", [
    "[tool.newslint-plugin\nselect = 1\n",
    "[tool.newslintx]\nx = = 1\n",
    '[tool.black]\nx = """a \\q\n[tool.newslint]\n"""\ny = = 1\n',     # a bad escape in a closed string
    "a = " + "[" * 3000 + "\n" + THEIRS,
    'tool = { black = { newslint = 1 }, x = \n',
    '[tool]\nhatch = { newslint = "x" \n',
    '[project]\nx = """\n[tool]\nnewslint = { select = ["x" }\n',   # under a string left open: in doubt
    '[project]\nx = """\n[tool.newslint\nselect = 1\n',
])
def test_other_broken_statements_are_not_newslints(text):
    assert not names_table(text)


@pytest.mark.parametrize("tail, ours", [
    ("[tool]\nnewslint = { select = [\n", True),
    ("[tool]\nblack = { x = [\n", False),
    ("[tool]\n", False),
])
def test_literal_string_left_open_on_its_line_breaks_only_that_line(tail, ours):
    # tomllib says "at end of document" for a ' never closed when no ' follows: the break is its line
    assert names_table("[project.scripts]\nnewslint = 'a:b\n" + tail) is ours


def test_valid_table_under_a_string_left_open_and_more_breaks_counts():
    text = "[project]\ndescription = '''A tool\nfor newsrooms.\n[tool.black]\nx = = 1\n" + OURS
    assert names_table(text) and names_table(text.replace("\n", "\r\n"))


def test_bytes_not_utf8_are_read_without_a_traceback():
    assert _names_table(b"[tool.black]\nx = \xff\n" + OURS.encode())
    assert not _names_table(b"[tool.black]\nx = \xff\n" + THEIRS.encode())


# ---- generated: broken lines, lures in closed strings, windows cut anywhere ----

_FILLERS = [
    "x = = 1\n", "ignore = E203, W503\n", 'y = "open\n', "[tool.ruff\n", "a = [\n  [1, 2],\n]\n",
    'd = """\n[tool.newslint]\nselect = []\n"""\n', "e = '''\n[tool]\nnewslint = 1\n'''\n",
    "# [tool.newslint]\n", '[tool.poetry.scripts]\nnewslint = "lint:main"\n', "[[tool]]\nnewslint = 1\n",
    "z = [\n  1,\n", "tool.black.x = {\n",
]


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 9000), st.lists(st.sampled_from(_FILLERS), max_size=12), st.booleans())
def test_generated_files_name_newslint_only_when_its_table_is_there(pad, fillers, ours):
    text = _pad(pad) + "".join(fillers) + "\n" + (OURS if ours else THEIRS)
    assert names_table(text) == ours, text[-600:]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 9000), st.lists(DISTRACTIONS, max_size=3), sets_tool_newslint(),
       st.lists(DISTRACTIONS, max_size=3), st.booleans(), st.booleans())
def test_every_way_toml_writes_the_table_is_seen_past_window_edges(pad, before, fragment, after, ours, crlf):
    # the keyed generator's fragments (headers, dotted keys, inline tables, quoted and escaped names),
    # a pad that moves the window edges, and a broken line after: tomllib's answer, window by window
    root, lines = fragment
    own = lines if ours else ""
    text = (own if root else "") + _pad(pad) + "".join(before) + ("" if root else own) + "".join(after)
    text += "x = = 1\n"
    assert names_table(text.replace("\n", "\r\n") if crlf else text) is ours, text[-800:]
