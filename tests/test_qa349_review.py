"""qa349: second review of pyproject.toml ownership (2120e0e5 toml_scan,
7497cd77 config_find._names_table) and of the `skipped ... (matched by
exclude: ...)` line when nothing was linted (4b24d335). A pyproject.toml
newslint does not own must never make a run exit 2; newslint's own broken
table must be refused (exit 2), never run with the defaults unsaid."""
from __future__ import annotations

import json

import pytest

from conftest import run_check

STORY = "Officials said it TK.\n"
INVALID = "invalid TOML"


def _run(tmp_path, pyproject: str | bytes, *args: str):
    data = pyproject if isinstance(pyproject, bytes) else pyproject.encode("utf-8")
    (tmp_path / "pyproject.toml").write_bytes(data)
    (tmp_path / "story.txt").write_text(STORY)
    return run_check(tmp_path, *args, "story.txt")


def _refused(done) -> bool:
    return done.returncode == 2 and "pyproject.toml:" in done.stderr and INVALID in done.stderr


def _ran(done) -> bool:
    """Linted with the defaults: the TK found, exit 1, no word of the pyproject."""
    return done.returncode == 1 and "hygiene.placeholder" in done.stdout and "pyproject.toml" not in done.stderr


# --- other tools' broken tables: never newslint's (the run goes on) ---------------------

NOT_OURS = {
    "poetry-dep-unclosed": '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\nnewslint = ">=1\n',
    "poetry-scripts-broken-header": '[tool.poetry.scripts\nnewslint = "lint:main"\n',
    "pdm-script": '[tool.pdm.scripts]\nnewslint = {cmd = "newslint check ."\n',
    "uv-source": '[tool.uv.sources]\nnewslint = { git = "https://example.org/n" \n',
    "hatch-array-of-tables": '[[tool.hatch.envs.test.matrix]]\nnewslint = \n',
    "dependency-string": '[project]\ndependencies = ["newslint>=1", \n[tool.black]\n',
    "plugin-table": '[tool.ruff]\nline-length = \n[tool.newslint-plugin]\nx = 1\n',
    "newslinter": '[tool.newslinter]\nx = \n',
    "quoted-dotted-name": '[tool."newslint.cli"]\nx = \n',
    "comment-under-tool": '[tool]\n# newslint = { select = ["x"] }\nx = = 1\n',
    "in-multiline-description": '[project]\ndescription = """\n[tool]\nnewslint = { x = 1 }\n"""\nname = = 1\n',
    "in-literal-multiline": "[tool.poetry]\ndescription = '''a\n[tool.newslint]\n'''''\nx = = 1\n",
    "nested-inline": 'tool = { poetry = { scripts = { newslint = "a:b" } }, x = \n',
    "mypy-unicode-crlf": '[tool.mypy]\r\nplugins = ["newslint.mypy"]\r\nnote = "é – “q”\r\n',
    "bom-ruff": '\ufeff[tool.ruff.lint.per-file-ignores]\n"newslint/*" = ["E501"\n',
}


@pytest.mark.parametrize("name", sorted(NOT_OURS))
def test_other_tools_broken_pyproject_runs(tmp_path, name):
    done = _run(tmp_path, NOT_OURS[name])
    assert _ran(done), (done.returncode, done.stderr)


def test_a_megabyte_of_other_tools_broken_toml_runs(tmp_path):
    body = '[tool.poetry]\nx = """' + 'a"b\\' * 250_000 + '\n[tool.black]\nnewslint = {\n'
    done = _run(tmp_path, body)
    assert _ran(done), (done.returncode, done.stderr[:300])


# --- newslint's own broken table: refused -----------------------------------------------

OURS = {
    "header": '[tool.newslint]\nselect = [\n',
    "header-crlf": '[tool.newslint]\r\nselect = [\r\n',
    "header-spaced": '  [ tool . newslint ]\nselect = [\n',
    "header-quoted": '[tool."newslint"]\nselect = \n',
    "under-tool-inline": '[tool]\nnewslint = {select = [\n',
    "under-tool-dotted": '[tool] \nnewslint.select = [\n',
    "under-tool-quoted": '[tool]\n"newslint" = {\n',
    "root-dotted": 'tool.newslint.select = [\n',
    "root-inline": 'tool = { "poetry" = 1, newslint = \n',
    "after-four-quote-close": 'x = """a\nb""""\ntool.newslint.select = [\n',
    "bom": '\ufeff[tool.newslint]\nselect = [\n',
    "under-tool-after-other-tables": 'x = 1\n[tool.poetry]\nname = "it\'s"\n[tool]\nnewslint = {\n',
}


@pytest.mark.parametrize("name", sorted(OURS))
def test_newslints_broken_table_is_refused(tmp_path, name):
    done = _run(tmp_path, OURS[name])
    assert _refused(done), (done.returncode, done.stderr)


def test_root_dotted_key_below_an_array_of_arrays_is_refused(tmp_path):
    done = _run(tmp_path, 'a = [\n  [1, 2],\n]\ntool.newslint.select = [\n')
    assert _refused(done), (done.returncode, done.stderr)


def test_key_under_tool_below_an_array_of_arrays_is_refused(tmp_path):
    done = _run(tmp_path, '[tool]\nx = [\n  [1],\n]\nnewslint = { select = [\n')
    assert _refused(done), (done.returncode, done.stderr)


@pytest.mark.parametrize("opening", ['"""', "'''"])
def test_unclosed_multiline_string_above_newslints_table_is_refused(tmp_path, opening):
    done = _run(tmp_path, f'[project]\ndescription = {opening}A tool\n\n[tool.newslint]\nselect = ["dates"]\n')
    assert _refused(done), (done.returncode, done.stderr)


def test_unclosed_multiline_string_below_newslints_table_is_refused(tmp_path):
    done = _run(tmp_path, '[tool.newslint]\nselect = ["dates"]\n[project]\ndescription = """oops\n')
    assert _refused(done) and "pyproject.toml:4:" in done.stderr, done.stderr


@pytest.mark.parametrize("header", ["[tool.newslint", "[tool.newslint }"])
def test_newslint_header_missing_its_bracket_is_refused(tmp_path, header):
    done = _run(tmp_path, header + '\nselect = ["dates"]\n')
    assert _refused(done), (done.returncode, done.stderr)


# --- table_marks (2120e0e5): a line inside a multi-line string is text -----------------

@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_config_error_placed_at_the_real_key_not_in_a_description(tmp_path, nl):
    text = nl.join(['[project]', 'description = """', '[tool.newslint]', 'select = 5', '"""',
                    '[tool.newslint]', 'select = 5', ''])
    done = _run(tmp_path, text)
    assert done.returncode == 2 and "pyproject.toml:7:1: select: must be a list of strings" in done.stderr, done.stderr


def test_config_error_after_literal_string_closed_by_five_quotes(tmp_path):
    text = "x = '''a\n[tool.newslint]\nselect = 1'''''\n[tool.newslint]\nselect = 5\n"
    done = _run(tmp_path, text)
    assert "pyproject.toml:5:1: select: must be a list of strings" in done.stderr, done.stderr


# --- 4b24d335: the exclude: line when nothing was linted --------------------------------

SKIPPED = ("newslint: skipped drafts/{} (matched by exclude: in .newslint.yaml; "
           "take it out of exclude: to lint it)")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STORY)
    (tmp_path / "drafts" / "b.md").write_text(STORY)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "data.json").write_text('{"a": 1}\n')
    return tmp_path


@pytest.mark.parametrize("args", [("-o", "out.txt"), ("--format", "json", "-o", "out.json"),
                                  ("--format", "sarif", "--fix"), ("--format", "github", "--statistics")])
def test_said_once_with_output_file_and_other_formats(desk, args):
    done = run_check(desk, *args, "photo.png", "drafts/a.txt")
    assert done.returncode == 0 and done.stderr.splitlines().count(SKIPPED.format("a.txt")) == 1, done.stderr
    if "sarif" in args:
        json.loads(done.stdout)


@pytest.mark.parametrize("fmt", ["json", "rdjson"])
def test_machine_stdout_valid_with_statistics(desk, fmt):
    done = run_check(desk, "--format", fmt, "--statistics", "data.json", "drafts/a.txt")
    json.loads(done.stdout)
    assert done.returncode == 0 and SKIPPED.format("a.txt") in done.stderr


def test_two_excluded_files_and_one_named_twice_each_said_once(desk):
    done = run_check(desk, "photo.png", "drafts/a.txt", "drafts/b.md", "drafts/a.txt")
    lines = done.stderr.splitlines()
    assert lines.count(SKIPPED.format("a.txt")) == 1 and lines.count(SKIPPED.format("b.md")) == 1, done.stderr
    assert done.returncode == 0 and "No files linted." in done.stdout


def test_excluded_folder_alone_says_why(desk):
    done = run_check(desk, "drafts")
    assert "no article files to lint here" in done.stderr and "exclude:" in done.stderr, done.stderr


def test_excluded_folder_beside_a_picture_says_why(desk):
    done = run_check(desk, "photo.png", "drafts")
    assert "drafts" in done.stderr and "exclude:" in done.stderr, done.stderr
