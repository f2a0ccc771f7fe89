"""fx305: who goes on speaking after a quote (quote_follow, quote_tags.another_speaks).
Synthetic input only; each case with its nearest neighbour that must stay as it was."""
from __future__ import annotations

import pytest
from story_helpers import found_at
from test_quotes import body

from lint.analysis.attribution import attribution
from lint.analysis.quote_follow import _StoryAbove, _first_use
from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes

SAID = "“The new ferry timetable leaves the island short of crossings,” Ana Ruiz said."
GOES_ON = "“Workers on the early shift cannot get to the harbour.”"


def continued(after: str) -> bool:
    """Is the quote opening the paragraph after Ana Ruiz's quote read as hers
    going on, when `after` follows it in its paragraph?"""
    return attribution(body("Ferry row", SAID, f"{GOES_ON} {after}"))[1].how == "continues"


def test_the_story_above_a_part_holds_the_words_of_that_part_and_those_before_it():
    """`_others_after` asks which words the story uses up to a part, by look-up
    (no story joined per quote): a word first used below that part is not there."""
    doc = body("Club spokesman Tom Hill said the fares stay.", "The board met.",
               "A council spokeswoman said more.")
    first = _first_use(doc)
    assert "spokesman" in _StoryAbove(first, 0) and "spokesman" in _StoryAbove(first, 2)
    assert "spokeswoman" not in _StoryAbove(first, 1)
    assert "spokeswoman" in _StoryAbove(first, 2)
    assert "Spokesman" not in _StoryAbove(first, 2)      # words are kept lowered


@pytest.mark.parametrize("after", [
    "In Lima Ruiz said the council must act.",
    pytest.param("In New York Ruiz said the council must act.", marks=pytest.mark.xfail(
        strict=True, reason="fx310 took it back: a run of capitals with no comma may end in a "
        "namesake (In Lima Maria Ruiz said, qa185 #2), so only one word is read as the place")),
    "At City Hall, Ruiz said the council must act.",
    "But in Lima Ruiz said the council must act.",
    "In Lima, Peru, Ruiz said the council must act.",   # a place and its country (qa191 #5, fx318)
])
def test_a_place_before_the_speakers_surname_keeps_her_speaking(after):
    assert continued(after)


@pytest.mark.parametrize("after", [
    "In Lima Mendez said the council must act.",     # another speaker after the place
    "At City Hall, Mendez said the council must act.",
    "In Lima, Peru, Mendez said the council must act.",   # qa191 #5's neighbours
    "In Lima, Ruiz, Mendez said the council must act.",
    "Mendez said the council must act.",
    "Lima Ruiz said the council must act.",          # no preposition: another capitalised word
])
def test_another_speaker_after_a_place_still_breaks_the_continuation(after):
    assert not continued(after)


# --- a dek above wire copy -------------------------------------------------------
WIRE = ("LIMA, March 3 (Reuters) - Peru's ferry operator cut the island's winter crossings "
        "by a third on Tuesday, officials said.\n\nRuiz said the operator had broken its contract.\n\n"
        "“Workers on the early shift cannot get to the harbour.”\n")
DEK = "Island workers say the cut leaves them stranded"


@pytest.mark.parametrize("name,source", [
    ("s.md", f"---\ntitle: Ferry row\ndescription: {DEK}\n---\n\n{WIRE}"),
    ("s.html", f'<html><head><title>Ferry row</title><meta name="description" content="{DEK}">'
               f"</head><body><h1>Ferry row</h1>" + "".join(f"<p>{p}</p>" for p in WIRE.split("\n\n")) +
               "</body></html>"),
])
def test_a_dek_above_the_wire_dateline_keeps_the_wire_reading(name, source):
    assert wire_copy(read_bytes(name, source.encode()))
    assert found_at(source, name, "quotes.unattributed") == []    # Ruiz goes on, as wire copy has it


def test_a_paragraph_of_the_story_above_the_wire_dateline_still_ends_it():
    source = f"---\ntitle: Ferry row\n---\n\n{DEK}, a union said on Monday.\n\n{WIRE}"
    assert not wire_copy(read_bytes("s.md", source.encode()))
    assert len(found_at(source, "s.md", "quotes.unattributed")) == 1


# --- an agency's name before the dateline's hyphen ---------------------------------
def _wire_story(dateline: str) -> str:
    return "Ferry row\n\n" + WIRE.replace("LIMA, March 3 (Reuters) -", dateline)


@pytest.mark.parametrize("dateline", ["LIMA (Reuters) -", "LIMA (AFP) -", "LIMA (REUTERS) -",
                                      "Lima, Peru (AP) -", "LIMA, March 3 (Reuters) -"])
def test_a_wire_agency_before_a_plain_hyphen_is_wire_copy(dateline):
    source = _wire_story(dateline)
    assert wire_copy(read_bytes("s.txt", source.encode()))
    assert found_at(source, "s.txt", "quotes.unattributed") == []


@pytest.mark.parametrize("dateline", [
    "LIMA (AP) —", "LIMA (Reuters) –",     # a typeset dash: a newspaper's (PolNeAR)
    "LIMA (Courier) -",                   # no wire agency
    "LIMA (ap) -", "HARRISBURG (Pa) -",   # an agency's letters in another case (fx310, qa185 #6)
    "MOSCOW (tass) -", "MADRID (eFE) -",  # qa191 #3's neighbours: nor a listed word's
    "LIMA -",                             # undated, no agency: as before
])
def test_a_typeset_dash_or_no_agency_is_no_wire_copy(dateline):
    source = _wire_story(dateline)
    assert not wire_copy(read_bytes("s.txt", source.encode()))
    assert len(found_at(source, "s.txt", "quotes.unattributed")) == 1


# --- speaker lists (checked: read today; pinned so they stay read) -----------------
LONG = "“The ferry timetable leaves the island short of crossings all winter long"


@pytest.mark.parametrize("tail", [",” Ruiz and Mendez said.", ",” said Ruiz, Mendez and Lee.",
                                  ",” Ruiz, Mendez and Lee said.", "?” Ruiz and Mendez said.",
                                  ",” Ruiz and Mendez told reporters."])
def test_a_list_of_speakers_is_read_as_the_speakers(tail):
    assert attribution(body("Ferry row", LONG + tail))[0].attributed


def test_a_lower_case_list_in_cased_copy_names_nobody():
    assert not attribution(body("Ferry row", LONG + ",” said ruiz and mendez."))[0].attributed


# qa191 #3 (MED; fx310's qa185 #6 fix) agencies a British desk sets in title case as words
# (Guardian style: Tass, Ansa, Efe) and a listed two-word name with a lower-case second word
# are no longer wire datelines: only the listed spelling or full capitals match.
# fixed (fx318): attribution.yaml wire_agencies lists these spellings (data)
@pytest.mark.parametrize("dateline", ["MOSCOW (Tass) -", "ROME (Ansa) -", "MADRID (Efe) -"])
def test_qa191_a_title_case_agency_word_is_wire_copy(dateline):
    assert wire_copy(read_bytes("s.txt", _wire_story(dateline).encode()))
