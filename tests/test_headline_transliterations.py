"""titles.headline-unsupported: the spellings the romanizations in use give
one name are no slip of it (data/titles.yaml `transliterations`, fx77 #5),
while a slip of a letter stays one."""
from __future__ import annotations

import pytest

from lint.analysis.headline import profile_text
from lint.analysis.headline_names import _transliterated
from test_headline_support import FILLER, flagged_names


@pytest.mark.parametrize("headline, body, flagged", [
    ("Dostoyevsky novel opens theater season", "A novel by Fyodor Dostoevsky opened the season on Friday.", []),
    ("Tolstoi novel opens theater season", "A novel by Leo Tolstoy opened the season on Friday.", []),
    ("Mohammad bin Salman visits Paris", "Crown Prince Mohammed bin Salman visited Paris on Friday.", []),
    ("Saddam Husein film opens festival", "A film about Saddam Hussein opened the festival on Friday.", []),
    ("Sergei Lavrov meets envoy", "Foreign Minister Sergey Lavrov met the envoy on Friday.", []),
    # a letter's slip stays one
    ("Lewandowsky scores twice", "Robert Lewandowski scored twice on Friday.", ["Lewandowsky"]),
    ("Hendriks backs festival plan", "Mayor Thomas Hendricks backed the plan on Friday.", ["Hendriks"]),
    ("Brant backs festival plan", "Mayor Willy Brandt backed the plan on Friday.", ["Brant"]),
    ("Saddam Hussain film opens festival", "A film about Saddam Hussein opened the festival on Friday.",
     ["Saddam Hussain"]),
])
def test_a_transliteration_is_no_slip_and_a_slip_still_is(headline, body, flagged):
    assert flagged_names(headline, profile_text([body + " " + FILLER])) == flagged


@pytest.mark.parametrize("a, b, same", [
    ("dostoyevsky", "dostoevsky", True), ("yevgeny", "evgeny", True), ("sergeyev", "sergeev", True),
    ("tolstoi", "tolstoy", True), ("nikolai", "nikolay", True),
    ("mohammed", "muhammad", True), ("mohamed", "mohammad", True), ("ahmed", "ahmad", True),
    ("hussein", "husein", True), ("hassan", "hasan", True),
    ("kai", "kay", False),          # a short name: two names
    ("boyer", "boer", False),       # "ye" before no v
    ("hawaii", "hawai", False),
    ("rossi", "rosi", False),       # a doubled s outside Husayn and Hasan
    ("lewandowski", "lewandowsky", False),
])
def test_the_folds_are_held_to_where_they_stand(a, b, same):
    assert (_transliterated(a) == _transliterated(b)) is same
