"""hygiene.placeholder on XX as a name or a size, and on `###` for a number
to come inside a sentence (nu18 #10)."""
from __future__ import annotations

import pytest

from lint import lint_text

HEAD = "Festival recap\n\nAUSTIN, Texas (Nov. 30, 2026) -- "


def placeholders(sentence: str, tail: str = "") -> list[str]:
    src = HEAD + sentence + "\n" + tail
    return [src[d.offset:d.offset + len(d.message.split("'")[1])]
            for d in lint_text(src, "r.txt") if d.rule == "hygiene.placeholder"]


@pytest.mark.parametrize("sentence", ["The XX played the festival.", "He wears a size XX jersey.",
                                      "Sizes XX and XXL sold out."])
def test_xx_as_a_band_or_a_size_is_no_placeholder(sentence):
    assert placeholders(sentence) == []


@pytest.mark.parametrize("sentence", ["Nearly XX people came.", "The fund lost $XX million.",
                                      "The vote is on XX date.", "About XX percent agreed.",
                                      "The XX homes burned."])
def test_xx_for_a_missing_figure_is_still_one(sentence):
    assert placeholders(sentence) == ["XX"]


def test_hashes_for_a_number_inside_a_sentence_are_a_placeholder_and_an_end_mark_is_not():
    assert placeholders("Attendance was ### people.", "\n###\n") == ["###"]
    assert placeholders("Attendance was high.", "\n###\n") == []
