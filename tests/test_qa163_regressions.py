"""qa163: late QA of fx257 (name_rereads split, number words, one no-break set incl.
U+2007, qa155 #7 another person's birthday, qa155 #10 'Lopez Obrador'). Each test is a
fault and asserts the right behaviour. Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

HED = "Town fair opens\n\nPublished Dec. 2, 2026\n\n"
FIRST = "John Smith, 45, spoke on Monday about the fair.\n\n"


def _snippets(src: str, rule: str, suffix: str = ".txt") -> list[str]:
    return [d.snippet for d in run(read(src, suffix), rule)]


@pytest.mark.parametrize("place", ["Boston", "Paris", "Microsoft"])
def test_a_place_between_the_name_and_his_birthday_is_no_other_person(place):
    body = FIRST + f"Smith, 46, visited {place} on Friday, his birthday.\n"
    assert _snippets(HED + body, "names.age-changed") == []


def test_a_relative_as_object_does_not_own_the_age_turned():
    body = FIRST + "Smith, 46, who lives with his mother, turned 46 on Friday.\n"
    assert _snippets(HED + body, "names.age-changed") == []


@pytest.mark.xfail(strict=True, reason="spelling-variant: 'Garcia Marquez' (both accents dropped) beside "
                   "'García Márquez' is not flagged, though 'Marquez' beside 'Márquez' alone and "
                   "'Garcia Márquez' are (main misses it too)")
def test_a_double_surname_with_both_accents_dropped_is_flagged():
    body = ("On Monday, the novelist Gabriel García Márquez spoke about the fair.\n\n"
            "Garcia Marquez said he was tired.\n")
    assert _snippets(HED + body, "names.spelling-variant") != []


@pytest.mark.xfail(strict=True, reason="spelling-variant: 'Alvarez del Manzano' beside 'Álvarez del Manzano' "
                   "(a surname with a particle, accent dropped on its first word) is not flagged, though "
                   "'Alvarez' beside 'Álvarez' and 'Gomez Ruiz' beside 'Gómez Ruiz' are (main misses it too)")
def test_a_particle_surname_with_an_accent_dropped_is_flagged():
    body = ("On Monday, the former mayor José María Álvarez del Manzano spoke about the fair.\n\n"
            "The aide said Alvarez del Manzano was tired.\n")
    assert [s for s in _snippets(HED + body, "names.spelling-variant") if "lvarez" in s] != []
