"""qa185: QA of fx305 (place before the speaker, dek above wire copy).
Each test was a strict xfail until fx310 fixed the finding it names
(#1-#3); the rest are their neighbours."""
from __future__ import annotations

import pytest
from story_helpers import found_at
from test_fx305_quote_speakers import WIRE, continued

from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes


@pytest.mark.parametrize("after", [
    "In court, Ruiz’s lawyer said the council must act.",
    "In court Ruiz's lawyer said the council must act.",
    "In Lima, Ruiz's lawyer said the council must act.",
    "On Tuesday, Ruiz's husband said the council must act.",
    "In Lima, her lawyer said the council must act.",
])
def test_a_place_before_another_speaker_who_is_the_speakers_kin_or_lawyer_still_breaks(after):
    assert not continued(after)      # main: not continued (as without the place: `Ruiz's lawyer said`)


@pytest.mark.parametrize("after", [
    "In Lima, Maria Ruiz said the council must act.",
    "In Lima Maria Ruiz said the council must act.",
])
def test_a_place_before_a_namesake_still_breaks(after):
    assert not continued(after)      # main caught it; `Maria Ruiz said` alone is caught


@pytest.mark.parametrize("after", [
    "In court, Ruiz said the council must act.",
    "On Tuesday, Ruiz said the council must act.",
    "In Washington, Senator Ruiz said the council must act.",
    "In Mendez's view, Ruiz said the council must act.",
    "On Tuesday Ruiz said the council must act.",
])
def test_a_place_before_the_speakers_own_name_still_lets_her_go_on(after):
    assert continued(after)          # fx310: the neighbours of #1 and #2, the name alone after the place


def test_a_story_paragraph_without_a_full_stop_above_the_wire_dateline_ends_it():
    source = ("Ferry row\n\nIsland workers said on Monday that the cut leaves them stranded "
              "and the union will strike\n\n" + WIRE)
    assert not wire_copy(read_bytes("s.txt", source.encode()))
    assert len(found_at(source, "s.txt", "quotes.unattributed")) == 1


def test_a_plain_text_subhead_above_the_wire_dateline_ends_it_too():
    """fx310 took back fx305's plain-text part: the reader's subhead (one line,
    no stop) is what a stop-less story paragraph also is, so it ends the wire
    reading as on main; a Markdown or HTML dek keeps it (test_fx305_quote_speakers)."""
    source = "Ferry row\n\nIsland workers say the cut leaves them stranded\n\n" + WIRE
    doc = read_bytes("s.txt", source.encode())
    assert [p.kind for p in doc.parts][:2] == ["headline", "dek"]
    assert not wire_copy(doc)
    assert len(found_at(source, "s.txt", "quotes.unattributed")) == 1
