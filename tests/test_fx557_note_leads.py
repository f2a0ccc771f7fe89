"""fx557 (qa415 #9, #10, #11, #13): a citation opened by a lead-in
("Source:", "Adapted from", "As reported in", "See, for example,"), a short
form's page after an authorless citation's semicolon (Ibid., a title-first
article, a bare URL) and a bold title are read as citations; the note's
own sentences with the same words stay the story's. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

STORY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.[^1]\n\n[^1]: "
MET = "The council met.[^1]\n\n[^1]: "


def _note(select, note, story=STORY):
    text = HEAD + story + note + "\n"
    return text, _findings(text, select)


@pytest.mark.parametrize("lead", ["Sources: ", "See, e.g., ", "Adapted from Jane Doe, "])
def test_more_lead_ins_keep_a_cited_articles_date(lead):
    note = lead + '"Council will vote on budget April 3," Springfield Gazette, March 30, 2024.'
    assert _note(("dates.future-tense-past-date",), note, MET)[1] == []


@pytest.mark.parametrize("note", ["Source: the clerk, who said the council will vote April 3.",
                                  "As reported in the Gazette, the council will vote April 3."])
def test_guard_a_lead_in_before_the_notes_own_sentence_keeps_the_date_flagged(note):
    text, found = _note(("dates.future-tense-past-date",), note, MET)
    assert found == [("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")), "April 3")]


@pytest.mark.parametrize("note", ["Source: Jane Kowalcyzk, who chairs the board.",
                                  "Jane Kowalcyzk, **not** the mayor, said so.",
                                  "Adapted from Jane Kowalcyzk, 56."])
def test_guard_a_lead_in_or_bold_in_the_notes_own_sentence_keeps_the_name(note):
    text, found = _note(("names.spelling-variant",), note)
    assert found == [("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


@pytest.mark.parametrize("before", ["Id.", "Ibid., p. 45", "<https://example.org/budget>", "www.example.org/budget",
                                    "**Budget Notes**, Springfield Gazette, May 2, 2024"])
def test_a_page_after_another_authorless_citation_is_no_age(before):
    assert _note(("names.age-changed",), before + "; Kowalczyk, 87.")[1] == []


@pytest.mark.parametrize("before", ["The vote was close", "The clerk wrote to example.org", "She said ibid"])
def test_guard_a_clause_before_the_semicolon_keeps_the_age(before):
    text, found = _note(("names.age-changed",), before + "; Kowalczyk, 87.")
    assert found == [("names.age-changed", *_at(text, "87"), "87")]


def test_a_bold_title_keeps_its_date_out_of_future_tense():
    note = "Jane Doe, **Council will vote on budget April 3**, Springfield Gazette, March 30, 2024."
    assert _note(("dates.future-tense-past-date",), note, MET)[1] == []
