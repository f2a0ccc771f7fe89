"""The backward walk from a date to its verb stops at a real finite past
verb: a simple-past form that is never a participle ("spoke", "drew",
"took": tense.yaml's `simple_past_only`) tells the date's event as done
even when a future or a modal stands farther back in the clause ("It will
be the first time the mayor spoke on May 5"). A form that is also a
participle ("pledged", "held", "met") after a noun may be a reduced relative
under that future ("must repurchase securities pledged on April 22") and is
read as before."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import located
from lint.analysis.verb_group import before_adverbs, words

BEFORE = dt.date(2026, 4, 1)    # May 5, 2026 is after publication


def _after_publication(sentence: str) -> list[tuple[str, int, int]]:
    return [f for f in located(f"Headline\n\n{sentence}\n", BEFORE) if f[0] == "after-publication"]


@pytest.mark.parametrize("sentence", [
    "It will be the first time the mayor spoke on May 5, 2026.",
    "The council will consider the plan the mayor drew up on May 5, 2026.",
    "Voters must remember the oath she took on May 5, 2026.",
    "Officials could review the speech she gave on May 5, 2026.",
])
def test_a_simple_past_form_after_a_future_is_told_as_done(sentence):
    assert _after_publication(sentence) == [("after-publication", 3, sentence.index("May 5") + 1)]


@pytest.mark.parametrize("sentence", [
    "The bank must repurchase securities pledged on May 5, 2026.",
    "The bank will repay the loans it held on May 5, 2026.",
])
def test_a_form_that_is_also_a_participle_still_looks_ahead(sentence):
    assert _after_publication(sentence) == []


def test_simple_past_only_forms_are_past_forms_and_no_participles():
    w = words()
    assert w["simple_past_only"] and w["simple_past_only"] <= w["irregular"]
    assert not w["simple_past_only"] & w["participles"]


@pytest.mark.parametrize("lows, i, expected", [
    (["it", "will", "also", "be"], 3, 1),
    (["will", "almost", "certainly", "be"], 3, 0),
    (["not", "quickly", "be"], 2, -1),
    (["the", "rally", "be"], 2, 1),               # an -ly noun is no adverb
    (["will", "be"], 1, 0),
])
def test_one_adverb_walk_back_to_the_auxiliary(lows, i, expected):
    assert before_adverbs(lows, i, words()) == expected


# A future `be` read for the date's own verb group (qa140 #1, #5, #7) does
# not make a farther `be` hide the date's past verb, even one that is also
# a participle ("met"): as on main, which reads those `be`s UNKNOWN.
@pytest.mark.parametrize("sentence", [
    "It'll be the first time the mayor met on May 5, 2026.",
    "It will also be the first time the mayor met on May 5, 2026.",
    "It is going to be the first time the mayor met on May 5, 2026.",
])
def test_a_future_be_farther_back_keeps_the_dates_past_verb(sentence):
    assert _after_publication(sentence) == [("after-publication", 3, sentence.index("May 5") + 1)]


# An attribution set off by commas between the verb and the date (qa140 #8)
# is read past: the clause's own verb tells. Without the closing comma the
# date is the attribution's ("officials said on May 5").
AFTER = dt.date(2026, 6, 1)     # May 5, 2026 is before publication


@pytest.mark.parametrize("sentence, kinds", [
    ("The board will meet, a spokesman for the city said, on May 5, 2026.", ["future-tense-past-date"]),
    ("The board will meet, officials said on May 5, 2026.", []),
    ("The board will meet, officials had said on May 5, 2026.", []),
    ("The plan, officials said, on May 5, 2026, was dropped.", []),
])
def test_an_attribution_aside_is_read_past(sentence, kinds):
    found = located(f"Headline\n\n{sentence}\n", AFTER)
    assert [f for f in found if f[0] == "future-tense-past-date"] == [
        (k, 3, sentence.index("May 5") + 1) for k in kinds]


def test_the_past_verb_before_an_attribution_aside_still_tells():
    sentence = "Shares fell, traders said, on May 5, 2026."
    assert _after_publication(sentence) == [("after-publication", 3, sentence.index("May 5") + 1)]


# "'s to" / "’re to" is `is to` / `are to` (qa140 #10), but not in an idiom
# with no plan ("Who's to say", "is to blame"), a toast, or a possessive
# that `to` joins to another ("this year's to next year's").
@pytest.mark.parametrize("sentence, kinds", [
    ("The minister's to visit Paris on May 5, 2026.", ["future-tense-past-date"]),
    ("Who's to say the vote on May 5, 2026, was fair?", []),
    ("That's to say the vote on May 5, 2026, mattered.", []),
    ("He's to blame for the crash on May 5, 2026.", []),
    ("The firm is to blame for the May 5, 2026, spill.", []),
    ("Here's to winning on May 5, 2026.", []),
    ("Spending rose from this year's to next year's budget on May 5, 2026.", []),
])
def test_contracted_copula_before_to(sentence, kinds):
    found = located(f"Headline\n\n{sentence}\n", AFTER)
    assert [f for f in found if f[0] == "future-tense-past-date"] == [
        (k, 3, sentence.index("May 5") + 1) for k in kinds]


# `from` after a future verb is a future range only right after "will <verb>"
# and with the range's end after the date (qa140 #12); a baseline, a
# retroactive start or a lone start is not (qa164 #5-#6).
@pytest.mark.parametrize("sentence", [
    "Sales will be compared with those from May 4 to May 5, 2026.",
    "The new rate will apply retroactively from May 4 to May 5, 2026.",
    "The rate will apply from May 4, 2026.",
])
def test_from_is_no_future_range_away_from_the_verb_or_alone(sentence):
    assert [f for f in located(f"Headline\n\n{sentence}\n", AFTER) if f[0] == "future-tense-past-date"] == []


# A lone "ll" is `will` after a subject pronoun ("He‘ll", split at its
# U+2018, qa140 #3), also before `be`; after a name it is a Roman II typed
# with l's (qa164 #4).
@pytest.mark.parametrize("sentence, kinds", [
    ("She‘ll be in Paris on May 5, 2026.", ["future-tense-past-date"]),
    ("They‘ll meet on May 5, 2026.", ["future-tense-past-date"]),
    ("Charles ll met the envoy on May 5, 2026.", []),
])
def test_a_lone_ll_after_a_pronoun_is_will(sentence, kinds):
    found = located(f"Headline\n\n{sentence}\n", AFTER)
    assert [f for f in found if f[0] == "future-tense-past-date"] == [
        (k, 3, sentence.index("May 5") + 1) for k in kinds]
