"""fx480 (qa336 #3): a name's or a figure's spaced ‘s with its stop and a ’
after it, inside a ‘ quote (`‘We loved the 1990 ‘s,’ Lee said`), is the
‘s's apostrophe and that ’ the outer quote's close: one apostrophe-mark
finding, fixed, and the quote closed. Where a later ’ could close the
outer quote, or no ‘ quote is open, the ‘s. ’ stays a quote of the letter."""
from __future__ import annotations

import pytest

from test_qa336_review import CURLY_LEAD, L, R, _found, _fixed


def _rules(body: str) -> list[tuple[str, int]]:
    return [(rule, at) for rule, at, _ in _found(body)]


@pytest.mark.parametrize("body", [
    f"{L}We loved the 1990 {L}s!{R} Lee said on Tuesday.",
    f"{L}We loved Hawai{L}i {L}s,{R} Lee said on Tuesday.",
    f"Lee said on Tuesday: {L}We loved the 1990 {L}s.{R}",
])
def test_a_spaced_s_before_the_outer_close_is_one_apostrophe_finding(body):
    assert _rules(body) == [("quotes.apostrophe-mark", body.index(f" {L}s") + 1)]


def test_the_fix_takes_the_space_out_and_keeps_the_outer_close():
    body = CURLY_LEAD + f"{L}We loved the 1990 {L}s,{R} Lee said on Tuesday."
    assert f"{L}We loved the 1990{R}s,{R} Lee said on Tuesday." in _fixed(body)


# --- guards --------------------------------------------------------------------

def test_a_later_close_keeps_the_inner_quote_of_the_letter():
    body = f"{L}Press {L}s.{R} to save,{R} Lee said on Tuesday."
    assert [rule for rule, _ in _rules(body)] == ["quotes.nested-same-mark"]


@pytest.mark.parametrize("body", [
    f"Press {L}s.{R} to save, Lee said.",                          # no quote open
    f"\u201cPress {L}s.{R} to save,\u201d Lee said on Tuesday.",   # a double quote open: ‘s.’ nests in it
    f"{L}The letter {L}s.{R} Lee said on Tuesday.",                # lower-case word: no name's ‘s
])
def test_nearest_quotes_of_the_letter_are_not_apostrophes(body):
    assert "quotes.apostrophe-mark" not in [rule for rule, _ in _rules(body)]

