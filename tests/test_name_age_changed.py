"""names.age-changed (nu25 #12): one person's age given two ways in
apposition ("Mayor Thomas Hendricks, 54," then "Hendricks, 45,"), flagged at
the later age; a relative's age beside the name, two people of one surname
and a list of names with figures stay clean."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def ages(body: str) -> list[str]:
    doc = read("Council vote set\n\nPublished Dec. 3, 2026\n\n" + body + "\n")
    return [text for _, _, text in where(run(doc, "names.age-changed"))]


def test_the_trial_story_is_caught_at_the_second_age():
    assert ages("Mayor Thomas Hendricks, 54, said the council would vote next month.\n\n"
                "Hendricks, 45, has been mayor since 2019.") == ["45"]


@pytest.mark.parametrize("body", [
    "Mayor Thomas Hendricks, 54, and his son, 22, spoke. Hendricks, 54, said the vote was close.",
    "Mayor Thomas Hendricks, 54, spoke. His wife, Mary Hendricks, 52, said he was tired. Hendricks, 54, left.",
    "Mayor Thomas Hendricks, 54, spoke. His brother, Hendricks, 50, said the vote was close.",
    "Mayor Thomas Hendricks, 54, spoke first. Hendricks, 54, said the vote was close.",
    "Scorers: Tom Smith, 12, Ann Jones, 10. Later, Smith, 8, Ann Jones, 6, scored.",
])
def test_relatives_two_people_and_lists_stay_clean(body):
    assert ages(body) == []
