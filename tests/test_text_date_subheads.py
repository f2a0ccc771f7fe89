"""A line that is only a date, under body paragraphs of plain text, is a
subhead (a `heading` part), never the dateline: a police blotter's days
and a history column's years head their items (nu25 #1: `Monday, Nov. 23`
under the intro paragraph was taken for the dateline and differed from the
`Published` line's date, an error). A date line before any body paragraph
is still the dateline, and the date checks still read a subhead's date."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes

BLOTTER = ("Police blotter: Nov. 23-29\n\nPublished Nov. 30, 2026\n\n"
           "The following items were taken from Millbrook police reports.\n\n"
           "Monday, Nov. 23\n- 8:14 a.m.: A resident reported a stolen bicycle.\n\n"
           "Tuesday, Nov. 24\n- 2:30 p.m.: A man was cited for retail theft.\n")
HISTORY = ("This week in Millbrook history\n\nPublished Nov. 30, 2026\n\n"
           "A look back at news from the Ledger archives.\n\n"
           "Nov. 30, 1976\n\nThe Millbrook Common Council voted to buy the old depot.\n\n"
           "Dec. 2, 2001\n\nA fire destroyed the Main Street bakery.\n")


def _parts(src: str) -> list[tuple[str, str, int]]:
    doc = read_bytes("story.txt", src.encode())
    return [(p.kind, p.text, p.source_offset(0)) for p in doc.parts]


def test_a_date_line_under_the_intro_is_a_subhead():
    got = _parts(BLOTTER)
    assert ("heading", "Monday, Nov. 23", BLOTTER.index("Monday")) in got
    assert ("heading", "Tuesday, Nov. 24", BLOTTER.index("Tuesday")) in got
    # the items under each day stay paragraphs of their own, where they are
    assert ("paragraph", "- 8:14 a.m.: A resident reported a stolen bicycle.", BLOTTER.index("- 8:14")) in got
    assert ("paragraph", "- 2:30 p.m.: A man was cited for retail theft.", BLOTTER.index("- 2:30")) in got
    assert not [p for p in got if p[0] == "dateline"]
    doc = read_bytes("story.txt", BLOTTER.encode())
    assert (str(doc.published), doc.published_from) == ("2026-11-30", "the 'Published' line")


def test_no_dateline_mismatch_on_date_subheads():
    assert [d.rule for d in lint_text(BLOTTER, "blotter.txt")] == []
    assert [d.rule for d in lint_text(HISTORY, "history.txt")] == []
    got = _parts(HISTORY)
    assert [(k, t, at) for k, t, at in got if k == "heading"] == [
        ("heading", "Nov. 30, 1976", HISTORY.index("Nov. 30, 1976")),
        ("heading", "Dec. 2, 2001", HISTORY.index("Dec. 2, 2001"))]


def test_a_subheads_date_is_still_checked():
    # Nov. 25, 2026 is a Wednesday: the subhead's weekday is wrong, at its exact place
    src = BLOTTER.replace("Tuesday, Nov. 24", "Tuesday, Nov. 25")
    found = [(d.rule, d.line, d.column) for d in lint_text(src, "blotter.txt")]
    assert found == [("dates.weekday-mismatch", 10, 1)]


def test_a_date_line_over_the_story_is_still_the_dateline():
    src = "Council approves budget\n\nNov. 23, 2026\n\nThe council approved the budget Monday.\n"
    doc = read_bytes("story.txt", src.encode())
    assert (doc.first("dateline").text, doc.first("dateline").source_offset(0)) == ("Nov. 23, 2026", 25)
    assert (str(doc.published), doc.published_from) == ("2026-11-23", "date line")
    assert doc.first("heading") is None
