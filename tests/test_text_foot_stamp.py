"""A dated `Posted by` stamp as a plain text's last line (a press release's
foot, over end marks or nothing) is a stamp, not a paragraph (nu18, smaller
points); the same words inside the story stay prose."""
from __future__ import annotations

import datetime as dt

from lint.readers import read_bytes

STAMP = "Posted by Communications Staff on Nov. 30, 2026"
TOP = "City names new fire chief\n\nThe city on Monday named Lia Grant fire chief.\n\n"


def parts(text: str):
    doc = read_bytes("release.txt", text.encode("utf-8"))
    return doc, [(p.kind, p.name if p.kind == "field" else "", p.text) for p in doc.parts]


def test_a_closing_stamp_is_a_byline_and_a_published_field():
    for tail in ("\n", "\n\n###\n", "\n\n-30-\n"):
        doc, got = parts(TOP + STAMP + tail)
        assert ("paragraph", "", STAMP) not in got
        assert ("byline", "", "Posted by Communications Staff") in got
        assert ("field", "published", "Nov. 30, 2026") in got
        assert doc.published == dt.date(2026, 11, 30)


def test_a_stamp_with_the_story_going_on_under_it_stays_prose():
    _, got = parts(TOP + STAMP + "\n\nGrant starts in January.\n")
    assert ("paragraph", "", STAMP) in got


def test_under_a_byline_the_closing_stamp_is_one_field():
    _, got = parts("City names new fire chief\nBy Jane Doe\n\nThe city on Monday named Lia Grant fire chief.\n\n"
                   + STAMP + "\n")
    assert got[-1] == ("field", "stamp", STAMP)
