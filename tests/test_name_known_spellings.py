"""Spellings a copy desk knows belong to one name (nu22 #4): surname endings
(names.yaml `surname_endings`: Montgomery/Montgomerie) for
names.spelling-variant, and given names (given_names.yaml: Katherine/Catherine,
Steven/Stephen, Sara/Sarah, Geoffrey/Jeffrey; not Jon/John nor Ann/Anne) for
names.given-name-variant; the rules' tests for two people still hold."""
from __future__ import annotations

import pytest

from lint.analysis.names import ending_keys, ending_variant
from lint.kinds.name_given_variant import known_variants
from titles_helpers import read, run, where

SURNAME = "names.spelling-variant"
GIVEN = "names.given-name-variant"


def story(*paragraphs: str):
    return read("School board picks superintendent\n\n" + "\n\n".join(paragraphs) + "\n")


@pytest.mark.parametrize("main, slip", [
    ("Montgomery", "Montgomerie"), ("Montgomery", "Montgomerey"), ("Mackie", "Mackey"),
    ("Andersen", "Anderson"), ("Hoffmann", "Hoffman"),
])
def test_a_known_surname_ending_is_another_spelling(main, slip):
    doc = story(f"The board named Katherine {main} as superintendent. {main}, 52, has led "
                "the district since 2019.", f"{slip} will start Jan. 5, {main} said.")
    found = run(doc, SURNAME)
    assert [(d.snippet, f"of '{main}'" in d.message) for d in found] == [(slip, True)]
    assert where(found) == [(5, 1, slip)]


def test_ending_keys_and_variants_need_four_letters_before_the_ending():
    assert ending_keys("montgomerie") & ending_keys("montgomery")
    assert ending_variant("kelly", "kelley") and ending_variant("kelley", "kellie")
    assert not ending_variant("codie", "cody")          # 'cod' is too short a stem
    assert not ending_variant("montgomery", "montgomery")
    assert not ending_variant("harrison", "harrisman")   # endings of different groups


def test_two_people_with_known_endings_stay_quiet():
    doc = story("Coach Dana Kelly, 41, and trainer Ray Kelley, 39, spoke.",
                "Kelly said the team was ready; Kelley agreed.")
    assert run(doc, SURNAME) == []


@pytest.mark.parametrize("main, slip", [
    ("Katherine", "Catherine"), ("Steven", "Stephen"), ("Sara", "Sarah"),
    ("Geoffrey", "Jeffrey"),
])
def test_a_known_given_name_variant_is_flagged_at_its_place(main, slip):
    doc = story(f"The board on Tuesday named {main} Montgomery as superintendent.",
                "Montgomery, 52, has led the district since 2019.",
                f"Board members praised {slip} Montgomery for the work.")
    found = run(doc, GIVEN)
    assert where(found) == [(7, 23, slip)]
    assert f"'{slip}' and '{main}' are both written with 'Montgomery'" in found[0].message


@pytest.mark.parametrize("paragraphs", [
    # one paragraph, different ages, a relative: two people
    ["Sara Lindqvist runs the bakery. Sarah Lindqvist, who keeps the books, said the rent rose."],
    ["Steven Alvarez, 40, spoke. Alvarez said no.", "Stephen Alvarez, 71, left."],
    ["Steven Ruiz, 19, scored twice.", "His brother, Stephen Ruiz, scored once."],
])
def test_known_variants_that_are_two_people_stay_quiet(paragraphs):
    assert run(story(*paragraphs), GIVEN) == []


def test_distinct_still_parts_a_known_variant():
    doc = story("Sara Alvarez spoke. Alvarez said no.", "Sarah Alvarez left.")
    assert [d.snippet for d in run(doc, GIVEN)] == ["Sarah"]
    assert run(doc, GIVEN, distinct=[["Sara", "Sarah"]]) == []


def test_known_variants_are_listed_groups_only():
    assert known_variants("katherine", "catherine") and known_variants("jeffrey", "geoffrey")
    assert not known_variants("carl", "karl") and not known_variants("sara", "sara")
    # qa46 #3: common names of their own, a father and son, a mother and daughter
    assert not known_variants("jon", "john") and not known_variants("ann", "anne")


def test_a_newsroom_adds_its_own_groups_with_known():
    # qa46 #7: given_names.yaml said "a copy of this file", which no setting read
    doc = story("Jon Alvarez spoke. Alvarez said no.", "John Alvarez left.")
    assert run(doc, GIVEN) == []
    assert [d.snippet for d in run(doc, GIVEN, known=[["Jon", "John"]])] == ["John"]
    # the tests for two people still apply to the newsroom's groups
    doc = story("Jon Alvarez, 40, spoke. Alvarez said no.", "John Alvarez, 71, left.")
    assert run(doc, GIVEN, known=[["Jon", "John"]]) == []
