"""fx277: firm words after qa167. A person's phrase in apposition that ends
on a firm noun after a preposition (the person's employer) leaves the person
a person; firms.yaml that cannot serve, and a names.yaml or attribution.yaml
still holding a firm list that moved, each give one line naming the file.
Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import first_references


@pytest.mark.parametrize("apposition", [
    "a spokeswoman from the company", "the brains behind the conglomerate",
    "a source inside the company", "an engineer within the group",
])
def test_a_person_apposed_to_a_phrase_about_a_firm_stays_a_person(apposition):
    body = (f"The talks ended on Monday after Smith, {apposition}, spoke.\n\n"
            "Smith said the talks would resume. Ann Smith left the plant on Tuesday.")
    assert [text for _, _, text in first_references(body)] == ["Smith"]


@pytest.mark.parametrize("apposition", ["the Ohio company", "a small family-run bank",
                                        "the Ohio-based brokerage"])
def test_a_firm_apposed_to_its_noun_is_still_a_firm(apposition):
    body = f"Zorbex, {apposition}, said sales rose. Later, founder Ana Zorbex spoke."
    assert first_references(body) == []
