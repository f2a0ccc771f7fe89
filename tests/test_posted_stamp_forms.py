"""`Posted` stamps as CMS templates write them besides `Posted by NAME on
DATE`: the date first (`Posted on March 3, 2026 by Jane Doe`) or bars
between name, date and time (`Posted by Jane Doe | March 3, 2026 | 4:15
pm`), under the hed or under a dek; each is a byline and a `published`
field, never a paragraph or the headline (readers/_release_lines.py
`stamp_pieces`). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Council approves budget"
DEK = "Spending rises for the third year in a row as the city grows"
BODY = "The council voted on Tuesday to approve the budget."


def _read(src: str):
    return read_bytes("post.txt", src.encode())


@pytest.mark.parametrize("stamp, byline, date_text", [
    ("Posted on March 3, 2026 by Jane Doe", "by Jane Doe", "March 3, 2026"),
    ("Posted on March 3, 2026 at 9:15 a.m. by Jane Doe", "by Jane Doe", "March 3, 2026"),
    ("Posted by Jane Doe | March 3, 2026 | 4:15 pm", "Posted by Jane Doe", "March 3, 2026"),
])
@pytest.mark.parametrize("over", [f"{HED}\n\n", f"{HED}\n{DEK}\n\n", ""])
def test_a_posted_stamp_is_the_byline_and_the_date_field(stamp, byline, date_text, over):
    src = f"{over}{stamp}\n\n{BODY}\n"
    doc = _read(src)
    [b] = doc.parts_of(("byline",))
    assert (b.text, b.source_offset(0)) == (byline, src.index(byline))
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("published", date_text, src.index(date_text))
    assert (doc.published, doc.published_from) == (dt.date(2026, 3, 3), "the byline's date")
    assert stamp not in [p.text for p in doc.parts_of(("paragraph", "headline"))]
    # the template's clock time is in no part: no style finding on it
    assert [d.rule for d in lint_text(src, "post.txt") if d.rule.startswith("style.")] == []


@pytest.mark.parametrize("stamp", ["Posted on Monday, March 3, 2026 by Jane Doe",
                                   "Posted by Jane Doe | Monday, March 3, 2026 | 4:15 pm"])
def test_a_wrong_weekday_in_the_stamp_is_still_caught(stamp):
    src = f"{HED}\n\n{stamp}\n\n{BODY}\n"
    date = "Monday, March 3, 2026"
    found = [(d.rule, d.offset) for d in lint_text(src, "post.txt") if d.rule == "dates.weekday-mismatch"]
    assert found == [("dates.weekday-mismatch", src.index(date))]


@pytest.mark.parametrize("line", [
    "Posted on the door was a notice from Jane Doe",
    "Posted on March 3, 2026 by Jane Doe, the notice named the new members",
    "Posted on March 3, 2026 by the council",
])
def test_prose_that_opens_like_a_stamp_stays_prose(line):
    doc = _read(f"{HED}\n\n{line}\n\n{BODY}\n")
    # prose: under the hed, a line with no sentence close reads as the dek (tests/test_text_dek.py)
    assert line in [p.text for p in doc.parts_of(("paragraph", "dek"))]
    assert not doc.parts_of(("byline", "field")) and doc.published is None


@pytest.mark.parametrize("other, when, source", [
    ("March 1, 2026", dt.date(2026, 3, 1), "date line"),
    ("WASHINGTON, March 1, 2026 (AP) — The council met.", dt.date(2026, 3, 1), "wire dateline"),
])
def test_a_date_line_or_wire_dateline_beats_the_stamp(other, when, source):
    doc = _read(f"{HED}\n\nPosted on March 3, 2026 by Jane Doe\n\n{other}\n\n{BODY}\n")
    assert (doc.published, doc.published_from) == (when, source)
