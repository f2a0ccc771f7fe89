"""fx290: guards beside qa172 #7 (a wire story under a page title, a byline
or front matter) and qa170 #2/#3 / nu44 H2 (another speaker after a quote
in wire copy). Synthetic input only."""
from __future__ import annotations

import pytest
from story_helpers import COURT_HED, COURT_LEDE, court_wire, found_at

from lint.analysis.wire_story import wire_copy
from lint.readers import read_bytes

QUOTE = "“We have no money left for the roads this year and nobody will tell us why.”"
WIRE = "LONDON, March 3 (Reuters) - The city council cut its road budget by a third on Tuesday, officials said."
REPORTED = "Smith said the council had erred on Monday."


def _is_wire(source: str, name: str) -> bool:
    return wire_copy(read_bytes(name, source.encode()))


# --- qa172 #7: what may stand above the wire dateline -------------------------

@pytest.mark.parametrize("source,name", [
    (f"---\ntitle: Road money\ndate: 2026-03-03\ntags: [roads]\nauthor: Jo Smith\n---\n\n{WIRE}\n", "s.md"),
    (f"<html><head><title>Road money</title></head><body><h1>Road money</h1>"
     f"<p class=byline>By Jo Smith</p><p>{WIRE}</p></body></html>", "s.html"),
    (f"Road money\n\nBy Jo Smith, Reuters\n\n{WIRE}\n", "s.txt"),
])
def test_a_title_byline_or_field_above_the_dateline_keeps_the_wire_reading(source, name):
    assert _is_wire(source, name)


@pytest.mark.parametrize("source,name", [
    # a line of text above the dateline is the story's own: no raw wire copy
    (f"Road money\n\nBy Jo Smith\n\nThe council met again.\n\n{WIRE}\n", "s.txt"),
    (f"<html><head><title>Road money</title></head><body><p>Read our roads coverage.</p>"
     f"<p>{WIRE}</p></body></html>", "s.html"),
    # a newspaper's typeset dash under a byline is no wire dateline
    (f"Road money\n\nBy Jo Smith\n\n{WIRE.replace(' (Reuters) -', ' —')}\n", "s.txt"),
])
def test_story_text_above_the_dateline_still_ends_the_wire_reading(source, name):
    assert not _is_wire(source, name)


def test_a_byline_above_the_dateline_reads_the_quote_as_the_reported_speakers():
    body = f"Road money\n\nBy Jo Smith\n\n{WIRE}\n\n{REPORTED}\n\n{QUOTE}\n"
    assert found_at(body, "story.txt", "quotes.unattributed") == []
    # without the reported speech before it, the quote is still flagged
    bare = f"Road money\n\nBy Jo Smith\n\n{WIRE}\n\nThe budget was cut.\n\n{QUOTE}\n"
    assert found_at(bare, "story.txt", "quotes.unattributed") == [(9, 1)]


# --- qa170 #2/#3, nu44 H2: another speaker after the quote ---------------------

@pytest.mark.parametrize("after", [
    "Prosecutors said they were pleased with the decision.",       # nu44 H2
    "Cole said on Tuesday she would appeal.",                      # named in the lede, not before
    "Ames's lawyer Jane Roe said the team would file on Friday.",  # a full name ends the subject
    "Jane Roe, a spokeswoman for the prosecutors, said they were pleased.",
    "A court spokesman said the ruling stood.",
    "The officials said the ruling stood.",
])
def test_another_speaker_after_the_quote_breaks_the_wire_reading(after):
    # 'said he was' is the reported clause's subject: Ames is named, so Cole, Roe, ... are others
    assert court_wire("Ames said he was disappointed.", after) == [(7, 1)]


@pytest.mark.parametrize("before,after", [
    ("Ames said he was disappointed.", "He said he would appeal."),
    ("Ames said he was disappointed.", "Ames, 52, said he would appeal."),
    ("Ames said he was disappointed.", "Mr. Ames, the former banker, said he would appeal."),
    ("He said he was disappointed.", "Cole said she would appeal."),     # 'he' may be anyone
    ("A court spokesman said the ruling stood.", "The spokesman said no appeal was left."),
    # deeds, no speech: the quote stays the reported speaker's
    ("Ames said he was disappointed.", "A nurse admitted him to hospital later."),
    ("Ames said he was disappointed.", "Jane Roe, a court clerk, filed the papers."),
    ("Ames said he was disappointed.", "Ames's lawyer Jane Roe pleaded for time."),
    ("Ames said he was disappointed.", "Ames, the banker, pleaded guilty in 2024."),
])
def test_the_same_speaker_or_a_deed_after_the_quote_keeps_the_wire_reading(before, after):
    assert court_wire(before, after) == []


def test_a_quote_with_its_own_inverted_tag_and_apposition_is_attributed():
    body = (f"{COURT_HED}{COURT_LEDE}\n\nAmes said he was disappointed.\n\n"
            "“This ruling is a travesty,” said Jane Roe, a spokeswoman for the prosecutors.\n")
    assert found_at(body, "story.txt", "quotes.unattributed") == []


# the continuation reading of newspaper copy asks the same question (qa170 #2)
FIRST = "“The lease gives away far too much public money to the team owners,” Smith said."
SECOND = "“The team has been a good partner for thirty years.”"


@pytest.mark.parametrize("after,found", [
    ("Ames, the club's lawyer, said he would appeal.", [(5, 1)]),
    ("A club spokesman said he would appeal.", [(5, 1)]),
    ("Smith, the council's leader, said he would appeal.", []),
    ("Smith's deputy, Ann Cole, said she would appeal.", [(5, 1)]),
])
def test_newspaper_continuation_breaks_only_for_another_speaker(after, found):
    text = f"Stadium lease\n\n{FIRST}\n\n{SECOND} {after}\n"
    assert found_at(text, "story.txt", "quotes.unattributed") == found
