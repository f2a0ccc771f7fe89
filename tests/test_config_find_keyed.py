"""config_find's quick check before tomllib (`_may_name_table`, pf61): for
generated TOML documents it says "maybe" whenever tomllib's parse has
`tool.newslint`, whichever way TOML 1.0 writes the key path (headers, dotted
keys, inline tables, quoted and escaped keys, spaces and tabs around dots);
the parse still decides, so a pyproject that names newslint elsewhere is no
config."""
from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings, strategies as st

import lint.toml_load
from lint.config import config_for, find_config_file, load_file
from lint.config_find import _may_name_table

WS = st.sampled_from(["", " ", "\t", "  "])
NEWSLINT = st.sampled_from(["newslint", '"newslint"', "'newslint'", '"newsl\\u0069nt"',
                            '"\\u006Eewslint"', '"\\U0000006eewslint"'])
TOOL = st.sampled_from(["tool", '"tool"', "'tool'", '"\\u0074ool"'])
OTHER = st.sampled_from(["ruff", '"black"', "pytest.ini_options", "'x y'"])
VALUE = st.sampled_from(['["dates"]', "1", "'newslint'", '"a.newslint"', "[\n  'x',\n]",
                         '"""\n[tool]\n"""', "{ a = 1 }", "true"])


@st.composite
def key_path(draw, *parts):
    """`a.b.c` with the drawn spacing around each dot."""
    out = parts[0]
    for part in parts[1:]:
        out += f"{draw(WS)}.{draw(WS)}{part}"
    return out


@st.composite
def sets_tool_newslint(draw):
    """One TOML fragment (lines, ending in a newline) whose parse has
    tool.newslint, and whether it is the root table's (goes before any header)."""
    tool, name, ws, value = draw(TOOL), draw(NEWSLINT), draw(WS), draw(VALUE)
    form = draw(st.integers(0, 8))
    if form == 0:       # [tool.newslint], [[tool.newslint]], [tool.newslint.levels]
        parts = [tool, name] + (["levels"] if draw(st.booleans()) else [])
        brackets = draw(st.sampled_from([("[", "]"), ("[[", "]]")]))
        return False, f"{brackets[0]}{ws}{draw(key_path(*parts))}{draw(WS)}{brackets[1]}\nselect{ws}={ws}{value}\n"
    if form == 1:       # [tool] then newslint = ... or newslint.select = ...
        key = draw(st.sampled_from([name, draw(key_path(name, "select"))]))
        return False, f"[{ws}{tool}{draw(WS)}]\n{draw(WS)}{key}{ws}={ws}{value}\n"
    if form == 2:       # root: tool.newslint = ... or tool.newslint.select = ...
        parts = [tool, name] + (["select"] if draw(st.booleans()) else [])
        return True, f"{ws}{draw(key_path(*parts))}{draw(WS)}={ws}{value}\n"
    if form == 3:       # root: tool = { newslint = ... } after other keys or first
        before = draw(st.sampled_from(["", f"other{ws}={ws}{value},{draw(WS)}"]))
        return True, f"{tool}{ws}={ws}{{{draw(WS)}{before}{name}{draw(WS)}={ws}{value}{draw(WS)}}}\n"
    if form == 4:       # [tool] with another inline table before newslint's own
        return False, f"[{tool}]\nother{ws}={ws}{{ a = 1 }}\n{name}{draw(WS)}={draw(WS)}{{{ws}select = {value}}}\n"
    if form == 5:       # root: tool = { newslint.select = ... }
        return True, f"{tool}{ws}={ws}{{{draw(key_path(name, 'select'))}{ws}={ws}{value}}}\n"
    if form == 6:       # [tool.x] then newslint under a later [tool] spelled by dotted header parts
        return False, f"[{draw(key_path(tool, draw(OTHER)))}]\nk = 1\n[{tool}]\n{name} = {value}\n"
    if form == 7:       # a multi-line value before the inline table's key
        return True, f"{tool} = {{ other = [\n  1,\n  2,\n], {name} = {{}} }}\n"
    return True, f"{ws}{draw(key_path(tool, name))}{ws}={ws}{{{ws}}}\n"


DISTRACTIONS = st.sampled_from([
    "[project]\nname = 'desk'\ndependencies = ['newslint', \"newslint>=1\"]\n",
    "[project.scripts]\nnewslint = 'lint.cli:main'\n",
    "[project.entry-points.x]\nnewslint = 'a:b'\n",
    "[tool.ruff]\nline-length = 99\n",
    "# [tool.newslint] is elsewhere\n",
    "[tool.other]\nnote = \"tool.newslint = 1\"\n",
    "[tool.poetry.dependencies]\nnewslint = '^1'\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(DISTRACTIONS, max_size=3), sets_tool_newslint(), st.lists(DISTRACTIONS, max_size=3),
       st.booleans())
def test_the_quick_check_says_maybe_whenever_the_parse_has_tool_newslint(before, fragment, after, crlf):
    root, lines = fragment
    text = lines + "".join(before + after) if root else "".join(before) + lines + "".join(after)
    if crlf:
        text = text.replace("\n", "\r\n")
    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:     # a drawn table repeated: no document to judge
        return
    assert isinstance(tool, dict) and "newslint" in tool, text     # the generator's own promise
    assert _may_name_table(text.encode("utf-8")), text


@pytest.mark.parametrize("text", [
    'tool = { newslint = { ignore = ["hygiene.boilerplate"] } }\n',
    'tool = { other = 1, newslint = { ignore = ["hygiene.boilerplate"] } }\n',
    'tool = {"newslint"={ignore=["hygiene.boilerplate"]}}\n',
    "tool\t.\t'newslint' = { ignore = ['hygiene.boilerplate'] }\n",
    '[tool."newsl\\u0069nt"]\nignore = ["hygiene.boilerplate"]\n',
    '[project.scripts]\nnewslint = "lint.cli:main"\n[tool]\nnewslint = { ignore = ["hygiene.boilerplate"] }\n',
])
def test_each_way_of_naming_the_table_is_a_config(tmp_path, text):
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert config_for(str(tmp_path)).ignore == ("hygiene.boilerplate",)


@pytest.mark.parametrize("text", [
    "[project]\nname = 'desk'\ndependencies = ['newslint']\n",
    "[project.scripts]\nnewslint = 'lint.cli:main'\n[tool.ruff]\nline-length = 99\n",
    "[project.gui-scripts]\n'newslint' = 'a:b'\n",
    "[tool.ruff]\nextend-exclude = ['x', 'newslint']\n",
])
def test_a_file_with_no_tool_table_or_key_for_newslint_is_not_parsed(tmp_path, monkeypatch, text):
    # pf61: `[project.scripts] newslint = ...` loaded tomllib in every run of such a repo
    def parsed(_text):
        raise AssertionError("parsed")
    monkeypatch.setattr(lint.toml_load, "load_toml", parsed)
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert find_config_file(str(tmp_path)) is None


@pytest.mark.parametrize("text", [
    "[project.scripts]\nnewslint = 'lint.cli:main'\n[tool]\nx = 1\n",        # the nearest: a [tool] table
    "tool = { x = 1 }\n[project.scripts]\nnewslint = 'a:b'\n",
    "[tool.ruff]\nx = { y.newslint = 1 }\n",
    "[tool.x]\ny = { newslint = 1 }\n",
])
def test_a_file_that_may_name_it_is_parsed_and_the_parse_decides(tmp_path, monkeypatch, text):
    seen = []
    real = lint.toml_load.load_toml
    monkeypatch.setattr(lint.toml_load, "load_toml", lambda t: seen.append(t) or real(t))
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert find_config_file(str(tmp_path)) is None
    assert seen == [text]


def test_a_malformed_inline_table_is_named_with_its_line(tmp_path):
    # no TOML, yet it names the table: load_file says what is wrong, one line naming file and line
    path = tmp_path / "pyproject.toml"
    path.write_text('tool = { newslint = { select = ["dates" } }\n[project]\nname = "x"\n', encoding="utf-8")
    assert find_config_file(str(tmp_path)) == str(path)
    with pytest.raises(Exception) as info:
        load_file(str(path))
    said = str(info.value)
    assert said.startswith(f"{path}:1") and "\n" not in said, said


def test_a_malformed_file_naming_newslint_only_in_scripts_is_no_config(tmp_path):
    # the nearest shape that must stay none: broken TOML, newslint only a script's name
    (tmp_path / "pyproject.toml").write_text("[project.scripts]\nnewslint = 'a:b\n[tool]\n", encoding="utf-8")
    assert find_config_file(str(tmp_path)) is None


def test_a_multi_line_inline_table_is_a_maybe():
    # TOML 1.1 lets an inline table span lines (Python 3.11's tomllib reads 1.0, so the
    # generator cannot make one): its key then starts a line, and `tool = {` opens the table
    assert _may_name_table(b"tool = {\n  newslint = { select = ['dates'] },\n}\n")
    assert _may_name_table(b"[project]\nname = 'x'\n[tool]\n'newslint'.select = ['dates']\n")
    assert not _may_name_table(b"[project.scripts]\nnewslint = 'a:b'\n[tool.ruff]\ntool-x = 1\n")


def test_verbose_names_the_inline_table_config(run_cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('tool = { newslint = { select = ["hygiene"] } }\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline\n\nThe the council met.\n", encoding="utf-8")
    result = run_cli("check", "-v", "--no-color", str(tmp_path / "a.txt"))
    assert f"config {tmp_path / 'pyproject.toml'}" in result.stderr
    assert "5 rules selected: hygiene." in result.stderr


def test_a_script_named_newslint_loads_no_toml_reader(tmp_path):
    # pf61: newslint's own pyproject (`[project.scripts] newslint = ...`, `[tool.pytest...]`)
    # loaded tomllib and lint.toml_load in every run started beside it
    import subprocess
    import sys
    (tmp_path / "pyproject.toml").write_text(
        "[project.scripts]\nnewslint = 'lint.__main__:main'\n[tool.pytest.ini_options]\nx = 1\n", encoding="utf-8")
    code = ("import sys; from lint.config_find import find_config_file; "
            "print(find_config_file(sys.argv[1]), 'lint.toml_load' in sys.modules, 'tomllib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False", "False"]
