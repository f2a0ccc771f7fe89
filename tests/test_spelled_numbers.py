"""One number reader for the titles pack (fx242, qa151 #1, #2, #3, #11):
`numbers.numbers` reads `$1.2B`, `$4-million`, `Two million` and
`twenty-five` as the figures they are, and headline-unsupported,
fields-disagree and dek-disagrees all read them so. A figure the other
text truly lacks is still reported."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.spelled_numbers import spelled_numbers
from lint.analysis.numbers import numbers


@pytest.mark.parametrize("text, expected", [
    ("Two million riders", [(0, 11, "2000000")]),
    ("cut twenty-five routes", [(4, 15, "25")]),
    ("a four-million budget", [(2, 14, "4000000")]),
    ("twelve thousand fans", [(0, 15, "12000")]),
    ("two hundred jobs", [(0, 11, "200")]),
    ("twenty-five hundred dollars", [(0, 19, "2500")]),           # qa157 #1: never 25 and 100
    ("fifteen hundred", [(0, 15, "1500")]),
    ("twenty five roads", [(0, 11, "25")]),                       # qa157 #2: no hyphen, still 25
    ("a two million-dollar grant", [(2, 13, "2000000")]),         # qa157 #5: the scale before a hyphen
    ("Seven million's", [(0, 13, "7000000")]),
    ("twenty\n\nfive", [(0, 6, "20"), (8, 12, "5")]),            # a blank line parts them
    ("worth over one\nbillion dlrs", [(11, 22, "1000000000")]),    # wire copy's line break
    ("two\n\nmillion", [(0, 3, "2")]),                             # a blank line parts them
    ("Seventeen died", [(0, 9, "17")]),
    ("a six-figure sum and two-thirds of it", []),
    ("a twenty-five-year-old", []),
    ("no one's fault", []),
])
def test_spelled_numbers(text, expected):
    assert spelled_numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("spend $1.2B", [(6, 11, "1200000000")]),
    ("a $3b deal", [(2, 5, "3000000000")]),
    ("a $4-million budget", [(2, 12, "4000000")]),
    ("a 1.5mg dose", []),                 # never the `1` before the dot
    ("Room 5b", []),
    ("app 3.12.1", [(4, 8, "3.12")]),      # qa157 #7: a dotted version's release
])
def test_figures_in_digits(text, expected):
    assert numbers(text) == expected


BODY = ("The state will spend {} on roads over five years, Gov. Maria Ellis said Tuesday. "
        "Lawmakers from both parties backed the plan, and work starts in the spring.")


def _unsupported(headline: str, said: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(f"{headline}\n\n{BODY.format(said)}\n", "s.txt")
            if d.rule == "titles.headline-unsupported"]


@pytest.mark.parametrize("headline, said", [
    ("State to spend $1.2B on roads", "$1.2 billion"),
    ("State to spend $3B on roads", "three billion dollars"),
    ("State to spend $4-million on roads", "$4 million"),
    ("State to spend $4 million on roads", "$4-million"),
    ("Two million to go on roads", "$2 million"),
    ("State to spend 25 million on roads", "twenty-five million dollars"),
])
def test_the_body_bears_out_the_headline_figure(headline, said):
    assert _unsupported(headline, said) == []


@pytest.mark.parametrize("headline, said, column", [
    ("State to spend $3B on roads", "$5 billion", 16),
    ("State to spend $4-million on roads", "$5 million", 16),
    ("Three million to go on roads", "$2 million", 1),
    ("State to spend 25 million on roads", "twenty-one million dollars", 16),
    # a number word before "-figure" or "-digit" counts digits, not the
    # amount: a six-figure sum is no $6 (rr42a, fx248's leftover)
    ("State to spend $6 on roads", "a six-figure sum", 16),
    ("State to spend $7 on roads", "a seven-figure sum", 16),
])
def test_a_figure_the_body_lacks_is_still_reported(headline, said, column):
    assert _unsupported(headline, said) == [(1, column)]


def _page(title: str, h1: str) -> str:
    return ("<!doctype html>\n<html><head><title>" + title + "</title>\n</head><body><article><h1>"
            + h1 + "</h1>\n<p>" + BODY.format("$1.2 billion") + "</p>\n</article></body></html>\n")


@pytest.mark.parametrize("title, h1, expected", [
    ("State to spend $1.2B on roads", "State to spend $1.2 billion on roads", []),
    ("One million drivers face tolls", "1 million drivers face tolls", []),
    ("State to spend $2B on roads", "State to spend $1.2 billion on roads", [(2, 35)]),
])
def test_fields_disagree_reads_the_same_figures(title, h1, expected):
    found = [(d.line, d.column) for d in lint_text(_page(title, h1), "s.html") if d.rule == "titles.fields-disagree"]
    assert found == expected


@pytest.mark.parametrize("title, dek, expected", [
    ("Two million riders lose bus service", "Some 2 million riders will lose service", []),
    ("3 million riders lose bus service", "Some two million riders will lose service", [(3, 20)]),
])
def test_dek_disagrees_reads_the_same_figures(title, dek, expected):
    text = f'---\ntitle: "{title}"\ndescription: "{dek}"\n---\n\n{BODY.format("$1.2 billion")}\n'
    found = [(d.line, d.column) for d in lint_text(text, "s.md") if d.rule == "titles.dek-disagrees"]
    assert found == expected
