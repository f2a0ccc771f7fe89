"""fx501 (qa349 #1-#3): whether a pyproject.toml tomllib refuses is
newslint's is tomllib's answer with each broken statement set aside
(`toml_owner.names_table`): a line opening with `[` inside a multi-line
array is no header, an unclosed string above `[tool.newslint]` hides no
table when the lines below read whole, and `[tool.newslint` left open is
newslint's. Guards for the nearest shapes that stay another tool's."""
from __future__ import annotations

import pytest

import lint.toml_owner
from lint.config_find import _may_name_table, find_config_file
from lint.toml_owner import names_table

OURS = {
    "array-of-arrays-root": 'a = [\n  [1, 2],\n  [3],\n]\ntool.newslint.select = [\n',
    "array-of-inline-tables-under-tool": '[tool]\nx = [\n  { a = 1 },\n  [2],\n]\nnewslint.select = [\n',
    "array-of-arrays-crlf": '[tool]\r\nx = [\r\n  [1],\r\n]\r\nnewslint = { select = [\r\n',
    "array-line-looking-like-tool": 'a = [\n  ["tool"],\n]\n[tool]\nnewslint = {\n',
    "root-inline-after-array": 'a = [\n [1],\n]\ntool = { x = [\n  1,\n], newslint = \n',
    "open-string-then-table": 'x = """\n[tool.newslint]\nselect = ["dates"]\n',
    "open-literal-crlf": "[project]\r\nd = '''a\r\n[tool.newslint]\r\nselect = []\r\n",
    "open-header": "[tool.newslint\n",
    "open-header-dotted": "[ tool . 'newslint' . levels\nx = 1\n",
    "open-array-of-tables-header": "[[tool.newslint\n",
    "tool-after-array-of-tool-tables": '[[tool]]\n[tool]\nnewslint = { a = 1 }\n',
    "too-deep-under-table": "[tool.newslint]\nselect = " + "[" * 600 + "]" * 600 + "\n",
}

NOT_OURS = {
    "array-of-arrays-strings": 'a = [\n  ["tool.newslint"],\n  ["[tool.newslint]"],\n]\nx = = 1\n',
    "array-line-under-other-table": '[tool.black]\nx = [\n  [1],\n]\nnewslint = { a = \n',
    "open-header-other": "[tool.newslint-plugin\nx = 1\n",
    "open-header-quoted-name": '[tool."newslint.cli"\nx = \n',
    "array-of-tool-tables": '[tool.black]\n[[tool]]\nnewslint = "x"\nx = = 1\n',
    "open-string-then-broken-table": 'x = """\n[tool.newslint]\nselect = [\n',
    "closed-string-then-junk": 'x = """\n[tool.newslint]\n""" junk\n',
    "too-deep-elsewhere": "[tool.black]\nx = " + "[" * 600 + "]" * 600 + "\n",
}


@pytest.mark.parametrize("name", sorted(OURS))
def test_newslints_broken_table_is_found(tmp_path, name):
    (tmp_path / "pyproject.toml").write_bytes(OURS[name].encode("utf-8"))
    assert names_table(OURS[name]), OURS[name]
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("name", sorted(NOT_OURS))
def test_other_tools_broken_file_is_no_config(tmp_path, name):
    (tmp_path / "pyproject.toml").write_bytes(NOT_OURS[name].encode("utf-8"))
    assert not names_table(NOT_OURS[name]), NOT_OURS[name]
    assert find_config_file(str(tmp_path)) is None


def test_valid_file_is_tomllibs_answer():
    assert names_table('[tool.newslint]\nselect = ["dates"]\n')
    assert not names_table('[tool.black]\nnewslint = 1\n')


def test_past_the_budget_it_is_in_doubt_so_not_newslints(monkeypatch):
    text = "[tool.black]\n" + "x = = 1\n" * 50 + "[tool.newslint]\nselect = [\n"
    assert names_table(text)
    monkeypatch.setattr(lint.toml_owner, "BUDGET", 2_000)
    assert not names_table(text)


@pytest.mark.parametrize("text, maybe", [
    (b"[tool.newslint\nselect = []\n", True),
    (b"[tool.newslint }\n", True),
    (b"[ tool . 'newslint'\n", True),
    (b"[tool.newslint-plugin\n", False),
    (b'[project]\ndependencies = ["x.newslint>=1"]\n', False),
    (b'a = [\n  ["x.newslint-y"],\n]\n', False),
])
def test_the_quick_check_lets_an_open_header_through(text, maybe):
    assert _may_name_table(text) is maybe
