"""Every shape `quote_turned._ends_spoken` reads, one row each: a ‘ quote
of two sentences whose close is a ‘ turned the wrong way is found at that
mark where it stands as a spoken quote's close does, and a ‘ after a word
that may be an apostrophe stays unread. The shapes were listed in its
docstring; they are kept here, each with the review that asked for it. Most
have their own tests besides (fx499, fx503, fx504, fx515 and the reviews
qa341, qa345, qa364, qa365, qa371: `turned_quote_helpers`); those marked NEW
had none: a comma's close at the paragraph's end or before a bracket, and the
guards for a comma before a new sentence and a word's ‘ with no stop after it."""
from __future__ import annotations

import pytest

from turned_quote_helpers import HEAD, L, LD, R, RD, turned_at

# Each body's turned close is written {T} (read as ‘).
T = "\x00"
AFTER_STOP_OR_COMMA = [
    f"Lee said: {L}We lost. It hurt.{T}",                                   # the part's end (qa341 #1)
    f"Lee said: {L}We lost. It hurt,{T}",                                   # NEW: after a comma too
    f"Kim said: {LD}Lee told me {L}we lost. It hurt,{T}{RD} and left.",     # the close around it
    f"[Lee said: {L}We lost. It hurt.{T}]",                                 # a bracket (fx503)
    f"Lee said ({L}We lost. It hurt,{T}) and left.",                        # NEW: a comma's, a bracket
    f"{L}We lost. It hurt,{T} Lee said.",                                   # a dialogue tag (qa341 #1)
    f"{L}We lost. It hurt.{T} Lee said.",
    f"{L}We lost. It hurt,{T} the mayor of Lima, Carla Mendes, said on Tuesday.",   # qa365 #1
    f"{L}We lost. It hurt.{T} the mayor of Lima, Carla Mendes, said on Tuesday.",   # fx503
    f"{L}We lost. It hurt,{T} \u2014 Lee Smith",                            # a comma's dash credit (qa365 #2)
]
AFTER_STOP = [                    # a dash credit (qa364, qa365 #2, qa371 #6) or a new sentence (qa365 #3, qa371 #4)
    " \u2014 Lee Smith", " \u2013 Lee Smith", " - Lee Smith", " -- Lee Smith", "--Lee Smith", " \u2015 Lee Smith",
    " Then he left.", " 2 more games were lost.", f" {LD}No,{RD} Kim said.", " (Kim said no.)",
    f" {L}No,{R} Kim said.", " 'No,' Kim said.", ' "No," Kim said.',
]
AFTER_A_WORD = [
    f"Lee said: {L}We lost. Did it hurt{T}?!",              # a stop of marks (qa365 #7)
    f"Lee said: {L}We lost. It hurt{T}. . .",               # a spaced ellipsis (qa371 #5)
    f"Lee said ({L}We lost. It hurt{T}.) and left.",        # the close around it, after the stop
    f"Lee said ({L}We lost. It hurt{T}). Then he left.",    # ... before it
    f"{L}We lost. It hurt{T}. \u2014 Lee Smith",            # a dash credit after the stop
    f"{L}We lost. It hurt{T}, Lee said.",                   # a comma and a tag (qa365 #4)
    f"Lee said: {L}We lost. It hurt{T}.",                   # the paragraph's last stop (`last`)
    f"Lee said: {L}We lost. It hurt{T}. Then he left.",     # a new sentence
    f"Lee said: {L}We lost. It hurt{T}. {L}No,{R} Kim said.",
    f"Lee said: {L}We lost. It hurt{T}.[1]",                # a footnote's mark after the stop
    f"Lee said: {L}We lost. It hurt{T}.[^1]",
    f"Lee said: {L}We lost. It hurt{T}.*",
]
UNREAD = [
    f"{L}We lost. We were goin{L}.\n\n{L}We will win,{R} Lee said.",         # runs on (`last` False)
    f"{L}We lost. We were goin{L}. Then we left.\n\n{L}We will win,{R} Lee said.",
    f"{L}We lost. We were goin{L} home.\n\n{L}We will win,{R} Lee said.",    # an apostrophe (qa345 #1)
    f"{L}We lost. The players{L} union was angry.\n\n{L}We will win,{R} Lee said.",
    f"{L}We lost. It was 1990{L} then.\n\n{L}We will win,{R} Lee said.",
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday.",           # other words after a stop
    f"{L}We lost. It hurt,{L} Then he left.",        # NEW: a new sentence shows no close after a comma
    f"Lee said: {L}We lost. It hurt{L}",             # NEW: a word's ‘ with no stop after it
]


def _turned(body: str, name: str = "a.txt") -> list[int]:
    return [at - len(HEAD) for at in turned_at(name, HEAD + body + "\n")]


@pytest.mark.parametrize("body, name", [(b, n) for n in ("a.txt", "a.md") for b in AFTER_STOP_OR_COMMA + AFTER_A_WORD
                                          if n == "a.txt" or not any(c in b for c in "[*")])   # (Markdown's markup)
def test_a_turned_close_where_spoken_words_end(body, name):
    assert _turned(body.replace(T, L), name) == [body.index(T)]


@pytest.mark.parametrize("after", AFTER_STOP)
@pytest.mark.parametrize("stop", [".", "?", "!"])
def test_a_turned_close_after_its_stop(after, stop):
    body = f"{L}We lost. It hurt{stop}{L}{after}"
    assert _turned(body) == [body.index(f"t{stop}{L}") + 2]


@pytest.mark.parametrize("body", UNREAD)
def test_guard_a_mark_that_may_be_no_close_stays_unread(body):
    assert _turned(body) == []


def test_guard_after_a_comma_a_dash_credit_needs_a_name():
    # the dash after a comma is a credit only before a capital
    assert _turned(f"{L}We lost. It hurt,{L} \u2014 and then he left.") == []
    body = f"{L}We lost. It hurt,{L} \u2014 Lee left."
    assert _turned(body) == [body.rindex(L)]
