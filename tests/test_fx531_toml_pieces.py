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
