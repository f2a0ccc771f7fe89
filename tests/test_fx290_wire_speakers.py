"""fx290: guards beside qa172 #7 (a wire story under a page title, a byline
or front matter) and qa170 #2/#3 / nu44 H2 (another speaker after a quote
in wire copy). Synthetic input only."""
from __future__ import annotations

import pytest
from story_helpers import found_at

from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes

QUOTE = "“We have no money left for the roads this year and nobody will tell us why.”"
WIRE = "LONDON, March 3 (Reuters) - The city council cut its road budget by a third on Tuesday, officials said."
REPORTED = "Smith said the council had erred on Monday."


def _is_wire(source: str, name: str) -> bool:
    return wire_copy(read_bytes(name, source.encode()))


# --- qa172 #7: what may stand above the wire dateline -------------------------

@pytest.mark.parametrize("source,name", [
    (f"---\ntitle: Road money\ndate: 2026-03-03\ntags: [roads]\nauthor: Jo Smith\n---\n\n{WIRE}\n", "s.md"),
    (f"<html><head><title>Road money</title></head><body><h1>Road money</h1>"
     f"<p class=byline>By Jo Smith</p><p>{WIRE}</p></body></html>", "s.html"),
    (f"Road money\n\nBy Jo Smith, Reuters\n\n{WIRE}\n", "s.txt"),
])
def test_a_title_byline_or_field_above_the_dateline_keeps_the_wire_reading(source, name):
    assert _is_wire(source, name)


@pytest.mark.parametrize("source,name", [
    # a line of text above the dateline is the story's own: no raw wire copy
    (f"Road money\n\nBy Jo Smith\n\nThe council met again.\n\n{WIRE}\n", "s.txt"),
    (f"<html><head><title>Road money</title></head><body><p>Read our roads coverage.</p>"
     f"<p>{WIRE}</p></body></html>", "s.html"),
    # a newspaper's typeset dash under a byline is no wire dateline
    (f"Road money\n\nBy Jo Smith\n\n{WIRE.replace(' (Reuters) -', ' —')}\n", "s.txt"),
])
def test_story_text_above_the_dateline_still_ends_the_wire_reading(source, name):
    assert not _is_wire(source, name)


def test_a_byline_above_the_dateline_reads_the_quote_as_the_reported_speakers():
    body = f"Road money\n\nBy Jo Smith\n\n{WIRE}\n\n{REPORTED}\n\n{QUOTE}\n"
    assert found_at(body, "story.txt", "quotes.unattributed") == []
    # without the reported speech before it, the quote is still flagged
    bare = f"Road money\n\nBy Jo Smith\n\n{WIRE}\n\nThe budget was cut.\n\n{QUOTE}\n"
    assert found_at(bare, "story.txt", "quotes.unattributed") == [(9, 1)]
