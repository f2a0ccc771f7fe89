"""fx319: a quote named as words its owner uses, the owner being the subject of
a relative clause (`The term we like to use is, “…”`, nu46 #5, 18f CBP
interview). Synthetic input only; each case with its nearest neighbour that
must stay flagged."""
from __future__ import annotations

import pytest
from test_quotes import found

MOTTO = "“Today’s philosophy is tomorrow’s common sense.”"


def unattributed(sentence: str) -> int:
    text = "Savings grow\n\nThe council met.\n\n" + sentence + "\n"
    return [r for r, _, _ in found(text)].count("quotes.unattributed")


@pytest.mark.parametrize("lead", [
    "The term we like to use is,",
    "The phrase I keep coming back to is",
    "The motto they live by was,",
    "The slogan we keep using is",
])
def test_a_pronoun_owning_the_speech_noun_attributes_the_quote(lead):
    assert unattributed(f"{lead} {MOTTO}") == 0


@pytest.mark.parametrize("lead", [
    "The term for it is,",               # nobody owns the term
    "The term on the sign is,",
    "The phrase is",
    "The board met. The motto is",
    "The term the board uses is,",       # no pronoun: left as it was
])
def test_a_speech_noun_with_no_owner_in_its_clause_stays_flagged(lead):
    assert unattributed(f"{lead} {MOTTO}") == 1
