"""fx295: guards for the qa175 fixes to names.first-reference and its
neighbours: each fix stays narrow (a firm's short form with no person cue
is still the firm's; a descriptive word before a verb or a mark still closes
a firm's name; a sentence end before a title is still one; a run's first
word that is a name is still the firm's short form). Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import STORY_HED, first_references, read, run, where


@pytest.mark.parametrize("use", [
    "Dell said demand was strong.",
    "Dell, whose shares fell, said demand was strong.",
    "Dell (NYSE) said demand was strong.",
])
def test_a_firms_short_form_with_no_age_or_who_stays_the_firms(use):
    body = f"Dell Technologies said sales rose.\n\n{use}\n\nJim Dell, a spokesman, spoke."
    assert first_references(body) == []


@pytest.mark.parametrize("opening", [
    "Dell Technologies reported sales rose.",
    "Dell Technologies, the PC maker, said sales rose.",
    "Dell Technologies has said sales rose.",
    "Sales rose at Dell Technologies.",
])
def test_a_descriptive_word_before_a_verb_or_a_mark_still_names_a_firm(opening):
    body = f"{opening}\n\nDell said demand was strong.\n\nJim Dell, a spokesman, spoke."
    assert first_references(body) == []


def test_a_descriptive_word_before_a_lower_case_noun_leaves_the_surname_a_persons():
    body = "Walton Enterprises shares rose. Walton said it worked.\n\nJim Walton spoke."
    assert first_references(body) == [(5, 33, "Walton")]


@pytest.mark.parametrize("title", ["Rev.", "Det."])
def test_a_sentence_end_before_an_abbreviated_title_still_ends_the_apposition(title):
    body = f"Tom Smith came on Monday with his wife. {title} Smith said hello. Smith left."
    found = run(read(STORY_HED + body + "\n"), "names.first-reference")
    assert not any("second person" in d.message for d in found)
    aged = STORY_HED + f"Tom Smith, 60, came with his wife. {title} Smith, 61, said hello.\n"
    assert where(run(read(aged), "names.age-changed")) != []


def test_a_based_descriptor_is_left_out_of_the_firms_name():
    # "Texas-based" ends the run: "Jacobs" is the short form
    body = "Texas-based Jacobs Motor said sales rose.\n\nJacobs said demand was strong.\n\nAna Jacobs spoke."
    assert first_references(body) == []
