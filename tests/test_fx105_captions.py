"""fx105: the fx96 caption leftovers. In an all-capitals credit a firm's
"CO." ends its name before a word in capitals that is no county office's
(credits.yaml `county_offices`: "MARION CO. SHERIFF'S OFFICE" stays one
credit); a date's last stop ends the credit's sentence in either case, a
month's own stop does in capitals when no day follows it, and in mixed case
a month's stop before its day ends nothing."""
from __future__ import annotations

import pytest

from story_helpers import credit_of as _credit
from test_qa61_breaks import _rules


@pytest.mark.parametrize("text,credit", [
    ("PHOTO BY ACME CO. SHOPPERS RUSH IN.", "PHOTO BY ACME CO"),
    ("PHOTO BY JANE DOE/ACME CO. SHOPPERS RUSH IN.", "PHOTO BY JANE DOE/ACME CO"),
    ("PHOTO BY JANE DOE DEC. 3. SHOPPERS RUSH IN.", "PHOTO BY JANE DOE DEC. 3"),
    ("PHOTO BY JANE DOE, DEC. 3, 2026. SHOPPERS RUSH IN.", "PHOTO BY JANE DOE, DEC. 3, 2026"),
    ("PHOTO BY JANE DOE IN DEC. SHOPPERS RUSH IN.", "PHOTO BY JANE DOE IN DEC"),
    ("Photo by Jane Doe Dec. 3. Shoppers rush in.", "Photo by Jane Doe Dec. 3"),
    ("Photo by Jane Doe, Dec. 3, 2026. Shoppers rush in.", "Photo by Jane Doe, Dec. 3, 2026"),
])
def test_a_firms_co_or_a_dates_stop_ends_the_credit(text, credit):
    assert _credit(text) == credit


@pytest.mark.parametrize("text", [
    "PHOTO COURTESY OF MARION CO. SHERIFF'S OFFICE",
    "PHOTO: MARION CO. PUBLIC LIBRARY",
    "PHOTO BY JANE DOE, DEC. 3, 2026",
    "PHOTO BY JANE DOE DEC. 3",
    "Photo by Jane Doe, Dec. 3.",
])
def test_a_countys_co_or_a_date_at_the_end_stays_in_the_credit(text):
    assert _credit(text) == text


def test_a_credit_after_a_dated_sentence_is_still_found():
    assert _credit("SHOPPERS RUSH IN ON DEC. 3. PHOTO BY JANE DOE") == "PHOTO BY JANE DOE"


# --- a picture label in another language ("Foto:", "Bild:"), or the French "Photo :"

@pytest.mark.parametrize("text,credit", [
    ("Foto: Ana Ruiz para El País", "Foto: Ana Ruiz para El País"),
    ("Bild: Jan Eck/dpa", "Bild: Jan Eck/dpa"),
    ("Bilder: Jan Eck und Partner", "Bilder: Jan Eck und Partner"),
    ("Fotografía: Ana Ruiz", "Fotografía: Ana Ruiz"),
    ("Shoppers rush in. Foto: Ana Ruiz", "Foto: Ana Ruiz"),
    ("FOTO: ANA RUIZ", "FOTO: ANA RUIZ"),
    # still
    ("Photo : Ana Ruiz pour Le Monde", "Photo : Ana Ruiz pour Le Monde"),
    ("Photo\u202f: Ana Ruiz pour Le Monde", "Photo\u202f: Ana Ruiz pour Le Monde"),
])
def test_a_foreign_picture_label_leads_a_credit(text, credit):
    assert _credit(text) == credit


@pytest.mark.parametrize("text", [
    "Foto: Mayor Ana Ruiz thanks Sen. Jane Doe at City Hall.",
    "Fotos: the bank said the images were fakes",
])
def test_a_sentence_after_a_foreign_label_is_still_no_credit(text):
    assert _credit(text) is None


def test_a_foreign_label_credits_the_caption_in_every_format():
    assert _rules("Shoppers rush in on Monday. Foto: Ana Ruiz para El País", "captions") == [[], [], []]
