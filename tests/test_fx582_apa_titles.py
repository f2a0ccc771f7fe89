"""fx582: an APA title runs past an abbreviation only where its sentence
must go on: a title before a name, `St.` before a city, a dotted
abbreviation before a lower-case word; a street's `St.` and a title before
a sentence-opening word end it (qa439 #1, #2)."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
REF = "The council met.[^1]\n\n[^1]: Lee, A. (2024, March 30). "


TITLES = ["Deal reached on Main St.", "Deal reached at 5th St.", "Talks with Lt. Gov.", "Panel meets Gov.",
          "Deal reached in St. Louis.", "Budget passes.", "Springfield Gazette.", "Vote held in Washington, D.C."]
SENTENCES = ["The panel will vote April 3.", "Officials will vote April 3.", "They will vote April 3.",
             "iPad makers will vote April 3.", "and the panel will vote April 3."]


# (a dotted abbreviation before a lower-case word goes on: guarded below)
@pytest.mark.parametrize("title,sentence", [(t, s) for t in TITLES for s in SENTENCES
                                            if not (t.endswith("D.C.") and s[0].islower())])
def test_the_notes_own_sentence_after_a_title_is_flagged(title, sentence):
    text = HEAD + REF + title + " " + sentence + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]


@pytest.mark.parametrize("title", ["Panel in St. Louis will vote April 3.", "Talks with Lt. Gov. Ann Cole set April 3.",
                                   "Sen. Cole will vote April 3.", "U.K. and U.S. panels will vote April 3.",
                                   "Council of Washington, D.C. will vote April 3."])
def test_guard_a_title_that_goes_on_keeps_its_date_the_pieces(title):
    assert _findings(HEAD + REF + title + " *Springfield Gazette*.\n", FT) == []
