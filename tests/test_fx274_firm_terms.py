"""fx274: every firm reading takes its words from one file (lint/data/firms.yaml,
lint/analysis/firm_terms.py); a list that is a subset of another is checked to be
one, and a noun or ending one reader lacked is now read by both. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis.firm_terms import _terms, family_firm, firm_terms, is_firm_ending, second_name_of_firm
from lint.rule_cache import load_data
from test_attribution_ownerless import PIPE, hows
from titles_helpers import first_references


def _data() -> dict:
    return dict(load_data("firms.yaml"))


@pytest.mark.parametrize("key, word, problem", [
    ("any_case_endings", "widgets", "no legal form or closing word"),
    ("legal_forms_also_titles", "Gov", "no legal form"),
])
def test_a_subset_list_holds_only_its_lists_words(key, word, problem):
    data = _data()
    data[key] = list(data[key]) + [word]
    with pytest.raises(ValueError, match=f"{key} .*{word}.* {problem}"):
        _terms(data)


def test_the_nouns_before_a_name_are_every_firm_noun_and_the_apposition_takes_no_trade():
    terms = firm_terms()
    assert set(terms.nouns_before_a_name) == set(terms.firm_nouns) | set(terms.trade_nouns)
    assert not set(terms.firm_nouns) & set(terms.trade_nouns)


@pytest.mark.parametrize("text, start, end, expected", [
    ("Smith & Sons sold it.", 0, 5, True),
    ("Jones & Smith sold it.", 8, 13, True),
    ("Pesch and Co, said so.", 0, 5, True),
    ("Smith Bros. sold it.", 0, 5, True),
    ("Smith Co sold it.", 0, 5, False),          # "Co" without its stop only after "and"
    ("Al Smith & his son came.", 3, 8, False),
])
def test_a_family_firm(text, start, end, expected):
    assert family_firm(text, start, end) is expected


def test_a_firms_second_name_after_a_comma():
    text = "Kidder, Peabody and Co Inc"
    assert second_name_of_firm(text, text.index("Peabody"), {"kidder"})
    assert not second_name_of_firm(text, text.index("Peabody"), {"ann"})


@pytest.mark.parametrize("word, expected", [("Corp", True), ("GMBH", True), ("bancorp", True),
                                            ("Limited", False), ("AG", False)])
def test_a_firms_ending_in_any_case(word, expected):
    assert is_firm_ending(word) is expected


@pytest.mark.parametrize("before, tag, how", [
    # a legal form attribution.yaml lacked: the speaker is a firm
    ("The storm closed roads on Monday.", "Brandvold GmbH said.", "cue"),
    # a firm noun only names.yaml had, before the name: the name is a firm's
    ("The brokerage Vantor makes widgets in Ohio.", "Vantor said.", "cue"),
    ("The unit Vantor makes widgets in Ohio.", "Vantor said.", "cue"),
])
def test_a_firm_quoted_just_before_owns_it(before, tag, how):
    first = "“We regret having to take this step,”"
    assert hows(before, f"{first} {tag}", f"{PIPE} the statement said.") == ["cue", how]


def test_a_startup_in_apposition_is_a_firm():
    body = "Zorbex, the Berlin startup, said sales rose. Later, founder Ana Zorbex spoke."
    assert first_references(body) == []
