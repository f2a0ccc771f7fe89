"""fx557 (qa415 #8): a full name with a story person's given name and
their surname with two letters swapped (Jane Kowalczyk, Jane Kowalcyzk)
is the person's name misspelt, flagged at each use even when the swapped
surname is used again alone; only what tells two people apart keeps it
quiet (one sentence, "no relation", a description, another age or job
title, another given name), and other spellings used again alone stay two
people (Tom Smith, Tom Smyth). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at
from lint.analysis.name_people import swapped

MAYOR = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.\n\n"


def _variants(text):
    return _findings(text, ("names.spelling-variant",))


@pytest.mark.parametrize("later", ['Jane Kowalcyzk, "We won," Kowalcyzk said.',
                                   '"We won," Jane Kowalcyzk said. Kowalcyzk left.',
                                   'Later, Jane Kowalcyzk spoke. Kowalcyzk said she was glad.'])
def test_a_swapped_surname_repeated_alone_is_flagged_at_each_use(later):
    text = HEAD + MAYOR + later + "\n"
    at = text.index(later)
    first = _at(text, "Kowalcyzk", at)
    second = _at(text, "Kowalcyzk", text.index("Kowalcyzk", at) + 1)
    assert _variants(text) == [("names.spelling-variant", *first, "Kowalcyzk"),
                               ("names.spelling-variant", *second, "Kowalcyzk")]


@pytest.mark.parametrize("later", [
    "Mayor Jane Kowalczyk and Jane Kowalcyzk, her aide, met. Kowalcyzk said she was glad.",
    "Jane Kowalcyzk, no relation, spoke. Kowalcyzk said she was glad.",
    "Jane Kowalcyzk, 31, spoke. Kowalcyzk said she was glad.",
    "Councilwoman Jane Kowalcyzk spoke. Kowalcyzk said she was glad.",
    "Ann Kowalcyzk spoke. Kowalcyzk said she was glad.",
])
def test_guard_a_swapped_surname_the_story_tells_apart_is_another_person(later):
    assert _variants(HEAD + MAYOR + later + "\n") == []


def test_guard_a_substituted_letter_used_again_alone_stays_two_people():
    text = HEAD + "Tom Smith spoke. Smith said it would wait.\n\nLater, Tom Smyth said the plan was sound. Smyth left.\n"
    assert _variants(text) == []


def test_guard_a_swapped_full_name_typed_once_is_flagged():
    text = HEAD + MAYOR + "Later, Jane Kowalcyzk said she was glad.\n"
    assert _variants(text) == [("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


@pytest.mark.parametrize("a,b,expected", [("Kowalczyk", "Kowalcyzk", True), ("Sotloff", "Soltoff", True),
                                          ("Smith", "Smyth", False), ("Anderson", "Andersen", False),
                                          ("Kowalczyk", "Kowalczik", False), ("Kowalczyk", "Kowalczyk", False)])
def test_swapped_reads_two_neighbouring_letters_swapped(a, b, expected):
    assert swapped(a, b) is expected


def test_guard_another_before_a_swapped_full_name_typed_once_leaves_the_slip():
    # FNC-1 782's shape: "another" names a second journalist, not a second Sotloff
    text = HEAD + ("Militants threatened journalist James Foley. They paraded another American journalist, "
                   "Steven Sotloff, who went missing in 2013. Sotloff last posted in August.\n\n"
                   "A caption claims it is Steven Soltoff.\n")
    assert _variants(text) == [("names.spelling-variant", *_at(text, "Soltoff"), "Soltoff")]
