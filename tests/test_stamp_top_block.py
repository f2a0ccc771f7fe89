"""A writer's dated stamp (`Posted on March 3, 2026 by Jane Doe`) is read only
in the story's top block: directly under the hed, or under a dek that stands
in the hed's own block; never from a story's second paragraph, and only when
it opens with a stamp word. Every story here is written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Lost letter found"
LEDE = "A letter found in an attic in Ohio was signed by the president himself."
BODY = "The letter was sold on March 10, 2026, for $2 million."


def _read(name: str, src: str):
    return read_bytes(name, src.encode())


@pytest.mark.parametrize("line", [
    "Written on Nov. 19, 1863 by Abraham Lincoln.",
    "Posted on March 3, 2026 by Jane Doe",
])
def test_a_stamp_in_the_second_paragraph_stays_prose(line):
    src = f"{HED}\n\n{LEDE}\n\n{line}\n\n{BODY}\n"
    doc = _read("story.txt", src)
    assert line in [p.text for p in doc.parts_of(("paragraph",))]
    assert doc.published is None and not doc.parts_of(("byline", "field"))
    assert [d.rule for d in lint_text(src, "story.txt") if d.rule == "dates.after-publication"] == []


def test_a_stamp_under_a_dek_in_the_heds_block_is_read():
    dek = "Spending rises for the third year in a row as the city grows"
    src = f"Council approves budget\n{dek}\n\nPosted on March 3, 2026 by Jane Doe\n\n{BODY}\n"
    doc = _read("story.txt", src)
    assert [p.text for p in doc.parts_of(("byline",))] == ["by Jane Doe"]


@pytest.mark.parametrize("lead", ["Written", "Signed", "Sold"])
def test_a_date_first_stamp_opens_with_a_stamp_word(lead):
    line = f"{lead} on March 3, 2026 by Jane Doe"
    doc = _read("story.txt", f"{HED}\n\n{line}\n\n{BODY}\n")
    assert line in [p.text for p in doc.parts_of(("paragraph", "dek"))]     # prose, no stamp
    assert doc.published is None


WRAPPED = ("Posted on March 3, 2026 by Mayor Jane Doe and Deputy Mayor John Roe\n"
           "on the city website, the notice said the park closed on March 9, 2026.")


@pytest.mark.parametrize("name, hed", [("story.txt", "Park notice stirs anger"),
                                       ("story.md", "# Park notice stirs anger")])
def test_the_first_line_of_a_wrapped_lede_is_no_stamp(name, hed):
    src = f"{hed}\n\n{WRAPPED}\n"
    doc = _read(name, src)
    [para] = doc.parts_of(("paragraph",))
    assert para.source_offset(0) == src.index("Posted on")
    assert para.text.endswith("March 9, 2026.")
    assert doc.published is None and not doc.parts_of(("byline", "field"))
    assert [d.rule for d in lint_text(src, name) if d.rule == "dates.after-publication"] == []


@pytest.mark.parametrize("name, hed", [("story.txt", "Parks closed"), ("story.md", "# Parks closed")])
def test_a_stamp_that_is_its_whole_block_is_still_read(name, hed):
    src = f"{hed}\n\nPosted on March 3, 2026 by Jane Doe\n\nThe park was closed.\n"
    doc = _read(name, src)
    assert [p.text for p in doc.parts_of(("byline",))] == ["by Jane Doe"]
    assert doc.published is not None and doc.published.isoformat() == "2026-03-03"


@pytest.mark.parametrize("name, hed", [("story.txt", "Parks closed"), ("story.md", "# Parks closed")])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_second_stamp_in_the_top_block_is_a_stamp_too(name, hed, gap):
    src = f"{hed}\n\nPosted on March 3, 2026 by Jane Doe{gap}Posted on March 4, 2026 by John Roe\n\nThe park was closed.\n"
    doc = _read(name, src)
    assert [p.text for p in doc.parts_of(("byline",))] == ["by Jane Doe", "by John Roe"]
    assert [p.text for p in doc.parts_of(("paragraph",))] == ["The park was closed."]
    assert doc.published is not None and doc.published.isoformat() == "2026-03-03"
    assert [d.rule for d in lint_text(src, name) if d.rule == "dates.after-publication"] == []
