"""The date cases users hit (issue 12 cases 5-8 and 11, issue 11's `last
Thursday, March 1`, issue 10's AP caption form), each on a small input."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes

RULES = [r for r in rules_for(Config()) if r.pack in ("dates", "style") or r.id == "titles.missing-headline"]


def run(source: str, path: str = "story.txt", published: dt.date | None = None):
    doc = read_bytes(path, source.encode("utf-8"))
    result = lint_document(doc, RULES, Config(published=published))
    return [(d.rule, d.line, d.column, d.message, d.fix.replacement if d.fix else None)
            for d in result.diagnostics]


def rules(source: str, **kw):
    return [(rule, line, col) for rule, line, col, _, _ in run(source, **kw)]


def story(body: str, date_line: str = "March 4, 2025") -> str:
    return f"Council opens ferry inquiry\n\n{date_line}\n\n{body}\n"


def test_case_5_a_weekday_range_beside_a_day_range():
    text = story("The boat show ran Monday through Wednesday, March 3-5.", "March 10, 2025")
    assert rules(text) == []
    wrong = story("The boat show ran Monday through Thursday, March 3-5.", "March 10, 2025")
    # the finding runs from the first weekday (column 19) to the last day (qa110 #11)
    assert rules(wrong) == [("dates.weekday-mismatch", 5, 19)]


def test_case_5_the_end_of_a_range_is_a_date_too():
    found = run(story("The winter market ran Feb. 27-30."))
    assert [(r, line, col) for r, line, col, _, _ in found] == [("dates.impossible-date", 5, 23)]
    assert "'Feb. 27-30'" in found[0][3] and "February 2025 has 28 days" in found[0][3]
    assert rules(story("The winter market ran Feb. 27-28.")) == []


def test_case_6_in_before_an_abbreviated_date_is_part_of_the_verb():
    assert rules(story("The members were sworn in Jan. 6 at City Hall. The fees phase in Nov. 15.")) == []
    # A full month after "in" may be a count ("In January 25 people ..."): no fix is offered.
    assert rules(story("The members were sworn in January 6 at City Hall.")) == []
    assert rules(story("The members were sworn in Mar. 2 at City Hall.")) == [
        ("style.month-spelled-out", 5, 27)]


def test_case_7_a_wire_dateline_under_a_date_line_is_compared():
    text = story("WASHINGTON, March 7 (AP) — The council met.")
    assert rules(text) == [("dates.dateline-mismatch", 5, 13)]
    assert rules(text, published=dt.date(2025, 3, 7)) == [("dates.dateline-mismatch", 3, 1)]
    assert rules(story("WASHINGTON, March 4 (AP) — The council met.")) == []


def test_case_8_correction_and_update_notes_are_dated_later_by_nature():
    body = ("The council voted on Monday to open an inquiry.\n\n"
            "CORRECTION (March 6, 2025): An earlier version of this story misstated the vote.\n\n"
            "Editor's note (March 8, 2025): This story was updated.\n\n"
            "Updated March 7, 2025: The story was changed.")
    assert [r for r in rules(story(body)) if r[0].startswith("dates.")] == []
    assert rules(story("The council voted on March 6, 2025.")) == [("dates.after-publication", 5, 22)]


def test_case_8_front_matter_updated_and_lastmod():
    text = ("---\ntitle: Council opens ferry inquiry\ndate: 2025-03-04\nupdated: 2025-03-10\n"
            "lastmod: 2025-03-11\n---\n\nThe council voted on Monday to open an inquiry.\n")
    assert [r for r in rules(text, path="story.md") if r[0].startswith("dates.")] == []


def test_case_11_a_headline_may_follow_the_date_line():
    text = ("Tuesday, March 4, 2025\n\nCouncil opens ferry inquiry\n\n"
            "The council voted on Monday to open an inquiry into the ferry contract.\n")
    assert rules(text) == []
    # A body sentence after the date line is no headline.
    assert rules("Tuesday, March 4, 2025\n\nThe council voted on Monday to open an inquiry.\n") == [
        ("titles.missing-headline", 1, 1)]


def test_issue_11_last_weekday_with_a_written_date_is_checked():
    found = run(story("The vote was held last Thursday, March 1, in Albany.", "March 10, 2019"))
    assert [(r, line, col) for r, line, col, _, _ in found] == [("dates.weekday-mismatch", 5, 24)]
    assert "March 1, 2019 is a Friday, not a Thursday" in found[0][3]


def test_issue_10_ap_caption_form():
    text = story("In this Sunday, Nov. 10, 2019, photo, protesters march in Hong Kong.",
                 "Nov. 12, 2019")
    assert rules(text) == []
    wrong = story("In this Monday, Nov. 10, 2019, photo, protesters march in Hong Kong.",
                  "Nov. 12, 2019")
    assert rules(wrong) == [("dates.weekday-mismatch", 5, 9)]


@pytest.mark.parametrize("body, flagged", [
    # a date in a phrase nested in the subject dates that phrase's noun, not the verb
    ("Several of the contenders for best picture at the Oscars on March 9 were not "
     "nominated for the guild award.", []),
    ("The vote on March 9 passed easily.", [13]),             # the subject's own phrase
    ("Shipments of steel on March 9 rose 5 percent.", [23]),  # `of` is no nesting phrase
    # a common noun's phrase dates the subject's own event: a place has no date
    ("A fire at the plant on March 9 killed two workers.", [24]),
    ("The meeting at the school on March 9 ended early.", [30]),
    # a participle with its agent after a comma is no finite verb of the date
    ("The film hits select theaters on March 31, followed by a wider release.", []),
    ("The strike began on March 9, followed by talks.", [21]),
], ids=["nested-in-subject", "subjects-own-phrase", "of-phrase", "place-phrase", "place-phrase-2",
        "participle-by", "verb-before"])
def test_after_publication_reads_the_dates_own_verb(body, flagged):
    assert [col for rule, line, col in rules(story(body)) if rule == "dates.after-publication"] \
        == flagged
