"""titles.dek-disagrees leaves out a dek figure that its own phrase measures
against another holder (nu49 #5: `Bernie Sanders raises $33M;` over `Is within
$4M of Clinton's haul.`), and still compares every other dek figure."""
from __future__ import annotations

import pytest

from lint.analysis.quantities import gap, quantities, tied


def _tied(text: str) -> list[str]:
    return [q.said for q in quantities(text) if tied(text, q)]


@pytest.mark.parametrize("text, expected", [
    ("Is within $4M of Clinton's haul.", ["$4M"]),
    ("The total is $2 million short of the goal.", ["$2 million"]),
    ("Fares rose 3% more than wages.", ["3%"]),
    ("Sales were 40 cents less than forecast.", ["40 cents"]),
    # the nearest cases: the figure's own phrase ties it to nothing
    ("The levy raised $15 million.", []),
    ("The levy raised $15 million, more than the city sought.", []),
    ("More than $4M came in; officials hoped for more.", []),
])
def test_a_figure_is_tied_only_by_the_words_right_after_it(text, expected):
    assert _tied(text) == expected


@pytest.mark.parametrize("hed, expected", [
    ("Sanders trails by 5 votes", True),
    ("Sanders trails by nearly 5 votes", True),
    ("Sanders pulls within $4M of Clinton", True),
    # the nearest cases: a count, also one after another preposition
    ("Sanders raises $33M", False),
    ("Harbor levy raises $12 million in a day", False),
    ("Report due in 48 hours", False),
])
def test_a_headline_figure_is_a_gap_by_its_own_phrase(hed, expected):
    assert [gap(hed, q) for q in quantities(hed)] == [expected]
