"""names.first-reference on real pages (issue 10, pg46): the false alarms read
on the tunable corpora. A surname alone inside a direct quotation whose full
name follows in the same sentence (the attribution after the quote names the
person: "Kerry and Obama," Trump said, referring to Secretary of State John
F. Kerry) is no slip (d9aa109c: only inside a quotation); nor is a peer's
style, "Lord Butler", "Lord Roberts of Conwy", which is how a peer is named
(every style in names.yaml `peerage` alike: tests/test_fx298_names.py). Still
flagged: a surname alone with the full name only in a later sentence, one
outside a quotation with the full name later in its sentence, one with a
relative's full name beside it, and one after the peer's style. A relation
before a name holds only within its sentence (`daughter, Chelsea. Mrs.
Clinton` is no apposition), and an abbreviation's stop ends no sentence
there (`Her aunt, U.S. Rep. Kowalczyk,` is one: c024504a)."""
from __future__ import annotations

import pytest

from titles_helpers import first_references


@pytest.mark.parametrize("body", [
    # the attribution after the quote gives the full name
    '"Voters were sold out by Kerrigan and Obi," the candidate said in August, '
    "referring to Secretary of State John F. Kerrigan.",
    # a vocative in a quote, the speaker's addressee named right after
    "\u201cYou must pay for your promise, Okafor, to arm them,\u201d the men said, "
    "addressing Prime Minister David Okafor.",
    # a quoted phrase, the full name later in the sentence
    "It is known as \u201cthe full Oyelaran\u201d after Sen. Grant Oyelaran, who visits every "
    "county. Oyelaran said it works.",
])
def test_a_full_name_later_in_the_sentence(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body", [
    "Former civil service chief Lord Okonedo has criticised the government. "
    "Robin Okonedo's comments were called partial.",
    "Former Welsh Office minister Lord Pritchard of Conwy denied it. "
    "One man, Sion Aubrey Pritchard, was convicted in 1993.",
    "Former prime minister Lord Adeyemi has died on the eve of his 93rd birthday. "
    "It was public service that brought Jim Adeyemi into Parliament, his colleagues said.",
])
def test_a_peers_style_is_a_first_reference(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body, flagged", [
    # the full name only in the next sentence
    ("Kerrigan spoke first, the aides said. Secretary of State John F. Kerrigan left early.",
     [(5, 1, "Kerrigan")]),
    # outside a quotation the surname alone is still the first reference
    ("Kerrigan said on Tuesday that the dollar had fallen, according to the chairman, "
     "John F. Kerrigan.", [(5, 1, "Kerrigan")]),
    # a relative's full name in the sentence is somebody else's
    ("President Okafor and his wife, Amara Okafor, arrived in Lagos on Monday.",
     [(5, 11, "Okafor")]),
    # a surname alone after the peer's style is still one
    ("Lord Okonedo spoke first. Later Okonedo said the plan failed. Robin Okonedo left.",
     [(5, 33, "Okonedo")]),
])
def test_still_flagged(body, flagged):
    assert first_references(body) == flagged


def test_a_relation_in_the_sentence_before_is_no_apposition():
    """`the couple's daughter, Chelsea.` ends its sentence: the `Mrs. Clinton`
    after it is Hillary Clinton again, no second person (`relation_of`)."""
    body = ("Hillary Rodham Clinton spoke. The board includes Mr. Clinton and the couple's "
            "daughter, Chelsea. Mrs. Clinton joined in 2013, she said.")
    assert first_references(body) == []


@pytest.mark.parametrize("body, flagged", [
    ("Deputy Mayor Irena Kowalczyk opened the meeting. Her aunt, former Mayor Kowalczyk, "
     "ran the town.", [(5, 73, "Kowalczyk")]),
    # an abbreviation's stop ends no sentence
    ("Deputy Mayor Irena Kowalczyk opened the meeting. Her aunt, U.S. Rep. Kowalczyk, "
     "ran the town.", [(5, 70, "Kowalczyk")]),
])
def test_a_relation_in_its_sentence_is_still_one(body, flagged):
    assert first_references(body) == flagged
