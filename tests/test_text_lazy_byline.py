"""The plain-text reader asks whether a body line stands next to a byline
(`_by_byline`, which looks at the next line) only of a date line, whose
kind it decides (a dateline by a byline, else a subhead): never of the
ordinary paragraphs of a story (fx78)."""
from __future__ import annotations

from lint.readers import read_bytes, text

STORY = ("Council approves parking plan\n\nBy Dana Whitfield\n\n"
         "The Lakeshore City Council voted 5-2 on Monday to approve the parking plan.\n\n"
         "The plan adds meters on Main Street.\n\nIt takes effect in March.\n\n"
         "Monday, Nov. 23\n\nThe council meets again next week.\n")


def _count(monkeypatch) -> list[int]:
    calls = []
    real = text._by_byline

    def counted(*args):
        calls.append(args[3])
        return real(*args)
    monkeypatch.setattr(text, "_by_byline", counted)
    return calls


def test_only_a_body_date_line_asks_for_the_byline(monkeypatch):
    calls = _count(monkeypatch)
    doc = read_bytes("story.txt", STORY.encode())
    assert len(calls) == 1 and STORY[:calls[0]].endswith("Monday, Nov. 23")
    assert [(p.kind, p.source_offset(0)) for p in doc.parts if p.kind == "heading"] == [
        ("heading", STORY.index("Monday, Nov. 23"))]


def test_a_date_line_by_a_byline_is_still_the_dateline(monkeypatch):
    src = ("Council approves parking plan\n\nThe vote ends a two-year fight over downtown meters.\n\n"
           "Monday, Nov. 23, 2026\n\nBy Dana Whitfield\n\nThe council voted 5-2 on Monday.\n")
    calls = _count(monkeypatch)
    doc = read_bytes("story.txt", src.encode())
    assert len(calls) == 1
    assert (doc.first("dateline").text, doc.first("dateline").source_offset(0)) == (
        "Monday, Nov. 23, 2026", src.index("Monday"))
