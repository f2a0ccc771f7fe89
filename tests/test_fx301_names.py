"""fx301: guards beside qa179's regressions (names.first-reference's
'said he' cue with a person named between; title-changed with Jr. and Sr.)."""
from __future__ import annotations

from titles_helpers import first_references, read, run, where


def test_an_age_after_the_short_form_is_a_person_whoever_is_named_between():
    # only the pronoun may be somebody else; an age is the name's own
    body = ("Dell Technologies reported a loss. CEO Jim Farley spoke. "
            "Dell, 58, said sales fell. Michael Dell founded it.")
    assert first_references(body) == [(5, body.index("Dell, 58") + 1, "Dell")]


def test_said_he_with_nobody_named_between_is_still_a_person():
    body = ("Ford Motor Co reported a loss on Monday. Ford said he would be replaced. "
            "Henry Ford founded the firm.")
    assert first_references(body) == [(5, body.index("Ford said") + 1, "Ford")]


def test_a_person_named_before_the_firm_does_not_block_the_cue():
    body = ("CEO Jim Farley spoke. Ford Motor Co reported a loss on Monday. "
            "Ford said he would be replaced. Henry Ford founded the firm.")
    assert first_references(body) == [(5, body.index("Ford said") + 1, "Ford")]


def test_one_generation_keeps_its_title_change():
    doc = read("Story\n\nDeputy Mayor John Smith Jr. spoke on Monday. Mayor John Smith Sr. left. "
               "Mayor John Smith Jr. said he was proud.\n")
    found = where(run(doc, "names.title-changed"))
    assert len(found) == 1
    text = doc.parts[-1].text
    assert found[0][1] == text.index("Mayor John Smith Jr. said") + 1


def test_a_surname_without_a_suffix_is_still_compared_when_there_is_one_generation():
    doc = read("Story\n\nDeputy Mayor John Smith Jr. spoke on Monday. Mayor Smith left.\n")
    assert len(where(run(doc, "names.title-changed"))) == 1
