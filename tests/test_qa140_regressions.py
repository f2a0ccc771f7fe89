"""QA (qa140) of pf33 (the `future_cues` pre-test before
`future-tense-past-date` reads a clause's tense), on branch pf33.

A differential run of lead41 and pf33 over 34,786 generated sentences
(plain text, Markdown with front matter, HTML with markup in the clause)
and 80,000 random clauses fed to `may_read_future` and `clause_tense`
found no sentence lead41 flags and pf33 does not. The faults below are
the tense reader's (and, #9, the date scan's), shared by lead41, pf33 and
main: future clauses `future-tense-past-date` never flagged. Each test asserts the right
behaviour and was a strict xfail until its fault was fixed: 22a6e7e1 fixed #1, #2, #5 and #7,
94622fd9 #3 and #4, 82f51a41 #6 and #10, 501bfe06 #12, and removed their marks. fx265 took
back the fixes of #1 (three cases), #3 (He‘ll), #5, #7, #10 and #12; fx275 fixed #1, #5 and #7
again in `tense_walks._future_be` (the date's own `be`, not `verb_group.cue`), and #8 in
`tense._attribution_opening`, and #10 in `verb_group.contracted_copula` (not "Who's to",
nor "is to blame"), and #12 in `tense._future_range` (`from` right after "will <verb>" and
before a range's end), and #3 (He‘ll) in `verb_group.cue` (a lone "ll" after a subject
pronoun, tense.yaml `ll_subjects`). #9 and #11 are still strict xfails."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import located

PUB = dt.date(2026, 6, 1)


def _flagged(sentence: str) -> list[tuple[str, int, int]]:
    return [f for f in located(f"Headline\n\n{sentence}\n", PUB) if f[0] == "future-tense-past-date"]


# 1 (HIGH, lead41 and main too): "'ll be" is not read as "will be"
@pytest.mark.parametrize("sentence", [
    "They'll be in Paris on May 5, 2026.",
    "They’ll be meeting on May 5, 2026.",
    "It’ll be payable May 5, 2026.",
    "You’ll be able to vote on May 5, 2026.",
])
def test_contracted_will_before_be_is_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 2 (MED, lead41 and main too): "shan't" is no future word
@pytest.mark.parametrize("sentence", [
    "The board shan't meet before May 5, 2026.",
    "The board shan’t meet before May 5, 2026.",
])
def test_shant_is_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 3 (MED, lead41 and main too): 'll after a modifier letter apostrophe or a left single quote
@pytest.mark.parametrize("sentence", [
    "Heʼll testify on May 5, 2026.",
    "He‘ll testify on May 5, 2026.",
])
def test_will_contracted_with_other_apostrophes_is_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 4 (MED, lead41 and main too): "is about to" reads no time
def test_is_about_to_is_future():
    sentence = "The board is about to vote on May 5, 2026."
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 5 (HIGH, lead41 and main too): "going to be" is not read as "going to"
@pytest.mark.parametrize("sentence", [
    "The board is going to be in Paris on May 5, 2026.",
    "The board is going to be meeting on May 5, 2026.",
    "\"We're going to be ready by May 5, 2026,\" she said.",
])
def test_going_to_be_is_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", sentence.count("\n") + 3, sentence.index("May 5") + 1)]


# 6 (HIGH, lead41 and main too): "will be meeting May 5" read as the noun "meeting May 5"
@pytest.mark.parametrize("sentence", [
    "The board will be meeting May 5, 2026.",
    "The board is to be meeting May 5, 2026.",
])
def test_progressive_meeting_before_the_date_is_a_verb(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 7 (HIGH, lead41 and main too): an adverb between "will" and "be"
@pytest.mark.parametrize("sentence", [
    "The board will also be in Paris on May 5, 2026.",
    "The board will not be in Paris on May 5, 2026.",
    "The board will still be meeting on May 5, 2026.",
    "The board will likely be in Paris on May 5, 2026.",
])
def test_adverb_between_will_and_be_keeps_the_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 8 (HIGH, lead41 and main too): a past attribution set off inside the future clause
@pytest.mark.parametrize("sentence", [
    "The board will meet, officials said, on May 5, 2026.",
    "The board will, officials said, meet on May 5, 2026.",
    "The board will meet, it said, on May 5, 2026.",
])
def test_past_attribution_inside_a_future_clause(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 9 (MED, lead41 and main too): a date in capitals is no date
@pytest.mark.xfail(strict=True, reason="date_scan: month names match only as capitalised words, so a "
                   "date in capitals (an all-caps headline or wire line: \"BOARD WILL MEET JUNE 5, "
                   "2026\") is read by no date check; after-publication misses \"met on JUNE 15, 2026\" too")
@pytest.mark.parametrize("source, found", [
    ("BOARD WILL MEET JUNE 5, 2026\n\nThe board met.\n", ("future-tense-past-date", 1, 17)),
    ("Headline\n\nTHE BOARD WILL MEET ON JUNE 5, 2026.\n", ("future-tense-past-date", 3, 24)),
    ("Headline\n\nThe board met on JUNE 15, 2026.\n", ("after-publication", 3, 18)),
])
def test_dates_in_capitals_are_read(source, found):
    assert found in located(source, dt.date(2026, 6, 10))


# 10 (MED, lead41 and main too): a contracted copula before "to"
@pytest.mark.parametrize("sentence", [
    "The board's to meet on May 5, 2026.",
    "We’re to meet on May 5, 2026.",
])
def test_contracted_copula_to_is_future(sentence):
    assert _flagged(sentence) == [("future-tense-past-date", 3, sentence.index("May 5") + 1)]


# 11 (MED, lead41 and main too): the headline infinitive
@pytest.mark.xfail(strict=True, reason="verb_group.cue: headlinese `to` + verb (the future in headlines: "
                   "\"Board to meet June 5, 2026\") reads UNKNOWN, so a stale headline is not flagged while "
                   "\"Board will meet June 5, 2026\" is")
def test_headline_infinitive_is_future():
    source = "Board to meet June 5, 2026\n\nThe board met.\n"
    assert ("future-tense-past-date", 1, 15) in located(source, dt.date(2026, 6, 10))


# 12 (HIGH, lead41 and main too): a future range opened by "from"
@pytest.mark.parametrize("sentence", [
    "The festival will run from May 4 to May 5, 2026.",
    "The festival will run from May 4 through May 5, 2026.",
    "The festival will run from May 4, 2026, to May 5, 2026.",
])
def test_future_range_opened_by_from(sentence):
    assert ("future-tense-past-date", 3, sentence.index("May 5") + 1) in _flagged(sentence)
