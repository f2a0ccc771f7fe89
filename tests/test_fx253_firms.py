"""fx253: names.first-reference reads a firm the story names as a firm, not as a person
(lint/analysis/name_firms.py): a run of capitalised words closed by a designator, a
one-word name beside a firm's cue or with a firm's noun in apposition, and that firm's
short form later. A person beside a firm's word, or with a title or a courtesy title,
is still a person. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis.name_firms import firm_words
from titles_helpers import STORY_HED, first_references, read


@pytest.mark.parametrize("body", [
    # a firm's first word before a title and its officer's full name
    "Okonkwo Broadcasting Co said it sold its stake. On Friday, Okonkwo vice chairman "
    "Adaeze N. Okonkwo offered to buy the rest.",
    # the firm's shares, then its chairman, both before the chairman's full name
    "Halvorsen Engineering Group Inc fell. A fund holding 300,000 Halvorsen common shares "
    "said so. Halvorsen Chairman Bjorn Halvorsen agreed.",
    # a legal form after the one word, and the short form with a speech verb
    "Brandvold AG said profits rose. Brandvold said costs fell. Chairman Ole Brandvold spoke.",
    # initials and a two-letter abbreviation inside the firm's name
    "Wm. Tesfaye Jr Co expects higher costs. Tesfaye said so. President Abel Tesfaye spoke.",
    # a firm's noun in apposition
    "Stavrou, the Greek shipping company, reported higher profits. Chairman Nikos Stavrou spoke.",
    # a cue before the one word: subsidiary of, its ... division
    "Rook Holdings is a subsidiary of Kessler, which said so. Later, Ida Kessler spoke.",
    "Calloway Inc will sell its Marchetti shoe division, founder Anna Marchetti said.",
    # a possessive firm's common stock, then a later short form ("'s stock" alone is
    # no cue: a politician's stock rises too, qa159 #14)
    "Purcell's common stock rose. Purcell said sales grew. Founder Dana Purcell spoke.",
    # the firm's name read across a soft wrap
    "Vantongeren Holdings\nLtd said so. Vantongeren said costs fell. Chairman Piet Vantongeren spoke.",
])
def test_a_firms_name_and_its_short_form_are_no_surname_alone(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body, expected", [
    # a firm's word before the person's name is no firm's name of the person
    ("Carney warned of risks. Bank of England Governor Mark Carney spoke in London.",
     [(5, 1, "Carney")]),
    # a courtesy title or a job title keeps a firm's word a person's
    ("Mr Halvorsen said no. Halvorsen Engineering Group Inc chairman Bjorn Halvorsen agreed.",
     [(5, 4, "Halvorsen")]),
    ("Chairman Halvorsen said no. Halvorsen Engineering Group Inc hired Bjorn Halvorsen.",
     [(5, 10, "Halvorsen")]),
    # a name that owns a person is a person's
    ("Halvorsen's wife said no. Halvorsen Group Inc hired Bjorn Halvorsen.", [(5, 1, "Halvorsen")]),
    # a designator opening a longer word or in lower case is none
    ("Ruiz said no. Ruiz Co-founder Ana Ruiz left.", [(5, 1, "Ruiz")]),
    ("Ruiz said no. The Ruiz ag plan failed. Ana Ruiz left.", [(5, 1, "Ruiz")]),
    # a family's firm leaves the family's name a person's (qa148 #11)
    ("Okafor said no. Okafor & Sons will close. Ana Okafor left.", [(5, 1, "Okafor")]),
])
def test_a_person_beside_a_firms_word_is_still_a_person(body, expected):
    assert first_references(body) == expected


@pytest.mark.parametrize("body, firms, people", [
    ("Stavrou, the Greek shipping company, reported. Okafor, a bank executive, said no. "
     "Mbeki, the head of the company, left.", {"Stavrou"}, {"Okafor", "Mbeki"}),
    # a sentence's end stops the firm's name; a cue needs a name of one word
    ("The board met Wilzig. Jacobsen Corp agreed. It is owned by Ana Ruiz.",
     {"Jacobsen"}, {"Wilzig", "Ana", "Ruiz"}),
    # the first word that is no initials is the short form, a hyphened one with its
    # first part; a later word is none (qa159 #10); a possessive, a name in angle brackets
    ("G.H. Lorimar-Telepictures Corp's unit and <Beltran Financial Corp> grew.",
     {"Lorimar-Telepictures", "Lorimar", "Beltran"}, {"G.H", "Telepictures", "Financial"}),
])
def test_firm_words(body, firms, people):
    short = firm_words(read(STORY_HED + body + "\n")).short.keys()
    assert firms <= short and not people & short
