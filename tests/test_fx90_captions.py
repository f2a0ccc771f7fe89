"""fx90: guards for the fixes of qa61's open breaks (tests/test_qa61_breaks.py
holds the breaks themselves): what a lower-case word between two names, an
all-capitals sentence end and a picture's moment told with a verb of a
schedule must not take from captions and credits that read right before."""
from __future__ import annotations

import pytest

from lint.analysis.credits import find_credit


def _credit(text: str) -> str | None:
    span = find_credit(text)
    return None if span is None else text[span[0]:span[1]]


# --- an all-capitals caption ends its sentences too

@pytest.mark.parametrize("text,credit", [
    ("PHOTO: ANA RUIZ/AP. CROWDS GATHER AT THE RALLY.", "PHOTO: ANA RUIZ/AP"),
    ("PHOTO BY JANE DOE. SOLDIERS TRAIN AT THE BASE.", "PHOTO BY JANE DOE"),
    # a title's or a trailing credit's stops are no sentence end
    ("SOLDIERS TRAIN AT THE BASE. PHOTO BY SGT. JANE DOE/U.S. ARMY", "PHOTO BY SGT. JANE DOE/U.S. ARMY"),
    ("SOLDIERS TRAIN AT THE BASE. PHOTO BY LT. COL. JANE DOE", "PHOTO BY LT. COL. JANE DOE"),
])
def test_an_all_capitals_sentence_end(text, credit):
    assert _credit(text) == credit
