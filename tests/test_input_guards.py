"""Guards for pathological and unusual input: two checks kept linear, a noon word in Turkish capitals.

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


def test_a_dotted_capital_i_in_a_noon_word_is_read_not_a_crash():
    """TIME matches "MİDNIGHT" (U+0130, as a Turkish keyboard types it) with
    full case folding; its lower() was no key, and two rules crashed."""
    session = Session.from_options(select=("style.noon-midnight", "style.time-of-day"))
    result = session.lint_bytes("a.txt", "Hed\n\nThe store closes at 12 MİDNIGHT on Friday.\n".encode())
    assert not result.problems
    assert [d.rule for d in result.diagnostics] == ["style.noon-midnight"]
