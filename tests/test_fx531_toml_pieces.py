"""fx531: the fixes to qa390's findings in `toml_pieces`, with the nearest
shapes that must not change. A header read by hand is `[tool]` only when `]`
follows `tool` (#1); a multi-line string never closed keeps its doubt when
tomllib stops inside it early (#2)."""
from __future__ import annotations

import pytest

from lint.config_find import _names_table
from lint.toml_pieces import names_table

ESCAPED = '[project]\ndescription = "Style checks \\u2014 for newsrooms"\n'
OTHERS = 'newslint = "lint.cli:main"\n'
BROKEN_OURS = 'newslint = { select = ["dates" }\n'


# ---- #1: `tool` then anything but `]` or a dotted key is no [tool] ----

@pytest.mark.parametrize("header", [
    "[tool:pytest]", "[tool poetry.scripts]", "[tool..black]", "[tool", "[tool # c",
    "[tool;x]", "[ tool .]", "[tool =]", "[\"tool\":x]", "[[tool]]", "[[tool]",
])
def test_a_broken_header_that_is_not_tool_opens_no_tool(header):
    text = header + "\n" + BROKEN_OURS
    assert not names_table(text)
    # the answer does not hang on an unrelated line that lets the quick check through
    assert not _names_table((ESCAPED + text).encode("utf-8"))
    assert not _names_table((text + "[tool]\n").encode("utf-8"))


@pytest.mark.parametrize("header", [
    "[tool]]", "[tool] junk", "[ tool ]", "[\ttool\t] # c", '["tool"]]', "['tool'] x",
])
def test_guard_a_broken_tool_header_still_opens_tool(header):
    assert names_table(header + "\n" + BROKEN_OURS)
    assert names_table(header + "\n" + OTHERS.replace('"lint', '["lint'))


@pytest.mark.parametrize("header", [
    "[tool.newslint:x]", "[tool.newslint", "[tool . newslint junk", "[[tool.newslint",
])
def test_guard_a_broken_newslint_header_still_names_the_table(header):
    assert names_table(header + "\nselect = 1\n")


# ---- #2: a multi-line string never closed, where tomllib stops early inside it ----

UNDER = "[tool]\n" + BROKEN_OURS
VALID_OURS = '[tool.newslint]\nselect = ["dates"]\n'


@pytest.mark.parametrize("opening", [
    'description = """A tool C:\\Users\n',          # the bad escape on the string's own line
    'description = """A tool\nC:\\Users\n',
    "description = '''A tool\npage\x0cbreak\n",     # a literal one, a control character
    'description = """A tool\nok\n\x00\n',
])
def test_a_string_never_closed_keeps_its_doubt(opening):
    text = "[project]\n" + opening
    assert not names_table(text + UNDER)
    assert names_table(text + VALID_OURS)
    assert names_table((text + VALID_OURS).replace("\n", "\r\n"))


@pytest.mark.parametrize("opening", [
    'description = """A tool\nC:\\Users\n"""\n',     # closed after the error: its lines are text
    "description = '''A tool\npage\x0cbreak\n'''\n",
])
def test_guard_a_string_closed_after_the_error_is_passed_over(opening):
    assert names_table("[project]\n" + opening + UNDER)
    assert names_table("[project]\n" + opening + VALID_OURS)


def test_guard_a_string_opened_after_the_error_casts_no_doubt():
    # the bad key comes first; the """ after it (never closed) is no string tomllib opened
    # the lines below are read as tomllib reads them: newslint's broken line counts
    assert names_table('[project]\nlong description = """x\n' + UNDER)
    assert names_table('[project]\nd = 1 """x\n' + UNDER)


# ---- #7: lines that cannot name the table are passed without a tomllib window each ----

INI = "[tool.flake8]\n" + "".join(f"ignore{i} = E203, W503\n" for i in range(300))


@pytest.mark.parametrize("ours, named", [
    ('[tool.newslint]\nselect = ["dates"]\n', True),
    ('[tool.newslint]\nselect = ["dates"\n', True),
    ("[tool]\n" + BROKEN_OURS, True),
    ('tool5 = = 1\n"tool" = 1\n[tool.newslint]\nselect = 1\n', True),     # a duplicate: broken, ours
    ("[tool.black]\n" + BROKEN_OURS, False),
    ('[tool]\nx = "newsl\\u0069nt" junk\n', False),
    ('[tool]\n"newsl\\u0069nt" = { x = [ }\n', True),
])
def test_many_broken_lines_then_the_table(ours, named):
    for text in (INI + ours, INI.replace("W503", 'W503 "x" # it\'s') + ours):
        assert names_table(text) is named
        assert names_table(text.replace("\n", "\r\n")) is named


def test_guard_a_plain_line_naming_tool_is_read_under_a_string_never_closed():
    # `tool = 1` then [tool.newslint] is broken (a duplicate): in doubt under the open string
    plain = "".join(f"k{i} = 1 2\n" for i in range(300))
    text = 'd = """x\\q\n' + plain + "tool = 1\n[tool.newslint]\nselect = 1\n"
    assert not names_table(text)
    assert names_table(text.replace("tool = 1\n", "tools = 1\n"))


def test_guard_nothing_named_after_the_last_mention():
    assert not names_table("[tool.newslint-x]\nx = [\n" + INI)
    assert names_table("[tool.newslint]\nx = [\n" + INI)


# ---- #3: a no-break space or a BOM opening newslint's line ----

@pytest.mark.parametrize("lead", ["\u00a0", "\ufeff", "\u3000 ", " \u00a0\t"])
def test_an_unseen_lead_before_newslints_line_is_read_past(lead):
    assert names_table("[tool.black]\nx = = 1\n" + lead + '[tool.newslint]\nselect = ["dates"]\n')
    assert names_table("[tool]\n" + lead + BROKEN_OURS)
    assert not names_table("[tool.black]\n" + lead + BROKEN_OURS)
    assert not names_table("[tool.black]\nx = = 1\n" + lead + '[tool.ruff]\nselect = ["dates"]\n')
