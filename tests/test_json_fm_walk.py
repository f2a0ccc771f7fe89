"""JSON front matter's walk (fx146 #6): a name an object gives twice is
read from its last value only, as `json` keeps it, and said at the repeat;
the walk over the earlier value no longer reads it against the last one's
shape (a headline key given an object, then a number, raised a traceback or
read "{" as the headline)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "The council voted on Tuesday to approve the budget for next year.\n"


@pytest.mark.parametrize("front, text, at", [
    ('{"Title": {"a": "x"},\n "Title": 1984, "tags": ["b"]}', "1984", (2, 11)),
    ('{"headline": {},\n "headline": true, "dek": "D"}', "true", (2, 14)),
    ('{"title": ["a", "b"],\n "title": "Council votes", "dek": "D"}', "Council votes", (2, 12)),
])
def test_a_repeated_headline_reads_its_last_value_and_says_the_repeat(front, text, at):
    doc = read_bytes("story.md", f"{front}\n{STORY}".encode())
    head = doc.first("headline")
    assert head.text == text and doc.lines.position(head.source_offset(0)) == at
    assert [p.text for p in doc.parts if p.kind in ("dek", "field")][-1:] in (["D"], ["b"])
    notes = [(n.level, doc.lines.position(n.offset)) for n in doc.notices]
    assert notes == [("error", (2, 2))]
    assert "given twice (first on line 1)" in doc.notices[0].message
