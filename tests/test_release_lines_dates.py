"""A press release's release or embargo line gives the publication date when
nothing better does, and an embargo line under the hed is a field; a
`Posted by ... on <date>` line is the byline and a `published` field
(readers/_release_lines.py). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Harbor board raises ferry fares"
LEDE = "PORTLAND, Maine — The harbor board voted 5-2 on Tuesday to raise fares, chair Ruth Alvarez said.\n"


def _read(src: str):
    return read_bytes("release.txt", src.encode())


@pytest.mark.parametrize("line, source", [
    ("FOR RELEASE: April 14, 2026", "the release line"),
    ("EMBARGOED UNTIL 6 a.m. ET, April 14, 2026", "the embargo line"),
    ("Not for publication before 14 April 2026", "the embargo line"),
])
def test_a_release_line_over_the_hed_gives_the_publication_date(line, source):
    src = f"{line}\n\n{HED}\n\n{LEDE}"
    doc = _read(src)
    assert (doc.published, doc.published_from) == (dt.date(2026, 4, 14), source)
    assert doc.published_part.text == line and doc.published_part.source_offset(0) == 0
    assert [p.text for p in doc.parts_of(("field",))] == [line]


def test_an_embargo_line_under_the_hed_is_a_field_not_the_first_paragraph():
    line = "EMBARGOED UNTIL 12:01 a.m. ET, April 14, 2026"
    src = f"{HED}\n\n{line}\n\n{LEDE}"
    doc = _read(src)
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("release", line, src.index(line))
    assert line not in [p.text for p in doc.parts_of(("paragraph",))]
    assert (doc.published, doc.published_from) == (dt.date(2026, 4, 14), "the embargo line")
    # the story's first paragraph is still the one under the dateline
    assert doc.parts_of(("paragraph",))[0].text == LEDE.strip()


def test_a_better_date_wins_over_the_release_line():
    src = f"FOR RELEASE: April 14, 2026\n\n{HED}\nApril 10, 2026\n\n{LEDE}"
    doc = _read(src)
    assert (doc.published, doc.published_from) == (dt.date(2026, 4, 10), "date line")


def test_a_release_line_with_no_year_gives_no_date():
    doc = _read(f"FOR RELEASE: Tuesday, April 14\n\n{HED}\n\n{LEDE}")
    assert doc.published is None and len(doc.parts_of(("field",))) == 1


def test_an_implausible_release_date_is_refused_with_a_notice():
    line = "EMBARGOED UNTIL 6 a.m. ET, April 14, 2999"
    src = f"{HED}\n\n{line}\n\n{LEDE}"
    doc = _read(src)
    assert doc.published is None
    [notice] = [n for n in doc.notices if n.rule == "file.implausible-date"]
    assert notice.offset == src.index("April 14, 2999") and "the embargo line" in notice.message
    assert [d.rule for d in lint_text(src, "release.txt")] == ["file.implausible-date"]


def test_an_embargo_next_week_is_the_planned_run_and_the_date_checks_use_it():
    """A release is linted before its embargo lifts: that date is its
    publication date, so an event told as past after it is still caught."""
    soon = dt.date.today() + dt.timedelta(days=7)
    later = soon + dt.timedelta(days=4)
    line = f"EMBARGOED UNTIL 12:01 a.m. ET, {soon:%B} {soon.day}, {soon.year}"
    body = f"SALEM, Ore. -- The board reviewed the plan on {later:%B} {later.day}, {later.year}."
    src = f"{HED}\n\n{line}\n\n{body}\n"
    assert _read(src).published == soon
    found = [d.rule for d in lint_text(src, "release.txt") if d.rule.startswith(("dates.", "file."))]
    assert found == ["dates.after-publication"]


@pytest.mark.parametrize("stamp, date_text, when", [
    ("Posted by Jane Doe on March 3, 2026", "March 3, 2026", dt.date(2026, 3, 3)),
    ("Posted by Jane Doe on 3 March 2026 at 9:15 a.m.", "3 March 2026", dt.date(2026, 3, 3)),
    ("Written by Marie Dupont | March 3, 2026", "March 3, 2026", dt.date(2026, 3, 3)),
    ("Posted by Jane Doe on March 3", "March 3", None),
])
def test_a_posted_by_line_with_its_date_is_the_byline_and_the_date_stamp(stamp, date_text, when):
    src = f"Council approves budget\n\n{stamp}\n\nThe council voted on Monday to approve the budget.\n"
    doc = _read(src)
    [byline] = doc.parts_of(("byline",))
    assert byline.text == stamp[:stamp.index(date_text)].rstrip(" |on") and byline.source_offset(0) == src.index(stamp)
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("published", date_text, src.index(date_text))
    assert (doc.published, doc.published_from) == (when, "the byline's date" if when else "")
    assert not doc.parts_of(("dateline",))
    assert stamp not in [p.text for p in doc.parts_of(("paragraph",))]


def test_a_sentence_that_mentions_a_posting_stays_prose():
    line = "The notice was posted by the clerk on March 3, 2026, a week before the vote."
    doc = _read(f"Council approves budget\n\n{line}\n")
    assert line in [p.text for p in doc.parts_of(("paragraph",))] and not doc.parts_of(("byline",))


def test_the_stamp_s_date_is_the_template_s_so_no_date_style_finding():
    # a template's `Sept 3rd` is not the writer's spelling: no date-form finding on it
    src = "Council approves budget\n\nPosted by Jane Doe on Sept 3rd, 2025\n\nThe council voted on Monday.\n"
    assert [d.rule for d in lint_text(src, "post.txt") if d.rule.startswith("style.")] == []
