"""A `Published Nov. 23, 2026` line right under a standfirst or under the
byline (in the body, as the reader counts it: a paragraph is read) is the
story's time stamp, a `published` field that gives the publication date,
not a paragraph (qa58; fx78). Only a stamp with its year, a block of its
own or over the byline, right under the standfirst or the byline: deeper
in the body such a line is prose."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

HED = "Council approves parking plan\n\n"
STANDFIRST = "The vote ends a two-year fight over downtown meters. It now goes to the mayor.\n\n"
BYLINE = "By Dana Whitfield\n\n"
LEDE = "The Lakeshore City Council voted 5-2 on Monday to approve the parking plan.\n"
STAMP = "Published Nov. 23, 2026"


def _read(src: str):
    doc = read_bytes("story.txt", src.encode())
    stamps = [(p.kind, p.name, p.text, p.source_offset(0)) for p in doc.parts if STAMP in p.text]
    return doc, stamps


@pytest.mark.parametrize("src", [
    HED + STANDFIRST + STAMP + "\n\n" + BYLINE + LEDE,
    HED + STANDFIRST + BYLINE + STAMP + "\n\n" + LEDE,
    HED + STANDFIRST + STAMP + "\n" + BYLINE + LEDE,          # glued over the byline
    HED + STANDFIRST + BYLINE.rstrip() + "\n" + STAMP + "\n\n" + LEDE,   # glued under it
    HED + STANDFIRST + "Posted: Nov. 23, 2026 at 6:00 AM\n\n" + BYLINE + LEDE,
])
def test_a_stamp_under_the_standfirst_or_byline_dates_the_story(src):
    doc, _ = _read(src)
    stamp = doc.published_part
    assert (str(doc.published), stamp.kind, stamp.name, stamp.source_offset(0)) == (
        "2026-11-23", "field", "published", src.index(stamp.text))
    assert doc.first("byline").text == "By Dana Whitfield"
    assert [p.text for p in doc.parts_of(("paragraph",))] == [STANDFIRST.strip(), LEDE.strip()]


@pytest.mark.parametrize("src", [
    # deeper in the body
    HED + STANDFIRST + LEDE + "\n" + STAMP + "\n\nMore follows.\n",
    # at the story's foot
    HED + LEDE + "\n" + STAMP + "\n",
    # a day with no year
    HED + STANDFIRST + "Published Nov. 23\n\n" + BYLINE + LEDE,
    # a line that a paragraph runs on from
    HED + STANDFIRST + STAMP + "\nin the city's notices, the plan takes effect in March.\n",
])
def test_other_published_lines_in_the_body_stay_prose(src):
    doc = read_bytes("story.txt", src.encode())
    assert doc.published is None and doc.first("field") is None


def test_a_date_line_still_gives_the_date_over_a_stamp_under_it():
    src = HED + "Nov. 22, 2026\n\n" + STANDFIRST + BYLINE + STAMP + "\n\n" + LEDE
    doc, stamps = _read(src)
    assert (str(doc.published), doc.published_from) == ("2026-11-22", "date line")
    assert stamps == [("field", "published", STAMP, src.index(STAMP))]
