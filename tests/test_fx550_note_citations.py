"""fx550: a note's citation is read only in a citation's whole shape
(Chicago Manual of Style 17th ed. 14.20-14.30): an author or nothing
before the title, the citation's other elements after it (qa410 #1-#3).
Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

STORY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.[^1]\n\n[^1]: "


@pytest.mark.parametrize("note", [
    'Jane Kowalcyzk, "We won," Smith said.',                  # a speech verb after an outlet-like word
    'Jane Kowalcyzk, "We won," the mayor told reporters.',
    "Jane Kowalcyzk, *the mayor*, who spoke first, agreed.",
])
def test_a_statement_after_a_title_like_item_keeps_the_misspelling(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.spelling-variant",)) == [
        ("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


@pytest.mark.parametrize("note", [
    'Jane Kowalcyzk, "Budget Notes," in *City Papers*, ed. Ann Lee (City Press, 2019), 12.',
    "Jane Kowalcyzk, *Budget Notes*, http://example.org/notes.",
    "Jane Kowalcyzk, *Budget Notes*.",
    "Kowalcyzk, p. 87; Lee, 4.",
])
def test_a_citations_author_stays_out_of_the_story(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.spelling-variant",)) == []


@pytest.mark.parametrize("note", [
    "Kowalczyk, 56.",                        # a surname alone and a page: the short form (14.30)
    "Jane Kowalczyk, p. 56.",                # a page marked as one
    "Kowalczyk, 87; Kowalczyk, 56.",         # a citation after a citation
])
def test_a_short_forms_page_is_no_age(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.age-changed",)) == []


@pytest.mark.parametrize("note", [
    "Jane Kowalczyk, p. 9; then she was mayor; Kowalczyk, 56.",   # a clause between: no citation before
    "She was mayor then; Kowalczyk, 56.",
])
def test_an_age_after_a_semicolon_with_no_citation_before_is_an_age(note):
    text = HEAD + STORY + note + "\n"
    assert [f[0] for f in _findings(text, ("names.age-changed",))] == ["names.age-changed"]


@pytest.mark.parametrize("note", [
    'See "Council will vote on budget April 3," Springfield Gazette, March 30, 2024.',
    "Ann Lee, *One*, 4; Jane Doe, [Council will vote on budget April 3](http://example.org), "
    "Springfield Gazette, March 30, 2024.",
])
def test_a_cited_titles_date_in_a_citation_is_left_alone(note):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + note + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == []


@pytest.mark.parametrize("note, date", [
    ('Jane Doe, "The council will vote April 3," she said.', "April 3"),
    ("The clerk, *a stickler*, said the council will vote April 3.", "April 3"),
])
def test_a_title_like_item_in_a_notes_statement_keeps_its_date_flagged(note, date):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + note + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, date, text.index("[^1]:")), date)]
