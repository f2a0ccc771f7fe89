"""fx510: names rules on wire copy (nu70 #2, #8, #10): a title given after a
name with "as" is the name's own, two firms closed by a legal form are no
person, and a firm's first word misspelt is named as the firm's."""
from __future__ import annotations

import pytest

from lint.analysis.name_titles import title_after
from titles_helpers import read, run, where


def variants(body: str) -> list[tuple[int, int, str]]:
    return where(run(read("Aides under fire\n\n" + body + "\n"), "names.spelling-variant"))


# --- nu70 #2: a title after the name, with "as" ---

@pytest.mark.parametrize("text, office, past", [
    ("to succeed Donald Regan as chief of staff.", "chief of staff", False),
    ("named Regan as White House chief of staff, aides said", "chief of staff", False),
    ("Regan as its chief executive officer", "officer", False),
    ("Regan as former chief of staff", "chief of staff", True),
])
def test_a_title_after_as_is_read(text, office, past):
    t = title_after(text, text.index(" as "))
    assert (t.office, t.past) == (office, past)
    assert text[t.start:t.end].endswith(office.split()[-1])


@pytest.mark.parametrize("text", [
    "Regan as chief of staff Donald Regan said",     # the title of the name after it
    "Regan as Mayor Ann Ruiz said",
    "Regan as mayor of Boston",                      # an office's place: not read
    "Regan as well as Ruiz",
    "Regan as a hero",
    "Regan, as chief of staff,",                     # no "as" right after the name
])
def test_no_title_after_as(text):
    at = text.index("Regan") + len("Regan")
    assert title_after(text, at) is None


def test_a_full_name_with_its_own_title_after_as_is_another_person():
    # Reuters-21578 NEWID 1908's shape: Regan used once, in full, titled after his name
    assert variants("Lawmakers praised President Reagan's address on the arms affair.\n\n"
                    "Critics said Reagan still had to show he meant it.\n\n"
                    "Reagan picked former senator Howard Baker to succeed Donald Regan as "
                    "chief of staff.") == []


def test_guard_a_title_after_as_that_is_the_same_office_stays_a_slip():
    assert variants("President Reagan signed the bill. Reagan said it was needed.\n\n"
                    "Ronald Regan as president vetoed it last year.") == [(5, 8, "Regan")]


def test_guard_a_later_full_name_with_no_title_stays_a_slip():
    # qa307 #3's reading: no title of its own, as likely the titled person misspelt
    assert variants("President Reagan signed the bill. Reagan said it was needed.\n\n"
                    "Reagan picked Howard Baker to succeed Donald Regan.") == [(5, 46, "Regan")]


def test_guard_a_title_of_the_name_after_as_is_no_title_of_the_name_before():
    assert variants("Mayor Thomas Hendricks spoke on Monday. Hendricks said the plan was sound.\n\n"
                    "The council backed Hendriks as Deputy Mayor Ann Ruiz said it would.") == \
        [(5, 20, "Hendriks")]


# --- nu70 #8, #10: a firm's name read by names.given-name-variant ---

def given(text: str) -> list[tuple[int, int, str, str]]:
    return [(d.line, d.column, d.snippet, d.message)
            for d in run(read("Harbor bank profit seen rising\n\n" + text + "\n"), "names.given-name-variant")]


def test_two_firms_closed_by_one_legal_form_are_no_person():
    # Reuters-21578 NEWID 1919's shape: "Ltd" closes both names
    assert given("The bank's subsidiary Hang Seng Bank Ltd reports its results on Friday.\n\n"
                 "\"Provisions fell sharply,\" said Peter Lam of Hong Leong Securities Co Ltd.") == []


def test_guard_one_firm_misspelt_is_still_found_and_named_whole():
    # the same rest of the name ("Seng Bank Ltd"): one firm, its first word typed two ways
    got = given("The bank's subsidiary Hang Seng Bank Ltd reports its results on Friday.\n\n"
                "\"Provisions fell sharply,\" said Peter Lam of Hong Seng Bank Ltd.\n\n"
                "Jane Roe of County Securities Asia Ltd said she expected a profit.")
    assert got == [(5, 46, "Hong", "'Hong' looks like another spelling of 'Hang' (in 'Hang Seng Bank Ltd'), "
                    "which the story writes once; one name, one spelling")]


def test_a_firm_closed_by_an_ordinary_word_is_named_whole():
    # Reuters-21578 NEWID 1303's shape: "Cement" is never used alone as a person
    got = given("Harbor Trust PLC said Kaiser Cement holders voted for the takeover, which makes "
                "Kaiser Cement a unit of Harbor Trust.\n\nUnder the deal, Kasier Cement has also "
                "bought back its warrants.")
    assert got == [(5, 17, "Kasier", "'Kasier' looks like another spelling of 'Kaiser' (in 'Kaiser Cement'), "
                    "which the story writes twice; one name, one spelling")]


def test_guard_a_person_of_an_ordinary_surname_keeps_the_given_name_message():
    got = given("Coach Marguerite Young opened the meeting. Young said the vote would wait.\n\n"
                "Later, Margurite Young said the plan was sound.\n\nMarguerite Young left at noon.")
    assert got == [(5, 8, "Margurite", "'Margurite' looks like another spelling of 'Marguerite', the given "
                    "name the story writes with 'Young' twice; one person, one spelling")]


def test_guard_a_person_with_a_middle_name_is_still_compared():
    got = given("Chair Marguerite Ann Okonkwo opened the meeting. Okonkwo said the vote would wait.\n\n"
                "Later, Margurite Okonkwo said the plan was sound.\n\nMarguerite Okonkwo left.")
    assert [(line, col, s) for line, col, s, _ in got] == [(5, 8, "Margurite")]
