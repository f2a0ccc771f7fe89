"""fx105: Rep., Representative, Congressman and Congresswoman name one office
(names.yaml `same_office`). A member of Congress is no press secretary, chief of
staff or attorney general at once, but is the House speaker or majority leader
("leader" stays out of the group: a party's or a group's head is one too)."""
from __future__ import annotations

import pytest

from test_name_compound_titles import changed


@pytest.mark.parametrize("first,later,span", [
    ("Rep.", "Chief of Staff", "Chief of Staff"),
    ("Press Secretary", "Rep.", "Rep"),
    ("Congresswoman", "Attorney General", "Attorney General"),
    ("Secretary of State", "Congressman", "Congressman"),
    ("Representative", "Surgeon General", "Surgeon General"),
])
def test_a_member_of_congress_then_a_compound_office_is_flagged(first, later, span):
    """Quiet before fx105: no group held `representative` beside a compound office."""
    assert changed(first, later) == [span]


@pytest.mark.parametrize("first,later,span", [
    ("Rep.", "Sen.", "Sen"),
    ("Congresswoman", "Sen.", "Sen"),
    ("Congressman", "Mayor", "Mayor"),
])
def test_a_member_of_congress_then_another_plain_office_is_still_flagged(first, later, span):
    assert changed(first, later) == [span]


@pytest.mark.parametrize("first,later", [
    ("Rep.", "Congresswoman"),
    ("Congressman", "Rep."),
    ("Representative", "Congressman"),
    ("Rep.", "House Speaker"),
    ("Rep.", "Majority Leader"),
    ("Congresswoman", "House Majority Leader"),
    ("Majority Leader", "Attorney General"),  # "leader" is no office of the group
])
def test_one_office_or_a_house_post_is_not(first, later):
    assert changed(first, later) == []
