"""names.given-name-variant: stories that say two people are two (qa46 #3).
Given names coordinated before one surname, the items of one list (a roster)
and a full name beside a plural relative name two people; each test has a
control that is flagged, so the quiet case is the two-people reading."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

GIVEN = "names.given-name-variant"


def md(text: str):
    return read(text, ".md")


@pytest.mark.parametrize("opening, flagged", [
    ("Steven and Stephen Lee opened a bakery on Main Street on Saturday.", []),
    ("Anna, Steven and Stephen Lee opened a bakery on Main Street on Saturday.", []),
    ("Steven & Stephen Lee opened a bakery on Main Street on Saturday.", []),
    # control: one of them named alone first
    ("Stephen Lee opened a bakery on Main Street on Saturday.", [(7, 1, "Steven")]),
])
def test_given_names_coordinated_before_one_surname_are_two_people(opening, flagged):
    doc = md(f"# Siblings open bakery\n\n{opening}\n\nStephen Lee said the shop would sell rye bread.\n\n"
             "Steven Lee said he would run the register.\n")
    assert where(run(doc, GIVEN)) == flagged


@pytest.mark.parametrize("roster, flagged", [
    ("- Steven Lee, 18, forward\n- Stephen Lee, 18, midfielder\n", []),
    ("1. Steven Lee, 18, forward\n2. Omar Hill, 17, keeper\n3. Stephen Lee, 18, midfielder\n", []),
    # control: two lists apart are no roster of two
    ("- Steven Lee, 18, forward\n\nThe coach was pleased.\n\n- Stephen Lee, 18, midfielder\n", [(9, 3, "Stephen")]),
])
def test_the_items_of_one_list_are_side_by_side(roster, flagged):
    doc = md("# Twins sign with Harbor FC\n\nHarbor FC on Monday signed twin brothers from Fairview High "
             f"School.\n\n{roster}\nBoth will join the team in March, coach Ray Ortiz said.\n")
    assert where(run(doc, GIVEN)) == flagged


@pytest.mark.parametrize("survivors, flagged", [
    ("her daughters, Catherine Baker of Denver and Jane Baker of Boise", []),
    ("her sons, Catherine Baker of Denver and Jane Baker of Boise", []),
    ("her children, Catherine Baker of Denver and Jane Baker of Boise", []),
    # control: no relation said
    ("Catherine Baker of Denver and Jane Baker of Boise", [(5, 22, "Catherine")]),
])
def test_a_plural_relative_in_apposition_is_another_person(survivors, flagged):
    doc = md("# Obituary: Katherine Baker, 91\n\nKatherine Baker, who taught at Harbor Elementary for 40 "
             f"years, died Friday. She was 91.\n\nBaker is survived by {survivors}.\n")
    assert where(run(doc, GIVEN)) == flagged


def test_a_surname_alone_after_a_plural_relative_is_no_relative():
    # BBC entertainment/203 ("her access to her children, Greer said"): a
    # plural is read beside a full name only, never a surname alone
    doc = read("Greer quits show\n\nGermaine Greer has quit the show.\n\nNielsen feared it could harm her "
               "access to her children, Greer said. Greer left on Monday.\n")
    assert run(doc, "names.first-reference") == []
