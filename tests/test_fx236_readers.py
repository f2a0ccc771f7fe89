"""Readers' needless work (re-read rr41a §3): what is worked out once stays
worked out once, with the same answers. A caption's licence-note offsets
(`credit_licences.NoteOffsets`) build each `FixMap` once per caption read,
not once per offset carried. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis import credit_licences
from lint.analysis.credits import read_credit


@pytest.mark.parametrize("text, credit", [
    ("Water rises on Monday. Photo by Jane Doe, CC BY 2.0", "Photo by Jane Doe"),      # found as written
    ("Water rises on Monday.\nJane Doe/Flickr\n(CC BY 2.0)\nImage cropped.", "Jane Doe/Flickr"),  # beside the notes
])
def test_a_captions_note_offsets_build_each_map_once(monkeypatch, text, credit):
    built = []
    real = credit_licences.FixMap

    def counted(fixes):
        built.append(len(fixes))
        return real(fixes)
    monkeypatch.setattr(credit_licences, "FixMap", counted)
    span, notes = read_credit(text)
    assert notes and text[slice(*span)] == credit
    assert 0 < len(built) <= 2, built
