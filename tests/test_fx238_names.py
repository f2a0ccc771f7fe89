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
