"""qa179: late QA of fx298 on lead45 (names.first-reference: 'he'/'she' after a
speech verb as a person cue, names.yaml `peerage`, shared GENERATION_SUFFIX)."""
from __future__ import annotations

from titles_helpers import first_references, read, run, where


def test_a_given_name_earl_still_makes_two_people():
    body = ("Blumenauer said the bill passed. Earl Blumenauer and his wife, "
            "Mary Blumenauer, arrived later.")
    assert first_references(body) == []


def test_a_given_name_baron_still_makes_two_people():
    body = "Davis said the team won. Baron Davis scored 20 points. His brother, Sam Davis, watched."
    assert first_references(body) == []


def test_a_firms_statement_about_its_named_ceo_stays_the_firms():
    body = ("Ford Motor Co reported a loss on Monday. CEO Jim Farley said sales fell. "
            "Ford said he would be replaced. Henry Ford founded the firm.")
    assert first_references(body) == []


def test_title_changed_keeps_a_jr_and_a_sr_apart():
    doc = read("Story\n\nSen. John Smith Jr. spoke on Monday. Rep. John Smith Sr. said he was proud.\n")
    assert where(run(doc, "names.title-changed")) == []
