"""dc48: a capitalised quote between a determiner and the noun it describes
names that thing (a section, a file, an event: `quote_modifiers.py`), as the
18f and digitalgov posts write `the “Visits to all Domains in the Last 30
Days” .csv file`. Every nearest case that reads as speech stays flagged."""
from __future__ import annotations

import pytest
from test_quotes import found


def unattributed(sentence: str) -> int:
    text = "Savings grow\n\nThe council met.\n\n" + sentence + "\n"
    return [r for r, _, _ in found(text)].count("quotes.unattributed")


@pytest.mark.parametrize("sentence", [
    "You can get the data by downloading the “Visits to all Domains in the Last 30 Days” .csv file from the site.",
    "The work was shown at an “Open data innovation for health care teams” event in May.",
    "The hall filled with the “We will not leave this town” signs at the rally.",
])
def test_a_quote_that_modifies_a_noun_is_a_name(sentence):
    assert unattributed(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Among the complaints was the “We can not afford this any longer.” The council met.",   # ends on a stop
    "The hall filled with the “We will not leave this town” and nobody left.",      # a small word after
    "The hall filled with the “We will not leave this town” today.",                # an adverb after
    "The hall filled with the “We will not leave this town” cheerfully.",           # an -ly adverb
    "The hall filled with her “We will not leave this town” letters.",              # an object pronoun
    "The hall filled with “We will not leave this town” signs at the rally.",       # no determiner
    "The hall filled with the “we will not leave this town” signs at the rally.",   # lower case inside
])
def test_a_quote_the_sentence_goes_on_from_stays_flagged(sentence):
    assert unattributed(sentence) == 1
