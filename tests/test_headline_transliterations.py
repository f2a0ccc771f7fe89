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
    ("tolstoi", "tolstoy", True), ("bolshoi", "bolshoy", True),
    ("nikolai", "nikolay", False),  # a given name: its surname bears it out (qa60)
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


@pytest.mark.parametrize("headline, body", [
    # qa60: a final y/i after a vowel is Russian й only in the adjective ending
    # -ой (Tolstoy); English and Portuguese names spell it one way each
    ("Rodnei backs festival plan", "Mayor Ana Rodney backed the plan on Friday."),
    ("Leroi backs festival plan", "Mayor Ana Leroy backed the plan on Friday."),
    ("Whitnei backs festival plan", "Mayor Ana Whitney backed the plan on Friday."),
    ("Murrai wins final", "Andy Murray won the final on Friday."),
    ("Karzay visits Kabul", "Hamid Karzai visited Kabul on Friday."),
    # the h-m-d names are folded whole, not a longer name they open
    ("Ahmedinejad visits Caracas", "President Mahmoud Ahmadinejad visited Caracas on Friday."),
    ("Mohammedi wins prize", "Narges Mohammadi won the prize on Friday."),
    # the s of Husayn and Hasan only in those names, which end at their n
    ("Hassing backs festival plan", "Mayor Ana Hasing backed the plan on Friday."),
])
def test_a_slip_the_folds_once_excused_is_one(headline, body):
    assert flagged_names(headline, profile_text([body + " " + FILLER])) == [headline.split()[0]]


@pytest.mark.parametrize("headline, body", [
    ("Bolshoy ballet opens season", "The Bolshoi ballet opened its season on Friday."),
    ("Donskoi film opens festival", "A film by Mark Donskoy opened the festival on Friday."),
    ("Hosseini novel opens season", "A novel by Khaled Hoseini opened the season on Friday."),
    ("Mohamed film opens festival", "A film about Ali Muhammad opened the festival on Friday."),
    ("Nikolay Petrov wins final", "Pianist Nikolai Petrov won the final on Friday."),   # the surname bears it
    # qa60: real variants the table did not hold
    ("Zelenskyi visits Paris", "Volodymyr Zelensky visited Paris on Friday."),   # Ukraine's -yi
    ("Alekseyev wins final", "Anna Alexeyev won the final on Friday."),          # ks for x
])
def test_a_transliteration_still_is_none(headline, body):
    assert flagged_names(headline, profile_text([body + " " + FILLER])) == []
