"""fx544 (qa400 #4): after an error, a line whose key cannot name a table gets
no tomllib window of its own, whatever its value holds (a Windows path, the
word tool); a key naming `tool` is still read. Entries counted, no times."""
from __future__ import annotations

import pytest

from lint.toml_pieces import names_table
from pyproject_helpers import tomllib_entries

BROKEN_OURS = 'newslint = { select = ["dates" }\n'


# ---- qa400 #4: a window per broken line only where its key could name a table ----

@pytest.mark.parametrize("line", ['p = C:\\x\\tool\n', "x = a tool, b = c\n", 'name = "a \\" tool" bad\n'])
def test_values_with_a_path_or_the_word_tool_then_the_table(monkeypatch, line):
    lines = "[tool.black]\n" + line * 1500
    named, entries = tomllib_entries(monkeypatch, lines + "[tool]\n" + BROKEN_OURS)
    assert named and entries < 100, entries
    named, entries = tomllib_entries(monkeypatch, lines + "[tool.ruff]\n" + BROKEN_OURS)
    assert not named and entries < 100, entries


@pytest.mark.parametrize("key", ["tool", '"t\\u006fol"', "tool.x"])
def test_guard_a_key_naming_tool_is_still_read_under_a_string_never_closed(key):
    # `tool = 1` (or spelled in escapes) makes [tool.newslint] below broken: in doubt there
    plain = "".join(f"k{i} = 1 2\n" for i in range(300))
    text = 'd = """x\\q\n' + plain + f"{key} = 1\n[tool.newslint]\nselect = 1\n"
    assert names_table(text) is (key == "tool.x")
