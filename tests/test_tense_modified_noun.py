"""An -ing noun after a determiner and an ordinal or season word is no
participle (nu24 #2): `ran its first crossing on Dec. 28` is told past, as
`ran a crossing on Dec. 28` is, so a date after publication is flagged."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.tense import FUTURE, PAST, UNKNOWN
from test_tense import rules_fired, tense_of

PUB = dt.date(2026, 12, 3)


@pytest.mark.parametrize("text,tense,marker", [
    ("The state ran its first crossing on Dec. 28.", PAST, "ran"),
    ("The state made the first crossing on Dec. 28.", PAST, "made"),
    ("The theater gave its first showing on Dec. 28.", PAST, "gave"),
    ("The state made its first winter crossing on Dec. 28.", PAST, "made"),
    ("The state ran a crossing on Dec. 28.", PAST, "ran"),                 # as before
    ("The state will run its first crossing on Dec. 28.", FUTURE, "will"),
    ("Officials are planning its first crossing on Dec. 28.", UNKNOWN, "planning"),  # still a verb
    ("States holding contests on Dec. 28 were courted.", UNKNOWN, "holding"),       # no determiner
    # an adjective between the determiner and the -ing word (nu26 #1)
    ("The city opened the new swimming pool on Dec. 28.", PAST, "opened"),
    ("The city signed the new trash-hauling contract on Dec. 28.", PAST, "signed"),
    ("The city signed the new hauling contract on Dec. 28.", PAST, "signed"),
    ("Crews began a big fire-fighting effort on Dec. 28.", PAST, "began"),
    ("The city will open the new swimming pool on Dec. 28.", FUTURE, "will"),
    ("The new owners planning a sale on Dec. 28 met today.", UNKNOWN, "planning"),  # a noun between: a verb
])
def test_an_ing_noun_after_an_ordinal_is_no_participle(text, tense, marker):
    assert tense_of(text, PUB) == (tense, marker)


def test_the_reproducer_is_flagged_after_publication():
    assert [r for r, _, _ in rules_fired("The state ran its first crossing on Dec. 28.", PUB)] == \
        ["dates.after-publication"]
    assert rules_fired("The state will run its first crossing on Dec. 28.", PUB) == []


def test_the_nu26_reproducer_is_flagged_after_publication():
    assert [r for r, _, _ in rules_fired("The city signed the new trash-hauling contract on Dec. 28.", PUB)] == \
        ["dates.after-publication"]
