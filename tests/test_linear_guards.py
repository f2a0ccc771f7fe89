"""Guards that keep two checks linear on pathological input.

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
