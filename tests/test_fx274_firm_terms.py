"""fx274: every firm reading takes its words from one file (lint/data/firms.yaml,
lint/analysis/firm_terms.py); a list that is a subset of another is checked to be
one, and an ending one reader lacked is now read by both; each firm noun is read
where its reader read it before (qa167 #1, #2). Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis.firm_terms import _term_lists, family_firm, firm_terms, is_firm_ending, second_name_of_firm
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
        _term_lists(data)


def test_the_nouns_before_a_name_and_in_apposition_share_only_firm_nouns():
    terms = firm_terms()
    assert terms.nouns_before_a_name == terms.firm_nouns + terms.trade_nouns
    assert terms.nouns_in_apposition == terms.firm_nouns + terms.apposition_nouns
    assert set(terms.nouns_before_a_name) & set(terms.nouns_in_apposition) == set(terms.firm_nouns)


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


FIRST = "“We regret having to take this step,”"


@pytest.mark.parametrize("before, tag", [
    # a legal form attribution.yaml lacked: the speaker is a firm
    ("The storm closed roads on Monday.", "Brandvold GmbH said."),
    # a firm noun before the name (`firm_nouns`, `trade_nouns`): the name is a firm's
    ("The airline Vantor flies to Ohio.", "Vantor said."),
    ("The startup Vantor makes widgets in Ohio.", "Vantor said."),
])
def test_a_firm_quoted_just_before_owns_it(before, tag):
    assert hows(before, f"{FIRST} {tag}", f"{PIPE} the statement said.") == ["cue", "cue"]


def test_a_noun_read_only_in_apposition_makes_a_firm_there():
    # `apposition_nouns`: "Zorbex, the Berlin brokerage," names the firm Zorbex ...
    body = "Zorbex, the Berlin brokerage, said sales rose. Later, founder Ana Zorbex spoke."
    assert first_references(body) == []
    # ... but "the brokerage Vantor" before the name names none (qa167 #1), so the
    # statement is the document's, unlike after "the airline Vantor" above
    assert hows("The brokerage Vantor flies to Ohio.", f"{FIRST} Vantor said.",
                f"{PIPE} the statement said.") == ["cue", "document"]
