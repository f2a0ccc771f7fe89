"""qa183: QA of fx304 (names: any-case Jr./Sr., 'said Thursday he', a job in
apposition after an occupational surname, two-word positions, Fr./Hon./Cllr.)
on lead46. fx309 fixed #1 and #2 and removed their strict xfail marks.
Synthetic stories only."""
from __future__ import annotations

import datetime

import pytest

from lint import lint_text

PUB = datetime.date(2025, 2, 24)


def _found(body: str, rule: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in lint_text("Story\n\n" + body + "\n", published=PUB)
            if d.rule == rule]


# qa183 #1: a job in apposition that belongs to the name after it ("At Cooper, its
# chief executive, Ann Lee, said") is the firm's officer, not Cooper the person
@pytest.mark.parametrize("opening", ["At Cooper, its chief executive, Ann Lee,",
                                     "Inside Cooper, its president, Ann Lee,"])
def test_a_job_apposed_to_the_next_name_leaves_the_firm_alone(opening):
    body = (f"Cooper Tire said it would cut 500 jobs. {opening} said sales fell.\n\n"
            "Ira Cooper said he was sorry to see it go.")
    assert _found(body, "names.first-reference") == []


# the nearest case that holds: no name after the apposition, the word is the person
def test_a_job_apposed_to_the_word_alone_is_still_the_person():
    body = ("Cooper Tire said it would cut 500 jobs. Cooper, its chief executive, said sales fell.\n\n"
            "Ira Cooper said he was sorry to see it go.")
    assert [(f[0], f[1]) for f in _found(body, "names.first-reference")] == [(3, body.index("Cooper,") + 1)]


DELL = ("Dell Technologies said it would cut 500 jobs. Dell said {when}he was proud of the staff.\n\n"
        "Michael Dell founded the company in 1984.")


# qa183 #2: the commonest news times between "said" and "he" were not read
# (fixed: names.yaml said_times, said_time_leads, said_day_parts)
@pytest.mark.parametrize("when", ["late Thursday ", "early Monday ", "last night ", "this morning ",
                                  "earlier this week ", "tonight "])
def test_said_he_after_a_time_of_day_is_still_the_person(when):
    body = DELL.format(when=when)
    assert [(f[0], f[1]) for f in _found(body, "names.first-reference")] == [(3, body.index("Dell said") + 1)]
