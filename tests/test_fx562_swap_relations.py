"""fx562 (qa420 #3): for a surname with two letters swapped, "another", a
relative or "no relation" tells the two spellings apart only on a full
name with the other spelling's given name, after the other spelling is
met. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at, uses as _uses

SV = ("names.spelling-variant",)
MAYOR = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", [
    "Later, Jane Kowalcyzk spoke. Kowalcyzk left. Her husband, Tom Kowalczyk, stayed.",
    "Later, Jane Kowalcyzk spoke. Kowalcyzk left. Sam Kowalczyk, no relation, pitched.",
])
def test_another_given_names_relation_after_the_slip_leaves_it_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.parametrize("later", [
    "Her daughter, Jane Kowalcyzk, spoke. Kowalcyzk said she was glad.",
    "Another Jane Kowalcyzk spoke. Kowalcyzk said she was glad.",
    "Jane Kowalcyzk, no relation, spoke. Kowalcyzk said she was glad.",
])
def test_guard_the_slips_own_relation_after_the_other_spelling_tells_them_apart(later):
    assert _findings(HEAD + MAYOR + later + "\n", SV) == []


def test_guard_no_relation_on_the_slip_before_the_other_spelling_tells_them_apart():
    text = HEAD + ("Jane Kowalcyzk, no relation to the mayor, spoke. Kowalcyzk left.\n\n"
                   "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted. Kowalczyk won.\n")
    assert _findings(text, SV) == []


def test_guard_a_substituted_letter_with_another_stays_two_people():
    text = HEAD + ("Tom Smith spoke. Smith said it would wait.\n\n"
                   "Another Tom Smyth said the plan was sound. Smyth left.\n")
    assert _findings(text, SV) == []


# ---- qa420 #6: a form that is a place's name at every use ------------------

def test_guard_a_place_named_surname_given_in_full_is_still_a_slip():
    text = HEAD + "Coach Tom Chadd said the team was ready. Chadd smiled.\n\nLater, Tom Chad said he was glad.\n"
    assert _findings(text, SV) == [("names.spelling-variant", *_at(text, "Chad said"), "Chad")]


def test_guard_a_slip_that_is_no_place_beside_a_country_is_flagged():
    text = HEAD + ("Mayor Jane Kowalczyk, 54, said Britain must act. Kowalczyk voted.\n\n"
                   "Later, Jane Kowalcyzk spoke. Kowalcyzk left.\n")
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


# ---- qa420 #1: a title on one, a description on the other -----------------

@pytest.mark.parametrize("later", [
    "Later, Jane Kowalcyzk, the mayor, spoke. Kowalcyzk left.",
    "Later, Jane Kowalcyzk, who was elected mayor in 2019, spoke. Kowalcyzk left.",
    "Later, Jane Kowalcyzk, the city's mayor since 2019, spoke. Kowalcyzk left.",
])
def test_guard_a_description_naming_the_title_keeps_the_slip_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


def test_guard_a_description_on_the_titled_form_too_is_read_by_description():
    text = HEAD + ("Mayor Jane Kowalczyk, a nurse, said so. Kowalczyk voted.\n\n"
                   "Later, Jane Kowalcyzk, a nurse, spoke. Kowalcyzk left.\n")
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")
