"""Faults QA (qa158) found trying to break fx239/fx243's quote changes:
`<br><br>` ending a paragraph after an abbreviation or a quoted question,
rights lines as fragment furniture, the tag after a full stop, the straight
inch mark. See /work/wt/reports/qa158.md. Each test asserts the right
behaviour (fixed in fx246). Synthetic input only.
"""
from __future__ import annotations

import pytest

from story_helpers import ferry_page as _page, found_at as _found

LD, RD = "\u201c", "\u201d"


def _story(*paragraphs: str) -> str:
    return "Ferry fares rise\n\n" + "\n\n".join(paragraphs) + "\n"


QUOTE = LD + "The ferries are old and the fares must rise to pay for new ones." + RD
LEAD = "The council met on Tuesday to vote on the ferry fares."


@pytest.mark.parametrize("words", ["We asked Dr.<br><br>Ames to look at the books,",
                                   "We asked the U.S.<br><br>Army to help us,",
                                   "We asked John F.<br><br>Ames to help us,",
                                   "We met at 4 p.m.<br><br>on Tuesday and nobody came,"])
def test_br_br_after_an_abbreviation_inside_a_quote_breaks_no_quote(words):
    page = _page("<p>Mayor Ellen Park said: " + LD + words + RD + " she said.</p>",
                 "<p>The council meets on Tuesday.</p>")
    assert _found(page, "story.html", "quotes.unbalanced") == []


@pytest.mark.parametrize("quote, tag", [("Who pays for the ferries?", "Mayor Ellen Park asked the council."),
                                        ("We will not pay!", "Mayor Ellen Park said.")])
def test_br_br_between_a_quoted_question_and_its_tag_keeps_the_tag(quote, tag):
    page = _page("<p>" + LD + quote + RD + "<br><br>" + tag + "</p>",
                 "<p>The council meets on Tuesday.</p>")
    assert _found(page, "story.html", "quotes.unattributed") == []


def test_a_quote_paragraph_opening_with_a_rights_word_and_a_year_is_no_rights_line():
    mark = "Copyright"
    fragment = ("<p>The council met on Tuesday.</p>\n"
                "<p>" + mark + " 2026 " + LD + "belongs to the city, not the builder.\u201d</p>\n"
                "<p>The council meets again next week.</p>\n")
    assert _found(fragment, "story.html", "quotes.unattributed") == [(2, 19)]


@pytest.mark.parametrize("tag", ["Smith, 45, said.", "Ames, a lawyer, said.", "Smith, the mayor, says.",
                                 "Smith, 45, said Tuesday."])
def test_a_full_stop_tag_with_an_apposition_is_still_a_tag(tag):
    assert _found(_story(LEAD, QUOTE + " " + tag), "story.txt", "quotes.unattributed") == []


def test_a_full_stop_tag_ending_in_that_day_is_still_a_tag():
    tag = "Smith said later that day."
    assert _found(_story(LEAD, QUOTE + " " + tag), "story.txt", "quotes.unattributed") == []


@pytest.mark.parametrize("after", ["Smith didn't say.", "Police wouldn't say."])
def test_a_contracted_not_sentence_is_no_tag(after):
    assert _found(_story(LEAD, QUOTE + " " + after), "story.txt", "quotes.unattributed") == [(5, 1)]


def test_a_nested_straight_quote_ending_in_a_figure_is_no_inch_mark():
    text = _story(LEAD, 'Ames said: "The film was "Catch 22" and we left," he said.')
    assert _found(text, "story.txt", "quotes.unbalanced") == []
    assert _found(text, "story.txt", "quotes.nested-same-mark") == [(5, 26)]


# Guard (fx246): the tag fixes above (#4, #5) widen no reading past their shape.
@pytest.mark.parametrize("after", ["Smith, 45, said he would appeal.", "Ames, a lawyer, said nothing.",
                                   "Smith, 45, was there.", "However, on Tuesday, Ames said it.",
                                   "Smith said later that day he would go."])
def test_guard_a_sentence_past_an_apposition_or_that_day_with_a_clause_is_no_tag(after):
    assert _found(_story(LEAD, QUOTE + " " + after), "story.txt", "quotes.unattributed") == [(5, 1)]

