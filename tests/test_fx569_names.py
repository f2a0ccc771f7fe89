"""fx569 (qa424 #1-#3, #5): a swapped-letter surname with the same given
name stays a slip whatever describes it; a place-named slip used as a
person is flagged (the place reading was taken back: qa431). Synthetic
copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at, uses as _uses

SV = ("names.spelling-variant",)


# ---- qa424 #1, #2: f2a0925e reverted ---------------------------------------

@pytest.mark.parametrize("later", ["Jane Kowalcyzk, a nurse, said so. Kowalcyzk left.",
                                   "Jane Kowalcyzk, who runs a bakery, said so. Kowalcyzk left."])
def test_a_titled_and_a_described_same_given_name_is_a_slip(later):
    text = HEAD + "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n" + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


def test_guard_different_ages_stay_two_people():
    text = HEAD + "Jane Kowalczyk, 34, said so. Kowalczyk voted.\n\nJane Kowalcyzk, 71, said so. Kowalcyzk left.\n"
    assert _findings(text, SV) == []


# ---- qa424 #3: a place's name used as a person ------------------------------

@pytest.mark.parametrize("later, slip", [
    ("Later, Mr. Jordan said the team was glad.", "Jordan"),
    ("Later, Jordan, 41, said the team was glad.", "Jordan"),
    ("Later, Jordan, who coaches the team, was glad.", "Jordan"),
])
def test_a_place_named_slip_with_another_person_cue_is_flagged(later, slip):
    text = HEAD + "Coach Mike Jordon said the team was ready. Jordon smiled.\n\n" + later + "\n"
    assert _findings(text, SV) == [("names.spelling-variant", *_at(text, slip + ","
                                                                  if slip + "," in text else slip + " said"), slip)]


# ---- qa424 #5: 'another' binds to the name it modifies ----------------------

MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", ["On another day, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "In a different vote, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Another vote came, and Jane Kowalcyzk spoke. Kowalcyzk left."])
def test_another_that_modifies_something_else_leaves_the_slip_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.parametrize("later", ["Another Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "A different woman, Jane Kowalcyzk, spoke. Kowalcyzk left.",
                                   "Another resident, Jane Kowalcyzk, spoke. Kowalcyzk left."])
def test_guard_another_bound_to_the_name_after_the_mayor_is_another_person(later):
    assert _findings(HEAD + MAYOR + later + "\n", SV) == []
