"""fx545: a Markdown footnote's citation (Chicago Manual of Style note
forms, 14.19-14.32) is read as one: its author is the cited work's, no
person of the story, and its cited title and date are the cited piece's
(`analysis/note_citations`; qa395 #1, #5, #6). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

STORY = "Kowalczyk said the budget was fair. Mayor Jane Kowalczyk voted for it. Governor Kowalczyk signed it."


def _story_findings(text):
    return [("names.first-reference", *_at(text, "Kowalczyk said"), "Kowalczyk"),
            ("names.title-changed", *_at(text, "Governor"), "Governor")]


@pytest.mark.parametrize("note", [
    'See John Kowalczyk, "Budget Notes," City Press, 2019.',
    "Ann Lee, *One*, 4; John Kowalczyk, [Budget Notes](http://example.org), 2019.",
    "Cf. John Kowalczyk, _Budget Notes_ (City Press, 2019), 12-14.",
    "John Kowalczyk, p. 87.",
])
def test_a_cited_author_opening_a_citation_is_no_person_of_the_story(note):
    text = HEAD + STORY + "[^1]\n\n[^1]: " + note + "\n"
    assert _findings(text, ("names",)) == _story_findings(text)


def test_guard_a_namesake_in_a_notes_prose_is_still_a_second_person():
    text = HEAD + STORY + "[^1]\n\n[^1]: The mayor's brother, John Kowalczyk, *Budget Notes* author, agreed.\n"
    assert _findings(text, ("names",)) == []


def test_guard_the_same_shape_in_the_story_is_read_as_before():
    text = HEAD + STORY + "\n\nJohn Kowalczyk, *Budget Notes* (City Press, 2019).\n"
    assert _findings(text, ("names",)) == []


def test_guard_an_age_in_a_note_opening_with_a_surname_is_still_an_age():
    text = HEAD + "Mayor Jane Kowalczyk, 54, said so.[^1]\n\n[^1]: Kowalczyk, 56, said so too.\n"
    assert _findings(text, ("names.age-changed",)) == [("names.age-changed", *_at(text, "56"), "56")]


def test_guard_two_short_citations_after_a_semicolon_are_no_ages():
    text = HEAD + "Mayor Jane Kowalczyk, 54, said so.[^1]\n\n[^1]: Kowalczyk, 87; Lee, 4.\n"
    assert _findings(text, ("names",)) == []


@pytest.mark.parametrize("note, date", [
    ("The clerk said the council \"will vote April 3.\"", "April 3"),
    ("The clerk will post [the minutes](http://example.org) on April 3, 2024.", "April 3, 2024"),
    ("The clerk will post *the minutes*, on April 3, 2024.", "April 3, 2024"),
])
def test_guard_a_notes_own_future_tense_around_a_link_emphasis_or_quote_is_flagged(note, date):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + note + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, date, text.index("[^1]:")), date)]


def test_guard_a_cited_headline_in_the_story_is_read_as_before():
    text = (HEAD + "The council met.\n\nSpringfield Gazette, [Council will vote on budget April 3]"
            "(http://example.org), March 30, 2024.\n")
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, "March 30, 2024"), "March 30, 2024")]


def test_a_cited_headline_in_emphasis_and_its_date_are_the_cited_pieces():
    text = (HEAD + "The council met.[^1]\n\n[^1]: Jane Doe, *Council will vote on budget April 3*, "
            "Springfield Gazette, March 30, 2024.\n")
    assert _findings(text, ("dates",)) == []
