"""The new-user trial's name faults (nu43 H4, H5, H6, M2, L1): an ordinary
word used as a person's surname ("Brewer said ... Dana Brewer") is asked for
at first reference; a job title in apposition after a firm's short form
("Ford, the automaker's executive chair,") makes it a person's; a birthday
still to come excuses no new age, and after one the latest age is the one
compared ("whose birthday was Friday" is one too)."""
from __future__ import annotations

import pytest

from titles_helpers import CAPTAIN, FORD, age_findings, first_refs

UNION = ("Union angry over plant job cuts\n\nPublished March 3, 2026\n\n"
         "The company will cut 500 jobs at the plant.\n\n{lone}\n\n"
         "Union official Dana {name} said she learned of it from the news.\n")


# each is an ordinary word (`words.is_common`), so only the occupational-surname
# reading (`_common_surname`) flags it; "Baker" is no dictionary word here and
# was always read as a surname, so it tested nothing new (rr44b #6)
@pytest.mark.parametrize("name", ["Brewer", "Cooper", "Farmer", "Miner"])
@pytest.mark.parametrize("lone", ["{name} said the union had not been told.",
                                  "The union had not been told, {name} said."])
def test_an_ordinary_word_used_as_a_surname_is_asked_for(name, lone):
    lone = lone.format(name=name)
    got = first_refs(UNION.format(lone=lone, name=name))
    assert got == [(7, lone.index(name) + 1, name)]


@pytest.mark.parametrize("text", [
    # the guard's purpose: an ordinary word before a firm's name is no surname
    "Bank shares fell\n\nPublished March 3, 2026\n\nBank shares fell on Tuesday.\n\n"
    "Deutsche Bank said profit would fall.\n",
    # nor is "Police" speaking before "Strathclyde Police" (no occupational surname)
    "Man sought\n\nPublished March 3, 2026\n\nPolice said the man posed a danger.\n\n"
    "Strathclyde Police asked anyone who sees him to call.\n",
    # a brewery's story writes the word in lower case: its capital says nothing
    "Beer sales rise\n\nPublished March 3, 2026\n\nBrewer said sales rose, the brewer said.\n\n"
    "Head brewer Dana Brewer said she was pleased.\n",
    # nor is "the Bank" speaking a person
    "Rates held\n\nPublished March 3, 2026\n\nThe Bank said rates would hold.\n\n"
    "Governor Andrew Bank of Chicago said little.\n",
])
def test_an_ordinary_word_that_is_no_surname_stays_quiet(text):
    assert first_refs(text) == []


@pytest.mark.parametrize("after", ["Tuesday", "March", "Jr."])
def test_a_day_or_a_suffix_after_the_word_names_nothing_else(after):
    # "Cooper Tire" opens a firm's name (qa169 #6); "Brewer Tuesday" opens none
    text = ("Cuts\n\nPublished March 3, 2026\n\nBrewer said the plant would close. "
            f"Brewer {after} told workers.\n\n"
            "Union official Dana Brewer said she learned of it from the news.\n")
    assert first_refs(text) == [(5, 1, "Brewer")]


@pytest.mark.parametrize("lone", [
    "Ford, the automaker's executive chair, said the company would cover all repairs.",
    "Ford, the company’s chairman, said the company would cover all repairs.",
    "Ford, chairman of the board, said the company would cover all repairs.",
    "Ford, executive chair of Ford Motor Co, said the company would cover all repairs.",
])
def test_a_title_in_apposition_after_the_short_form_is_a_person(lone):
    got = first_refs(FORD.format(lone=lone))
    assert got == [(5, 1, "Ford")]


@pytest.mark.parametrize("lone", [
    "Ford, the automaker, said the company would cover all repairs.",
    "Ford, the world's second-largest automaker, said it would cover all repairs.",
    "Ford, the market leader, said it would cover all repairs.",
    "Ford, a member of the index, said it would cover all repairs.",
    "Ford, the race's director, said it would cover all repairs.",
    "Ford, the fund's adviser, said it would cover all repairs.",
    "Ford, a director of the venture, said it would cover all repairs.",
    "Ford, its largest shareholder, said it would cover all repairs.",
])
def test_a_firm_in_apposition_stays_the_firm(lone):
    assert first_refs(FORD.format(lone=lone)) == []


@pytest.mark.parametrize("later", [
    "Smith, 46, who turns 46 Friday, said he would miss the crew.",
    "Smith, 46, who will turn 46 Friday, said he would miss the crew.",
    "Smith, 46, who is turning 46 on April 24, said he would miss the crew.",
    "Smith, 46, whose birthday is Friday, said he would miss the crew.",
    "Smith, 46, who turns 46 tomorrow, said he would miss the crew.",
    "Smith, 46, who turns 46 this Friday, said he would miss the crew.",
    "Smith, 46, who turns 46 in May, said he would miss the crew.",
    "Smith, 46, who celebrates his 46th birthday Friday, said he would miss the crew.",
    "Smith, 46, who will celebrate his 46th birthday Friday, said he would miss the crew.",
    "Smith, 46, who has a birthday Friday, said he would miss the crew.",
    "Smith, 46, who will have a birthday Friday, said he would miss the crew.",
    "Smith, 46, who will celebrate a birthday Friday, said he would miss the crew.",
    "Smith, 46, who sent a birthday card Friday, said he would miss the crew.",
])
def test_a_birthday_still_to_come_excuses_no_new_age(later):
    assert [(d.line, d.snippet) for d in age_findings(later)] == [(7, "46")]


@pytest.mark.parametrize("later", [
    "Smith, 46, who turned 46 Friday, said he would miss the crew.",
    "Smith, 46, whose birthday was Friday, said he would miss the crew.",
    "Smith, 46, who turns 46 today, said he would miss the crew.",
    "Smith, 46, who turns 46 Monday, said he would miss the crew.",
    "Smith, 46, who turned 46 last Friday, said he would miss the crew.",
    "Smith, 46, celebrated his 46th birthday on Friday.",
    "Smith, 46, who celebrated his 46th birthday Friday, said he would miss the crew.",
    "Smith, 46, who turned 46 on April 18, said he would miss the crew.",
])
def test_a_birthday_passed_excuses_the_new_age(later):
    assert age_findings(later) == []


def test_without_a_publication_date_only_a_future_tense_is_still_to_come():
    head = CAPTAIN.replace("Published April 20, 2026\n\n", "")
    assert age_findings("Smith, 46, who turns 46 Friday, said he would miss the crew.", head) == []
    assert [d.snippet for d in age_findings("Smith, 46, who will turn 46 Friday, said it.", head)] == ["46"]


@pytest.mark.parametrize("mark", ["'", "\u2019", "\u2018", "\u02bc"])
def test_every_apostrophe_of_a_contracted_will_tells_a_future(mark):
    # undated, so only the future counts: "he‘ll turn" (U+2018 typed for the
    # apostrophe) is as future as "he'll turn"; "he‘d turn" is none
    head = CAPTAIN.replace("Published April 20, 2026\n\n", "")
    assert [d.snippet for d in age_findings(f"Smith, 46, said he{mark}ll turn 46 Friday.", head)] == ["46"]
    assert age_findings(f"Smith, 46, said he{mark}d turn 46 Friday.", head) == []


def test_a_birthday_still_to_come_is_read_on_its_own_clause_only():
    # "Friday" is the party's, after the age turned and its sentence's comma
    assert age_findings("Smith, 46, who turned 46 last week, will throw a party Friday.") == []


def test_whose_birthday_of_a_relative_is_no_excuse():
    later = "Smith, 46, spoke of his wife, whose birthday was Friday."
    assert [d.snippet for d in age_findings(later)] == ["46"]


@pytest.mark.parametrize("later, snippet, said", [
    ("Smith, 46, who turned 46 Friday, said he would miss the crew. Smith, 45, smiled.", "45", "46"),
    ("Smith, 46, who turned 46 Friday, said he would miss the crew. Smith, 47, smiled.", "47", "46"),
    ("Smith, 46, whose birthday was Friday, said he would miss the crew. Smith, 45, smiled.", "45", "46"),
    # no birthday: each age is still compared with the first
    ("Smith, 54, said he would miss the crew. Smith, 47, smiled.", "47", "45"),
])
def test_after_a_birthday_the_latest_age_is_compared(later, snippet, said):
    got = age_findings(later)
    assert [d.snippet for d in got][-1] == snippet
    assert f"Smith is {said} earlier in the story but '{snippet}' here" in got[-1].message
