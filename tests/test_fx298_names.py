"""names.first-reference after fx298: "he" or "she" right after a speech verb
is a person cue after a firm's short form (nu45 H1), and every peer's style
in names.yaml `peerage` is read alike (nu45 L1, rr45a S1)."""
from __future__ import annotations

import pytest

from titles_helpers import first_references

_FIRM = "Dell Technologies reported record sales on Thursday. "
_LATER = " Michael Dell founded the company in 1984."


@pytest.mark.parametrize("firm", ["", _FIRM, "Dell Inc reported record sales on Thursday. "])
@pytest.mark.parametrize("said", ["said he was", "said she was", "says he’s", "added she'd be"])
def test_he_or_she_after_the_speech_verb_is_a_person(firm, said):
    body = f"{firm}Dell {said} proud of the staff.{_LATER}"
    assert first_references(body) == [(5, len(firm) + 1, "Dell")]


@pytest.mark.parametrize("said", ["said it was", "said they were", "said hello, and was", "said"])
def test_the_firms_spokesman_stays_the_firms(said):
    body = f"{_FIRM}Dell {said} proud of the staff.{_LATER}"
    assert first_references(body) == []


def _peerage() -> list[str]:
    from lint.analysis.names import tables
    return sorted(tables()["peerage"])


def test_the_peerage_list_holds_the_styles_copy_uses():
    assert {"lord", "lady", "baroness", "viscount", "countess"} <= set(_peerage())
    # given names too, so no style (qa179 #1: "Earl Blumenauer", "Baron Davis")
    assert not {"earl", "baron"} & set(_peerage())


@pytest.mark.parametrize("style", [s.title() for s in _peerage()])
def test_a_peers_style_is_no_full_name_nor_a_slip(style):
    # the style and surname are no slip however the story names the peer later
    assert first_references(f"Former judge {style} Hale criticised the plan. "
                            "Brenda Hale said it would fail.") == []
    # a bare surname after the style, before the given-name full name, is one,
    # whichever style it follows (nu45 L1: Baroness as Lord)
    body = f"{style} Hale spoke first. Later Hale said the plan failed. Brenda Hale left."
    assert first_references(body) == [(5, body.index("Later Hale") + 7, "Hale")]


def test_a_style_read_as_the_only_full_name_still_counts():
    # no given-name full name anywhere: "Baroness Hale" still names the peer
    # in full, so a bare surname before it is flagged (as before) and one after is not
    assert first_references("Hale said the plan failed. Baroness Hale left.") == [(5, 1, "Hale")]
    assert first_references("Baroness Hale spoke. Hale said the plan failed.") == []


def test_one_generation_pattern_and_one_said_list():
    """rr45a D6, D7: name_people reads the suffix with `names.GENERATION_SUFFIX`,
    and first-reference's `_SAID_BEFORE` takes its verbs from `names`."""
    from lint.analysis import name_people, names
    from lint.kinds import name_first_reference
    assert name_people.GENERATION_SUFFIX is names.GENERATION_SUFFIX
    assert not hasattr(name_people, "GENERATION")
    assert f"(?:{names.SAID_BEFORE_VERBS})" in name_first_reference._SAID_BEFORE.pattern
    assert f"(?:{names.SAID_BEFORE_VERBS}|" in names._SPEAKS_BEFORE.pattern


@pytest.mark.parametrize("suffix", [" Sr.", ", Jr.", " III"])
def test_a_suffix_still_shows_another_person(suffix):
    from lint.analysis.name_people import another_person
    from lint.analysis.names import mentions
    from titles_helpers import read

    def garcia(text):
        return next(m for m in mentions(read(f"Garcia wins\n\n{text}\n")) if m.surname == "Garcia")
    assert another_person(garcia(f"Jose Garcia{suffix} spoke on Monday."))
    assert not another_person(garcia("Jose Garcia spoke on Monday."))
