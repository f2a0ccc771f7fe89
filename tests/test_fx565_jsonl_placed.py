"""fx565: a JSON Lines line that is JSON but no object of members says where
by the file's line and column, at the character at fault, as json's own
errors do (qa418 #7: 'extra data at column 11' was the space before the
data, with no line). Guards: a line that is no object at all says so with no
place; json's own errors keep theirs; the finding stays at the line's start."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_slice

GOOD = json.dumps({"id": "1", "headline": "Council meets", "body": "The council met."})


def _said(bad: str, newline: str = "\n"):
    doc = read_slice("w.jsonl", GOOD + newline + bad + newline, "jsonl", ((0, 1),))
    return [(n.message, n.offset) for n in doc.notices if n.rule == "file.jsonl"]


@pytest.mark.parametrize("bad, what, column", [
    ('{"a": "x"} trailing', "extra data", 12),
    ('{"a" "x"}', "':' was expected", 6),
    ('{"a": "x" "b": 1}', "',' or '}' was expected", 11),
    ('{1: 2}', "a key was expected", 2),
    ('\u00e9{"a": 1}'[1:] + '  \U0001F600', "extra data", 11),
])
def test_an_objects_fault_is_placed_at_it_by_the_files_line(bad, what, column):
    for newline in ("\n", "\r\n"):
        (said,) = _said(bad, newline)
        assert said == (f"line 2 is not a JSON object ({what}: line 2 column {column}); skipped",
                        len(GOOD) + len(newline))


def test_guard_a_line_that_is_no_object_says_so_unplaced():
    assert _said("[1, 2]") == [("line 2 is not a JSON object (it does not start with '{'); skipped",
                                len(GOOD) + 1)]


def test_guard_jsons_own_error_keeps_its_place():
    (said,) = _said('{"a": broken}')
    assert said[0] == "line 2 is not a JSON object (Expecting value: line 2 column 7); skipped"
