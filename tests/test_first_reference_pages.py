"""names.first-reference on real pages (issue 10, pg46): the false alarms read
on the tunable corpora. A surname alone whose full name follows in the same
sentence (the attribution after a quote names the person: "Kerry and Obama,"
Trump said, referring to Secretary of State John F. Kerry) is no slip. A
surname alone with the full name only in a later sentence, or a relative's
full name beside it, is still flagged."""
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
    # an attributive use, the full name later in the sentence
    "He worked for the 2012 Tsvangirai campaign, whose ads began with the year "
    "Morgan Tsvangirai took office. Tsvangirai said the ads worked.",
])
def test_a_full_name_later_in_the_sentence(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body, flagged", [
    # the full name only in the next sentence
    ("Kerrigan spoke first, the aides said. Secretary of State John F. Kerrigan left early.",
     [(5, 1, "Kerrigan")]),
    # a relative's full name in the sentence is somebody else's
    ("President Okafor and his wife, Amara Okafor, arrived in Lagos on Monday.",
     [(5, 11, "Okafor")]),
])
def test_still_flagged(body, flagged):
    assert first_references(body) == flagged
