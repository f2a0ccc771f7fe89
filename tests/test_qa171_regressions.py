"""QA (qa171) of fx275 on lead44: the backward walk stops at a real simple
past verb (tense.yaml `simple_past_only`), 'll / will + adverbs / going to
before `be`, comma-set attributions, "the board's to meet", "is to
blame/thank", "from" after "will <verb>", a lone "ll" after a subject
pronoun. Each test asserts the right behaviour; every fault is fixed now
(fx281, fx289 for #8), so they guard against its return. The comment over
each says whether main had the fault when it was filed."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import tense_findings

BEFORE = dt.date(2026, 4, 1)    # the dates below are after publication
AFTER = dt.date(2026, 6, 1)     # the dates below are before publication


def _at(kind: str, sentence: str, date: str = "May 5") -> list[tuple[str, int, int]]:
    return [(kind, 3, sentence.index(date) + 1)]


# 1 (HIGH, new on lead44; main right): "'s to" after a preposition is a
# possessive naming a place (a shop, a home), not "is to": a false future
@pytest.mark.parametrize("sentence", [
    "Shoppers lined up at Macy's to buy gifts on May 5, 2026.",
    "He went to McDonald's to eat on May 5, 2026.",
    "She drove to her mother's to help on May 5, 2026.",
])
def test_place_possessive_before_to_is_no_future(sentence):
    assert [f for f in tense_findings(sentence, AFTER) if f[0] == "future-tense-past-date"] == []


# 2 (HIGH, new on lead44; main right): a predicate possessive after a copula
# ("was Spain's to lose") is no contracted copula: a false future
@pytest.mark.parametrize("sentence", [
    "The title was Spain's to lose on May 5, 2026.",
    "It was the company's to lose on May 5, 2026.",
])
def test_predicate_possessive_before_to_is_no_future(sentence):
    assert [f for f in tense_findings(sentence, AFTER) if f[0] == "future-tense-past-date"] == []


# 3 (HIGH, main too): a simple_past_only form after "and" takes the farther
# "will" (verb_group._participle's and/or branch), though "will ... went"
# cannot share the auxiliary: the past event reads future
@pytest.mark.parametrize("sentence", [
    "He will meet them and went home on May 5, 2026.",
    "She will retire and spoke about it on May 5, 2026.",
])
def test_simple_past_after_and_is_not_future(sentence):
    assert tense_findings(sentence, BEFORE) == _at("after-publication", sentence)
    assert tense_findings(sentence, AFTER) == []


# 4 (HIGH, main too): "to them/us/him/me/you" is a preposition, not an
# infinitive; the past verb before it is lost
@pytest.mark.parametrize("sentence", [
    "He spoke to them on May 5, 2026.",
    "He spoke to him on May 5, 2026.",
    "He wrote to us on May 5, 2026.",
])
def test_to_before_object_pronoun_is_a_preposition(sentence):
    assert tense_findings(sentence, BEFORE) == _at("after-publication", sentence)


# 5 (HIGH, main too): a comma-set attribution with an auxiliary (", officials
# had said,") is still the date's cue: a false after-publication on a plan
@pytest.mark.parametrize("sentence", [
    "The board will meet, officials had said, on May 5, 2026.",
    "The board will meet, officials have said, on May 5, 2026.",
])
def test_attribution_with_auxiliary_is_set_aside(sentence):
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == _at("future-tense-past-date", sentence)


# 6 (HIGH, main too): "He‘ll have left" (split at U+2018) is future perfect
# like "He'll have left", but reads past: a false after-publication
def test_lone_ll_before_have_is_future_perfect():
    sentence = "He‘ll have left on May 5, 2026."
    assert tense_findings(sentence, BEFORE) == []
    assert tense_findings(sentence, AFTER) == _at("future-tense-past-date", sentence)


# 7 (HIGH, main too): "Mary‘ll testify" (U+2018, no space) is will as
# "Mary'll" is; only a pronoun before a lone "ll" counts now
def test_name_with_curly_ll_is_will():
    sentence = "Mary‘ll testify on May 5, 2026."
    assert tense_findings(sentence, AFTER) == _at("future-tense-past-date", sentence)


# 8 (HIGH, main too; fixed by fx289): a passive or adverb before "from" ("will be
# held from", "will run daily from") got no future range, while "will run from" did
@pytest.mark.parametrize("sentence", [
    "The festival will be held from May 4 through May 6, 2026.",
    "The festival will run daily from May 4 through May 6, 2026.",
])
def test_future_range_after_passive_or_adverb(sentence):
    assert tense_findings(sentence, AFTER) == (
        _at("future-tense-past-date", sentence, "May 4") + _at("future-tense-past-date", sentence, "May 6"))


# 9 (HIGH, new on lead44; main right): "is to thank" with an object is a plan
# ("The council is to thank residents"), not the idiom "who is to thank":
# main's future-tense-past-date is lost (copula_to_idioms takes no object)
def test_is_to_thank_with_object_is_a_plan():
    sentence = "The council is to thank residents at a ceremony on May 5, 2026."
    assert tense_findings(sentence, AFTER) == _at("future-tense-past-date", sentence)
