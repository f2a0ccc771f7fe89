"""fx96 (fx91's leftovers): a sentence's first word is no given name after a
stop and a line break or a no-break space ("interred.\nIf Kim"), nor after a
list item's dash at a line's start ("-- The Kodak optical disk"); a place
after a name and "of" ("Lord Roberts of Conwy") is no use of a person. The
guards: a line break alone opens no sentence (wire copy wraps), "Will Hurd"
after a question keeps his given name, and a person used alone after a
lower-case "of" or after a possessive's "$4M of" is still flagged."""
from __future__ import annotations

import pytest

from lint.analysis.name_runs import opens_sentence
from test_first_reference_people import flagged


@pytest.mark.parametrize("body", [
    "Kim said he would go. It is an event Kim has marked in the past.\nIf Kim does not turn up, "
    "it could fuel speculation, experts said.",
    "Rihanna said she was honored. Rhimes spoke first, she said.\u00a0\nMeanwhile Rihanna,\u00a0who "
    "was honored, spoke later.",
    "Kodak said it is introducing four systems:\n\n    -- The Kodak optical disk system 6800 can store more.",
    "Kodak said it is introducing four systems:\n    - The Kodak KIMS system 5000 is networked.",
    "The minister, Lord Roberts of Conwy, denied it. Llwyd, MP for Merionnydd Nant Conwy, said so.",
])
def test_an_opening_word_or_a_peers_place_is_no_name(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body,at", [
    # a person after "of" with no name before it, or after an amount
    ("The death of Ruiz shocked them. Later, Ana Ruiz's family spoke.", "Ruiz"),
    ("It is within $4M of Ruiz's haul, he said. Ana Ruiz said she raised more.", "Ruiz"),
])
def test_a_person_used_alone_early_is_still_flagged(body, at):
    assert flagged(body) == [at]


def test_a_given_name_after_a_question_still_opens_a_name():
    assert flagged("“Why now?” Will Hurd asked. Hurd left.") == []


@pytest.mark.parametrize("text,opens", [
    ("The fund was run by\nHunter", False),        # a wrapped line
    ("It was interred.\nIf", True),
    ("she said.\u00a0\nMeanwhile", True),
    ("systems:\n    -- The", True),
    ("today --\n    -- The", True),
    ("one - two -\nThe", False),                    # a dash ending a line is no list mark
])
def test_where_a_sentence_opens(text, opens):
    assert opens_sentence(text, len(text) - len(text.split()[-1])) is opens
