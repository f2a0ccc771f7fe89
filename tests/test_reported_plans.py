"""Two readings that let an after-publication date go because it dates a
plan, not a past verb (nu65 #3, #9), each on one exact shape, and the
nearest sentences that must still be flagged:
- a participle after a present `expect`/`want` and its object names a
  state looked for ("expects service restored Friday, March 7"), as
  "expects power restored by Friday" already read (`tense_walks._looked_for`);
- a date in the `of`/`about` phrase naming an event after a past verb of
  telling and its object dates that event, not the telling ("told oil
  companies of a 15 percent cutback in its supply in September", AP, Aug.
  16, 1990; `lint/kinds/_told_of.py`)."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import tense_findings
from lint.analysis.tense import PAST, UNKNOWN, clause_tense, sentence_bounds

PUB = dt.date(1990, 8, 16)      # Aug. 24 and September 1990 are after publication


def _flagged_at(sentence: str, date: str) -> list[tuple[str, int, int]]:
    return [("after-publication", 3, sentence.index(date) + 1)]


def _tense(sentence: str, date: str):
    at = sentence.index(date)
    return clause_tense(sentence, at, at + len(date), sentence_bounds(sentence))


@pytest.mark.parametrize("sentence", [
    "The utility expects service restored Friday, Aug. 24.",
    "The utility said 12,000 homes were dark Thursday, and it expects service restored Friday, Aug. 24.",
    "Officials expect all lanes reopened on Aug. 24.",
    "The mayor wants the road reopened on Aug. 24.",
    "He expects it restored Aug. 24.",
])
def test_a_participle_after_expect_and_its_object_is_no_past_event(sentence):
    date = "Friday, Aug. 24" if "Friday" in sentence else "Aug. 24"
    assert _tense(sentence, date).tense == UNKNOWN
    assert tense_findings(sentence, PUB) == []


@pytest.mark.parametrize("sentence", [
    "The utility restored service Friday, Aug. 24.",
    "The utility expected service restored Friday, Aug. 24.",          # a past expectation
    "The utility expects crews restored service on Aug. 24.",          # the past form has an object
    "The utility expects that crews restored service on Aug. 24.",     # a clause of its own
    "The utility, which expects growth, restored service Aug. 24.",
    "The utility expects they restored service Aug. 24.",
    "The utility expects, as crews said, power restored Aug. 24.",     # a comma inside
    "The utility expects the damaged lines restored Aug. 24.",         # more than a determiner and a word
    "The company wants the money voters approved Aug. 24.",            # a relative clause on the object
    "Officials want the men arrested on Aug. 24 released.",            # a participle after the date
])
def test_nearest_past_forms_are_still_flagged(sentence):
    date = "Friday, Aug. 24" if "Friday" in sentence else "Aug. 24"
    assert _tense(sentence, date).tense == PAST
    assert tense_findings(sentence, PUB) == _flagged_at(sentence, date)


@pytest.mark.parametrize("sentence, date", [
    ("Saudi Arabia told oil companies of a 15 percent cutback in its supply in September.", "September"),
    ("The ministry informed refiners about the price increase in September.", "September"),
    ("Unions warned of a strike in September.", "September"),
    ("Unions warned employers of a strike in October.", "October"),
    ("The company notified its workers of layoffs in September.", "September"),
])
def test_a_date_in_the_event_told_of_is_the_event_s(sentence, date):
    assert _tense(sentence, date).tense == PAST               # the telling is read ...
    assert tense_findings(sentence, PUB) == []                # ... but not judged


@pytest.mark.parametrize("sentence, date", [
    ("He told reporters on Sept. 5 that the plan was dead.", "Sept. 5"),
    ("He told reporters on Sept. 5 of a cutback.", "Sept. 5"),
    ("Saudi Arabia told oil companies in September of a cutback in its supply.", "September"),
    ("Saudi Arabia told oil companies of a cutback that began in September.", "September"),
    ("Officials said the cutback began in September.", "September"),
    ("He told of a cutback in September.", "September"),                  # no object: a recounting
    ("He told staff of the closure on Sept. 5.", "Sept. 5"),               # `on`: the telling's day, or a typo
    ("Unions warned of a strike on Sept. 5.", "Sept. 5"),
    ("He told reporters of his trip to Paris in September.", "September"),  # no event noun
    ("Saudi Arabia told oil companies of a cutback in its oil supply to Japan in September.", "September"),
])
def test_nearest_tellings_are_still_flagged(sentence, date):
    assert tense_findings(sentence, PUB) == _flagged_at(sentence, date)
