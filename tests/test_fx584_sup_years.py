"""fx584: a year ends where a `<sup>` footnote figure glued to it starts
(qa441 #1): the date readers and the date-form checks read the year, no
message quotes the figure and no fix is written on it; a figure after a day,
or one that a figure or dash follows, is read as written. Synthetic stories
only."""
from __future__ import annotations

import re

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"


def _diags(para, rules):
    text = FRONT + para + "\n"
    return text, lint_bytes("a.md", text.encode(), Config(select=rules)).diagnostics


def _fixed(para, rules):
    return fix_bytes("a.md", (FRONT + para + "\n").encode(), Config(select=rules)).fixed[len(FRONT):-1]


@pytest.mark.parametrize("para", [
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>, officials said.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1, 2 </sup> and passed.",
    "The vote was on Sunday, Sept. 10, 2023,<sup>1</sup> and passed.",
])
def test_the_year_before_a_figure_is_read(para):
    assert _diags(para, ("dates",))[1] == []


def test_a_wrong_weekday_is_still_found_and_quoted_without_the_figure():
    text, found = _diags("The vote was on Monday, Sept. 10, 2023<sup>1</sup>, officials said.", ("dates",))
    assert [d.rule for d in found] == ["dates.weekday-mismatch"]
    (d,) = found
    assert "<sup>" not in text[d.offset:d.end_offset] and not re.search(r"20231", d.message)


@pytest.mark.parametrize("para, fixed", [
    ("The council met Dec. 1, 2023<sup>1</sup> at 10 a.m. to vote.",
     "The council met Dec. 1, 2023,<sup>1</sup> at 10 a.m. to vote."),
    ("The vote was in September, 2023<sup>2</sup>, officials said.",
     "The vote was in September 2023<sup>2</sup>, officials said."),
])
def test_the_date_form_fix_stays_before_the_figure_and_settles(para, fixed):
    assert _fixed(para, ("style",)) == fixed
    assert _diags(fixed, ("style", "dates"))[1] == []


def test_the_year_comma_span_is_the_year():
    text, found = _diags("The council met Dec. 1, 2023<sup>1</sup> at 10 a.m. to vote.", ("style.date-year-comma",))
    assert [text[d.offset:d.end_offset] for d in found] == ["2023"]


@pytest.mark.parametrize("para", [
    "Fares for 2023<sup>1</sup>-2024 rose.",            # a dash after it: a range's, read as written
    "The vote was on Sept. 10<sup>1</sup>, officials said.",   # a day's figure (qa434, qa426 #1)
    "Area grew by 5 km<sup>2</sup>, 2023 figures show.",
])
def test_nearest_shapes_read_as_before(para):
    assert _fixed(para, ("style", "dates")) == para


@pytest.mark.parametrize("para, fixed", [
    ("The vote was in September\u00b9, 2023, officials said.", "The vote was in September\u00b9 2023, officials said."),
    ("The vote was in May\u00b2\u00b3 of 2022, officials said.", "The vote was in May\u00b2\u00b3 2022, officials said."),
])
def test_a_unicode_superscript_after_a_month(para, fixed):
    text, found = _diags(para, ("style.month-year",))
    assert len(found) == 1 and "\u00b9" not in found[0].message and "\u00b2" not in found[0].message
    assert _fixed(para, ("style.month-year",)) == fixed


@pytest.mark.parametrize("para", ["Area grew by 5 km\u00b2, 2023 figures show.",
                                  "The vote was in September 2023\u00b9, officials said."])
def test_no_month_year_for_a_unicode_exponent_or_a_right_one(para):
    assert _diags(para, ("style.month-year",))[1] == []
