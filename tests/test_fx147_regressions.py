"""Leftovers of dates.after-publication's plan-changed excuse (fx147): a
modal in the date's own sentence, the event a change is said of, and the
same day named again in other words."""
from __future__ import annotations

import pytest

from test_qa75_regressions import after_publication


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12, though it could have been postponed.",
    "The hearing was Dec. 12, but it might be canceled.",
    "The hearing was Dec. 12, but it would later be canceled if the appeal succeeded.",
])
def test_a_modal_in_the_dates_own_sentence_leaves_the_event_held(text):
    assert after_publication(text) == [(3, 17)]


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12, but it would later be postponed.",
    "The hearing was Dec. 12, but it was later postponed.",
])
def test_a_change_that_happened_in_the_dates_own_sentence_still_excuses(text):
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. It was later postponed to December 12 at 3 p.m.",
    "The hearing was Dec. 12, 2026. It was later postponed to Dec. 12 at 3 p.m.",
    "The hearing was December 12. It was later postponed until the afternoon of 12 Dec.",
])
def test_a_delay_to_the_same_day_in_other_words_leaves_the_event_held(text):
    # The day is read by value: the hearing was still held Dec. 12.
    assert after_publication(text) == [(3, 17)]


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12, 2026. It was later postponed to Dec. 12, 2027.",
    "The hearing was Dec. 12. It was later postponed to Dec. 13 at 3 p.m.",
])
def test_a_delay_to_another_day_still_excuses(text):
    assert after_publication(text) == []


@pytest.mark.parametrize("text", [
    "The hearing was Dec. 12. The session was later postponed.",
    "The hearing was Dec. 12. The event was later postponed.",
    "The hearing was Dec. 12. It was later postponed, the clerk said of the session.",
])
def test_the_event_told_again_in_other_words_is_its_change(text):
    # The session is the hearing: the change is its own, so the date is a plan moved.
    assert after_publication(text) == []


@pytest.mark.parametrize("text, at", [
    ("The union called a strike. The hearing was Dec. 12. It was later postponed, "
     "the union said of its strike.", [(3, 44)]),
    ("The hearing was Dec. 12. The trial was later postponed.", [(3, 17)]),
    ("The hearing was Dec. 12. It was later postponed, the lawyer said of the trial.", [(3, 17)]),
])
def test_another_event_named_outside_the_dates_clause_is_still_another(text, at):
    # The strike named a sentence before the hearing's is not the hearing;
    # a trial is no hearing.
    assert after_publication(text) == at
