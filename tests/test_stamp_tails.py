"""What may follow a writer's dated stamp on its line after a bar: an
update stamp (`| Updated Monday, March 4, 2026`), which is a field of its
own (`updated`), read by the date checks and never the publication date,
and a clock time (`| 4:15 pm`), the template's, in no part. Every story
here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

UPDATE = "Updated Monday, March 4, 2026"


def _story(name: str, stamp: str) -> str:
    hed = "# Parks closed" if name.endswith(".md") else "Parks closed"
    return f"{hed}\n\n{stamp}\n\nThe park was closed.\n"


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("stamp, byline", [
    (f"Posted on March 3, 2026 by Jane Doe | {UPDATE}", "by Jane Doe"),
    (f"Posted by Jane Doe | March 3, 2026 | {UPDATE}", "Posted by Jane Doe"),
])
def test_an_update_after_the_stamp_is_its_own_field(name, stamp, byline):
    src = _story(name, stamp)
    doc = read_bytes(name, src.encode())
    assert [p.text for p in doc.parts_of(("byline",))] == [byline]
    fields = {p.name: (p.text, p.source_offset(0)) for p in doc.parts_of(("field",))}
    assert fields["updated"] == (UPDATE, src.index(UPDATE))
    assert fields["published"] == ("March 3, 2026", src.index("March 3, 2026"))
    assert doc.published == dt.date(2026, 3, 3)
    found = [(d.rule, d.offset) for d in lint_text(src, name) if d.rule == "dates.weekday-mismatch"]
    assert found == [("dates.weekday-mismatch", src.index("Monday, March 4, 2026"))]


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_a_clock_time_after_a_date_first_stamp_is_the_templates(name):
    src = _story(name, "Posted on March 3, 2026 by Jane Doe | 4:15 pm")
    doc = read_bytes(name, src.encode())
    assert [p.text for p in doc.parts_of(("byline",))] == ["by Jane Doe"]
    assert doc.published == dt.date(2026, 3, 3)
    assert "4:15" not in " ".join(p.text for p in doc.parts)
    assert [d.rule for d in lint_text(src, name) if d.rule.startswith("style.")] == []
