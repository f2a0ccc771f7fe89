"""qa412: review of fx544's pyproject.toml round (b38c6682..3249a873): a 'literal'
left open placed at its quote, unseen spaces read as spaces, keys reading
`tool.newslint` broken before their `=`, a stray triple quote after the error,
CR-only files. Strict xfails are faults found (the wanted behaviour); the plain
tests guard the nearest shapes that work now. Synthetic input only (pyprojects
written after black's, ruff's, poetry's and hatch's)."""
from __future__ import annotations

import pytest

from lint.config_find import find_config_file, passed_over
from lint.safeload import LoadError
from lint.site_config import config_data
from lint.toml_load import load_toml
from lint.toml_pieces import names_table
from pyproject_helpers import ran, refused_at, run_with_pyproject as run

# A real project's pyproject (black's shape, with ruff, poetry, hatch and pytest
# tables), naming newslint as a dependency, a script and in strings, never as a key.
PROJECT = '''[build-system]
requires = ["hatchling>=1.8.0", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "desk-tools"
description = "Newsroom checks."
license = { text = "MIT" }
authors = [
  { name = "\u0141ukasz Langa", email = "lukasz@example.org" },
]
dependencies = [
  "click>=8.0.0",
  "newslint>=1.0",
  "tomli>=1.1.0; python_version < '3.11'",
]

[project.scripts]
newslint = "lint.cli:main"

[tool.hatch.metadata.hooks.fancy-pypi-readme]
fragments = [
  { text = """\\n## Config\\n[tool.newslint]\\nselect = 1\\n""" },
]

[tool.black]
line-length = 88
target-version = ['py37', 'py38']
include = '\\.pyi?$'
extend-exclude = \'\'\'
/(
  # tool.newslint = not here
  | profiling
)/
\'\'\'

[tool.ruff]
line-length = 140
[tool.ruff.per-file-ignores]
"tests/*" = ["E501"]

[tool.poetry]
name = "x"
description = """Check news.
[tool.newslint]
select = ['hygiene']
"""

[tool.pytest.ini_options]
addopts = "-ra"
'''
OURS = '[tool.newslint]\nselect = ["dates"]\n[tool.newslint.levels]\n"dates.weekday-mismatch" = "warning"\n'


def with_ours(ours: str = OURS) -> str:
    """PROJECT with newslint's table (`ours`) before pytest's."""
    return PROJECT.replace("[tool.pytest.ini_options]", ours + "\n[tool.pytest.ini_options]")


WITH_OURS = with_ours()
OURS_LINE = WITH_OURS[:WITH_OURS.index(OURS)].count("\n") + 1      # its header's line


def _used(done) -> bool:
    """The run read newslint's table (select = ["dates"]: the TK is no finding) and said nothing of it."""
    return done.returncode == 0 and "hygiene.placeholder" not in done.stdout and "pyproject" not in done.stderr


# ---- #1: a key reading tool.newslint broken right after the name is refused by
# names_table, but config_find's quick check never lets it get there ----

BROKEN_AFTER_THE_NAME = [
    ('[tool]\nnewslint: { select = ["dates"] }\n', "pyproject.toml:2:9:"),      # YAML habit, README's shape
    ('tool.newslint: { select = ["dates"] }\n', "pyproject.toml:1:14:"),
    ('[tool]\nnewslint select = ["dates"]\n', "pyproject.toml:2:10:"),          # a space in the key
]


@pytest.mark.parametrize("text, where", BROKEN_AFTER_THE_NAME)
def test_guard_names_table_reads_these_as_newslints(text, where):
    assert names_table(text)


@pytest.mark.parametrize("text, where", BROKEN_AFTER_THE_NAME)
def test_run_refuses_newslints_key_broken_right_after_its_name(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_real_project_with_newslint_colon_under_tool_is_its_config(tmp_path):
    text = PROJECT.replace('[tool.poetry]\nname = "x"\ndescription = """Check news.\n[tool.newslint]\nselect = '
                           "['hygiene']\n\"\"\"\n", "").replace("[tool.newslint]\\n", "") \
        .replace("  # tool.newslint = not here\n", "").replace('[project.scripts]\nnewslint = "lint.cli:main"\n', "")
    assert "newslint" not in text.replace('"newslint>=1.0"', "")
    text = text.replace("[tool.pytest.ini_options]", '[tool]\nnewslint: { select = ["dates"] }\n\n'
                        "[tool.pytest.ini_options]")
    (tmp_path / "pyproject.toml").write_text(text)
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")


def test_yaml_beside_newslint_colon_pyproject_says_it_is_not_read(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n")
    (tmp_path / "pyproject.toml").write_text('[tool]\nnewslint: { select = ["dates"] }\n')
    assert passed_over(str(tmp_path / ".newslint.yaml")) == [str(tmp_path / "pyproject.toml")]


@pytest.mark.parametrize("text, where", [
    ('[tool.black]\nx = 1\n[tool]\nnewslint..select = ["dates"]\n', "pyproject.toml:4:10:"),
    ('tool.newslint.select: ["dates"]\n', "pyproject.toml:1:21:"),
    ('[project]\ntool.newslint..select = ["dates"]\n', "pyproject.toml:2:15:"),
])
def test_guard_keys_broken_after_a_dot_are_refused_at_tomllibs_place(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_yaml_beside_a_pyproject_with_a_nbsp_header_says_it_is_not_read(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n")
    (tmp_path / "pyproject.toml").write_text('[tool.black]\nx = 1 2\n[tool.\u00a0newslint]\nselect = ["dates"]\n')
    assert passed_over(str(tmp_path / ".newslint.yaml")) == [str(tmp_path / "pyproject.toml")]


# ---- #2: the same break inside the inline table `tool = { ... }` ----

@pytest.mark.parametrize("text, where", [
    ('tool = { newslint: { select = ["dates"] } }\n', "pyproject.toml:1:18:"),
    ('tool = { newslint.select: ["dates"] }\n', "pyproject.toml:1:25:"),
])
def test_run_refuses_inline_newslint_key_broken_before_its_equals(tmp_path, text, where):
    assert names_table(text)
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_inline_newslint_table_broken_after_its_equals_is_refused(tmp_path):
    done = run(tmp_path, 'tool = { newslint = { select: ["dates"] } }\n')
    assert refused_at(done, "pyproject.toml:1:29:"), (done.returncode, done.stderr)


def test_guard_inline_tool_table_broken_in_another_tools_key_names_nothing():
    assert not names_table('tool = { black: 1 }\n[tool.ruff]\nnewslint = 1\n')


# ---- #3: invisible characters outside the unseen set (word joiner, ZWJ) ----

@pytest.mark.parametrize("text, where", [
    ('[tool.\u2060newslint]\nselect = ["dates"]\n', "pyproject.toml:1:7:"),
    ('[tool.\u200dnewslint]\nselect = ["dates"]\n', "pyproject.toml:1:7:"),
    ('[tool]\n\u2060newslint = { select = ["dates"] }\n', "pyproject.toml:2:1:"),
])
def test_run_refuses_newslints_table_behind_a_joiner(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


@pytest.mark.parametrize("text, where", [
    ('[tool.\u200bnewslint]\nselect = ["dates"]\n', "pyproject.toml:1:7:"),
    ('[tool.newslint\u200c]\nselect = ["dates"]\n', "pyproject.toml:1:15:"),
    ('[\u00a0tool.newslint]\nselect = ["dates"]\n', "pyproject.toml:1:2:"),
])
def test_guard_newslints_header_behind_an_unseen_space_is_refused(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_another_tools_header_behind_a_joiner_runs(tmp_path):
    done = run(tmp_path, '[tool.\u2060black]\nline-length = 88\n[project.scripts]\nnewslint = "lint.cli:main"\n')
    assert ran(done), (done.returncode, done.stderr)


# ---- #4: `[tool]` and newslint's key on one line ----

@pytest.mark.parametrize("text, where", [
    ('[tool]newslint = { select = ["dates"] }\n', "pyproject.toml:1:7:"),
    ('[tool] newslint.select = ["dates"]\n', "pyproject.toml:1:8:"),
])
def test_run_refuses_tool_header_with_newslints_key_on_its_line(tmp_path, text, where):
    done = run(tmp_path, text)
    assert refused_at(done, where), (done.returncode, done.stderr)


def test_guard_newslints_header_with_a_key_on_its_line_is_refused(tmp_path):
    done = run(tmp_path, '[tool.newslint]select = ["dates"]\n')
    assert refused_at(done, "pyproject.toml:1:16:"), (done.returncode, done.stderr)


def test_guard_another_tools_header_with_a_key_on_its_line_runs(tmp_path):
    done = run(tmp_path, '[tool.black]line-length = 140\n[project.scripts]\nnewslint = "x"\n[tool]\n')
    assert ran(done), (done.returncode, done.stderr)


# ---- #5: a CR-only file is refused with words that never name its line ends ----

def test_cr_only_refusal_names_the_line_ends(tmp_path):
    done = run(tmp_path, 'name = "x"\r[tool.newslint]\rselect = ["dates"]\r')
    assert refused_at(done, "pyproject.toml:1:11:"), (done.returncode, done.stderr)
    assert "carriage return" in done.stderr.lower() or "CR" in done.stderr, done.stderr


def test_guard_cr_only_refusal_is_placed_at_the_first_cr(tmp_path):
    done = run(tmp_path, 'name = "x"\r[tool.newslint]\rselect = ["dates"]\r')
    assert refused_at(done, "pyproject.toml:1:11:"), (done.returncode, done.stderr)


def test_guard_doubled_cr_line_ends_of_another_tool_run(tmp_path):
    done = run(tmp_path, PROJECT.replace("\n", "\r\r\n"))
    assert ran(done), (done.returncode, done.stderr)


# ---- #6: a multi-line string opened after the error where the value opens, but not
# after `=`, `[` or `,`, is now read as a stray triple quote: its lines become TOML ----

EXAMPLE = '\nConfigure it so:\n\n[tool.newslint]\nselect = ["dates"]\n"""\n[tool.black]\nline-length = 88\n'


@pytest.mark.parametrize("opening", ['description: """', 'description =\u00a0"""', 'description """',
                                     'readme = { text: """'])
def test_another_tools_description_with_an_example_runs(tmp_path, opening):
    text = '[tool.poetry]\nname = "x"\n' + opening + EXAMPLE
    assert not names_table(text)
    done = run(tmp_path, text)
    assert ran(done), (done.returncode, done.stderr)


def test_yaml_beside_another_tools_description_with_an_example_says_nothing(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n")
    (tmp_path / "pyproject.toml").write_text('[tool.poetry]\nname = "x"\ndescription: """' + EXAMPLE)
    assert passed_over(str(tmp_path / ".newslint.yaml")) == []


@pytest.mark.parametrize("opening", ['long description = """', 'description = [1 2, """', 'description = \t"""'])
def test_guard_another_tools_description_opened_after_an_equals_runs(tmp_path, opening):
    done = run(tmp_path, '[tool.poetry]\nname = "x"\n' + opening + EXAMPLE)
    assert ran(done), (done.returncode, done.stderr)


def test_guard_cr_only_description_with_an_example_runs(tmp_path):
    done = run(tmp_path, ('[tool.poetry]\nname = "x"\ndescription = """' + EXAMPLE).replace("\n", "\r"))
    assert ran(done), (done.returncode, done.stderr)


# ---- #7: `[tool` left open, newslint's key under it ----

def test_run_refuses_newslints_key_under_tool_header_left_open(tmp_path):
    done = run(tmp_path, '[tool\nnewslint = { select = ["dates"] }\n')
    assert refused_at(done, "pyproject.toml:1:6:"), (done.returncode, done.stderr)


def test_guard_newslints_header_left_open_is_refused(tmp_path):
    done = run(tmp_path, '[tool.newslint\nselect = ["dates"]\n')
    assert refused_at(done, "pyproject.toml:1:15:"), (done.returncode, done.stderr)


# ---- guards: a real project's pyproject ----

@pytest.mark.parametrize("variant", ["lf", "crlf", "bom"])
def test_guard_real_project_with_newslints_table_loads_exactly(tmp_path, variant):
    text = {"lf": WITH_OURS, "crlf": WITH_OURS.replace("\n", "\r\n"), "bom": "\ufeff" + WITH_OURS}[variant]
    done = run(tmp_path, text)
    assert _used(done), (done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize("old, new", [
    ("[tool.black]\nline-length = 88", "[tool.black]line-length = 88"),
    ("line-length = 140", "line-length: 140"),
    ("include = '\\.pyi?$'", "include = '\\.pyi?$"),                    # a literal left open, black's
    ('name = "x"\ndescription', 'name = "x" """\ndescription'),            # a stray triple quote, poetry's
    ('[tool.ruff.per-file-ignores]', '[tool.ruff.per-file-ignores'),
    ('"tests/*" = ["E501"]', '"tests/*": ["E501"]'),
    ('description = """Check news.', 'description = """Check news. \\d'),
    ("[tool.ruff]\n", "[tool.ruff]\n\u00a0line-length: 1\n"),
    ('addopts = "-ra"', 'addopts = "-ra'),
])
def test_guard_real_project_broken_in_another_tools_table_runs(tmp_path, old, new):
    assert old in PROJECT
    done = run(tmp_path, PROJECT.replace(old, new))
    assert ran(done), (done.returncode, done.stderr)


@pytest.mark.parametrize("old, new, line, column", [
    ('select = ["dates"]\n', 'select = ["dates"\n', 2, 1),          # unclosed: at the next line
    ('select = ["dates"]\n', 'select: ["dates"]\n', 1, 7),
    ('select = ["dates"]\n', "select = ['dates]\n", 1, 11),           # 'literal' left open: its quote
    ('select = ["dates"]\n', 'select = ["dates"] """\n', 1, 20),       # a stray triple quote
    ('[tool.newslint]\n', '[tool.newslint\n', 0, 15),
    ('[tool.newslint]\n', '[tool.\u00a0newslint]\n', 0, 7),
])
def test_guard_real_project_with_newslints_table_broken_is_refused_there(tmp_path, old, new, line, column):
    text = with_ours(OURS.replace(old, new, 1))
    done = run(tmp_path, text)
    assert refused_at(done, f"pyproject.toml:{OURS_LINE + line}:{column}:"), (done.returncode, done.stderr)


# ---- #8: a quoted value left open with a quote of its kind later in the file ----

@pytest.mark.parametrize("value, later", [("['dates]", "target-version = ['py37']"),
                                          ('["dates]', 'exclude = ["build"]')])
def test_quoted_value_left_open_with_a_later_quote_is_placed_at_its_quote(tmp_path, value, later):
    done = run(tmp_path, f"[tool.newslint]\nselect = {value}\n[tool.black]\n{later}\n")
    assert refused_at(done, "pyproject.toml:2:11:"), (done.returncode, done.stderr)
    assert "never closed" in done.stderr, done.stderr


def test_guard_front_matter_value_left_open_with_a_later_quote_is_placed_at_its_quote(tmp_path):
    from conftest import run_check

    (tmp_path / "d.md").write_text("+++\ntitle = 'Council votes\ntags = ['a']\n+++\n\nOfficials said it TK.\n")
    done = run_check(tmp_path, "d.md")
    assert "d.md:2:9: error [file.front-matter] invalid TOML front matter: the quoted value that opens here is " \
           "never closed" in done.stdout, done.stdout


# ---- guards: the 'literal' left open, elsewhere ----

def test_guard_literal_left_open_in_another_tools_table_of_a_valid_file_is_placed_at_its_quote():
    text = WITH_OURS.replace("target-version = ['py37', 'py38']\ninclude = '\\.pyi?$'\n", "") \
        .replace("\'\'\'", '"""').replace("select = ['hygiene']", "") + "x = 'abc\n"
    with pytest.raises(LoadError) as caught:
        load_toml(text)
    assert (caught.value.line, caught.value.column) == (len(text.splitlines()), 5), caught.value


def test_guard_hugo_config_with_a_literal_left_open_is_no_config(tmp_path):
    (tmp_path / "hugo.toml").write_text("baseURL = 'https://example.org/\ncontentDir = 'posts'\ntitle = 'Desk\n")
    assert config_data(str(tmp_path / "hugo.toml")) is None


def test_guard_toml_front_matter_literal_left_open_is_placed_at_its_quote(tmp_path):
    from conftest import run_check

    (tmp_path / "a.md").write_text("+++\r\ntitle = 'Council votes\r\ndate = 2026-01-02\r\n+++\r\n\r\n"
                                   "Officials said it TK.\r\n")
    done = run_check(tmp_path, "a.md")
    assert "a.md:2:9: error [file.front-matter]" in done.stdout, done.stdout
