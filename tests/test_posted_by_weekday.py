"""The weekday in front of a `Posted by NAME on DATE` line's date is the
date's, in its `published` field, so the weekday check still compares the
two (readers/_release_lines.py). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "The council voted on Monday to approve the budget.\n"


@pytest.mark.parametrize("weekday", ["Monday", "Mon."])
def test_a_wrong_weekday_before_the_stamp_s_date_is_reported(weekday):
    date = f"{weekday}, March 3, 2026"            # March 3, 2026 is a Tuesday
    src = f"Council approves budget\n\nPosted by Jane Doe on {date}\n\n{BODY}"
    doc = read_bytes("post.txt", src.encode())
    assert [p.text for p in doc.parts_of(("byline",))] == ["Posted by Jane Doe"]
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("published", date, src.index(date))
    assert doc.published == dt.date(2026, 3, 3)
    found = [(d.rule, d.offset) for d in lint_text(src, "post.txt") if d.rule == "dates.weekday-mismatch"]
    assert found == [("dates.weekday-mismatch", src.index(date))]


def test_the_right_weekday_before_the_stamp_s_date_is_no_finding():
    src = f"Council approves budget\n\nPosted by Jane Doe on Tuesday, March 3, 2026\n\n{BODY}"
    assert [d.rule for d in lint_text(src, "post.txt") if d.rule.startswith("dates.")] == []
