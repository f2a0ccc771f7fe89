"""QA (qa164) of fx260 on lead43: the tense reader's new future paths ('ll /
adverbs / 'going to' before 'be', a lone 'll', 's/'re before 'to', 'from'
after a future verb). Each fault below is new on lead43 (main is right on
the same input); each asserts the right behaviour (strict xfails until fx265
took back the fx260 paths that caused them)."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import located

BEFORE = dt.date(2026, 4, 1)    # the dates below are after publication
AFTER = dt.date(2026, 6, 1)     # the dates below are before publication


def _kinds(sentence: str, published: dt.date, kind: str) -> list[tuple[str, int, int]]:
    return [f for f in located(f"Headline\n\n{sentence}\n", published) if f[0] == kind]


def _at(kind: str, sentence: str) -> list[tuple[str, int, int]]:
    return [(kind, 3, sentence.index("May 5") + 1)]


# 1 (HIGH, new): a future 'be' in the main clause hides the past verb that owns the date
@pytest.mark.parametrize("sentence", [
    "It'll be the first time the mayor spoke on May 5, 2026.",
    "It will not be the first time the mayor spoke on May 5, 2026.",
    "It will also be the first time the mayor spoke on May 5, 2026.",
])
def test_future_be_does_not_hide_a_later_past_verb(sentence):
    assert _kinds(sentence, BEFORE, "after-publication") == _at("after-publication", sentence)


# 2 (HIGH, new): "he'll be" in reported speech hides the past verb next to the date
def test_contracted_will_in_reported_speech_does_not_hide_past_verb():
    sentence = "He said he'll be there, and he spoke on May 5, 2026."
    assert _kinds(sentence, BEFORE, "after-publication") == _at("after-publication", sentence)


# 3 (HIGH, new): "is going to be <verb>ing" reaches past a past participle that owns the date
def test_going_to_be_does_not_reach_past_a_participle():
    sentence = "The board is going to be reviewing the vote held on May 5, 2026."
    assert _kinds(sentence, BEFORE, "after-publication") == _at("after-publication", sentence)


# 4 (HIGH, new): a lone "ll" (Roman II typed with two l's) is read as "will"
def test_lone_ll_after_a_name_is_no_future():
    sentence = "Charles ll opened the bridge on May 5, 2026."
    assert _kinds(sentence, BEFORE, "after-publication") == _at("after-publication", sentence)


# 5 (HIGH, new): 'from' after a future verb is a retroactive start, not a future date
@pytest.mark.parametrize("sentence", [
    "The new rate will apply retroactively from May 5, 2026.",
    "The pay rise will be backdated from May 5, 2026.",
])
def test_retroactive_from_is_no_future_date(sentence):
    assert _kinds(sentence, AFTER, "future-tense-past-date") == []


# 6 (HIGH, new): 'from' after a comparison or measuring verb is a baseline
def test_from_after_a_comparison_is_a_baseline():
    sentence = "Sales will be compared with those from May 5, 2026."
    assert _kinds(sentence, AFTER, "future-tense-past-date") == []


# 7 (HIGH, new): "'s to blame" is the idiom "is to blame", no future
@pytest.mark.parametrize("sentence", [
    "Who's to blame for the fire on May 5, 2026, is unclear.",
    "The firm's to blame for the spill on May 5, 2026.",
])
def test_contracted_is_to_blame_is_no_future(sentence):
    assert _kinds(sentence, AFTER, "future-tense-past-date") == []
