"""Guards for pathological and unusual input: two checks kept linear, letters regex folds.

Speed itself is measured by benchmarks/adversarial.py, never here; these
tests pin the behaviour the linear forms must keep.
"""
from __future__ import annotations

import pytest

from lint.kinds.repetition import _words_at_most
from lint.session import Session


@pytest.mark.parametrize("text, most, expected", [
    ("", 2, True),
    ("the the", 2, True),
    ("the the cat", 2, False),
    ("one, two; three", 3, True),
    ("one two three four", 3, False),
])
def test_words_at_most_counts_words_to_the_limit(text, most, expected):
    assert _words_at_most(text, most) is expected


@pytest.fixture(scope="module")
def placeholder():
    return Session.from_options(select=("hygiene.placeholder",))


@pytest.mark.parametrize("text, flagged", [
    ("Lorem ipsum is simply dummy text of the council's site.", True),
    ("**Lorem ipsum** filler ran where the story should be.", True),
    ("The council met. Lorem ipsum.", True),
    ("The page ended with amet, lorem ipsum and more.", True),
    ('The designer left "Lorem Ipsum" in the ad.', False),
    ("[" * 3000 + " Lorem ipsum came last.", True),
])
def test_lorem_ipsum_forms_behind_the_look_ahead(placeholder, text, flagged):
    """The filler token's look-ahead gates its look-behinds; every form it
    flagged before is flagged still, and a mention is not."""
    found = [d for d in placeholder.lint_bytes("a.txt", ("Hed\n\n" + text + "\n").encode()).diagnostics
             if "orem" in d.message]
    assert bool(found) is flagged


@pytest.mark.parametrize("text", [
    "Hed\n\nThe store closes at 12 MİDNIGHT on Friday.\n",
    "Store to close at 12 MİDNIGHT\n\nThe store will close at midnight on Friday, the owner said.\n",
    "Store opens at 11-12 MİDDAY\n\nThe store opens at 11 a.m. on Friday, the owner said.\n",
    "ſept. 6\n\nThe vote was held, the mayor said.\n",
    "Vote set\n\nThe vote is on ſept. 6, 2026, a ſunday, the clerk said.\n",
    # A digit the regex module knows and Python's int() (Unicode of 3.11) does not.
    "Vote set\n\nThe vote ran Feb. 27-2\U000116d9, the clerk said.\n",
    "Vote set\n\nThe vote ran Feb. 27-28, 202\U000116d9, the clerk said.\n",
])
def test_letters_a_pattern_folds_but_lower_does_not_undo_are_read_not_a_crash(text):
    """A case-insensitive pattern matches "MİDNIGHT" (a dotted capital I, as a
    Turkish keyboard types it) and "ſept" (a long s), whose lower() is no key
    of the word tables (`calendar.FoldedKeys`): every rule ran into a KeyError
    (exit 2) before; and six date rules into a ValueError on a newer digit."""
    result = Session.from_options().lint_bytes("a.txt", text.encode())
    assert result.problems == []


def test_folded_keys_find_a_word_as_the_pattern_matched_it():
    from lint.analysis.calendar import MONTHS, WEEKDAYS
    assert (MONTHS["ſept"], MONTHS["ſep"], WEEKDAYS["ſun"]) == (9, 9, 6)
    with pytest.raises(KeyError):
        MONTHS["smarch"]
