"""fx471: the nearest cases around qa329's three fixes to nu66's quote marks.

#1 a name's or a figure's spaced ‘s before a space, the end or a stop is read
   by no quote scan (`quote_marks.SPACED_S`); apostrophe-mark finds it. A
   lower-case word before it, a closing mark after its stop, or a hyphen
   after it keep the old readings.
#2 a turned ‘ close is kept back only by a ’ or ' that could close its quote
   (`quote_turned._closer_after`).
#3 quotes.mixed-marks keeps its fix beside a ‘ turned to close its quote, and
   its fix with another rule's fix in the paragraph stays whole; a paragraph
   with a right mark opening (’no‘) still gets no fix."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file
from test_qa329_review import CURLY_LEAD, L, R, _found, _fixed

TURNED = "turned the wrong way"


# --- #1 ------------------------------------------------------------------------

def test_a_spaced_s_then_a_real_quote_is_one_apostrophe_finding_and_the_quote_stands():
    body = f"Chardin {L}s work was shown, and critics called it {L}a triumph{R} on Tuesday."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.apostrophe-mark", body.index(L))]


def test_a_spaced_s_closed_after_its_stop_is_a_quote():
    assert _found(f"Press {L}s.{R} to save, Lee said.") == []


def test_a_spaced_s_after_a_lower_case_word_still_opens_a_quote():
    body = f"The letter {L}s is silent, Lee said."
    found = _found(body)
    assert [(rule, at) for rule, at, _ in found] == [("quotes.unbalanced", body.index(L))]
    assert "never closed" in found[0][2]


def test_a_spaced_s_before_a_hyphen_keeps_its_stray_reading():
    body = f"The Lee {L}s-curve is steep, Lee said."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.apostrophe-mark", body.index(L))]


def test_a_spaced_s_fix_takes_the_space_out_beside_a_plural():
    body = CURLY_LEAD + f"\"Chardin {L}s work and the players{L} union,\" he said on Tuesday."
    assert f"\u201cChardin{R}s work and the players{R} union,\u201d he said" in _fixed(body)


# --- #2 ------------------------------------------------------------------------

@pytest.mark.parametrize("after", [
    f" and the fans{R} union said so.",                     # a plural's ’: it may close the quote
    f" and {L}no{R} and more{R} on Tuesday, Lee said.",     # a ’ after a closed pair
])
def test_a_right_mark_that_could_close_keeps_the_turned_finding_back(after):
    body = f"Fans chanted {L}Stop the Steal{L}{after}"
    assert [msg for _, _, msg in _found(body) if TURNED in msg] == []


@pytest.mark.parametrize("after", [
    " and played rock 'n' roll, Lee said.",                 # straight elision marks
    f" in the {L}90s, Lee said.",                           # a clipped decade
])
def test_a_turned_close_before_elisions_is_found(after):
    body = f"Fans chanted {L}Stop the Steal{L}{after}"
    assert [(rule, at) for rule, at, msg in _found(body) if TURNED in msg] == [
        ("quotes.unbalanced", body.index(f"Steal{L}") + 5)]


def test_a_later_turned_pair_does_not_hide_the_first():
    body = f"Fans chanted {L}Stop the Steal{L} and {L}no{L} on Tuesday, Lee said."
    assert [at for _, at, msg in _found(body) if TURNED in msg] == [body.index(f"Steal{L}") + 5,
                                                                    body.index(f"no{L}") + 2]


# --- #3 ------------------------------------------------------------------------

def test_mixed_marks_fixes_a_turned_close_beside_an_inner_quote():
    body = CURLY_LEAD + f"\"They chanted {L}Stop the Steal{L} and {L}no{R} all night,\" he said on Tuesday."
    assert f"\u201cThey chanted {L}Stop the Steal{R} and {L}no{R} all night,\u201d he said" in _fixed(body)


def test_mixed_marks_and_apostrophe_fixes_together_keep_the_words():
    body = CURLY_LEAD + f"\"They chanted {L}Stop the Steal{L} at the players{L} union all night,\" he said."
    assert f"\u201cThey chanted {L}Stop the Steal{L} at the players{R} union all night,\u201d he said." \
        in _fixed(body)


def test_a_right_mark_opening_still_withholds_the_mixed_marks_fix():
    body = CURLY_LEAD + f"\"They said {R}no{L} all night,\" he said on Tuesday."
    assert f"\"They said {R}no{L} all night,\" he said on Tuesday." in _fixed(body)


def test_unbalanced_still_reports_a_spaced_s_before_a_plural_when_apostrophe_mark_is_off():
    body = f"The painter Chardin {L}s work and the players{L} union met on Tuesday, Lee said."
    path, data = story_file("txt", body)
    found = lint_bytes(path, data, Config(select=("quotes",), ignore=("quotes.apostrophe-mark",))).diagnostics
    assert [(d.rule, d.snippet) for d in found] == [("quotes.unbalanced", L)]


def test_a_paragraph_of_turned_pairs_is_read_in_one_pass():
    # each turned ‘ looked for a free ’ by walking the rest of the part: 4,000 pairs took minutes
    body = "Fans chanted " + f"{L}a{L} " * 4000 + "on Tuesday."
    assert len([msg for _, _, msg in _found(body) if TURNED in msg]) == 4000
