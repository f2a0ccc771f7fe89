"""fx562: a note's citation read whole (qa420 #4 a piece's kind or a
passive after the outlet; #5 an APA reference; qa415 #12 a CMOS book note's
publication facts), and the attributions beside them still read as
statements. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

FT = ("dates.future-tense-past-date",)
MET = "The council met.[^1]\n\n[^1]: "
WILL = '"The council will vote April 3,"'


def _flagged(text):
    return [("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")), "April 3")]


@pytest.mark.parametrize("tail", ["Lee, quoted in the Gazette, said.", "Lee said in a statement.",
                                  "Lee, 56, said in a statement.", "Lee reported.", "City officials said online.",
                                  "Mayor Lee wrote, reported by Tom Ray.",
                                  "Officials report.", "Analysts post."])
def test_guard_an_attribution_beside_a_citations_words_keeps_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == _flagged(text)


@pytest.mark.parametrize("tail", ["WXYZ News editorial.", "Springfield Police report.", "Springfield Gazette, cited in Ann Lee, 4.",
                                  "City Council news release, March 30, 2024."])
def test_a_citations_kind_or_passive_keeps_the_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []


@pytest.mark.parametrize("note", [
    "Lee, A., & Ray, T. (2024, March 30). The council will vote April 3. Springfield Gazette.",
    "See Lee, A. (2024). The council will vote April 3. City Press.",
    "Ibid.; Lee, A. (2024b, March 30). The council will vote April 3. *Springfield Gazette*.",
    'Jane Doe, "The council will vote April 3" (Springfield Gazette, March 30, 2024).',
])
def test_an_apa_or_cmos_reference_leaves_its_title_alone(note):
    assert _findings(HEAD + MET + note + "\n", FT) == []


@pytest.mark.parametrize("note", [
    'Jane Doe, "The council will vote April 3" (she said in 2024).',
    "Lee (2024) said the council will vote April 3.",
    "Lee, A. (2024, March 30). The vote was close. The council will vote April 3.",
    'Jane Doe, "The council will vote April 3" (a hunch).',
])
def test_guard_a_statement_near_a_reference_keeps_the_date_flagged(note):
    text = HEAD + MET + note + "\n"
    assert _findings(text, FT) == _flagged(text)
