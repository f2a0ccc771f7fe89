"""Review rr50b of names.first-reference's place frames (`name_places.opens_a_place`,
nu50 #1, qa240 #3): what the number frame takes that main flagged. Every story
here is written for the test."""
from __future__ import annotations

import pytest

from test_first_reference_people import flagged

LATER = "\n\nPresident Barack Obama spoke later."


# rr50b #4: `_FRAME_BEFORE`'s number (`\d+`, qa240 #3) takes a year that ends an
# opening phrase with no comma ("In 2016", "Since 2009") or a count before a
# surname used as an era's modifier ("Obama State Department lawyers": `state`
# of names.yaml place_nouns before `Department`) as a place's frame, so the
# surname goes unflagged; main flags it, as lead49 still does with the comma.
@pytest.mark.parametrize("lead", [
    "In 2016 Obama State Department lawyers argued the case.",
    "Since 2009 Obama State Department lawyers have argued the case.",
    "Two Obama State Department lawyers argued the case.",
    "The Obama State Department approved the visas.",          # the era's 'the' (state is no place noun)
])
def test_rr50b_a_year_or_a_count_before_a_surname_and_state_department_is_the_person(lead):
    assert flagged(lead + LATER) == ["Obama"]


# the nearest cases, as they are: the comma after the opening phrase leaves no frame,
# and a number before a real place's name still opens it (qa240 #3)
@pytest.mark.parametrize("lead, names", [
    ("In 2016, Obama State Department lawyers argued the case.", ["Obama"]),
    ("Two Obama County deputies were injured.", []),
])
def test_rr50b_near_a_year_before_a_surname(lead, names):
    assert flagged(lead + LATER) == names
