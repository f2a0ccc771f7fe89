"""names.age-changed: whose is a birthday or an age turned (fx264, qa163 #1 and #2).
Only another of the story's people, or a relative that owns it, takes the excuse away."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

HED = "Town fair opens\n\n"
FIRST = "John Smith, 45, spoke on Monday about the fair.\n\n"


def _ages(body: str) -> list[str]:
    return [d.snippet for d in run(read(HED + FIRST + body + "\n", ".txt"), "names.age-changed")]


@pytest.mark.parametrize("body", [
    "On Friday, Smith's wife Mary threw him a party for his 46th birthday. Smith, 46, was happy.",
    "Smith, 46, joined Goldman Sachs on Friday, his birthday.",
    "Smith, 46, visited the White House on Friday, his birthday.",
])
def test_a_birthday_no_other_person_owns_excuses_the_new_age(body):
    assert _ages(body) == []


@pytest.mark.parametrize("body", [
    "Smith, 46, celebrated his wife's birthday on Friday.",
    "Smith, 46, whose wife turned 46 on Friday, spoke.",
    "Smith, 46, met Ann Lee, who turned 46 on Sunday.",
])
def test_a_birthday_a_relative_or_another_person_owns_excuses_nothing(body):
    assert _ages(body) == ["46"]
