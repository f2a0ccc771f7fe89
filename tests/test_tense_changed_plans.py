"""A past copula before a date tells an event held then ("the game was Dec.
13"), but not a plan that was changed (qa65 #4: "The opening was originally
Dec. 14 but is now Jan. 5", lint/analysis/copula_plans.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import PAST, UNKNOWN
from test_tense import rules_fired

PUB = dt.date(2026, 12, 2)
AFTER = "dates.after-publication"


def tense_of(text: str) -> tuple[str, str]:
    """The tense and cue of the first date in `text` (a later one is the new date)."""
    first = next(m for m in find_mentions(text, PUB) if m.kind == "date")
    return first.tense.tense, first.tense.marker


@pytest.mark.parametrize("text", [
    "The opening was originally Dec. 14 but is now Jan. 5.",           # qa65 b.md
    "The launch, which was Dec. 9, has been moved to Jan. 6.",
    "Until last week, the premiere was Dec. 19; it is now in March.",
    "But until Monday, the vote was Dec. 19.",                          # after a conjunction
    "The opening was originally Dec. 14.",                              # qa65 a.md
    "The hearing was initially Dec. 10, but it was postponed.",
    "The vote had been Dec. 9.",                                        # a plan, since changed
    "The gala was Dec. 24 but now is Jan. 8.",
    "The final was Dec. 20 before it was pushed back a week.",
])
def test_a_changed_plan_is_no_past_event(text):
    assert rules_fired(text, PUB) == []
    assert tense_of(text)[0] == UNKNOWN


@pytest.mark.parametrize("text,marker", [
    ("The game was Dec. 13, the coach said.", "was"),
    ("The game was Dec. 13, and now the team leads the league.", "was"),   # a bare `now` tells nothing
    ("The game was Dec. 13. It has since been moved to Jan. 9.", "was"),  # another sentence
    ("He worked until noon, and the game was Dec. 13.", "was"),            # `until` opens no sentence
])
def test_a_past_copula_still_tells_an_event(text, marker):
    assert tense_of(text) == (PAST, marker)
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


def test_a_quote_is_read_like_the_story_for_was_as_for_other_verbs():
    # The clause reading never lets a quote decide for the story's tense:
    # "The game ended Dec. 13," is flagged, so "The game was Dec. 13," is too.
    for verb in ("was", "ended"):
        text = f'"The game {verb} Dec. 13," he said.'
        assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER], verb
