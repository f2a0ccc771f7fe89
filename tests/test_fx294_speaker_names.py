"""fx294: guards beside qa176's fixes. Another speaker after a quote is judged
by its name (or a speaker noun by the whole story above the quote), and a
heading that repeats the title or a date-only line above the wire dateline
keeps the wire reading. Each case here would be a lost catch or a new false
finding if the fix went too far. Synthetic input only."""
from __future__ import annotations

import pytest
from story_helpers import COURT_LEDE, court_wire, found_at

from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes

FIRST = "\u201cThe lease gives away far too much public money to the team owners,\u201d John Smith said."
SECOND = "\u201cThe team has been a good partner for thirty years.\u201d"


def _continued(after: str) -> list[tuple[int, int]]:
    return found_at(f"Stadium lease\n\n{FIRST}\n\n{SECOND} {after}\n", "story.txt", "quotes.unattributed")


# another speaker is still another, whatever stands before the name
@pytest.mark.parametrize("after", [
    "Late on Tuesday Cole said she would appeal.",           # another surname after a time
    "In New York Cole said she would appeal.",               # after a place
    "Former prosecutor Ruth Cole said she would appeal.",    # after a descriptor
    "Cole and Ames said they would appeal.",                 # a list with another name in it
    "Prosecutors said they were pleased.",
])
def test_another_name_after_a_time_place_or_descriptor_still_breaks_the_wire_reading(after):
    assert court_wire("Ames said he was disappointed.", after) == [(7, 1)]


@pytest.mark.parametrize("after", [
    "Jane Smith said she would vote yes.",          # a namesake with another given name
    "Council leader Mary Jones said she would vote yes.",
    "Late on Tuesday Jones said she would vote yes.",
])
def test_another_name_still_breaks_the_continuation(after):
    assert _continued(after) == [(5, 1)]


# a speaker noun the story above never used is another speaker; one it used is not
def test_a_speaker_noun_new_to_the_story_is_another_speaker():
    assert court_wire("Hill said the club was disappointed.", "A court spokesman said the ruling stood.") == [(7, 1)]


def test_a_speaker_noun_in_the_lede_is_the_same_speaker():
    lede = COURT_LEDE.replace("with his lawyer Ruth Cole", "club spokesman Tom Hill said, with Ruth Cole")
    assert court_wire("Hill said the club was disappointed.", "The spokesman said the club would appeal.", lede) == []


# a pronoun that ends its clause right after the verb is still a pronoun speaker
@pytest.mark.parametrize("before,found", [
    ("Ames said he expected a long fight.", [(7, 1)]),     # the reported clause's subject: no speaker
    ("Ames said that he told the judge the truth.", [(7, 1)]),
    ("\u201cWe will appeal,\u201d he said.", []),               # a pronoun speaker: anyone may go on
    ("She added that the club would appeal.", []),
])
def test_a_pronoun_is_a_speaker_only_as_its_verbs_subject(before, found):
    assert court_wire(before, "Prosecutors said they were pleased.") == found


# --- the wire reading under a heading or a date line -----------------------------
WIRE = "LONDON, March 3 (Reuters) - The city council cut its road budget by a third on Tuesday, officials said."


@pytest.mark.parametrize("source,name,wire", [
    (f"---\ntitle: Road money\n---\n\n# Road money\n\n{WIRE}\n", "s.md", True),
    (f"---\ntitle: Road money\n---\n\n# Bridges too\n\n{WIRE}\n", "s.md", False),    # another heading
    (f"Road money\n\nBy Jo Smith\n\nTue. March 3, 2026\n\n{WIRE}\n", "s.txt", True),
    (f"Road money\n\nBy Jo Smith\n\nLondon, March 3, 2026\n\n{WIRE}\n", "s.txt", False),  # a place too
])
def test_only_a_repeated_title_or_a_bare_date_keeps_the_wire_reading(source, name, wire):
    assert wire_copy(read_bytes(name, source.encode())) is wire
