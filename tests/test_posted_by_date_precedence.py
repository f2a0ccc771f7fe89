"""A `Posted by NAME on DATE` line's date gives the publication date only
when no date line or wire dateline does, wherever they stand, and an
implausible one is refused with its notice so a release line's date is
tried (readers/_release_lines.py `release_date`). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Council approves budget"
STAMP = "Posted by Jane Doe on March 3, 2026"
BODY = "The council voted on Monday to approve the budget."


def _read(src: str):
    return read_bytes("post.txt", src.encode())


@pytest.mark.parametrize("src, when, source", [
    (f"{HED}\n\n{STAMP}\n\nMarch 1, 2026\n\n{BODY}\n", dt.date(2026, 3, 1), "date line"),
    (f"{HED}\n\nMarch 1, 2026\n\n{STAMP}\n\n{BODY}\n", dt.date(2026, 3, 1), "date line"),
    (f"{HED}\n\n{STAMP}\n\nWASHINGTON, March 1, 2026 (AP) — {BODY}\n", dt.date(2026, 3, 1), "wire dateline"),
])
def test_a_date_line_or_a_wire_dateline_beats_the_byline_s_date_in_either_order(src, when, source):
    doc = _read(src)
    assert (doc.published, doc.published_from) == (when, source)
    # the date line is the publication date itself: no mismatch with it
    assert "dates.dateline-mismatch" not in [d.rule for d in lint_text(src, "post.txt") if d.offset
                                             == src.index("March 1, 2026")]


def test_the_byline_s_date_wins_over_a_release_line():
    doc = _read(f"FOR RELEASE: March 1, 2026\n\n{HED}\n\n{STAMP}\n\n{BODY}\n")
    assert (doc.published, doc.published_from) == (dt.date(2026, 3, 3), "the byline's date")


def test_an_implausible_byline_date_is_refused_and_the_release_line_s_date_taken():
    stamp = "Posted by Jane Doe on March 3, 2999"
    src = f"FOR RELEASE: March 1, 2026\n\n{HED}\n\n{stamp}\n\n{BODY}\n"
    doc = _read(src)
    assert (doc.published, doc.published_from) == (dt.date(2026, 3, 1), "the release line")
    [notice] = [n for n in doc.notices if n.rule == "file.implausible-date"]
    assert notice.offset == src.index("March 3, 2999") and "the byline's date" in notice.message
