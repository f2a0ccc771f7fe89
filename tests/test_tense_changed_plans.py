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
    # the next sentence tells of its own subject (fx141: "It has since been moved" is the game's)
    ("The game was Dec. 13. The league has since moved the final to Jan. 9.", "was"),
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


# fx123: each sign of a plan must be the copula's own. A plan noun, an adverb
# or a change in another clause or of another subject excuses nothing.
@pytest.mark.parametrize("text", [
    "After the deadline passed, the game was Dec. 12.",                 # the noun's clause
    "Once the deadline passed, the game was Dec. 12.",
    "Despite the deadline, the game was Dec. 12.",                      # a phrase before it
    "With the schedule full, the vote was Dec. 9.",
    "After the deadline the game was Dec. 12.",                         # ... with no comma
    "The game, after the deadline passed, was Dec. 12.",                # an aside
    "The game after the deadline was Dec. 12.",                         # after its preposition
    "Previously unbeaten, the team's last game was Dec. 12.",           # the adverb's phrase
    "The team, previously unbeaten, lost when the game was Dec. 12.",
    "Officials, who had originally opposed it, said the vote was Dec. 9.",
    "Until noon he worked and the game was Dec. 13.",                   # the opener's clause
    "The game was Dec. 12, and the deadline for tickets was moved.",    # another subject's change
    "The concert was Dec. 12, and tickets for the next show were moved.",
    "The vote, which was Dec. 9, drew 400 people, and the next one has been moved.",
    "The vote was Dec. 9, and the next one is now set for March.",
    "The game was Dec. 12, and the league's new plan is now in force.",
    "The vote was Dec. 9, officials said, and the count is now under way.",
    "The game was Dec. 12 after the date was moved twice.",
    "The game was Dec. 12 after it was postponed twice.",               # `after`: the date is the new one
    "The game was Dec. 12, postponed from Dec. 5 by snow.",             # moved from another date
    "The game was Dec. 12 and was postponed from Dec. 5.",
    "The opening was Dec. 14 but is now over.",                         # held: no new time
    "The gala was Dec. 14, but it is now over.",
    "The game was Dec. 12 and the team now is 9-3.",
])
def test_a_plan_word_of_another_clause_excuses_no_past_event(text):
    assert tense_of(text) == (PAST, "was")
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


@pytest.mark.parametrize("text", [
    "The deadline for bids, officials said, was Dec. 20.",              # the subject before an aside
    "The filing deadline, the county clerk's office said Monday, was Dec. 9.",
    "The deadline to file an appeal was Dec. 9.",                       # the whole subject, not 4 words
    "The deadline for filing appeals in the case was Dec. 9.",
])
def test_a_plan_noun_heads_the_copulas_subject(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    # Guards of the binding: each fails when its part of copula_plans is taken out.
    "The vote, officials said, was originally Dec. 9.",
    "The vote, officials said, was Dec. 9 until it was moved.",
    "The premiere, originally, was Dec. 19.",                           # the aside's adverb
    "Originally, the premiere was Dec. 19.",                            # the clause's opening adverb
    "The deadline, which passed quietly, was Dec. 9.",
    "The deadline that was Dec. 9 passed quietly.",                     # a relative's antecedent
    "The deadline this year was Dec. 9.",
    "The deadline the council set was Dec. 9.",
    "He left before the deadline was Dec. 9.",                          # `before` opens a clause
    "In the end the deadline was Dec. 9.",
    "Until it was moved last week, the premiere was Dec. 19.",
    "The vote was Dec. 9, officials said, but it has been moved to Jan. 6.",   # an attribution between
    "The vote was Dec. 9 before officials postponed it to Jan. 6.",     # the change takes it as object
    "The premiere was Dec. 19 until the studio moved it.",
    "The gala was Dec. 24, but now it is in March.",
])
def test_a_plan_sign_of_the_copulas_own_clause_still_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


# fx126 (qa67 #3): adverbs, `they`, the subject's noun again and a second
# date may stand between the date and the change told of the subject, and a
# dash, a parenthesis or a semicolon goes on with the sentence as a comma does.
@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was later postponed.",
    "The game was Dec. 12, and it was later postponed.",
    "The game was Dec. 12, but it was subsequently postponed.",        # an adverb in -ly
    "The game was Dec. 12, but it was quietly postponed.",
    "The game was Dec. 12, but it was again postponed.",
    "The game was Dec. 12, but it was later moved.",
    "The game was Dec. 12, but officials postponed the game.",         # its noun as the object
    "The game was Dec. 12, but the game was later postponed.",         # ... and as the subject
    "The game against Ohio was Dec. 12, but officials postponed the game.",
    "The game was Dec. 12; it was later postponed.",
    "The game was Dec. 12 — it was later postponed.",
    "The game was Dec. 12 -- it was later postponed.",
    "The game was Dec. 12 (it has since been postponed).",
    "The game was Dec. 12, officials said — it was later postponed.",   # an attribution before the dash
])
def test_a_change_told_of_the_subject_after_an_adverb_or_a_dash_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The games were Dec. 12 and Dec. 14, but they were postponed.",
    "The game was Dec. 12 and Dec. 14, but it was postponed.",
    "The games were Dec. 12 or Monday, Dec. 14, but they were later moved.",
])
def test_a_second_date_joined_to_the_first_excuses_both(text):
    dates = [m for m in find_mentions(text, PUB) if m.kind == "date"]
    assert len(dates) == 2 and {m.tense.tense for m in dates} == {UNKNOWN}
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The game was Dec. 12; the deadline was later moved.",              # another subject after `;`
    "The game was Dec. 12 (the deadline was later moved).",
    "The game was Dec. 12 — the team won — and it was later moved.",    # the dash's aside ends first
    "The game was Dec. 12 (postponed from Dec. 5).",                    # moved from another date
    "The vote was Dec. 9, and the next vote has been moved.",           # not the subject's noun alone
    "The game was Dec. 12, but officials postponed the next game.",
    "The concert was Dec. 12, but supply was later delayed.",           # `ly_nouns`: no adverb
    "The game was Dec. 12 and 400 fans came, but it was later moved.",  # no second date
])
def test_a_change_of_another_subject_after_an_adverb_or_a_dash_excuses_nothing(text):
    assert tense_of(text) == (PAST, "was")
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


# fx129 (qa68 #4): only a change of the day excuses the past copula. A new
# place, channel or hour, a wait of minutes or hours, or a clause telling
# the event went ahead after a bare change leaves an event held that day.
@pytest.mark.parametrize("text", [
    "The ceremony was Dec. 12; it was later moved to the gym, where 300 graduates got diplomas.",
    "The game was Dec. 12, but it was later moved to a bigger stadium.",
    "The game was Dec. 12, but it was later moved to Channel 4.",        # a name's number
    "The game was Dec. 12 (it was later moved indoors).",
    "The ceremony was Dec. 12; it was later delayed by an hour.",
    "The game was Dec. 12 — it was delayed an hour by rain.",
    "The game was Dec. 12; it was delayed 40 minutes by lightning.",
    "The game was Dec. 12; the game was later moved to the afternoon.",
    "The game was Dec. 12, but it was moved to 3 p.m.",
    "The game was Dec. 12; it was later postponed, and the team won anyway.",
])
def test_a_change_of_place_or_hour_leaves_an_event_held(text):
    assert tense_of(text) == (PAST, "was")
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


# fx129 (qa68 #4, #9): a change to a day, by a day or more, bare or for a
# cause still excuses; so do a cancellation and, after a semicolon or a
# dash, the change taking the subject as its object.
@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it has been moved to Jan. 6.",
    "The game was Dec. 12; it was postponed to Friday.",
    "The game was Dec. 12, but it was moved to a later date.",
    "The game was Dec. 12, but it was moved to mid-January.",
    "The game was Dec. 12, but it was later moved to the 14th.",
    "The game was Dec. 12, but it was delayed a day by snow.",
    "The game was Dec. 12, but it was moved up a day.",
    "The game was Dec. 12, but it was postponed because of snow.",
    "The game was Dec. 12, but it was postponed until further notice.",
    "The game was Dec. 12, but it was postponed, and fans were refunded.",   # no verb of its own
    "The vote was Dec. 9, but it was postponed and then held Jan. 6.",        # held on the new day
    "The vote was Dec. 9, but it was postponed, and the council met instead on Jan. 6.",
    "The game was Dec. 12; officials later postponed it.",
    "The game was Dec. 12 — officials later postponed it.",
    "The game was Dec. 12, but it was canceled.",
    "The game was Dec. 12; it was cancelled.",
    "The game was Dec. 12 — it was canceled.",
    "The game was Dec. 12, but it was called off.",
])
def test_a_change_of_the_day_or_a_cancellation_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


# fx131 (#1, #2): an attribution not set off by commas ("officials said it
# was later postponed") and a time phrase before "later" ("and a week later
# it was postponed") stand between the date and a change of the same subject.
@pytest.mark.parametrize("text", [
    "The game was Dec. 12; officials said it was later postponed.",
    "The game was Dec. 12, but officials said it was later postponed.",
    "The game was Dec. 12; officials said that it has been postponed.",
    "The game was Dec. 12, and a week later it was postponed.",
    "The game was Dec. 12; two days later, it was postponed.",
    "The game was Dec. 12, and a couple of days later officials postponed it.",
    "The game was Dec. 12, and hours earlier it was postponed.",
])
def test_an_attribution_or_a_time_phrase_before_the_change_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The game was Dec. 12; officials said the deadline was later moved.",   # another subject
    "The game was Dec. 12; the coach said he was later moved.",
    "The game was Dec. 12; officials said it was later moved to the gym.",   # a new place
    "The game was Dec. 12, and the team won a week later it was postponed.",  # a verb of its own
    "The game was Dec. 12, and a week later the deadline was moved.",
])
def test_an_attribution_or_a_time_phrase_excuses_no_other_change(text):
    assert tense_of(text) == (PAST, "was")
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


# fx131 (#3): a move of the place alone leaves the event held on its date,
# whatever preposition tells it ("out of", "away from", "onto"); one out of
# a day or to a day moves the day, and "out of" a cause only tells why.
@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was moved out of the stadium.",
    "The game was Dec. 12; it was moved out of state, where 300 fans watched.",
    "The game was Dec. 12, but it was moved away from the coast.",
    "The game was Dec. 12, but it was moved onto a smaller field.",
])
def test_a_move_out_of_a_place_leaves_an_event_held(text):
    assert tense_of(text) == (PAST, "was")
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was moved out of December.",
    "The game was Dec. 12, but it was moved out of the stadium to Jan. 6.",
    "The game was Dec. 12, but it was postponed out of caution.",
    "The game was Dec. 12, but it was postponed out of an abundance of caution.",
])
def test_a_move_out_of_a_day_or_for_a_cause_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


# fx131: every verb of tense.yaml's `called_off` is a change too, read from
# that one list (plan_moves.changes), not a second copy of some of it.
@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was scrapped.",
    "The game was Dec. 12; it was rained out.",
    "The vote was Dec. 9 — it was later shelved.",
])
def test_every_called_off_verb_is_a_change(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


def test_the_changes_hold_every_called_off_verb():
    from lint.analysis.plan_moves import changes
    from lint.analysis.verb_group import words
    assert words()["called_off"] <= changes()
    assert not words()["called_off"] & words()["changed_plan_after"]     # listed once


# qa69 #6: a change that nearly happened, or did not, leaves the event on its
# date (`near_misses`, n't), and a thing made at its date (`made_nouns`) was
# made then though a calling-off verb undid it, as lint/kinds/_called_off.py
# reads "nearly scrapped the June 9 game" and "scrapped the June 9 ruling".
@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was nearly scrapped.",
    "The game was Dec. 12; it was nearly scrapped.",
    "The game was Dec. 12, but it was not scrapped.",
    "The game was Dec. 12, but it was never scrapped.",
    "The game was Dec. 12, but it was never canceled.",
    "The game was Dec. 12, but it wasn't canceled.",
    "The game was Dec. 12, but it was almost called off.",
    "The game was Dec. 12, but officials never canceled it.",
    "The game was Dec. 12 — it was narrowly postponed.",
    "The ruling was Dec. 12, but it was later scrapped.",
    "The agreement was Dec. 12, but it was axed.",
    "The ruling was Dec. 12, but it was later canceled.",
])
def test_a_change_missed_or_a_thing_made_leaves_an_event_held(text):
    assert tense_of(text)[0] == PAST
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]


@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was later canceled.",       # no near miss before it
    "The hearing was Dec. 12, but it was scrapped.",           # a hearing is held, not made
    "The ruling was Dec. 12, but it was later postponed.",     # a ruling put off was not made then
])
def test_a_change_that_happened_still_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


# qa69 #7: an attribution with an object, a time or an adverb, a subject of
# five words or an adjective in -ed, "say", "the next day" and "got" may
# stand before the change; a move off a place is a move of the place.
@pytest.mark.parametrize("text", [
    "The vote was Dec. 12; officials said Monday that it was later delayed.",
    "The vote was Dec. 12; officials told reporters it was later delayed.",
    "The vote was Dec. 12; the Associated Press reported it was delayed.",
    "The vote was Dec. 12, but officials say it was delayed.",
    "The vote was Dec. 12; organizers later said it was canceled.",
    "The vote was Dec. 12; a spokeswoman for the court said it had been postponed.",
    "The vote was Dec. 12, and the next day it was canceled.",
    "The vote was Dec. 12, and the following week it was postponed.",
    "The vote was Dec. 12, but it got scrapped.",
])
def test_an_attribution_a_time_or_got_before_the_change_excuses(text):
    assert tense_of(text)[0] == UNKNOWN
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The game was Dec. 12, but it was moved off campus.",
    "The game was Dec. 12; officials told reporters the deadline was later moved.",
    "The game was Dec. 12; officials said Monday the deadline was moved.",
    "The game was Dec. 12, and the next day the deadline was moved.",
    "The game was Dec. 12, but fans who wanted tickets said it was postponed.",
    "The game was Dec. 12, but it got moved to the gym.",
    "The game was Dec. 12, but it never got canceled.",
])
def test_a_place_or_another_subject_after_them_excuses_nothing(text):
    assert tense_of(text)[0] == PAST
    assert [r for r, *_ in rules_fired(text, PUB)] == [AFTER]
