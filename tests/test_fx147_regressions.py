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
