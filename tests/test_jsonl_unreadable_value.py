"""A JSON Lines line that Python's `json` cannot read for a reason it gives
no place for (a whole number over Python's 4,300 digits, nesting too deep
for its stack) is said in plain words at the value, as JSON front matter
says it (`_json_fm.unreadable`), and only that line is skipped."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

OK = '{"id": %d, "headline": "Council votes", "body": "The council voted."}'


@pytest.mark.parametrize("value, said", [
    ("9" * 5000, "a whole number of 5,000 digits, too long to read; quote it if it is text, or write it shorter"),
    ("-" + "1" * 4400, "a whole number of 4,400 digits, too long to read; quote it if it is text, or write it shorter"),
    ("[" * 5000 + "]" * 5000, "values nested too deeply (5,000 levels in one value)"),
])
def test_a_value_python_cannot_read_is_said_at_the_value(value, said):
    bad = '{"id": 2, "headline": "B", "views": ' + value + ', "body": "Text."}'
    doc = read_bytes("dump.jsonl", "\n".join([OK % 1, bad, OK % 3]).encode())
    assert [a.article for a in doc.articles] == ["1", "3"]
    assert [(n.rule, n.message, doc.lines.position(n.offset)) for n in doc.notices] == [
        ("file.jsonl", f"line 2 cannot be read: {said}; skipped", (2, bad.index(value) + 1))]

