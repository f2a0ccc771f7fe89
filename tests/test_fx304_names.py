"""fx304: names false alarms and misses left from session 45, each with the
nearest case that must stay as it was. Synthetic stories only."""
from __future__ import annotations

import datetime

import pytest

from lint import lint_text

PUB = datetime.date(2025, 2, 24)


def _found(body: str, rule: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of `rule`'s findings in a story of `body`
    under a one-line headline (the body starts on line 3)."""
    return [(d.line, d.column, d.message) for d in lint_text("Story\n\n" + body + "\n", published=PUB)
            if d.rule == rule]


# qa181 #3: "JR." in all-caps copy is the Jr.'s suffix, no third person
@pytest.mark.parametrize("suffix", ["Jr.", "JR.", "jr."])
def test_a_suffix_in_any_case_is_the_same_generation(suffix):
    body = ("Sen. John Smith Jr. spoke on Monday. Rep. John Smith Sr. came. "
            f"Sen. John Smith {suffix} spoke again.")
    assert _found(body, "names.title-changed") == []


def test_the_senior_s_own_change_is_still_caught_beside_an_all_caps_junior():
    body = ("Sen. John Smith JR. spoke on Monday. Rep. John Smith Sr. came. "
            "Gov. John Smith SR. spoke.")
    assert [(f[0], f[1]) for f in _found(body, "names.title-changed")] == \
        [(3, body.index("Gov. John Smith SR.") + 1)]


DELL = ("Dell Technologies said it would cut 500 jobs. Dell said {when}{who} was proud of the staff.\n\n"
        "Michael Dell founded the company in 1984.")


# a day or time the words were said, between "said" and "he", keeps the person cue (nu45 H1)
@pytest.mark.parametrize("when", ["", "Thursday ", "on Thursday ", "Thursday night ", "last week ", "yesterday "])
def test_said_he_after_a_day_is_still_the_person(when):
    body = DELL.format(when=when, who="he")
    assert [(f[0], f[1]) for f in _found(body, "names.first-reference")] == [(3, body.index("Dell said") + 1)]


@pytest.mark.parametrize("when", ["", "Thursday ", "on Thursday ", "last week "])
def test_said_it_after_a_day_stays_the_firm(when):
    assert _found(DELL.format(when=when, who="it"), "names.first-reference") == []


COOPER = ("Cooper Tire said it would cut 500 jobs. Cooper{apposition} said the plant would close.\n\n"
          "Ira Cooper said he was sorry to see it go.")


# a person's job in apposition makes the word alone the person, though "Cooper Tire" opens a firm's name
@pytest.mark.parametrize("apposition", [", the company's founder,", ", its chief executive,"])
def test_a_job_in_apposition_reads_the_surname_as_the_person(apposition):
    body = COOPER.format(apposition=apposition)
    assert [(f[0], f[1]) for f in _found(body, "names.first-reference")] == [(3, body.index("Cooper,") + 1)]


# the firm's short form, alone or with a firm's noun in apposition, stays the firm (qa169 #6)
@pytest.mark.parametrize("apposition", ["", ", the tire maker,"])
def test_the_firm_s_short_form_stays_the_firm(apposition):
    assert _found(COOPER.format(apposition=apposition), "names.first-reference") == []
