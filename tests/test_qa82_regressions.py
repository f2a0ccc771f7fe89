"""Faults QA (qa82) found in today's plan-changed excuse of
dates.after-publication (fx147, fixed by fx150 after qa78: lint/analysis/
plan_voice.py `_same_day`, copula_plans.py `_as_head`, clause_words.py
`told_before`, the `same_event_nouns` of lint/data/tense.yaml), pinned first as
strict xfails (each states what a copy desk should see), fixed by fx152.
All of them but the Dec. 12 form of #7 were right at 88ee8acb (main before
today).

The story is published Dec. 2, 2026 (qa75's `after_publication`), so "The
hearing was Dec. 12." is a past event dated after publication (a typo'd
date), flagged unless the copy says the plan changed; Dec. 12, 2026 is a
Saturday. Synthetic sentences only."""
from __future__ import annotations

import pytest

from test_qa75_regressions import after_publication


def at(text: str, mention: str) -> list[tuple[int, int]]:
    """The one finding expected: line 3 (after the helper's headline), at
    the first `mention` in `text`, columns counted from 1."""
    return [(3, text.index(mention) + 1)]


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was delayed by three hours on Dec. 12 because of a bomb threat.",
    "The hearing was Dec. 12. It was delayed on Dec. 12 by a fire alarm, then resumed.",
    "The hearing was Dec. 12. It was postponed on the morning of Dec. 12 until 3 p.m.",
])
def test_a_delay_on_the_day_is_a_delay_within_it(text):
    # The hearing was held Dec. 12, hours late: the date is still after publication.
    assert after_publication(text) == at(text, "Dec. 12")


def test_another_session_named_two_sentences_back():
    text = ("The board met in closed session Dec. 1. Lawmakers returned Dec. 3. "
            "The hearing was Dec. 12. The session was later canceled.")
    # Dec. 3 is after publication too; what was canceled is the board's session.
    assert after_publication(text) == at(text, "Dec. 3") + at(text, "Dec. 12")


@pytest.mark.parametrize("text", [
    "The hearing, which followed a closed session, was Dec. 12. The session was later postponed.",
    "The game, played after the Cup match, was Dec. 12. The match was later postponed.",
])
def test_another_event_named_inside_the_subject(text):
    assert after_publication(text) == at(text, "Dec. 12")


@pytest.mark.parametrize("text", [
    "The game was Saturday, Dec. 12. It was later pushed back to the following Saturday.",
    "The game was Saturday, Dec. 12. It was later pushed back to Saturday, a week later.",
    "The game was Saturday, Dec. 12. It was later pushed back to the Saturday after.",
    "The game was Saturday, Dec. 12. It was later pushed back to a Saturday in January.",
    "The match was Saturday, Dec. 12, but it was pushed back to the following Saturday.",
])
def test_another_saturday_is_a_move(text):
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was later postponed to the same day as the budget vote, Jan. 9.",
    "The hearing was Dec. 12. It was later postponed to the same day as the budget vote.",
    "The hearing was Dec. 12. It was later postponed to the same day as the governor's address in January.",
])
def test_the_same_day_as_another_event_is_a_move(text):
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was later postponed to the 12th of next month.",
    "The hearing was Dec. 12. It was later postponed to the 12th in January.",
    "The vote was Dec. 12. It was later postponed to the 12th, a Tuesday, in January.",
])
def test_the_12th_of_another_month_is_a_move(text):
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was delayed until that evening, then canceled.",
    "The hearing was Dec. 12. It was postponed to 3 p.m. the same day, then called off.",
    "The match was Saturday, Dec. 12. It was pushed back to Saturday night, then called off because of fog.",
    "The hearing was Dec. 12. It was postponed to Dec. 12 at 3 p.m., then called off.",
])
def test_a_delay_within_the_day_then_called_off(text):
    # Called off in the end: never held, so Dec. 12 is a plan given up.
    assert after_publication(text) == []
