"""fx584: a `<sup>` footnote mark padded inside (qa441 #3) or a letter mark
(qa441 #4) is no word after a time or a decade; the nearest shapes that are
no footnote (ordinals, exponents, a letter after a plain word) read as
written. Synthetic stories only."""
from __future__ import annotations

import re

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"


def _found(para, rules=("style",)):
    text = FRONT + para + "\n"
    return [(d.rule, text[d.offset:d.end_offset]) for d in lint_bytes("a.md", text.encode(), Config(select=rules)).diagnostics]


def _fixed(para, rules=("style",)):
    return fix_bytes("a.md", (FRONT + para + "\n").encode(), Config(select=rules)).fixed[len(FRONT):-1]


@pytest.mark.parametrize("para, fixed", [
    ("Doors open at 7pm<sup>1 </sup>.", "Doors open at 7 p.m.<sup>1 </sup>."),
    ("Doors open at 7pm<sup>1,2, </sup>.", "Doors open at 7 p.m.<sup>1,2, </sup>."),
    ("Doors open at 7pm<sup>b</sup> daily.", "Doors open at 7 p.m.<sup>b</sup> daily."),
    ("Polls close at 12 p.m.<sup>a</sup> to vote.", "Polls close at noon<sup>a</sup> to vote."),
    ("Prices soared in the 1990's<sup>1,</sup> and fell.", "Prices soared in the 1990s<sup>1,</sup> and fell."),
    ("Prices soared in the 1990's<sup>ab</sup> and fell.", "Prices soared in the 1990s<sup>ab</sup> and fell."),
])
def test_a_padded_or_letter_mark_is_fixed_around(para, fixed):
    assert _fixed(para) == fixed
    assert _found(fixed) == []


def test_the_span_stays_before_the_mark():
    assert _found("Doors open at 7pm<sup>a </sup>.", ("style.time-of-day",)) == [("style.time-of-day", "7pm")]


@pytest.mark.parametrize("para", [
    "The vote was on Sept. 10<sup>th</sup>, officials said.",
    "She finished 1<sup>st</sup> and he 2<sup>nd</sup>, then 3<sup>rd</sup>.",
])
def test_an_ordinal_sup_is_no_footnote(para):
    assert _fixed(para) == para


def test_a_letter_after_a_word_with_no_figure_is_read():
    # 'x<sup>n</sup>' (an exponent) and a letter after a plain word stay words
    assert _fixed("The fund x<sup>n</sup> grew, and the colour<sup>a</sup> faded.", ("style",)) == \
        "The fund x<sup>n</sup> grew, and the colour<sup>a</sup> faded."


def test_a_capital_or_long_letter_run_is_no_mark():
    # 'A' or four letters are text, not a footnote mark: the time reads '7pmA.' and is left
    assert _found("Doors open at 7pm<sup>A</sup>.", ("style.time-of-day",)) == []
    assert _found("Doors open at 7pm<sup>abcd</sup>.", ("style.time-of-day",)) == []


@pytest.mark.parametrize("para, fixed", [
    ("Fares rose through the 1980's<sup>1, </sup> or 1990's.", "Fares rose through the 1980s<sup>1, </sup> or 1990s."),
    ("Fares rose through the 1980s<sup>a</sup> to 1990's.", "Fares rose through the 1980s<sup>a</sup> to 1990s."),
])
def test_a_decade_listed_after_a_marked_one_is_fixed(para, fixed):
    assert _fixed(para, ("style.decades",)) == fixed


@pytest.mark.parametrize("para", [
    "The map 1980<sup>1</sup> and 1990's sequel sold.",        # no decade before: a year's possessive
    "Rates x<sup>2</sup> and 1990's sequel rose.",
    "Fares rose in 1980's<sup>n</sup>and 1990's edition.",     # no space before the conjunction
])
def test_a_year_possessive_after_a_figure_is_left(para):
    assert _found(para, ("style.decades",)) == []


@pytest.mark.parametrize("para, quoted, span", [
    ("The vote was in September<sup>1</sup>, 2023, officials said.", "'September, 2023' -> 'September 2023'", ", 2023"),
    ("The vote was in May<sup>1,2 </sup> of\n2022, officials said.", "'May of 2022' -> 'May 2022'", " of\n2022"),
    ("The vote was in March, 2020, officials said.", "'March, 2020' -> 'March 2020'", "March, 2020"),
])
def test_month_year_message_names_the_month_not_the_figure(para, quoted, span):
    text = FRONT + para + "\n"
    (d,) = lint_bytes("a.md", text.encode(), Config(select=("style.month-year",))).diagnostics
    assert quoted in d.message and "<sup>" not in d.message and not re.search(r"[a-z][0-9]", d.message)
    assert text[d.offset:d.end_offset] == span
    assert d.fix is not None and text[d.fix.start:d.fix.end] == span
