"""fx593: `St.` after a word that opens a place's name (Lake, West, Fort...)
is a saint's in an APA title only before a saint's name such places carry
(names.yaml `saint_place_names`: Fort St. James, Port St. Joe, South St.
Paul, Point St. Charles, Mount St. Mary's); before any other capitalised
word, a surname among them, it is a street that may end the title, so the
future tense on a past date after it is flagged (qa451 #5). Synthetic
copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, uses as _uses

FT = ("dates.future-tense-past-date",)
REF = "The council met.[^1]\n\n[^1]: Lee, A. (2024, March 30). "


@pytest.mark.parametrize("place", ["Fort St. James", "Port St. Joe", "South St. Paul", "Point St. Charles",
                                   "Lake St. Louis", "Mount St. Mary\u2019s"])
def test_a_saints_name_after_a_place_head_keeps_the_title_going(place):
    assert _findings(HEAD + REF + "Deal in " + place + " will vote April 3. *Springfield Gazette*.\n", FT) == []


@pytest.mark.parametrize("street", ["Lake St. Nguyen", "South St. Kowalczyk", "Port St. Okafor",
                                    "East St. Mayor"])
def test_another_word_after_a_place_head_and_st_ends_the_title(street):
    text = HEAD + REF + "Deal set on " + street + " will vote April 3.\n"
    assert _findings(text, FT) == _uses(text, "April 3", FT[0])


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\t"])
@pytest.mark.parametrize("place", ["Port St.{}Lucie", "Gov.{}Cole", "Sault Ste.{}Marie"])
def test_a_no_break_space_after_the_stop_reads_as_a_space(space, place):
    text = HEAD + REF + "Deal in " + place.format(space) + " will vote April 3. *Springfield Gazette*.\n"
    assert _findings(text, FT) == []


def test_a_no_break_space_before_a_sentence_still_ends_the_title():
    text = HEAD + REF + "Deal set on Main St.\u00a0The panel will vote April 3.\n"
    assert _findings(text, FT) == _uses(text, "April 3", FT[0])
