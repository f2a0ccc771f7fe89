"""Faults QA (qa158) found trying to break fx239/fx243's quote changes:
`<br><br>` ending a paragraph after an abbreviation or a quoted question,
rights lines as fragment furniture, the tag after a full stop, the straight
inch mark. See /work/wt/reports/qa158.md. Each fault is a strict xfail
asserting the right behaviour. Synthetic input only.
"""
from __future__ import annotations

import pytest

from lint import lint_text

LD, RD = "\u201c", "\u201d"


def _found(text: str, name: str, rule: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, name) if d.rule == rule]


def _page(*blocks: str) -> str:
    body = "\n".join(blocks)
    return ("<!doctype html>\n<html><head><title>Ferry fares rise</title></head>\n<body><article>\n"
            f"<h1>Ferry fares rise</h1>\n{body}\n</article></body></html>\n")


def _story(*paragraphs: str) -> str:
    return "Ferry fares rise\n\n" + "\n\n".join(paragraphs) + "\n"


QUOTE = LD + "The ferries are old and the fares must rise to pay for new ones." + RD
LEAD = "The council met on Tuesday to vote on the ferry fares."


@pytest.mark.xfail(strict=True, reason="<br><br> after an abbreviation (Dr., U.S., an initial, p.m.) is taken "
                                       "for a sentence end: the paragraph splits and the open quote is 'never closed'")
@pytest.mark.parametrize("words", ["We asked Dr.<br><br>Ames to look at the books,",
                                   "We asked the U.S.<br><br>Army to help us,",
                                   "We asked John F.<br><br>Ames to help us,",
                                   "We met at 4 p.m.<br><br>on Tuesday and nobody came,"])
def test_br_br_after_an_abbreviation_inside_a_quote_breaks_no_quote(words):
    page = _page("<p>Mayor Ellen Park said: " + LD + words + RD + " she said.</p>",
                 "<p>The council meets on Tuesday.</p>")
    assert _found(page, "story.html", "quotes.unbalanced") == []


@pytest.mark.xfail(strict=True, reason="<br><br> after a quote's ? or ! splits the quote from its tag "
                                       "(the sentence goes on): a false quotes.unattributed")
@pytest.mark.parametrize("quote, tag", [("Who pays for the ferries?", "Mayor Ellen Park asked the council."),
                                        ("We will not pay!", "Mayor Ellen Park said.")])
def test_br_br_between_a_quoted_question_and_its_tag_keeps_the_tag(quote, tag):
    page = _page("<p>" + LD + quote + RD + "<br><br>" + tag + "</p>",
                 "<p>The council meets on Tuesday.</p>")
    assert _found(page, "story.html", "quotes.unattributed") == []


@pytest.mark.xfail(strict=True, reason="a fragment paragraph opening 'Copyright 2026' with a quote in it is "
                                       "taken for a rights line: its unattributed quote is lost (main reports it)")
def test_a_quote_paragraph_opening_with_a_rights_word_and_a_year_is_no_rights_line():
    mark = "Copyright"
    fragment = ("<p>The council met on Tuesday.</p>\n"
                "<p>" + mark + " 2026 " + LD + "belongs to the city, not the builder.\u201d</p>\n"
                "<p>The council meets again next week.</p>\n")
    assert _found(fragment, "story.html", "quotes.unattributed") == [(2, 19)]


@pytest.mark.xfail(strict=True, reason="after a quote's full stop, a tag whose speaker has an apposition "
                                       "(Smith, 45, said.) is no longer a tag: a false quotes.unattributed (main: none)")
@pytest.mark.parametrize("tag", ["Smith, 45, said.", "Ames, a lawyer, said.", "Smith, the mayor, says.",
                                 "Smith, 45, said Tuesday."])
def test_a_full_stop_tag_with_an_apposition_is_still_a_tag(tag):
    assert _found(_story(LEAD, QUOTE + " " + tag), "story.txt", "quotes.unattributed") == []


@pytest.mark.xfail(strict=True, reason="after a quote's full stop, 'Smith said later that day.' is no tag: "
                                       "'that' (a demonstrative) is read as a clause word (main: none)")
def test_a_full_stop_tag_ending_in_that_day_is_still_a_tag():
    tag = "Smith said later that day."
    assert _found(_story(LEAD, QUOTE + " " + tag), "story.txt", "quotes.unattributed") == []


@pytest.mark.xfail(strict=True, reason="after a quote's full stop, 'Smith didn't say.' (a contracted not) "
                                       "is taken as the quote's tag; NOT_SAID knows only 'not'")
@pytest.mark.parametrize("after", ["Smith didn't say.", "Police wouldn't say."])
def test_a_contracted_not_sentence_is_no_tag(after):
    assert _found(_story(LEAD, QUOTE + " " + after), "story.txt", "quotes.unattributed") == [(5, 1)]


@pytest.mark.xfail(strict=True, reason="a straight nested quote ending in a figure (\"Catch 22\") inside a "
                                       "straight quote is read as an inch mark: 'never closed' replaces main's nested-same-mark")
def test_a_nested_straight_quote_ending_in_a_figure_is_no_inch_mark():
    text = _story(LEAD, 'Ames said: "The film was "Catch 22" and we left," he said.')
    assert _found(text, "story.txt", "quotes.unbalanced") == []
    assert _found(text, "story.txt", "quotes.nested-same-mark") == [(5, 26)]
