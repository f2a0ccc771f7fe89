"""A past copula before a date after publication ("The vote was Dec. 12") is
no past event when the sentence, or the next, says the dated plan did not
happen as planned (fx141, lint/analysis/copula_plans.py, plan_gaps.py): a
calling off "shortly after" or "soon after", one that "had to be" or "was
forced to be" done, and a change told in the very next sentence of the same
subject ("It was later postponed."). A change of something else, one that
did not happen, or one two sentences on still leaves the event held."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import PAST, UNKNOWN
from test_tense import rules_fired

PUB = dt.date(2026, 12, 2)
AFTER = "dates.after-publication"


def tense_of(text: str) -> str:
    return next(m for m in find_mentions(text, PUB) if m.kind == "date").tense.tense


@pytest.mark.parametrize("text", [
    "The vote was Dec. 12, shortly after it was canceled.",
    "The vote was Dec. 12, but shortly after it was canceled.",
    "The vote was Dec. 12, but soon after it was called off.",
    "The concert was Dec. 12, but it had to be canceled.",
    "The concert was Dec. 12, but it had to be called off.",
    "The concert was Dec. 12, but it was forced to be postponed.",
    "The concert was Dec. 12, but it would be canceled.",
    "The hearing was Dec. 12. It was later postponed.",
    "The hearing was Dec. 12. It has since been canceled.",
    "The hearing was Dec. 12. The hearing was later postponed.",          # its noun again
    "The hearing was Dec. 12. But it was later postponed.",               # after a link
    "The hearings were Dec. 12 and Dec. 14. They were later postponed.",
    "The game was Dec. 13. It has since been moved to Jan. 9.",
])
def test_a_plan_that_did_not_happen_as_planned_is_no_past_event(text):
    assert rules_fired(text, PUB) == []
    assert tense_of(text) == UNKNOWN


@pytest.mark.parametrize("text", [
    "The vote was Dec. 12. It passed 5-2.",                               # no change told
    "The hearing was Dec. 12. Officials canceled the parade.",            # another thing
    "The hearing was Dec. 12. The parade was later postponed.",
    "The hearing was Dec. 12. Officials later canceled it.",              # the next subject is no pronoun
    "The vote was Dec. 12, and it was not canceled.",                     # no change happened
    "The hearing was Dec. 12. It was not canceled.",
    "The concert was Dec. 12, but it was not forced to be canceled.",
    "The concert was Dec. 12, but it was set to be canceled.",            # a plan to call it off
    "The hearing was Dec. 12. It drew 300 people. It was later postponed.",  # two sentences on
    "The hearing was Dec. 12. It was later moved to the gym.",            # the place, not the day
    "The game was Dec. 12, shortly after it was postponed.",              # held after the move
    "The game was Dec. 12 after it was canceled.",                        # `after` alone
])
def test_the_event_was_still_held_on_its_date(text):
    assert tense_of(text) == PAST
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]
