"""fx96: all-capitals captions (qa63 #12a): a name's or a firm's suffix ends
the credit's sentence ("PHOTO BY SGT. JANE DOE JR. SHOPPERS RUSH IN"), and a
word between two titled names makes a sentence of a label's body in capitals
too ("PHOTO: MAYOR ANA RUIZ THANKS SEN. JANE DOE"); with the guards for what
must still read as a credit."""
from __future__ import annotations

import pytest

from story_helpers import credit_of as _credit
from test_qa61_breaks import _dated


@pytest.mark.parametrize("text,credit", [
    ("PHOTO BY SGT. JANE DOE JR. SHOPPERS RUSH IN.", "PHOTO BY SGT. JANE DOE JR"),
    ("PHOTO BY JANE DOE SR. SOLDIERS TRAIN AT THE BASE.", "PHOTO BY JANE DOE SR"),
    ("PHOTO BY ACME INC. WORKERS STRIKE.", "PHOTO BY ACME INC"),
    ("Photo by Jane Doe Jr. Shoppers rush in.", "Photo by Jane Doe Jr"),
])
def test_a_suffix_stop_before_a_capitalised_word_ends_the_credit(text, credit):
    assert _credit(text) == credit


@pytest.mark.parametrize("text,credit", [
    # a title's stop, a county's "CO.", a slash or a number after the suffix: no end
    ("SOLDIERS TRAIN. PHOTO BY SGT. JANE DOE JR.", "PHOTO BY SGT. JANE DOE JR."),
    ("Photo by Jane Doe Jr./AP", "Photo by Jane Doe Jr./AP"),
    ("Shoppers rush in. (AP Photo/Jane Doe Jr.)", "(AP Photo/Jane Doe Jr.)"),
    ("PHOTO COURTESY OF MARION CO. SHERIFF'S OFFICE", "PHOTO COURTESY OF MARION CO. SHERIFF'S OFFICE"),
    ("PHOTO BY SGT. JANE DOE JR. 1ST INFANTRY", "PHOTO BY SGT. JANE DOE JR. 1ST INFANTRY"),
    ("SHOPPERS RUSH IN ON DEC. 3. PHOTO BY JANE DOE", "PHOTO BY JANE DOE"),
])
def test_other_stops_still_end_no_credit(text, credit):
    assert _credit(text) == credit


@pytest.mark.parametrize("text", [
    "PHOTO: MAYOR ANA RUIZ THANKS SEN. JANE DOE AT CITY HALL.",
    "PHOTO: GOV. ANA RUIZ GREETS REP. TOM LEE AT THE CAPITOL.",
])
def test_a_word_between_titled_names_in_capitals_is_a_sentence(text):
    assert _credit(text) is None


@pytest.mark.parametrize("text", [
    "PHOTO: U.S. ARMY SGT. JANE DOE",                   # a unit before the only title
    "PHOTO: SGT. JANE DOE AND SGT. JOHN ROE",           # joined by a credit's word
    "PHOTO: LT. GOV. ANA RUIZ",                         # two titles, no name between
    "PHOTO: STAFF SGT. JANE DOE, 1ST INFANTRY DIVISION",
    "PHOTO: MR. T IN DC/FLICKR",
    "PHOTO: GOV. ANA RUIZ/REUTERS",
])
def test_capitals_credits_with_titles_stay_credits(text):
    assert _credit(text) == text


# --- a picture label's body with a foreign credit's "for" or "and" between names

@pytest.mark.parametrize("text", [
    "Photo: Ana Ruiz para El País",
    "Photo: Ana Ruiz pour Le Monde",
    "Photo: Jan Eck und Partner",
])
def test_a_foreign_credits_connective_between_names_is_no_verb(text):
    assert _credit(text) == text


# --- the picture's moment: an opening "As", and "when" or "while" read as "as"

@pytest.mark.parametrize("caption,dated", [
    ("As the store opens at 6 a.m. Friday, Dec. 4, 2026, shoppers rush in.", ["Friday"]),
    ("Photo: As the store opens at 6 a.m. Friday, Dec. 4, 2026, shoppers rush in.", ["Friday"]),
    ("Shoppers rush in. As the store opens at 6 a.m. Friday, Dec. 4, 2026, crowds grow.", ["Friday"]),
    ("Shoppers rush in when the store opens at 6 a.m. Friday, Dec. 4, 2026.", ["Friday"]),
    ("When the parade steps off at 10 a.m. Saturday, Dec. 5, 2026, crowds cheer.", ["Saturday"]),
    ("Crowds cheer while the parade steps off at 10 a.m. Saturday, Dec. 5, 2026.", ["Saturday"]),
    ("Shoppers line up Thursday night as the store opens at 6 a.m. Friday, Dec. 4, 2026.", ["Friday"]),
])
def test_the_moment_an_event_starts_with_as_when_or_while(caption, dated):
    assert _dated(caption) == dated


@pytest.mark.parametrize("caption", [
    "Crowds line up the day when the parade steps off at 10 a.m. Saturday, Dec. 5, 2026.",
    "As the store opens at 6 a.m. Friday, Dec. 4, 2026, shoppers will rush in.",
    "When the parade steps off at 10 a.m. Saturday, Dec. 5, 2026, it will pass City Hall.",
    "The parade steps off at 10 a.m. Saturday, Dec. 5, 2026.",
    "Such as the store opens at 6 a.m. Friday, Dec. 4, 2026.",
])
def test_advances_with_when_or_an_opening_as_stay_quiet(caption):
    assert _dated(caption) == []
