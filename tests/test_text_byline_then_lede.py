"""After a byline opening the text (`By Jane Doe`), a hed is one line that
does not end in a full stop. A short one-sentence lede there stays the
lede, so the story has no headline and `--fix` finds no headline full stop
to delete (rv18 H4; the stories are rv18's reproducers, written for the
review); a hed that asks or quotes stays the hed (qa41)."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "It voted 5-2 to approve the budget, the mayor said.\n"


def _story(second: str, body: str = BODY) -> str:
    return f"By Jane Doe\n\n{second}\n\n{body}"


@pytest.mark.parametrize("lede, body", [
    ("The council met Monday.", BODY),
    ("Fire destroys barn.", "No one was hurt, the fire chief said.\n"),
    ("She won.", "The final count came late on Tuesday, the clerk said.\n"),
    ("The city council approved a $2 million budget for parks on Monday.",
     "The vote was 5-2, the mayor said. Council member Ann Lee voted no.\n"),
])
def test_a_one_sentence_lede_after_a_byline_is_no_hed(lede, body):
    src = _story(lede, body)
    doc = read_bytes("story.txt", src.encode())
    assert doc.parts_of(("headline",)) == []
    assert (lede, src.index(lede)) in [(p.text, p.source_offset(0)) for p in doc.parts_of(("paragraph",))]
    rules = [d.rule for d in lint_text(src, "story.txt")]
    assert "titles.missing-headline" in rules
    assert "titles.trailing-period" not in rules


@pytest.mark.parametrize("hed", ["Council approves budget", "The council met Monday"])
def test_one_line_with_no_close_after_a_byline_is_the_hed(hed):
    src = _story(hed)
    doc = read_bytes("story.txt", src.encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("headline",))] == [(hed, src.index(hed))]
    assert [p.text for p in doc.parts_of(("byline",))] == ["By Jane Doe"]


def test_a_hed_between_a_byline_and_a_wire_dateline_is_still_read():
    src = ("By Dana Kowalczyk\n\nStorm knocks out power\n\n"
           "SEAHAVEN, Maine, Nov. 27 (AP) -- A storm knocked out power on Sunday, officials said.\n")
    doc = read_bytes("story.txt", src.encode())
    assert [p.text for p in doc.parts_of(("headline",))] == ["Storm knocks out power"]
    assert [p.text for p in doc.parts_of(("dateline",))] == ["SEAHAVEN, Maine, Nov. 27 (AP) --"]


@pytest.mark.parametrize("hed", ['Where did the $4 million go?', 'Mayor: "We will fix it"',
                                 "Fire crews save the barn!"])
def test_a_hed_that_asks_quotes_or_exclaims_after_a_byline_is_still_the_hed(hed):
    src = _story(hed)
    doc = read_bytes("story.txt", src.encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("headline",))] == [(hed, src.index(hed))]
