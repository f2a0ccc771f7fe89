"""fx105 (fx91's and fx96's leftover): a faith word before a capitalised word
is no given name, as a demonym is not (titles.yaml `demonyms`): "radical
Salafist Muslim groups" after "an American Muslim" (polnear politico
2016-06-13) made a full name "Salafist Muslim" of two adjectives. Faith words
that are given names too ("Christian", "Shia") and the surname "Islam" stay
out of the list."""
from __future__ import annotations

import pytest

from test_first_reference_people import flagged


@pytest.mark.parametrize("phrase", ["Salafist Muslim", "Wahhabi Muslim", "Salafi Muslim",
                                    "Coptic Christian", "Evangelical Christian", "Sikh American"])
def test_a_faith_word_before_a_word_used_alone_makes_no_full_name(phrase):
    alone = phrase.split()[1]
    body = (f"Officials said an American {alone} who lived nearby was questioned.\n\n"
            f"The plan also names other radical {phrase} groups, including Al Qaeda.")
    assert flagged(body) == []


@pytest.mark.parametrize("body,name", [
    ("Bale said he was glad. Christian Bale won the award.", "Bale"),     # a given name too
    ("Islam said no. Later, Razul Islam left.", "Islam"),                 # a surname (fx91)
    ("Ruiz said no. Later, Muslim cleric Ahmed Ruiz left.", "Ruiz"),      # a faith word before a title
])
def test_names_beside_faith_words_are_still_read(body, name):
    assert flagged(body) == [name]
