"""fx569 (qa424 #6): a lower-case plural noun before a piece's kind is the
attribution's speaker, the kind its verb; an outlet before one stays a
citation. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
MET = "The council met.[^1]\n\n[^1]: "
WILL = '"The council will vote April 3,"'


@pytest.mark.parametrize("tail", ["School board members report.", "Union leaders post."])
def test_a_plural_speaker_before_a_kind_word_keeps_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")),
                                    "April 3")]


@pytest.mark.parametrize("tail", ["New York Times report.", "WXYZ News report.", "Springfield Police report.",
                                  "Springfield Gazette news report."])
def test_guard_an_outlet_before_a_kind_word_stays_a_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []
