"""rr49a's review of ddcacca2..lead48: behaviour changes left for a mend,
each a strict xfail naming its finding, with the nearest case that passes now."""
from __future__ import annotations

import pytest

from lint.readers._html_text import _placed
from test_quotes import statuses

_PLAN = "The plan in {} is “a waste of money and time for all.”"


# rr49a #1: standalone_datelines spells AP's city "MACAU"; the AP Stylebook's
# dateline list (and its "Macao" entry) writes Macao, so AP's own bold dateline
# and a prose "in Macao" are read as neither a dateline nor a place.
def test_rr49a_1_aps_macao_stands_alone_as_a_dateline():
    assert _placed("MACAO -- The casino reopened on Monday.")


def test_rr49a_1_in_macao_says_where():
    assert statuses(_PLAN.format("Macao")) == [(True, False, "")]


def test_rr49a_1_the_lists_spellings_pass_now():
    assert _placed("MACAU -- The casino reopened on Monday.")
    assert statuses(_PLAN.format("Macau")) == [(True, False, "")]


# rr49a #2: the readers fold a city's accents before the list (`_text_fields.
# standalone_place`, qa210 #4) but dateline_places does not, so a city written
# with its accents in prose ("in São Paulo", "in Zürich", "in Montréal") still
# names a speaker and attributes the partial quote; the same city unaccented
# is where.
@pytest.mark.parametrize("city", ["São Paulo", "Zürich", "Montréal", "Québec City"])
def test_rr49a_2_an_accented_dateline_city_in_prose_says_where(city):
    assert statuses(_PLAN.format(city)) == [(True, False, "")]


@pytest.mark.parametrize("city", ["Sao Paulo", "Zurich", "Montreal", "Quebec City"])
def test_rr49a_2_the_unaccented_city_says_where_now(city):
    assert statuses(_PLAN.format(city)) == [(True, False, "")]
