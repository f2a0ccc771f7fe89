"""A one-sentence subhead between the hed and a wire dateline, closed with a
full stop or not (readers/_conventions.py `_subhead`): the dateline under it
is read in plain text and in Markdown; a plain-text subhead with no stop is
the dek (readers/_text_dek.py), any other a paragraph.
Every story here is written for the test."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

HED = "Harbor board raises ferry fares"
SUB = "Riders will pay 50 cents more starting in June"
DATELINE = "PORTLAND, Maine (AP) —"
LEDE = f"{DATELINE} The harbor board voted 5-2 on Tuesday to raise fares, chair Ruth Alvarez said.\n"


def _story(name: str, subhead: str) -> str:
    if name.endswith(".md"):
        return f"---\ntitle: {HED}\n---\n\n{subhead}\n\n{LEDE}"
    return f"{HED}\n\n{subhead}\n\n{LEDE}"


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("stop", ["", "."])
def test_the_dateline_under_a_one_sentence_subhead_is_read(name, stop):
    src = _story(name, SUB + stop)
    doc = read_bytes(name, src.encode())
    [dateline] = doc.parts_of(("dateline",))
    assert dateline.text == DATELINE
    assert dateline.source_offset(0) == src.index(DATELINE)
    # a stop-less subhead under a plain-text hed is its dek; closed with a stop, or in
    # Markdown's body (its dek is front matter's `dek:`), a paragraph (`wire_dateline`)
    kind = "dek" if name.endswith(".txt") and not stop else "paragraph"
    assert SUB + stop in [p.text for p in doc.parts_of((kind,))]
    assert len(doc.parts_of(("dek",))) == (kind == "dek")


@pytest.mark.parametrize("subhead", [
    # two sentences: a lede's, not a subhead's
    "Riders will pay more. The board voted on Tuesday.",
    # a question is no subhead
    "Will riders pay 50 cents more starting in June?",
    # a line closed with a stop counts only right over the dateline's paragraph
    "Riders will pay 50 cents more starting in June.\n\nFares rise for the first time in six years",
])
def test_a_paragraph_that_is_no_subhead_still_hides_a_later_dateline(subhead):
    doc = read_bytes("story.txt", _story("story.txt", subhead).encode())
    assert not doc.parts_of(("dateline",))
