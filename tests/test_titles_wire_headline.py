"""A wire headline read the way the wire means it (fx254): the exchange
symbol in angle brackets ("NIPSCO <NI> OUTLAYS ...") is the company's
ticker, which a story never repeats, not a word of the headline; "4TH" is
an ordinal, its "TH" no word; and wire abbreviations ("QTR", "INT'L",
"NAT'L") stand for the body's "quarter", "International", "National"
(data/titles.yaml `wire_abbreviations`). Reuters-21578 train headlines over
their own stories fired titles.headline-unrelated for want of them.
Synthetic input."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.headline import content_tokens

RULE = "titles.headline-unrelated"
STORY = ("AKRON, Ohio, March 3 - Harwell Widget Corp said it expects earnings for its fourth quarter "
         "ending March 31 to be about 23 cts to 26 cts a share on sales of 26 mln dlrs.\n"
         "    For the year-ago quarter, the company earned 22 cts a share on sales of 21 mln dlrs.\n")


def _unrelated(headline: str, body: str = STORY) -> list[int]:
    return [d.line for d in lint_text(f"{headline}\n\n{body}", "s.txt") if d.rule == RULE]


@pytest.mark.parametrize("headline, words", [
    ("HARWELL <HWC> SEES 4TH QTR NET", ["HARWELL", "SEES", "QTR", "NET"]),
    ("GAMBRO AB <GAMB ST> 1986 YEAR", ["GAMBRO", "AB", "YEAR"]),
    ("ALUSUISSE <ALUZ.Z> YEAR 1986", ["ALUSUISSE", "YEAR"]),
    ("<ROYAL BANK OF CANADA> 1ST QTR NET", ["ROYAL", "BANK", "CANADA", "QTR", "NET"]),
])
def test_a_ticker_and_an_ordinal_suffix_are_no_words(headline, words):
    assert [t.text for t in content_tokens(headline)] == words


def test_control_a_word_after_a_number_and_a_space_is_a_word():
    assert [t.text for t in content_tokens("Council adds 4 th units")] == ["Council", "adds", "th", "units"]


def test_a_wire_headline_over_its_own_story():
    assert _unrelated("HARWELL <HWC> SEES SLIGHTLY HIGHER 4TH QTR NET") == []


def test_a_wire_abbreviation_stands_for_the_body_word():
    body = ("ALBANY, N.Y., March 18 - National Savings Bank of Albany said Thomas Bilbao will join "
            "the bank as president next month. He was a senior vice president at another bank.\n")
    assert _unrelated("NAT'L SAVINGS <NSBA> HIRES NEW PRESIDENT", body) == []


def test_control_a_wire_headline_over_another_story():
    body = ("WASHINGTON, March 5 - New applications for unemployment insurance benefits fell to "
            "332,900 in the week ended Feb 21 from 368,400 in the prior week, the Labor Department said.\n")
    assert _unrelated("HARWELL WIDGET <HWC> SEES HIGHER 4TH QTR NET", body) == [1]


def _unsupported(headline: str, body: str) -> list[str]:
    return [d.message for d in lint_text(f"{headline}\n\n{body}\n", "s.txt") if d.rule == "titles.headline-unsupported"]


BODY = "Jets and cases rose in Port Averill on Tuesday, officials said."


@pytest.mark.parametrize("headline", ["F-35 jets land in Port Averill", "MH-17 cases rise in Port Averill",
                                      "REFILE-UPDATE 1-Cases rise in Port Averill"])
def test_a_names_or_a_wire_tags_number_is_no_count(headline):
    assert _unsupported(headline, BODY) == []


@pytest.mark.parametrize("headline", ["Kalashnikov-74 rifles seized in Port Averill",
                                      "Dreamliner-9 jets land in Port Averill",
                                      "Sputnik-2 jets land in Port Averill"])
def test_a_long_names_number_is_no_count(headline):
    """rr43a #5: the whole word before the hyphen is read, however long, not
    a fragment of its last eight letters ("ashnikov")."""
    assert _unsupported(headline, BODY) == []


@pytest.mark.parametrize("headline", ["Category-5 storm hits Port Averill", "CATEGORY-5 STORM HITS PORT AVERILL"])
def test_control_a_count_after_a_long_ordinary_word_is_checked(headline):
    assert [m for m in _unsupported(headline, BODY) if "'5'" in m]


@pytest.mark.parametrize("headline", ["Stage-4 cases rise in Port Averill", "Cases rise 4-fold in Port Averill"])
def test_control_a_number_after_an_ordinary_word_or_before_one_is_a_count(headline):
    assert [m for m in _unsupported(headline, BODY) if "'4'" in m]


def test_a_virus_name_in_capitals_keeps_its_number():
    """qa161 #4's fix reads a capitals word by its title case: COVID-19 is a
    name's number, so only the wrong count (20) is flagged."""
    found = [d.message for d in lint_text("COVID-19 CASES HIT 20\n\nCases of Covid-19 rose to 12 on "
                                          "Sunday in the city, the health board said.\n", "s.txt")
             if d.rule == "titles.headline-unsupported"]
    assert len(found) == 1 and "20" in found[0] and "19" not in found[0]
