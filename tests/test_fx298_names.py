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
