"""names.spelling-variant: whose use of a name the story says it is (fx39,
from qa42 #1, #2, #5, #6, #8 and rv19 M3). The masculine form of a Slavic
feminine surname is flagged only at the uses the story says are hers, and not
at all once a use is a man's; a possessive owning kin is the owner, not the
woman; a couple's joint title and a man's kin noun before the name are no
woman's; a place's possessive and a street's name are no person's name. A
spaced double surname is read across a no-break space, a soft wrap or two
spaces (qa42 #9)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

KUZNETSOVA = "Council member Anna Kuznetsova said the budget vote was close. "


def flagged(body: str) -> list[tuple[int, int, str]]:
    return where(run(read("Council vote set\n\n" + body + "\n"), "names.spelling-variant"))


def texts(body: str) -> list[str]:
    return [t for _, _, t in flagged(body)]


@pytest.mark.parametrize("rest", [
    # qa42 #1: one "she" no longer flips the uses the story gives a man
    "Mr. Kuznetsov said the council budget was fair. Kuznetsov said she worked hard.",
    "Kuznetsov said he was proud of the council budget. Kuznetsov said she worked hard.",
    "Her husband, Kuznetsov, said he agreed with the council budget. Kuznetsov said she would run again.",
    # qa42 #2: the "she" is the owned person's
    "Kuznetsov's wife said she voted no on the council budget.",
    "Kuznetsov’s daughter said she voted no on the council budget.",
    # qa42 #5: a couple
    "Mr. and Mrs. Kuznetsov said they agreed with the council budget.",
    "Mr. & Mrs. Kuznetsov said she agreed with the council budget.",
    # rv19 M3: a man's kin noun in apposition before the name
    "Her father, Kuznetsov, said she had trained every morning since she was six.",
    "Her son Kuznetsov said she was tired.",
])
def test_a_mans_use_or_anothers_pronoun_is_not_hers(rest):
    assert texts(KUZNETSOVA + rest) == []


def test_only_the_uses_the_story_says_are_hers_are_flagged():
    body = KUZNETSOVA + "Later, Kuznetsov said she was glad. Kuznetsov voted no."
    assert flagged(body) == [(3, body.index("Kuznetsov said") + 1, "Kuznetsov")]


@pytest.mark.parametrize("body", [
    "Council member Anna Kuznetsova spoke. Ms. Kuznetsov said the vote was close.",
    "Council member Anna Kuznetsova spoke. His daughter, Kuznetsov, said she was glad.",
])
def test_her_own_uses_are_still_caught(body):
    assert texts(body) == ["Kuznetsov"]


@pytest.mark.parametrize("body", [
    # qa42 #6: "family-friendly" owns no family
    "Historian Ann Hollander said the council budget was short. Holland's family-friendly budget passed.",
    "Historian Ann Hollander said the council budget was short. Holland's partner-track plan passed.",
    # qa42 #6: after "According to", a possessive's owner is a thing's source
    "Historian Rachel Englander said the council budget was short. "
    "According to England's health service, the risk was low.",
    "Historian Rachel Englander said the council budget was short. "
    "The risk was low, according to England's health service.",
])
def test_a_possessive_that_owns_a_thing_is_no_person(body):
    assert texts(body) == []


def test_a_possessive_after_according_to_that_owns_a_person_still_is():
    assert texts("City treasurer Priya Venkataraman presented the budget on Monday. "
                 "According to Venkataram's aide, the city would borrow less.") == ["Venkataram"]


def test_a_street_does_not_count_towards_the_spelling_used_more():
    """qa42 #8: "Dubois Street" made Dubois the spelling used twice, so the
    introduction "Ann DuBois" was flagged and not the later slip."""
    body = ("Council member Ann DuBois said the council budget vote was close. Dubois Street residents "
            "said the council budget was unfair. Dubois said she voted no.")
    assert flagged(body) == [(3, body.rindex("Dubois") + 1, "Dubois")]


@pytest.mark.parametrize("gap", ["\u00a0", "\n", "  ", " \n"])
def test_a_spaced_double_surname_across_a_wide_gap(gap):
    body = ("Council member Ana Vasquez-Lind said the budget vote was close. The council budget was fair, "
            f"said Ana Vasquez{gap}Lind, who voted no.")
    at = body.index("Vasquez" + gap)
    assert flagged(body) == [(3, at + 1, f"Vasquez{gap}Lind")]

