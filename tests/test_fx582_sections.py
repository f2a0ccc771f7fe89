"""fx582: a paper's plural section before a piece's kind is a section only
right after an outlet's name, and a plural possessive is no speaker
(qa439 #3, #4); plural speakers stay flagged."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
MET = "The council met.[^1]\n\n[^1]: "
WILL = '"The council will vote April 3,"'


@pytest.mark.parametrize("tail", ["Springfield Gazette sports report.",
                                  "Springfield Times, markets report.", "Springfield Gazette, the members\u2019 post.",
                                  "Springfield Gazette, residents' report."])
def test_a_section_after_an_outlet_or_a_plural_possessive_stays_a_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []


@pytest.mark.xfail(strict=True, reason="lead62 (qa445 #3): an outlet named by its letters alone ('WXYZ elections "
                   "post.') is read as a plural speaker, since a place's acronym ('NYC schools report.') is "
                   "the speaker's own word: a false alarm, the safer error")
def test_a_section_after_an_acronym_outlet_stays_a_citation():
    assert _findings(HEAD + MET + WILL + " WXYZ elections post.\n", FT) == []


@pytest.mark.parametrize("tail", ["Area schools report.", "Local markets post.", "Many elections report.",
                                  "Springfield Sentinel readers report.", "Springfield Gazette readers report.",
                                  "Gazette critics report."])
def test_guard_a_plural_speaker_stays_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]
