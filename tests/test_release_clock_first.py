"""A release line may name its clock time and zone before the date (`For
release at 6 a.m. ET June 3, 2026`, `FOR RELEASE 6 A.M. EDT, JUNE 3,
2026`): a `release` field over or under the hed, in plain text and in
Markdown, whose date is the publication date (readers/_text_fields.py,
_release_lines.py). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Council approves budget"
BODY = "The council voted on Tuesday to approve the budget."
LINES = ["For release at 6 a.m. ET June 3, 2026", "FOR RELEASE 6 A.M. EDT, JUNE 3, 2026",
         "FOR RELEASE AT 6 A.M. EDT, JUNE 3, 2026"]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("path, layout", [
    ("r.txt", "{hed}\n\n{line}\n\n{body}\n"),
    ("r.txt", "{line}\n\n{hed}\n\n{body}\n"),
    ("r.md", "# {hed}\n\n{line}\n\n{body}\n"),
])
def test_a_release_line_with_the_time_first_is_a_field_and_gives_the_date(line, path, layout):
    src = layout.format(hed=HED, line=line, body=BODY)
    doc = read_bytes(path, src.encode())
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("release", line, src.index(line))
    assert doc.first("headline").text == HED
    assert (doc.published, doc.published_from) == (dt.date(2026, 6, 3), "the release line")
    assert [d.rule for d in lint_text(src, path) if d.offset in range(src.index(line), src.index(line) + len(line))] \
        == []


def test_a_lede_that_runs_on_after_the_time_and_date_stays_prose():
    lede = "For release at 6 a.m. ET June 3, 2026, the band recorded twelve songs."
    doc = read_bytes("r.txt", f"{HED}\n\n{lede}\n".encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == [lede] and doc.published is None
