"""fx553 (nu73 #1): the date analysis reads a time's a.m. or p.m. written as
one word (`9am`, `9:00AM`, `9 PM`) as it reads `9 a.m.`, with the grammar
style.time-of-day uses (`lint.analysis.clock_times`), never as the verb
`am`; guards: the verb `am` and the tokens of a clause with no time stay."""
from __future__ import annotations

import pytest

from lint.analysis.clause_words import tokens
from lint.analysis.clock_times import glued_halves
from lint.analysis.tense import FUTURE, PAST, clause_tense, sentence_bounds
from lint.kinds import time_form


def _tense(text, date):
    start = text.index(date)
    return clause_tense(text, start, start + len(date), sentence_bounds(text)).tense


@pytest.mark.parametrize("written", ["9am", "9:00am", "9:00AM", "9 AM", "9AM", "9 Am"])
@pytest.mark.parametrize("sentence, date, tense", [
    ("The vote was at {} on Sept. 9.", "Sept. 9", PAST),
    ("The vote will be at {} on Aug. 5.", "Aug. 5", FUTURE),
    ("The board met at {}, Sept. 9, to vote.", "Sept. 9", PAST),
])
def test_a_glued_half_of_the_day_reads_as_a_m_does(sentence, date, tense, written):
    assert _tense(sentence.format("9 a.m."), date) == tense       # the spaced form, as it was
    assert _tense(sentence.format(written), date) == tense


def test_tokens_split_a_glued_half_into_the_letters_of_a_m():
    text = "The vote was at 9am, or 10:30PM on Sept. 9."
    words, commas = tokens(text, 0, text.index("Sept."))
    assert words == ["The", "vote", "was", "at", "9", "a", "m", "or", "10", "30", "P", "M", "on"]
    assert commas == [False] * 7 + [True] + [False] * 5
    assert tokens(text, 0, text.index("Sept."), 6) == (words[:6], commas[:6])
    spaced = "The vote was at 9 a.m. on Sept. 9."
    assert tokens(spaced, 0, spaced.index("Sept."))[0] == ["The", "vote", "was", "at", "9", "a", "m", "on"]


def test_glued_halves_are_where_time_of_day_reads_them():
    text = "Doors at 7pm, talk at 7:30 PM, close at 9 p.m., then 12noon and 6am.jpg."
    halves = glued_halves(text, 0, len(text))
    # '6am.jpg' is a file name's label, which the check skips (qa417 #6, fixed in fx561: was read as a.m.)
    assert sorted(text[i:i + 2] for i in halves) == ["PM", "pm"]
    read = {m.start("ap") for m in time_form.TIME.finditer(text) if m.start("ap") >= 0}
    assert halves <= read                         # the one grammar: never a time the check does not read
    assert all(any(t.start <= i < t.end for t in time_form.scan(text)) for i in halves)
    assert glued_halves(text, 0, text.index("7pm")) == frozenset()


@pytest.mark.parametrize("text", [
    "I am on leave until Sept. 9, the mayor said.",
    "Room 9 amends its hours on Sept. 9.",
    "The vote, 9-am in favor, was on Sept. 9.",
])
def test_guard_an_am_that_is_no_time_stays_a_word(text):
    words = tokens(text, 0, text.index("Sept."))[0]
    assert glued_halves(text, 0, text.index("Sept.")) == frozenset()
    assert "a" not in words and "m" not in words


def test_guard_the_verb_am_still_tells_the_present():
    assert _tense("I am at the hall on Sept. 9, the mayor said.", "Sept. 9") != PAST
