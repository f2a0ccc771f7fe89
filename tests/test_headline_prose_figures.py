"""`headline_prose._figures` (pf41): the number words of a body made "0" by
trying `_number_words` only where a word's lead begins (`str.find`), instead
of at every character. It must give what the pattern's own `sub` gives, for
the cases where the two could part: a number word inside another word or
after a hyphen (the lookbehind refuses it), a longer number word opening
with a shorter one ("seventeen", "seventy" after "seven"), a capitalised one
(no match: the pattern is case-sensitive), one at the text's start or end,
two side by side, and a letter beyond ASCII before or after one. Synthetic
input."""
from __future__ import annotations

import random

import pytest

from lint.analysis.headline_prose import _figures, _number_leads, _number_words

CASES = [
    "Shr six cts vs eight cts",
    "one", "one two", "someone often tends to be alone", "a three-for-two split",
    "two-for-one", "seventeen seventy seven sevens", "Series Two and Seven", "nil vs nil",
    "éone oneé one\u0301 İten", "twenty-one", "ten,eleven;twelve.", "  hundred\n dozen\tzero",
    "fourteen four fourth nineteen nine ninety", "",
]


@pytest.mark.parametrize("text", CASES)
def test_figures_is_the_patterns_sub(text):
    assert _figures(text) == _number_words().sub("0", text)


def test_figures_changes_what_it_should():
    # (the control: the cases above are not all left alone)
    assert _figures("Shr six cts vs eight cts") == "Shr 0 cts vs 0 cts"
    assert _figures("someone often") == "someone often"


def test_leads_open_every_number_word_once():
    leads = _number_leads()
    assert leads is not None
    for word in ("seventeen", "seventy", "fourteen", "nil", "dozen"):
        assert sum(word.startswith(lead) for lead in leads) == 1


def test_random_texts_of_number_word_pieces():
    rng = random.Random(41)
    pieces = ["one", "two", "seven", "teen", "ty", "nil", "Ten", "ten", "-", " ", "x", "é",
              "\u0301", "\n", "0", "_", "'"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _figures(text) == _number_words().sub("0", text), text
