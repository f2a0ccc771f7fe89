"""names.spelling-variant: a man of a Slavic surname in the story no longer
hides every slip in the woman's uses (fx39's "left alone", fx42). Once a use
is a man's, "Kuznetsov said she" may be his words about her and stays
quiet, but her own courtesy title on the masculine form ("Ms. Kuznetsov")
is still her name cut short. A family story stays quiet: a couple's joint
title ("Mr. and Mrs. Kuznetsov") makes a later "Mrs. Kuznetsov" the wife as
the story names her, and a relative in apposition ("Her mother, Mrs.
Kuznetsov,") is another woman."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

KUZNETSOVA = "Council member Anna Kuznetsova said the budget vote was close. "
SKATER = "Skater Anna Kuznetsova, 19, won gold on Monday. "


def flagged(body: str) -> list[tuple[int, int, str]]:
    return where(run(read("Council vote set\n\n" + body + "\n"), "names.spelling-variant"))


@pytest.mark.parametrize("man, slip", [
    ("Her husband, Kuznetsov, said he agreed. ", "Ms. Kuznetsov said the budget was fair."),
    ("Mr. Kuznetsov said the budget was fair. ", "Later, Mrs. Kuznetsov said she would run again."),
    ("Kuznetsov said he was proud of the council. ", "Miss Kuznetsov, 38, voted no."),
])
def test_her_own_title_is_flagged_beside_a_man_of_the_name(man, slip):
    body = KUZNETSOVA + man + slip
    at = body.index("Kuznetsov", len(KUZNETSOVA) + len(man))
    assert flagged(body) == [(3, at + 1, "Kuznetsov")]


def test_only_her_titled_use_is_flagged_not_the_pronoun_ones():
    body = KUZNETSOVA + ("Mr. Kuznetsov said the budget was fair. Kuznetsov said she worked hard. "
                         "Ms. Kuznetsov said the vote was close.")
    assert flagged(body) == [(3, body.rindex("Kuznetsov") + 1, "Kuznetsov")]


@pytest.mark.parametrize("rest", [
    # a couple, then the wife as the story names her
    "Mr. and Mrs. Kuznetsov watched from the stands. Mrs. Kuznetsov said she cried.",
    "Mr. & Mrs. Kuznetsov watched from the stands. Kuznetsov said she cried.",
    # her mother, in apposition before or after the name
    "Her father, Kuznetsov, said he was proud. Her mother, Mrs. Kuznetsov, said she cried.",
    "Her father, Kuznetsov, said he was proud. Mrs. Kuznetsov, her mother, said she cried.",
    # the father speaking of her
    "Her father, Kuznetsov, said she trained every day. Kuznetsov said she was six when she began.",
    "Mr. Kuznetsov said the rink was cold. Kuznetsov said she never missed a day.",
])
def test_a_family_story_stays_quiet(rest):
    assert flagged(SKATER + rest) == []


@pytest.mark.parametrize("full, cut", [
    ("Svetlana Petrova", "Petrov"),
    ("Olga Popova", "Popov"),
    ("Irina Titova", "Titov"),
    ("Daria Volkova", "Volkov"),
])
def test_a_short_slavic_surname_used_for_the_woman_is_caught(full, cut):
    """qa42 a22: a feminine surname's masculine form under seven letters."""
    body = f"Historian {full} said the council budget was short. {cut} said she agreed."
    assert flagged(body) == [(3, body.index(cut + " said") + 1, cut)]


@pytest.mark.parametrize("body", [
    # the father: no use says it is hers
    "Skater Olga Popova, 19, won gold on Monday. Popov said he was proud of his daughter.",
    "Skater Olga Popova, 19, won gold on Monday. Her father, Popov, said she trained every day.",
    # under seven letters a name and a longer name are two names, unless feminine
    "Historian Peter Steiner said the council budget was short. Stein said the vote was close.",
    "Historian Anna Kleiner said the council budget was short. Klein said the vote was close.",
    "Historian Maria Martinez said the council budget was short. Martin said the vote was close.",
    "Historian Paul Schmidt said the council budget was short. Schmid said the vote was close.",
])
def test_a_short_cut_needs_her_and_a_feminine_ending(body):
    assert flagged(body) == []
