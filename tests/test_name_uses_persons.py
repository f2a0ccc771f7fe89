"""names.spelling-variant after qa49 #1: a bare title that is the last
word(s) of the full one is the same office ("Police Chief ... Chief")."""
from __future__ import annotations

import pytest

from lint.analysis.name_uses import _same_office
from titles_helpers import read, run, where

SURNAME = "names.spelling-variant"


def story(*paragraphs: str):
    return read("Harbor news\n\n" + "\n\n".join(paragraphs) + "\n")


SLIPS = {
    # qa49 t1, t11, t12: the bare title is the full title's last word
    "police-chief": ("Police Chief Ann Montgomerie spoke on Tuesday.", "Montgomerie said the plan was sound.",
                     "Chief Montgomery said she expected it to pass.", "Montgomerie will vote next week."),
    "fire-chief": ("Fire Chief Ann Montgomerie spoke on Tuesday.", "Montgomerie said the plan was sound.",
                   "Chief Montgomery said she expected it to pass.", "Montgomerie will vote next week."),
    "police-commissioner": ("Police Commissioner Ann Montgomerie spoke on Tuesday.",
                            "Montgomerie said the plan was sound.",
                            "Commissioner Montgomery said she expected it to pass.",
                            "Montgomerie will vote next week."),
}

SLIP_AT = {"police-chief": (7, 7, "Montgomery"), "fire-chief": (7, 7, "Montgomery"),
           "police-commissioner": (7, 14, "Montgomery")}


@pytest.mark.parametrize("name", sorted(SLIPS))
def test_the_slips_qa49_found_are_flagged(name):
    assert where(run(story(*SLIPS[name]), SURNAME)) == [SLIP_AT[name]]


QUIET = {
    # two service words, two offices
    "two-chiefs": ("Police Chief Ann Montgomerie spoke on Tuesday.", "Montgomerie said the plan was sound.",
                   "Fire Chief Montgomery said the station was ready."),
}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_two_people_or_no_person_stay_quiet(name):
    assert run(story(*QUIET[name]), SURNAME) == []


@pytest.mark.parametrize("a, b, same", [
    ("police chief", "chief", True), ("chief", "police commissioner", False),
    ("police commissioner", "commissioner", True), ("police chief", "fire chief", False),
    ("mayor", "mayor", True), ("senator", "governor", False)])
def test_an_office_and_its_last_words_are_one_office(a, b, same):
    assert _same_office(a, b) is same and _same_office(b, a) is same

