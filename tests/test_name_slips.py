"""names.spelling-variant's commonest surname slips (nu25 #3): a final "s"
dropped or added ("Mayor Thomas Hendricks ... Hendrick said") and ck/x
("Hendricks ... Mayor Hendrix"), caught only where the story shows one
person (a title or given name that agrees, or a lone slip among the
name's own bare uses); a plural, a possessive, a relative or a second
person given in full stays clean."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def variants(body: str) -> list[str]:
    return [text for _, _, text in where(run(read("Council vote set\n\nPublished Dec. 3, 2026\n\n" + body + "\n"),
                                             "names.spelling-variant"))]


@pytest.mark.parametrize("body,slip", [
    ("Mayor Thomas Hendricks said Wednesday the council would vote next month. Hendricks said business "
     "owners would benefit. Critics objected, but Hendrick said the votes were there.", "Hendrick"),
    ("Mayor Thomas Hendricks said Wednesday the council would vote next month. Critics objected, but "
     "Mayor Hendrix said the votes were there.", "Hendrix"),
    ("Mayor Thomas Hendrick said Wednesday the council would vote. Mayor Hendricks said the votes were there.",
     "Hendricks"),
    ("Mayor Thomas Hendricks said Wednesday the council would vote. Later, Thomas Hendrick said he was sure.",
     "Hendrick"),
])
def test_a_final_s_or_ck_x_slip_on_one_person_is_caught(body, slip):
    assert variants(body) == [slip]


@pytest.mark.parametrize("body", [
    # two people introduced separately (nu25 quotes-clean.txt's shape)
    "Her neighbor, Eric Petersen, said he had called. Former Mayor Ann Peterson said the city needed a registry. "
    "Peterson said so.",
    "Mayor Thomas Hendricks spoke first. His cousin, Ann Hendrick, said the votes were there. Hendrick left.",
    # a relative in apposition
    "Mayor Thomas Hendricks spoke first. Hendricks said no. His brother, Hendrick, said the votes were there.",
    # a plural and a possessive
    "Mayor Thomas Hendrick spoke first. Hendrick said no. The Hendricks said they would move.",
    "Mayor Thomas Hendrick spoke first. Hendrick said no. Hendricks' plan, his aide said, was sound.",
    # a name built on a given name, used once against one use (Roberts/Robert)
    "Coach Lena Roberts, 40, spoke. Robert said yes.",
    # different titles, different ages: two people
    "Mayor Thomas Hendricks spoke first. Hendricks said no. Principal Hendrix said the school agreed.",
    "Mayor Thomas Hendricks, 54, spoke first. Hendricks said no. Hendrick, 23, said the votes were there.",
])
def test_two_people_a_plural_or_a_possessive_is_no_slip(body):
    assert variants(body) == []
