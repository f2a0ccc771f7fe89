"""fx238: guards beside the qa148 names faults fixed here (tests/test_qa148_regressions.py
holds the cases that failed before): each fix keeps the real error next to it caught, and
its finding placed exactly in the source. Synthetic input only."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

HED = "Council vote set\n\nPublished May 1, 2024\n\n"


def _placed(body: str, rule: str, suffix: str = ".txt") -> list[tuple[int, int, int, int, str]]:
    """(line, column, end line, end column, flagged source text) of each finding of `rule`."""
    src = HED + body + "\n" if suffix == ".txt" else body
    return [(d.line, d.column, d.end_line, d.end_column, d.snippet) for d in run(read(src, suffix), rule)]


# --- #1: a title or a name across a soft wrap or a no-break space -----------------------------
def test_a_title_across_a_wrap_is_flagged_where_the_source_has_it():
    # the flagged title runs over the line break: it starts on line 5 and ends on line 6
    body = "Gov. Irena Kowalczyk spoke. Later, Deputy\nMayor Kowalczyk left."
    assert _placed(body, "names.title-changed") == [(5, 36, 6, 6, "Deputy\nMayor")]


def test_a_no_break_space_age_slip_is_placed_on_its_digits():
    body = "Mayor\u00a0Thomas\u00a0Hendricks, 54, said no. Hendricks, 45, left."
    assert _placed(body, "names.age-changed") == [(5, 49, 5, 51, "45")]


def test_a_paragraph_break_is_no_soft_wrap():
    # two paragraphs: "Deputy Mayor" ends one, so the full name after it has no title, and
    # the surname alone before the full name is still flagged
    body = "Kowalczyk spoke.\n\nLater, the council heard from Deputy Mayor\n\nIrena Kowalczyk, who left."
    assert [p[4] for p in _placed(body, "names.first-reference")] == ["Kowalczyk"]
    assert _placed(body, "names.title-changed") == []


@pytest.mark.parametrize("block", [
    # a heading over its paragraph, a list of headlines with their sources, a caption line
    # twice over the story (FNC-1 train shapes): "Processor Intel", "Reuters Nigeria" and
    # "Bali Dylan" are no full names, so the surname alone after them is no first reference
    "New Retina MacBook Air rumours: Processor\nIntel has announced the new Intel Core M chip, which "
    "Apple may use in the new MacBook Air when it launches.",
    "Nigeria says it reached a deal over the abducted girls Reuters\nNigeria, extremists agree to an "
    "immediate cease-fire Associated Press\nSix months after girls abducted, Nigerians protest near the "
    "president's house Reuters\nWhy Nigeria Was Able to Beat Ebola, but Not the Militants",
    "Dylan now has a reminder of his holiday in Bali\nDylan now has a reminder of his holiday in Bali\n"
    "He has now earned himself a nickname from his friends at home.",
])
def test_a_plain_text_line_of_its_own_is_no_wrap(block):
    assert _placed(block, "names.first-reference") == []


def test_a_wrapped_name_in_plain_text_is_one_name():
    # the same heading shape, but the line is full: the name is wrapped, and read whole,
    # so the surname alone before it is flagged
    body = ("Volcker said on Tuesday that the dollar had fallen far enough and that the Federal\n"
            "Reserve would hold rates where they are, according to the chairman, Paul\n"
            "Volcker, who spoke to the House banking committee on Tuesday afternoon.")
    assert [p[4] for p in _placed(body, "names.first-reference")] == ["Volcker"]


# --- #16: an age after Jr., Sr. or III ---------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a father and a son: each suffix is one person, ages compared within it
    ("John Smith Sr., 70, said no. John Smith Jr., 45, said yes. Smith Sr., 75, said so.", ["75"]),
    ("John Smith Sr., 70, said no. John Smith Jr., 45, said yes. Smith Sr., 70, and Smith Jr., 45, left.", []),
    # the surname alone beside a Sr. and a Jr. may be either
    ("John Smith Sr., 70, said no. John Smith Jr., 45, said yes. Smith, 45, left.", []),
    ("Mayor John Smith III, 45, spoke on Monday. Smith, 54, left early.", ["54"]),
])
def test_a_suffix_is_one_person_of_the_surname(body, expected):
    assert [p[4] for p in _placed(body, "names.age-changed")] == expected


# --- #3: only the person's own birthday excuses an age one year on ---------------------------
@pytest.mark.parametrize("clause, expected", [
    ("he turned 55 on Sunday", []),
    ("he would mark his birthday on Sunday", []),
    ("Hendricks's 55th birthday fell on Sunday", []),
    ("Ann Lee's birthday fell on Sunday", ["55"]),          # somebody else's birthday
])
def test_only_the_persons_birthday_excuses_an_age_one_year_on(clause, expected):
    body = f"Mayor Thomas Hendricks, 54, said {clause}. Hendricks, 55, has been mayor since 2019."
    assert [p[4] for p in _placed(body, "names.age-changed")] == expected


def test_a_birthday_in_another_sentence_without_the_person_excuses_nothing():
    body = ("Mayor Thomas Hendricks, 54, spoke. Ann Lee turned 40 on Sunday. "
            "Hendricks, 55, has been mayor since 2019.")
    assert [p[4] for p in _placed(body, "names.age-changed")] == ["55"]


# --- #15: a nickname in quotes inside a name ---------------------------------------------------
def test_a_nicknamed_full_name_is_placed_from_its_given_name():
    # first-reference quotes the full name with its nickname, as written
    body = 'Smith said no. Later, Deputy Mayor William "Bill" Smith spoke.'
    diags = run(read(HED + body + "\n"), "names.first-reference")
    assert [(d.line, d.column, d.snippet) for d in diags] == [(5, 1, "Smith")]
    assert "'William \"Bill\" Smith'" in diags[0].message


@pytest.mark.parametrize("body, expected", [
    # a quoted word that is a title or a whole name is no nickname
    ('Smith called it "Terrible" and left. Later, Mayor John Smith spoke.', ["Smith"]),
    # two people of one surname, each with a nickname: two given names, so no first reference
    ('William "Bill" Smith and Robert "Bob" Smith spoke. Smith said no.', []),
])
def test_a_quoted_word_beside_names(body, expected):
    assert [p[4] for p in _placed(body, "names.first-reference")] == expected


# --- #11 and #22: a firm "and Co" and a title-case dateline are no surnames alone -------------
@pytest.mark.parametrize("body, expected", [
    # the firm is skipped, but a person's surname alone before the full name is still flagged
    ("Alpha Health, a unit of Pesch and Co, said it would bid. Pesch said the offer was fair. "
     "The bid was led by Dr. LeRoy Pesch, the chairman.", ["Pesch"]),
    # "Co" opening a longer word is no firm
    ("Pesch and Coburn said they would bid. The bid was led by Dr. LeRoy Pesch, the chairman.", ["Pesch"]),
])
def test_a_firm_and_co_is_skipped_but_the_person_is_not(body, expected):
    found = _placed(body, "names.first-reference")
    assert [p[4] for p in found] == expected
    assert found[0][:2] != (5, 25)          # never the firm's "Pesch" in "a unit of Pesch and Co"


@pytest.mark.parametrize("body, expected", [
    # the dateline's town is a place, but the surname alone in the story is still flagged
    ("Lincoln, Neb. (AP) — Lincoln said on Tuesday the vote was close. Gov. Mark Lincoln left.",
     [(5, 22, 5, 29, "Lincoln")]),
    # a name and an agency without a state is no dateline: "Tom Smith (AP)" is a person
    ("Tom Smith (AP) — Smith said the vote was close.", []),
    ("Smith, Jr. (AP) — Tom Smith said the vote was close.", [(5, 1, 5, 6, "Smith")]),
])
def test_a_title_case_dateline_needs_its_state_and_agency(body, expected):
    assert _placed(body, "names.first-reference") == expected


# --- #2: a two-word surname used alone ---------------------------------------------------------
@pytest.mark.parametrize("body, rule", [
    # two sisters of one double surname: two given names, so the surname alone may be either
    ("Ana Sánchez Vicario and her sister Arantxa Sánchez Vicario spoke. Sánchez Vicario said yes.",
     "names.first-reference"),
    ("Mayor Ana Sánchez Vicario and Gov. Arantxa Sánchez Vicario spoke. Later, Gov. Sánchez Vicario left.",
     "names.title-changed"),
])
def test_a_double_surname_alone_beside_two_people_is_neither(body, rule):
    assert _placed(body, rule) == []


def test_a_double_surname_alone_is_placed_whole():
    body = "López Obrador said the vote was clean. Later, Andrés Manuel López Obrador left."
    assert _placed(body, "names.first-reference") == [(5, 1, 5, 14, "López Obrador")]


def test_an_ordinary_word_before_a_full_name_makes_no_double_surname():
    # "If" opening the quote is no name's word: "Charles Kennedy" stays a full name (BBC shape)
    body = ('Lib Dem leader Charles Kennedy spoke on Monday. Liam Fox said "If Charles Kennedy is serious, '
            'he should say so." Kennedy left.')
    assert _placed(body, "names.first-reference") == []


def test_a_spaced_double_surname_alone_is_still_a_slip_of_the_hyphened_one():
    body = ("Robert Kilroy-Silk spoke on Monday. Kilroy-Silk said the party was finished. "
            "Later, Robert Kilroy Silk left, and Kilroy Silk said no more.")
    assert [p[4] for p in _placed(body, "names.spelling-variant")] == ["Kilroy Silk", "Kilroy Silk"]


@pytest.mark.parametrize("body", [
    # FNC-1 and PolNeAR train shapes: a word before a given name is no given name of a
    # double surname when it opens a sentence, nor a place and a title before the name
    "Nikolai Kryaglyachenko was hurt on Monday. Pic shows: Schoolboy Nikolai Kryaglyachenko said he was fine.",
    "Hillary Clinton said no.\n\n“Crooked Hillary Clinton has lied,” Trump wrote. Clinton left.",
    "Jane Kim said yes. The email notes that San Francisco Supervisor Jane Kim, who is running, said so.",
])
def test_a_word_before_a_full_name_is_no_double_surname(body):
    assert _placed(body, "names.first-reference") == []
