"""After "according to", a place or an organisation is the source, no person
(qa42 p2, fx42): "According to England, the risk was low" opening a
sentence, or "..., according to England." inside one, is no person cue for
names.is_person, so "England" is no slip for "Englander". A person's surname
there still is one ("According to Smith,"), and so is a place's name that
the story gives as somebody's surname in full ("Michael Jordan")."""
from __future__ import annotations

import pytest

from lint.analysis.names import given_names, is_person, mentions
from titles_helpers import read, run, where

ENGLANDER = "Historian Rachel Englander said the council budget was short. "


def flagged(body: str, rule: str = "names.spelling-variant") -> list[tuple[int, int, str]]:
    return where(run(read("Council vote set\n\n" + body + "\n"), rule))


def cue(sentence: str) -> dict[str, bool]:
    """Each mention's text -> whether it is used as a person is."""
    doc = read("Council vote set\n\n" + sentence + "\n")
    named = given_names(doc)
    return {m.part.text[m.start:m.end]: is_person(m, named) for m in mentions(doc)}


@pytest.mark.parametrize("rest", [
    "According to England, the risk was low.",
    "The risk was low, according to England.",
    "The risk was low, according to England, and the vote went ahead.",
])
def test_a_place_after_according_to_is_no_person(rest):
    assert flagged(ENGLANDER + rest) == []


@pytest.mark.parametrize("slip", ["Englandr", "Englender"])
def test_a_persons_slip_after_according_to_is_still_caught(slip):
    body = ENGLANDER + f"According to {slip}, the risk was low."
    assert flagged(body) == [(3, body.index(slip, len(ENGLANDER)) + 1, slip)]


def test_a_cut_form_after_according_to_is_still_caught():
    body = ("City treasurer Priya Venkataraman presented the budget on Monday. "
            "According to Venkataram, the city would borrow less.")
    assert flagged(body) == [(3, body.index("Venkataram,") + 1, "Venkataram")]


@pytest.mark.parametrize("sentence, name, person", [
    ("According to Smith, the risk was low.", "Smith", True),
    ("The risk was low, according to Smith.", "Smith", True),
    ("According to McDonald, the risk was low.", "McDonald", True),
    ("According to DeSantis, the risk was low.", "DeSantis", True),
    ("According to England, the risk was low.", "England", False),
    ("According to Moscow, the strike hit a depot.", "Moscow", False),
    ("According to TechCrunch, the deal is off.", "TechCrunch", False),
    ("According to HonestReporting, the deal is off.", "HonestReporting", False),
    ("According to Manchester City, the deal is off.", "Manchester", False),
    ("England said the risk was low.", "England", True),
    # a run of two words is matched whole: a place, or a person's full name
    ("According to New Zealand, the risk was low.", "New Zealand", False),
    ("According to Tom England, the risk was low.", "Tom England", True),
])
def test_the_according_to_cue(sentence, name, person):
    assert cue(sentence)[name] is person


def test_a_place_name_given_as_a_surname_in_full_stays_a_person():
    """"Jordan" is a country, but the story names Michael Jordan: "According
    to Jordan," before the full name is his surname used first."""
    body = "According to Jordan, the team was tired. Coach Michael Jordan left early."
    assert flagged(body, "names.first-reference") == [(3, body.index("Jordan") + 1, "Jordan")]
    assert cue(body)["Jordan"] is True


def test_without_the_full_name_the_place_is_no_person():
    assert cue("According to Jordan, the border was shut.")["Jordan"] is False
