"""Plain text: a wire dateline alone on its line over the lede (`FORT DEVENS,
Massachusetts -`, `SACRAMENTO --`, as FNC-1's bodies set it) is the
dateline, not the headline: a line that ends in its dash is no hed."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes


def parts(text: str):
    doc = read_bytes("story.txt", text.encode("utf-8"))
    return doc, [(p.kind, p.text) for p in doc.parts]


LEDE = "The board voted on Tuesday to keep fares flat."


@pytest.mark.parametrize("dateline", [
    "FORT DEVENS, Massachusetts -", "SACRAMENTO --", "NORTH HOLLYWOOD, California —",
])
def test_a_dateline_alone_over_the_lede_is_the_dateline(dateline):
    doc, got = parts(f"{dateline}\n\n{LEDE}\n")
    assert got == [("dateline", dateline), ("paragraph", LEDE)]
    part = doc.parts[0]
    assert part.attrs.get("wire") is True
    assert part.source_offset(0) == 0 and part.source_offset(len(dateline)) == len(dateline)


def test_under_a_hed_its_year_dates_the_story():
    doc, got = parts(f"Fares stay flat\n\nSACRAMENTO, Calif., Nov. 3, 2026 —\n\n{LEDE}\n")
    assert [k for k, _ in got] == ["headline", "dateline", "paragraph"]
    assert str(doc.published) == "2026-11-03" and doc.published_from == "wire dateline"


@pytest.mark.parametrize("first", [
    "Vote delayed -",            # no place in capitals: a hed with a stray dash
    "UPDATE --",                 # a note's word is no place
    "SACRAMENTO -- The board",   # the dash is not the line's end: read as today
    "ISIS USES CHEMICAL WEAPONS—",   # four words in capitals, no state: a hed (FNC-1 466)
])
def test_other_lines_keep_their_reading(first):
    _, got = parts(f"{first}\n\n{LEDE}\n")
    assert got == [("headline", first), ("paragraph", LEDE)]


@pytest.mark.parametrize("text", [
    # qa44 #3: a short lede under the lone dateline was read as the hed
    "SACRAMENTO --\n\nThe governor signed the bill on Monday.\n\nIt takes effect in July.\n",
    # no blank line between the dateline and the lede
    "SACRAMENTO --\nThe governor signed the bill on Monday.\nIt takes effect in July.\n",
    "WASHINGTON –\nThe governor signed the bill on Monday.\nIt takes effect in July.\n",
])
def test_no_hed_follows_a_lone_dateline(text):
    # alone in its block it is a part of its own; over the lede's lines it opens
    # the lede, whose dateline is carved as wire_dateline carves one
    doc, got = parts(text)
    assert doc.first("headline") is None
    assert [t for k, t in got if k == "dateline"] == [text.split("\n", 1)[0]]
    assert any(k == "paragraph" and "The governor signed the bill on Monday." in t for k, t in got)
