"""qa176: quick QA of fx290 (another speaker after a quote, quote_tags.another_speaks;
wire copy under a title, byline or front matter, wire_story.wire_copy).
Synthetic input only. Each fault is a strict xfail that asserts the right behaviour."""
from __future__ import annotations

import pytest
from story_helpers import found_at

from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes

HEAD = "Court rejects appeal\n\n"
LEDE = ("NEW YORK, May 4 (Reuters) - A federal appeals court on Monday rejected former banker "
        "Paul Ames's appeal of his fraud conviction, with his lawyer Ruth Cole at his side.")
TRAVESTY = "\u201cThis ruling is a travesty.\u201d"


def _wire(before: str, after: str, lede: str = LEDE) -> list[tuple[int, int]]:
    """A wire story: lede (line 3), `before` (line 5), the quote and `after` (line 7)."""
    return found_at(f"{HEAD}{lede}\n\n{before}\n\n{TRAVESTY} {after}\n", "story.txt", "quotes.unattributed")


FIRST = "\u201cThe lease gives away far too much public money to the team owners,\u201d John Smith said."
SECOND = "\u201cThe team has been a good partner for thirty years.\u201d"


def _continued(after: str) -> list[tuple[int, int]]:
    return found_at(f"Stadium lease\n\n{FIRST}\n\n{SECOND} {after}\n", "story.txt", "quotes.unattributed")


# 1 (HIGH, new: main is silent) ------------------------------------------------
# A time or place phrase before the same speaker's name ('Late on Tuesday Ames said')
# is taken for another speaker: _subject's new named-subject path finds the verb after
# two capitalised words ('Tuesday Ames') and another_speaks counts every capitalised
# word before it ('Late', 'Tuesday', 'New', 'York', 'Reuters') as a name `before` lacks.
@pytest.mark.parametrize("kind,after", [
    ("wire", "Late on Tuesday Ames said he would appeal."),
    ("wire", "In New York Ames said he would appeal."),
    ("wire", "Speaking to Reuters Ames said he would appeal."),
    ("continued", "Late on Tuesday Smith said he would vote no."),
])
def test_a_time_or_place_phrase_before_the_same_speaker_is_no_other_speaker(kind, after):
    found = _wire("Ames said he was disappointed.", after) if kind == "wire" else _continued(after)
    assert found == []


# 2 (HIGH, new: main is silent) ------------------------------------------------
# A capitalised descriptor opening the sentence before the same speaker's full name
# ('Former banker Paul Ames said', 'Council leader John Smith said') is read as a name
# the paragraph before lacks, so the same speaker counts as another.
@pytest.mark.parametrize("kind,before,after", [
    ("wire", "Paul Ames said he was disappointed.", "Former banker Paul Ames said he would appeal."),
    ("continued", "", "Council leader John Smith said he would vote no."),
    ("continued", "", "Former mayor John Smith said he would vote no."),
])
def test_a_descriptor_before_the_same_full_name_is_no_other_speaker(kind, before, after):
    found = _wire(before, after) if kind == "wire" else _continued(after)
    assert found == []


# 3 (HIGH, new: main is silent) ------------------------------------------------
# A speaker noun is compared only with the paragraph before: the lede made Tom Hill
# the club spokesman, the paragraph before quotes 'Hill', and 'The spokesman said'
# after the quote is Hill again, yet it now counts as another speaker.
@pytest.mark.parametrize("after", [
    "The spokesman said the club would appeal.",
    "The spokesman added that the club would appeal.",
])
def test_a_speaker_noun_the_story_gave_the_same_speaker_is_no_other_speaker(after):
    lede = ("NEW YORK, May 4 (Reuters) - A federal appeals court on Monday rejected a club's appeal, "
            "club spokesman Tom Hill said.")
    assert _wire("Hill said the club was disappointed.", after, lede) == []


# 4 (HIGH, main has it too) -----------------------------------------------------
# nu44 H2 is fixed only for 'said he was': a reporting verb inside the reported clause
# ('Ames said he expected ...', 'Ames said he told the judge ...') is still read by
# _pronoun_speaker as a pronoun speaker ('he expected', 'he told'), so any later
# speaker may be the same and 'Prosecutors said ...' breaks nothing.
@pytest.mark.parametrize("before", [
    "Ames said he expected a long fight.",
    "Ames said he told the judge the truth.",
])
def test_a_reported_clause_pronoun_before_a_reporting_verb_is_no_pronoun_speaker(before):
    assert _wire(before, "Prosecutors said they were pleased.") == [(7, 1)]


# 5 (HIGH, main has it too) -----------------------------------------------------
# A Markdown story with a front-matter title and an H1 that repeats it ('# Road money')
# is no wire copy: the H1 becomes a 'heading' part, which is neither a headline nor in
# wire_story.FRAMING, so the quote reported speech introduces is flagged.
WIRE = "LONDON, March 3 (Reuters) - The city council cut its road budget by a third on Tuesday, officials said."
REPORTED = "Smith said the council had erred on Monday."
QUOTE = "\u201cWe have no money left for the roads this year and nobody will tell us why.\u201d"


def test_a_markdown_h1_under_front_matter_keeps_the_wire_reading():
    source = f"---\ntitle: Road money\nauthor: Jo Smith\n---\n\n# Road money\n\n{WIRE}\n\n{REPORTED}\n\n{QUOTE}\n"
    assert wire_copy(read_bytes("s.md", source.encode()))
    assert found_at(source, "s.md", "quotes.unattributed") == []


# 6 (MED, main has it too) ------------------------------------------------------
# A plain-text story's date line under its byline ('March 3, 2026') ends the wire
# reading, though a front-matter date: field above the dateline does not (FRAMING):
# the reader makes it a 'dateline' part, which wire_copy only accepts as the wire one.
def test_a_date_line_under_the_byline_keeps_the_wire_reading():
    source = f"Road money\n\nBy Jo Smith\n\nMarch 3, 2026\n\n{WIRE}\n\n{REPORTED}\n\n{QUOTE}\n"
    assert wire_copy(read_bytes("s.txt", source.encode()))
    assert found_at(source, "s.txt", "quotes.unattributed") == []
