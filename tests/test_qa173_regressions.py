"""qa173: late QA of fx289 on lead45 (a `from` range read by its verb;
hygiene.missing-space after a date's figure or an ordinal). Each fault is
a strict xfail that asserts the right behaviour."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import tense_findings
from story_helpers import missing_space

BEFORE = dt.date(2026, 5, 4)    # May 5 and May 8 of 2026 are after publication


# 1 (HIGH, new on lead45; main is silent on the `from` form, but flags the
# same sentence without `from`) ---------------------------------------------
# _range_told now hands a past span verb's `from` range to the backward
# walk, so the range is read as this year's; a year or period told after the
# range ("in 2025", "last spring", "two years ago") is not taken, and a
# finished span of an earlier year is flagged "after publication".
@pytest.mark.parametrize("sentence", [
    "The event was held from May 5 to May 8 in 2025.",
    "The show ran from May 5 to May 8 in 2025, and will return.",
    "The event lasted from May 5 to May 8 last spring.",
    "The festival ran from May 5 to May 8 two years ago.",
])
def test_a_past_from_range_of_an_earlier_year_is_not_after_publication(sentence):
    assert tense_findings(sentence, BEFORE) == []


# 2 (HIGH, new on lead45; main is silent on the `from` form, but flags the
# same sentence without `from`) ---------------------------------------------
# A habitual past ("usually ran from", "ran from ... every year") tells a
# custom, not this year's span; span_verbs now reads it past and flags it.
@pytest.mark.parametrize("sentence", [
    "The festival usually ran from May 5 to May 8.",
    "The festival traditionally ran from May 5 to May 8.",
    "The fair ran from May 5 to May 8 every year.",
    "The festival ran from May 5 to May 8 in earlier years.",
])
def test_a_habitual_past_from_range_is_not_after_publication(sentence):
    assert tense_findings(sentence, BEFORE) == []


# 3 (LOW, new on lead45) ----------------------------------------------------
# The rule says a figure glued to a currency sign stays silent ("$2025.The"),
# but its lookbehind names only $, £ and €: "¥2025.The", "₹2025.The" are
# flagged while "$2025.The" is not.


@pytest.mark.parametrize("sign", ["¥", "₹", "₩"])
def test_a_figure_after_any_currency_sign_is_treated_as_dollars_are(sign):
    assert missing_space(f"It cost {sign}2025.The buyer paid.") == missing_space("It cost $2025.The buyer paid.") == []


# 4 (HIGH, main too) --------------------------------------------------------
# _range_told lets only -ly adverbs (or one word after a bare future / future
# `be`) stand between the verb group and `from`: a future of a two-word verb
# ("will take place from") or with a plain adverb or place word ("will be
# held again/there/online from", "will again be held from") is left unread,
# though the same sentence without `from` is read future and flagged.
AFTER = dt.date(2026, 6, 1)     # May 5 and May 8 of 2026 are before publication


@pytest.mark.parametrize("sentence", [
    "The fair will take place from May 5 to May 8.",
    "The fair will be held again from May 5 to May 8.",
    "The fair will be held there from May 5 to May 8.",
    "The fair will be held online from May 5 to May 8.",
])
def test_a_future_from_range_after_a_phrasal_verb_or_plain_adverb_is_read_future(sentence):
    assert tense_findings(sentence, AFTER) == [("future-tense-past-date", 3, sentence.index("May 5") + 1),
                                               ("future-tense-past-date", 3, sentence.index("May 8") + 1)]
    without = sentence.replace(" from ", " ")
    assert tense_findings(without, AFTER) == [("future-tense-past-date", 3, without.index("May 5") + 1),
                                              ("future-tense-past-date", 3, without.index("May 8") + 1)]
