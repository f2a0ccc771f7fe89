"""Tense of the clause around a date (issue 12): month-alone past mentions,
noun phrases, perfects, reported speech, present relative clauses, and the
after-publication / future-tense-past-date rules that read it."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import FUTURE, PAST, UNKNOWN
from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes

PUB = dt.date(2025, 3, 4)           # the date line, March 4, 2025
DATES = [r for r in rules_for(Config()) if r.pack == "dates"]


def tense_of(text: str, published: dt.date = PUB):
    found = [m for m in find_mentions(text, published) if m.kind in ("date", "month")]
    assert len(found) == 1, [m.matched for m in found]
    return found[0].tense.tense, found[0].tense.marker


def rules_fired(body: str, published: dt.date = PUB, path: str = "story.txt"):
    doc = read_bytes(path, f"Headline\n\n{body}\n".encode("utf-8"))
    result = lint_document(doc, DATES, Config(published=published))
    return [(d.rule, d.line, d.column) for d in result.diagnostics]


@pytest.mark.parametrize("text,tense,marker", [
    ("In September, the company cut 200 jobs.", PAST, "cut"),             # opens the sentence
    ("The governor in June vetoed the bill.", PAST, "vetoed"),
    ("The union's strike in April over pay ended quickly.", PAST, "ended"),  # `pay` is no schedule
    ("A May audit showed losses.", PAST, "showed"),                        # a noun phrase
    ("Its November poll showed him ahead.", PAST, "showed"),
    ("October's uptick made the data encouraging.", PAST, "made"),
    ("Sales have fallen since early August.", PAST, "since"),
    ("The firm has already shed jobs in March.", PAST, "shed"),
    ("The dynamics began to change in October.", PAST, "began to"),         # aspectual + infinitive
    ("In the July 9 cable, Stevens reported heavy fire.", PAST, "reported"),  # fronted phrase
    ("Emails that leaked in July forced her out.", PAST, "leaked"),
    ("Launch is to be in June.", FUTURE, "is to be"),
    ("The dividend will be payable April 3.", FUTURE, "will be payable"),
    ("The campaign will work hard to win voters in November.", FUTURE, "will ... to"),
    ("The ferry law, which takes effect July 1, was signed Monday.", UNKNOWN, "takes"),
    ("The measure kicks in June 1, officials said.", UNKNOWN, "kicks"),
    ("States holding contests on March 15 were courted.", UNKNOWN, "holding"),
    ("The privatisation is being put in place ahead of April.", UNKNOWN, "ahead"),
    ("It bought bills for resale to the market on April 2.", UNKNOWN, "for"),
    ("A base rate cut ahead of the Budget on March 17 was priced in.", UNKNOWN, "ahead"),
    ("They agreed to the transaction in August.", PAST, "agreed"),          # `to` + a plain noun
    ("Through the end of September, the campaign had raised $3 million.", PAST, "had"),
    ("Born May 24, 1917, in Newark, he studied law.", PAST, "born"),
    ("He'll have enough votes at the convention in July.", FUTURE, "he'll"),
    ("The nominee will almost certainly be decided in July.", FUTURE, "will be decided"),
    ("He visited Scotland for the opening of a golf course in June.", PAST, "visited"),
    ("Since clinching the nomination in early June, she has spent $77 million.", PAST, "since"),
    ("''We will win,'' he wrote in June on his website.", PAST, "wrote"),   # '' closes a quote
    ("The board gave the firm until March 31 to agree.", UNKNOWN, "until"),  # a deadline
    ("Voters will see the ad before the April 24 primary.", FUTURE, "will ... before"),
])
def test_tense_of_the_clause(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text", [
    "In May Theresa May resigned.",          # a name, not a month
    "Theresa May's cabinet met.",
    "She met June Carter.",
])
def test_months_that_are_names_stay_out(text):
    assert [m.matched for m in find_mentions(text, PUB) if m.kind == "month"] == []


def test_case_1_a_present_relative_clause_decides():
    text = "The ferry law, which takes effect July 1, 2025, was signed Monday by Gov. Mark Ellery."
    assert rules_fired(text) == []


@pytest.mark.parametrize("text,column", [
    ("In April, the company cut 200 jobs.", 4),
    ("The governor in June vetoed the bill.", 17),
    ("A May audit showed losses.", 3),
    ("She said that the plant was closed in May.", 39),             # reported speech
    ("The firm has cut 40 jobs since early April.", 32),
])
def test_month_alone_past_mentions_are_flagged(text, column):
    assert rules_fired(text, published=dt.date(2025, 3, 20)) == [
        ("dates.after-publication", 3, column)]


def test_since_a_month_far_ahead_means_the_last_one():
    # "since September" in a March story is last September: since-window-days (45).
    assert rules_fired("Talks have stalled since September.") == []
    assert rules_fired("Talks have stalled since early April.") == [
        ("dates.after-publication", 3, 26)]


def test_future_mirror():
    assert rules_fired("The state will hold its vote on Feb. 20.") == [
        ("dates.future-tense-past-date", 3, 33)]
    assert rules_fired("The state held its vote on Feb. 20.") == []
