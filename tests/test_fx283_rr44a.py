"""Regressions from the re-read rr44a of lead44: a generation suffix after an
occupational surname (#3), the birthday's future reading (#2)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

STORY = ("Union angry over plant job cuts\n\nPublished March 3, 2026\n\n"
         "The company will cut 500 jobs at the plant.\n\nBrewer said the cuts were unfair.\n\n"
         "Union official Dana Brewer{suffix} said she learned of it from the news.\n")


def first_refs(text: str) -> list[tuple[int, int, str]]:
    return where(run(read(text), "names.first-reference"))


# 3: "Brewer III" is the person's name with a generation, no firm or place named "Brewer ..."
@pytest.mark.parametrize("suffix", ["", " Jr.", " II", " III", " IV"])
def test_a_generation_suffix_does_not_make_the_surname_open_a_name(suffix):
    assert first_refs(STORY.format(suffix=suffix)) == [(7, 1, "Brewer")]


def test_a_word_after_the_surname_that_only_looks_like_a_generation_still_opens_a_name():
    # "Brewer Ivy" (a street, say) is no generation: the lone "Brewer" may be that
    assert first_refs(STORY.format(suffix="") + "\nBrewer Ivy Lane was closed.\n") == []
