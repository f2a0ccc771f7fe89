"""fx554: a JSON Lines line that is no JSON is said by the file's line and
column however the file is cut (nu73 #3: an audit's slice said its own line
and char, so its row was not check's and changed with --partition-size)."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_slice

GOOD = json.dumps({"id": "1", "headline": "Council meets", "body": "The council met."})
BAD = '{"id": "3", "headline": broken'


def said(doc):
    return [n.message for n in doc.notices if n.rule == "file.jsonl"]


@pytest.mark.parametrize("bad", [BAD, '{"id": "3", "headline": "Caf\u00e9", "body": ]'])
def test_the_message_is_the_files_whatever_slice_holds_the_line(bad):
    lines = [GOOD, GOOD.replace('"1"', '"2"'), bad, GOOD.replace('"1"', '"4"')]
    whole = "\n".join(lines) + "\n"
    cut = whole.index(bad)
    column = bad.index("broken" if "broken" in bad else "]") + 1
    full = said(read_slice("w.jsonl", whole, "jsonl", ((0, 1),)))
    part = said(read_slice("w.jsonl", whole[cut:], "jsonl", ((0, 3),)))
    assert full == part == [f"line 3 is not a JSON object (Expecting value: line 3 column {column}); "
                            "skipped"]


def test_guard_a_line_that_is_json_but_no_object_is_said_as_before():
    doc = read_slice("w.jsonl", GOOD + "\n[1, 2]\n", "jsonl", ((0, 1),))
    assert said(doc) == ["line 2 is not a JSON object (it does not start with '{'); skipped"]
