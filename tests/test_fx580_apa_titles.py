"""fx580: an APA reference's title runs past a title's or place's
abbreviation ("Gov. Cole", "St. Louis"), a month's before its day and any
stop before a lower-case word ("U.S. panel"); it still ends at a stop
before a capital, so the note's own sentence after it keeps its finding
(qa424 #9, qa431 #5, #6)."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
REF = "The council met.[^1]\n\n[^1]: Lee, A. (2024, March 30). "


@pytest.mark.parametrize("title", ["Rep. Ann Cole and Dr. Lee will vote April 3.",
                                   "Sgt. Ann Cole's U.S. delegate will vote April 3.",
                                   "Council, meeting Jan. 6, will vote April 3."])
def test_an_apa_title_past_an_abbreviation_keeps_its_date_the_pieces(title):
    assert _findings(HEAD + REF + title + " *Springfield Gazette*.\n", FT) == []


@pytest.mark.parametrize("title", ["Deal reached in St. Louis.", "Panel meets Gov. Cole.", "Vote set for Jan. 6.",
                                   "Tariffs hit U.S. farms.", "Council picks Plan B."])
def test_guard_the_notes_own_sentence_after_such_a_title_is_flagged(title):
    text = HEAD + REF + title + " The panel will vote April 3.\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]
