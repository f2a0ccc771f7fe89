"""fx480 (qa336 #2): a ‘ turned to close a ‘ quote after the quote's own
comma or stop is found, at the mark, like one after a word; the nearest
cases that must stay as they were stay so."""
from __future__ import annotations

import pytest

from test_qa336_review import CURLY_LEAD, L, R, TURNED, _found, _fixed


def _turned(body: str) -> list[tuple[str, int]]:
    return [(rule, at) for rule, at, msg in _found(body) if TURNED in msg]


@pytest.mark.parametrize("body", [
    f"{L}Why?{L} Lee asked on Tuesday.",
    f"{L}We wait{chr(0x2026)}{L} Lee said on Tuesday.",
    f"{L}We will win;{L} so Lee said on Tuesday.",
    f"\u201cThey chanted {L}Stop!{L} all night,\u201d Lee said on Tuesday.",
])
def test_a_turned_close_after_other_stops_is_found(body):
    assert _turned(body) == [("quotes.unbalanced", body.rindex(L))]


def test_two_turned_closes_in_a_paragraph_are_both_found():
    body = f"{L}We won,{L} Lee said. {L}They lost,{L} Kim said on Tuesday."
    second = body.rindex(L)
    assert _turned(body) == [("quotes.unbalanced", body.index(f",{L}") + 1), ("quotes.unbalanced", second)]


def test_the_turned_close_is_the_only_finding_and_the_quote_is_closed():
    body = f"{L}We will win,{L} Lee said on Tuesday."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.unbalanced", 13)]


def test_mixed_marks_turns_the_mark_round_after_a_stop():
    body = CURLY_LEAD + f"\"They chanted {L}Stop the Steal!{L} in the hall,\" he said on Tuesday."
    assert f"\u201cThey chanted {L}Stop the Steal!{R} in the hall,\u201d he said on Tuesday." in _fixed(body)


# --- guards --------------------------------------------------------------------

def test_a_later_right_mark_that_could_close_keeps_it_back():
    # the fans’ mark may be the quote's close: which mark is wrong is not certain
    assert _turned(f"{L}We will win,{L} Lee said, and the fans{R} union agreed.") == []


def test_a_sentence_end_between_the_marks_keeps_it_back():
    assert _turned(f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday.") == []


def test_a_left_mark_after_a_comma_with_no_quote_open_is_not_turned():
    assert _found(f"Lee said no,{L} on Tuesday.") == []


def test_a_right_close_after_a_comma_is_no_finding():
    assert _found(f"{L}We will win,{R} Lee said on Tuesday.") == []


def test_press_s_closed_after_its_stop_stays_a_quote():
    assert _found(f"Press {L}s.{R} to save, Lee said.") == []


def test_a_left_mark_after_a_stop_before_a_word_opens_no_turned_reading():
    # glued to the next word it may open a quote: not a turned close
    assert _turned(f"{L}We will win.{L}Then Lee left{R} on Tuesday.") == []
