"""names.first-reference keeps to people (fx91, nu26 #12): a firm's suffix,
a place that is never used alone as a person, and the second word of a firm
written with a comma are not asked for at first reference; a surname that
is also a place, used as a person, still is."""
from __future__ import annotations

import pytest

from titles_helpers import STORY_HED, read, run, where

RULE = "names.first-reference"


def flagged(body: str) -> list[str]:
    """The flagged texts of the rule in a plain-text story."""
    return [text for _, _, text in where(run(read("Headline here\n\n" + body + "\n"), RULE))]


@pytest.mark.parametrize("body", [
    # a firm's ending (firms.yaml any_case_endings) read as a surname
    "Standard and Poor's Corp said it cut the debt of PACCAR Inc and its unit PACCAR Financial Corp.",
    # a place before a "full name" that is two names side by side
    "Taiwan plans new tariff cuts. Wang Chao-Ming told Reuters Taiwan would cut tariffs. "
    "He said Taiwan might cut more.",
    "Brazil should act, the bankers said. Lawson told Funaro Brazil had to act. Dilson Funaro said no.",
    "A tribunal in Texas was confirmed by Breitbart Texas. Breitbart Texas spoke with a judge.",
    # a place after "of", in a body's name, with a person's cue after it
    "America's banks compete. Bank of America announced cuts. Latin America said nothing new.",
    # a firm of two names, written with a comma
    "Kidder, Peabody and Co Inc is offering the bonds. Sole manager Kidder Peabody said the rate is 6 pct.",
])
def test_no_person_is_asked_for(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body, name", [
    ("Jordan said the team was tired. Coach Michael Jordan left early.", "Jordan"),
    ("Mr. Washington spoke first. Denzel Washington said the film was done.", "Washington"),
    ("According to Jordan, the team was tired. Coach Michael Jordan left early.", "Jordan"),
    # a comma after another word than the one the surname is given with
    ("Smith, Peabody said the rate is 6 pct. Sole manager Kidder Peabody said so.", "Peabody"),
    ("Kowalczyk opened the meeting. Deputy Mayor Irena Kowalczyk said the vote would wait.", "Kowalczyk"),
])
def test_a_person_is_still_asked_for(body, name):
    assert flagged(body) == [name]


@pytest.mark.xfail(strict=True, reason="nu46 #4: 'former Secretary Clinton' is told to take the full name of another person, 'President Bill Clinton' (PolNeAR train, west-journal_2016-01-26)")
def test_nu46_a_namesake_with_another_office_is_not_the_full_name():
    body = ("A diplomat said former Secretary Clinton put speed over security.\n\n"
            "The talk compared the administrations of President Bill Clinton and President Obama.\n\n"
            "Secretary Clinton did not reply.")
    diags = run(read(STORY_HED + body + "\n"), "names.first-reference")
    assert not any("Bill Clinton" in d.message for d in diags)


@pytest.mark.parametrize("body, name", [
    # the same office: the full name's person used alone first
    ("Secretary Clinton spoke first.\n\nLater Secretary Hillary Clinton left.", "Clinton"),
    # only a past office alone: it may be the full name's earlier job
    ("Former Gov. Kaine spoke first.\n\nLater Sen. Tim Kaine left.", "Kaine"),
    # no title on the full name: nothing to set the two apart
    ("Secretary Clinton spoke first.\n\nLater Bill Clinton left.", "Clinton"),
    # no title on the use alone: nothing to set the two apart
    ("Clinton spoke first.\n\nLater President Bill Clinton left.", "Clinton"),
])
def test_a_titled_surname_alone_before_its_full_name_is_the_first_reference(body, name):
    assert flagged(body) == [name]


@pytest.mark.parametrize("body, name", [
    ("Speaker Pelosi said the vote would go ahead.\n\nLater Rep. Nancy Pelosi left.", "Pelosi"),
    ("Majority Leader McConnell spoke first.\n\nLater Sen. Mitch McConnell left.", "McConnell"),
    ("Gov. Kaine spoke first.\n\nLater Sen. Tim Kaine left.", "Kaine"),
    # the story itself says the full name held the use's office
    ("Gov. Kaine spoke first.\n\nLater Sen. Tim Kaine, a former governor, left.", "Kaine"),
])
def test_qa194_one_person_with_two_offices_is_still_the_first_reference(body, name):
    assert flagged(body) == [name]


@pytest.mark.parametrize("body, name", [
    ("Secretary of State Clinton spoke first.\n\nLater Secretary Hillary Clinton left.", "Clinton"),
    ("Chairman Powell spoke first.\n\nLater Fed Chair Jerome Powell left.", "Powell"),
    ("Judge Lee spoke first.\n\nLater Justice Ann Lee left.", "Lee"),
])
def test_qa194_the_same_office_worded_two_ways_is_still_the_first_reference(body, name):
    assert flagged(body) == [name]


def test_qa194_a_same_office_use_is_still_flagged_beside_another_office_use():
    assert flagged("Sen. Smith spoke first. Rep. Smith agreed.\n\nLater Sen. Ann Smith left.") == ["Smith"]
