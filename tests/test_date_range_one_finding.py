"""A date range whose two ends draw the same tense finding is one finding
from its first day to its last, its message naming the range (nu45 M2).
One end alone flagged, ends flagged for different reasons, and a list of
dates ("June 3 and June 5") keep a finding per date, as before."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import found, snippets

JUNE_1 = dt.date(2026, 6, 1)
RULES = ("dates.after-publication", "dates.future-tense-past-date")


@pytest.mark.parametrize("body, rule, span", [
    ("The fair ran June 3 to June 5.", "after-publication", "June 3 to June 5"),
    ("The fair was held June 3 through June 5.", "after-publication", "June 3 through June 5"),
    ("The fair ran June 3 until June 5.", "after-publication", "June 3 until June 5"),
    ("The fair will be held from May 5 to May 8.", "future-tense-past-date", "May 5 to May 8"),
    ("The fair will run May 5 through May 8.", "future-tense-past-date", "May 5 through May 8"),
    # the written year is both ends' (nu46 #1, analysis.pair_year), so one reason, one finding
    ("The fair will run May 5 through May 8, 2026.", "future-tense-past-date", "May 5 through May 8, 2026"),
])
def test_both_ends_flagged_alike_are_one_finding(body, rule, span):
    assert snippets(body, RULES, JUNE_1) == [(f"dates.{rule}", span)]
    [(kind, message)] = found(body, JUNE_1)
    assert kind == rule and message.startswith(f"'{span}' is told in the")


@pytest.mark.parametrize("body, spans", [
    ("The fair ran June 3 and June 5.", ["June 3", "June 5"]),              # a list, not a range
    ("The fair will be held May 5 or May 8.", ["May 5", "May 8"]),
    ("The fair will run from May 30 to June 5.", ["May 30"]),               # one end before publication
])
def test_a_list_one_end_or_two_reasons_keep_their_findings(body, spans):
    assert [s for _, s in snippets(body, RULES, JUNE_1)] == spans


def test_two_ranges_in_a_sentence_are_two_findings():
    body = "The fair ran June 3 to June 5 and the market June 8 to June 9."
    assert [s for _, s in snippets(body, RULES, JUNE_1)] == ["June 3 to June 5", "June 8 to June 9"]
