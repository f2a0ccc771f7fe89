"""fx570 (qa425 #1, #3): config_find's quick check (`_may_name_table`) lets
through every way the hand read (`toml_pieces.names_table`) takes a broken
`newslint` key as newslint's: broken before its `=` by `{`, an unseen space,
a line break or any other character, after `[tool]`, on its line and in
`tool = {`; so tomllib sees the file and the run is refused at its place.
The spaces a desk cannot see are one set in both (the direction embeddings,
overrides, isolates and U+061C too). Guards: a list's string `'newslint'`
still loads no tomllib, and another tool's broken text still runs.
Synthetic input only."""
from __future__ import annotations

import re

import pytest

import lint.toml_load
from lint.config import find_config_file
from lint.config_find import _SP, _may_name_table
from lint.toml_pieces import _UNSEEN, names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run

BEFORE = ["[tool]\n", "[tool]", "[tool] ", "[tool]\n\u00a0", "tool = { ", "tool = { a = 1, ", "tool = {\n  "]
NAMES = ["newslint", "'newslint'", '"newslint"']
AFTER = ['{ select = ["dates"] }', '\u00a0select = ["dates"]', '\n= { select = ["dates"] }',
         '\n{ select = ["dates"] }', " # x\n= 1", " (select) = 1", "\u2066= 1", "\u061c.select = 1",
         "/select = 1", ";", "", "\r\n= 1", " }", "\u00e9 = 1", "\u202a{}"]


@pytest.mark.parametrize("before", BEFORE)
@pytest.mark.parametrize("name", NAMES)
def test_the_quick_check_lets_through_each_broken_key_the_hand_read_takes(before, name):
    for after in AFTER:
        text = before + name + after + "\n"
        assert not names_table(text) or _may_name_table(text.encode("utf-8")), text


@pytest.mark.parametrize("text, where", [
    ('[tool]\nnewslint\n= { select = ["dates"] }\n', "pyproject.toml:2:9:"),         # a line break before `=`
    ('tool = { newslint\n= { select = ["dates"] } }\n', "pyproject.toml:1:18:"),
    ("[tool]\r\n'newslint' {\r\n  select = ['dates']\r\n}\r\n", "pyproject.toml:2:12:"),
    ('[tool]\u00a0newslint\u2067= { select = ["dates"] }\n', "pyproject.toml:1:7:"),
])
def test_newslints_key_broken_before_its_equals_is_refused(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_the_unseen_spaces_are_one_set_in_both_reads():
    # config_find's bytes and toml_pieces' characters: a character read as a space by one
    # and not the other either runs newslint's broken table with the defaults or costs a parse
    blank = re.compile(_SP + rb"\Z")
    seen = {chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF
            and blank.match(chr(c).encode("utf-8"))}
    assert seen == set(_UNSEEN)
    assert {"\u061c", "\u202a", "\u202e", "\u2066", "\u2069", "\u200e", "\u00a0"} <= seen


@pytest.mark.parametrize("text", [
    "[project]\ndependencies = [\n  'black',\n  'newslint',\n]\n[tool]\nx = 1\n",
    "[tool.ruff]\nextend-exclude = ['x', 'newslint' ]\n",
    "[project]\ndependencies = ['a', \"newslint\"]\n",
    "[project]\ndependencies = [\n  'newslint'\n]\n",                      # a list's last item, no [tool]
    "[project]\nname = 'newslint-extra'\nkeywords = ['newslint-x', 'y']\n",
])
def test_guard_a_lists_string_loads_no_toml_reader(tmp_path, monkeypatch, text):
    def parsed(_text):
        raise AssertionError("parsed")
    monkeypatch.setattr(lint.toml_load, "load_toml", parsed)
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert find_config_file(str(tmp_path)) is None


@pytest.mark.parametrize("text", [
    '[tool]\nblack = { x = [1, }\n[project]\ndependencies = [\n  "newslint"\n]\n',
    '[tool]\npoetry = { scripts = { newslint { x = 1 } } }\n',
    '[tool.poetry.scripts]\nnewslint\u00a0= "lint.cli:main"\n',
    '[tool.black]\nnewslint\n= 1\n',
])
def test_guard_another_tools_broken_text_still_runs(tmp_path, text):
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)
