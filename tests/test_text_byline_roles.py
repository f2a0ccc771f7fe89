"""A writer's line under a plain-text byline is the byline's, also in the
sentence case papers print it (`Lakeshore Ledger staff writer`) and with
`the` after `Special to` (nu25 #8: it was read as the first body
paragraph, linted as prose and counted into the lede)."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "MILLBROOK, Wis. (Lakeshore Ledger) — An early storm closed schools on Thursday."


def _story(role: str) -> str:
    return f"Early snowstorm closes schools\n\nPublished Dec. 3, 2026\n\nBy Dana Whitfield\n{role}\n\n{BODY}\n"


@pytest.mark.parametrize("role", [
    "Lakeshore Ledger staff writer", "Staff Writer", "Special to the Lakeshore Ledger",
    "Lakeshore Ledger correspondent", "The Lakeshore Ledger senior staff writer", "AP legal affairs writer",
])
def test_the_writers_line_is_the_bylines(role):
    src = _story(role)
    doc = read_bytes("story.txt", src.encode())
    byline = doc.first("byline")
    assert (byline.text, byline.source_offset(0)) == (f"By Dana Whitfield\n{role}", src.index("By Dana"))
    # the byline's second line keeps its own place
    assert byline.source_offset(byline.text.index(role)) == src.index(role)
    assert [p.text for p in doc.parts_of(("paragraph",))] == [BODY]


def test_a_sentence_under_the_byline_is_still_the_lede():
    src = _story("The council staff said the roads would stay closed.")
    doc = read_bytes("story.txt", src.encode())
    assert doc.first("byline").text == "By Dana Whitfield"
    assert doc.parts_of(("paragraph",))[0].text == "The council staff said the roads would stay closed."


def test_the_writers_line_is_not_linted_as_prose():
    # `staff staff` would be a doubled word in a paragraph; the byline is not in that rule's scope
    src = _story("Lakeshore Ledger staff writer").replace("Lakeshore Ledger staff", "Lakeshore Ledger staff staff")
    assert [d.rule for d in lint_text(src, "story.txt")] == []


# nu49 #2: a reporter's e-mail line under the byline of a hed/dek/byline/stamp block turns the
# whole block after the hed into one paragraph: the dek and byline are linted as prose and the
# `Updated` line's date is lost, so the date checks go silent. Control: the same block without it.
_TOP = ("Harbor reopens after storm\nCrews cleared debris overnight; ferries resume Wednesday\n"
        "By Jo Smith and Ann Lee\n{mail}Updated 4:15 p.m. March 5, 2025\n\n"
        "PORTLAND, Maine -- The harbor reopened March 20 after crews worked overnight.\n")


@pytest.mark.xfail(strict=True, reason="nu49 #2: an e-mail line under a byline folds dek, byline and stamp into a paragraph")
def test_nu49_an_email_line_under_the_byline_keeps_the_top_block():
    text = _TOP.format(mail="jsmith@example.com\n")
    kinds = [p.kind for p in read_bytes("story.txt", text.encode()).parts]
    assert "dek" in kinds and "byline" in kinds
    assert [d.rule for d in lint_text(text, "story.txt")] == ["dates.after-publication"]


def test_nu49_control_the_top_block_without_an_email_line():
    text = _TOP.format(mail="")
    kinds = [p.kind for p in read_bytes("story.txt", text.encode()).parts]
    assert "dek" in kinds and "byline" in kinds
    assert [d.rule for d in lint_text(text, "story.txt")] == ["dates.after-publication"]
