"""names.title-changed between offices nobody holds two of at once, where the
office is two words ("Police Chief" against "Fire Chief", nu18 #2): the
service word before the job is kept, so the two chiefs are told apart while a
chief called just "Chief" later, or a dropped "Deputy", reads as before."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def changed(first: str, later: str) -> list[str]:
    text = (f"Dock opens\n\nSEAHAVEN, Maine (AP) -- {first} Carl Tuominen said the dock was intact. "
            f"{later} Tuominen said it would open Tuesday.\n")
    return [t for _, _, t in where(run(read(text), "names.title-changed"))]


@pytest.mark.parametrize("first,later,span", [
    ("Police Chief", "Fire Chief", "Fire Chief"),
    ("Fire Chief", "Police Chief", "Police Chief"),
    ("Police Commissioner", "Fire Commissioner", "Fire Commissioner"),
    ("Deputy Harbor Master", "Harbor Master", "Harbor Master"),
    ("Police Chief", "Deputy Police Chief", "Deputy Police Chief"),
    ("Police Chief", "Deputy Chief", "Deputy Chief"),
])
def test_a_switched_office_is_flagged(first, later, span):
    assert changed(first, later) == [span]


def test_the_message_gives_both_offices_whole():
    text = ("Dock opens\n\nPolice Chief Ana Ruvalcaba spoke. Later, Fire Chief Ruvalcaba said the "
            "road was shut.\n")
    diags = run(read(text), "names.title-changed")
    assert "'Fire Chief' here but 'Police Chief' earlier" in diags[0].message


@pytest.mark.parametrize("first,later", [
    ("Police Chief", "Chief"),            # the service word dropped on second reference
    ("Chief", "Fire Chief"),
    ("Police Chief", "Police Chief"),
    ("Harbor Master", "Harbor Master"),
    ("Master Sgt.", "Sgt."),              # "Master" in a rank is no harbor master
])
def test_the_same_office_or_a_shortened_one_is_not(first, later):
    assert changed(first, later) == []


def test_a_story_that_says_the_move_is_not_flagged():
    text = ("Dock opens\n\nFire Chief Carl Tuominen, a former police chief, spoke. "
            "As Police Chief Tuominen, he had run the harbor unit.\n")
    assert run(read(text), "names.title-changed") == []
