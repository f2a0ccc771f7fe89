"""fx580: before a cited piece's kind, a paper's section in the plural, a
possessive or a possessive determiner is no plural speaker reading the kind
as a verb; a plural noun of people still is (qa431 #7, qa424 #6)."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
MET = "The council met.[^1]\n\n[^1]: "
WILL = '"The council will vote April 3,"'


@pytest.mark.parametrize("tail", ["Springfield Gazette arts report.", "Springfield Gazette, obituaries post.",
                                  "Springfield Gazette, the editor’s report.", "Springfield Gazette, our report.",
                                  "Springfield Gazette business report."])
def test_a_section_or_possessive_before_a_kind_word_stays_a_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []


@pytest.mark.parametrize("tail", ["Police officers report.", "Local teachers post.", "Springfield parents report.",
                                  "Sports fans report."])
def test_guard_a_plural_speaker_before_a_kind_word_keeps_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]
