"""names.spelling-variant after qa49 #1, #6, #9: a bare title that is the last
word(s) of the full one is the same office ("Police Chief ... Chief"); a form
used as a person is a surname whatever else the story does with the word
("Curry said" beside "a lamb curry", "In Montgomery's view"); another
person's given name is that person only where that person was the last
named; the story's lower-case words are indexed once."""
from __future__ import annotations

import pytest

from lint.analysis.name_uses import _lower_words, _same_office
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
    # qa49 s10: a speaker, though the story writes "curry" in lower case
    "speaker-and-lower-case": ("Chef Ann Currie opened the restaurant on Main Street last week.",
                               "Currie trained in London. The menu leans on a lamb curry and fresh bread.",
                               "Curry said she hopes to stay for years.", "Currie waved."),
    # qa49 s2: a possessive view after "in" is a person's, no place's
    "possessive-view": ("Councilwoman Ann Montgomerie voted against the plan on Tuesday.",
                        "Montgomerie said the plan cost too much.",
                        "In Montgomery's view, the city should wait a year.", "Montgomerie will run again."),
    # qa49 s5: Kelly Smith is named, but Coach Kelley was the last named
    "given-name-after-another": ("Coach Dana Kelley led the team to its first title on Saturday.",
                                 "Kelly Smith scored twice in the final.",
                                 "Kelley said the team had worked hard all season.",
                                 "Kelly said the title was the best moment of her career."),
}

SLIP_AT = {"police-chief": (7, 7, "Montgomery"), "fire-chief": (7, 7, "Montgomery"),
           "police-commissioner": (7, 14, "Montgomery"), "speaker-and-lower-case": (7, 1, "Curry"),
           "possessive-view": (7, 4, "Montgomery"), "given-name-after-another": (9, 1, "Kelly")}


@pytest.mark.parametrize("name", sorted(SLIPS))
def test_the_slips_qa49_found_are_flagged(name):
    assert where(run(story(*SLIPS[name]), SURNAME)) == [SLIP_AT[name]]


QUIET = {
    # two service words, two offices
    "two-chiefs": ("Police Chief Ann Montgomerie spoke on Tuesday.", "Montgomerie said the plan was sound.",
                   "Fire Chief Montgomery said the station was ready."),
    # the given name's person was the last named
    "given-name-right-after-its-person": ("Coach Dana Kelley led the team to its first title on Saturday.",
                                          "Kelley said the team had worked hard all season.",
                                          "Kelly Smith scored twice in the final.",
                                          "Kelly said the title was the best moment of her career."),
    # an opening word never used as a person, written in lower case too
    "opening-word": ("Chef Ann Currie opened the restaurant on Main Street last week.",
                     "Curry is the house specialty. Currie said the lamb curry sells out."),
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


def test_the_lower_case_words_are_word_starts_ending_before_no_letter():
    words = _lower_words(story("A lamb-curry, curry's heat, 'rice and the o'brien-style dish."))
    assert {"curry", "o", "o'brien", "dish"} <= words
    assert not {"rice", "lamb-cur", "brien", "heat,"} & words
