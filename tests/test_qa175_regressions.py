"""qa175: late QA of fx288 (names.first-reference: a firm closed by a
descriptive word lends its first word as a short form; job words in names.yaml
titles; 'Tom Smith (45)') and pg46 (a surname in a quote named in full later in
its sentence; 'Lord Butler'; a relation across a sentence end) on lead45.
Each test asserts the right behaviour and is a strict xfail until fixed.
Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import STORY_HED, first_references, read, run, where


# ---- 1 (HIGH, lead45 only): a person cue after a descriptive firm's short form ----

@pytest.mark.parametrize("use", [
    "Dell, 58, said he was pleased.",
    "Dell, who founded the company in 1984, said he was pleased.",
    "Dell (58) said he was pleased.",
])
def test_an_age_or_who_after_a_descriptive_firms_short_form_keeps_a_person(use):
    body = f"Dell Technologies said sales rose.\n\n{use}\n\nMichael Dell spoke."
    assert first_references(body) == [(7, 1, "Dell")]


# ---- 2 (HIGH, lead45 only): a surname before a descriptive word and a lower-case noun ----

@pytest.mark.parametrize("body, expected", [
    ("Prices fell under Biden Energy rules. Biden said it worked.\n\nPresident Joe Biden spoke.",
     [(5, 39, "Biden")]),
    ("Under the Biden Energy policy, prices fell. Biden said it worked.\n\nPresident Joe Biden spoke.",
     [(5, 45, "Biden")]),
])
def test_a_descriptive_word_before_a_lower_case_noun_names_no_firm(body, expected):
    assert first_references(body) == expected


# ---- 3 (HIGH, lead45 only): a relation before an abbreviated title ----

@pytest.mark.parametrize("title", ["Rev.", "Det.", "Maj.", "Msgr."])
def test_a_relation_before_an_abbreviated_title_is_still_an_apposition(title):
    aged = STORY_HED + f"Tom Smith, 60, came on Monday with his wife, {title} Smith, 55, and their dog.\n"
    assert where(run(read(aged), "names.age-changed")) == []
    body = f"Tom Smith came on Monday with his wife, {title} Smith, and their dog. Smith said hello."
    found = run(read(STORY_HED + body + "\n"), "names.first-reference")
    assert [(d.line, d.column, d.snippet) for d in found] == [(5, 41 + len(title) + 1, "Smith")]
    assert "second person named Smith" in found[0].message


# ---- 4 (MED, main too): a capitalised word before the firm's name takes the short form ----

@pytest.mark.parametrize("body", [
    "Texas-based Dell Technologies said sales rose.\n\nDell said demand was strong.\n\n"
    "Jim Dell, a spokesman, spoke.",
    "Automaker Ford Motor said sales rose.\n\nFord said demand was strong.\n\n"
    "Executive Chair Bill Ford spoke.",
])
def test_a_descriptor_before_the_firms_name_is_not_its_short_form(body):
    assert first_references(body) == []
