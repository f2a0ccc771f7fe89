"""qa185: QA of fx305 (place before the speaker, dek above wire copy).
Each test is xfail(strict) until the finding it names is fixed."""
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


@pytest.mark.xfail(strict=True, reason="qa185 #3: a plain-text story paragraph with no full "
                   "stop under the hed is read as a dek and keeps the wire reading")
def test_a_story_paragraph_without_a_full_stop_above_the_wire_dateline_ends_it():
    source = ("Ferry row\n\nIsland workers said on Monday that the cut leaves them stranded "
              "and the union will strike\n\n" + WIRE)
    assert not wire_copy(read_bytes("s.txt", source.encode()))
    assert len(found_at(source, "s.txt", "quotes.unattributed")) == 1
