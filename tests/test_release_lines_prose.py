"""A lede that opens with a release or embargo phrase stays the lede: under
the hed a release line is a field only as a block of its own that ends with
its date, and no line gives a publication date from a sentence that runs on
past it (readers/_release_lines.py). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Audit leaks early"


def _read(src: str):
    return read_bytes("story.txt", src.encode())


@pytest.mark.parametrize("opening", [
    "Embargoed until March 3, 2026, the city audit was given to the the",
    "Not for publication until Thursday, the city audit was given to the the",
])
def test_a_two_line_lede_opening_with_an_embargo_phrase_stays_one_paragraph(opening):
    lede = f"{opening}\nreporters on Monday by an aide.\n"
    src = f"{HED}\n\n{lede}"
    doc = _read(src)
    assert not doc.parts_of(("field",)) and doc.published is None
    assert [p.text for p in doc.parts_of(("paragraph",))] == [lede.strip()]
    [doubled] = [d for d in lint_text(src, "story.txt") if d.rule == "hygiene.doubled-word"]
    assert (doubled.offset, doubled.end_offset) == (src.index("the the"), src.index("the the") + len("the the"))


@pytest.mark.parametrize("lede", [
    "Embargoed until June 2026, the report says the city lost $2 million.",
    "For release June 5, 2026, the band recorded twelve songs in Memphis.",
])
def test_a_one_line_lede_under_the_hed_is_no_release_field_and_gives_no_date(lede):
    doc = _read(f"{HED}\n\n{lede}\n")
    assert not doc.parts_of(("field",)) and doc.published is None
    assert [p.text for p in doc.parts_of(("paragraph",))] == [lede]


def test_a_release_phrase_over_a_lede_line_in_one_block_is_no_field():
    # the notice's date ends its line, but the block goes on: a lede wrapped after its first clause
    src = f"{HED}\n\nFor release June 5, 2026\nthe band recorded twelve songs in Memphis.\n"
    doc = _read(src)
    assert not doc.parts_of(("field",)) and doc.published is None


def test_over_the_hed_a_lede_s_date_is_never_the_publication_date():
    doc = _read("For release June 5, 2026, the band recorded twelve songs in Memphis.\n\nMore text follows here.\n")
    assert doc.published is None


@pytest.mark.parametrize("line, when", [
    ("EMBARGOED UNTIL 12:01 a.m. EDT Thursday, June 4, 2026", dt.date(2026, 6, 4)),
    ("Not for publication before 3 June 2026", dt.date(2026, 6, 3)),
    ("Embargoed until 2026-06-05.", dt.date(2026, 6, 5)),
    ("FOR IMMEDIATE RELEASE", None),
])
def test_a_notice_alone_under_the_hed_still_is_the_release_field(line, when):
    src = f"{HED}\n\n{line}\n\nThe council voted 5-2 on Tuesday to end a year of budget fights.\n"
    doc = _read(src)
    [field] = doc.parts_of(("field",))
    assert (field.name, field.text, field.source_offset(0)) == ("release", line, src.index(line))
    assert doc.published == when
