"""fx483 (qa341 #2): a plural's or an -s name's possessive ’ (or ') later in
the paragraph is no other mark that could close the ‘ quote a spaced ‘s
stands in before its close (`‘We loved the 1990 ‘s,’ Lee said of the
players’ union`), so that ‘ stays the apostrophe. A ’ that can close (after
a comma or a stop) still counts, as before; for a ‘ turned to close a quote
a plural's ’ still may be that quote's close (fx471 #2, fx480 guards)."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file

L, R = "\u2018", "\u2019"
TURNED = "turned the wrong way"
QUOTES = Config(select=("quotes",))


def _found(body: str, kind: str = "txt"):
    path, data = story_file(kind, body)
    start = data.decode("utf-8").index(body)
    return [(d.rule, d.offset - start, d.message) for d in lint_bytes(path, data, QUOTES).diagnostics]


@pytest.mark.parametrize("later", [f"the players{R} union", f"James{R} car", "the players' union",
                                   f"the Joneses{R}\u00a0house"])
def test_a_later_possessive_keeps_the_spaced_s_an_apostrophe(later):
    body = f"{L}We loved the 1990 {L}s,{R} Lee said of {later} on Tuesday."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.apostrophe-mark", 19)]


@pytest.mark.parametrize("kind", ["md", "html"])
def test_the_same_in_markdown_and_html(kind):
    body = f"{L}We loved the 1990 {L}s,{R} Lee said of the players{R} union."
    assert [(rule, at) for rule, at, _ in _found(body, kind)] == [("quotes.apostrophe-mark", 19)]


@pytest.mark.parametrize("body", [
    # guards: a ’ that can close the quote still may (nu66 #6, qa336 #3), and
    # for a ‘ turned to close, a plural's ’ later on still may (fx471 #2)
    f"Protesters chanted {L}Stop the Steal{L} rally as the mayors{R} group met on Tuesday.",
    f"Protesters chanted {L}Stop the Steal{L} rally and the mayor{R} said no on Tuesday.",
    f"Protesters chanted {L}Stop the Steal{L} rally and the mayors,{R} Lee said.",
    f"He backed {L}the players{L} union in the talks,{R} Lee said of the fans{R} songs.",
])
def test_a_mark_that_can_close_still_keeps_the_left_mark_unnamed(body):
    assert not [msg for _, _, msg in _found(body) if TURNED in msg]


@pytest.mark.parametrize("body", [
    f"{L}Press {L}s.{R} to save,{R} Lee said of the players{R} union.",
    f"{L}Press {L}s.{R} to save the files,{R} Lee said.",
])
def test_a_quote_of_the_letter_with_a_later_close_stays_a_quote(body):
    assert not any(rule == "quotes.apostrophe-mark" for rule, _, _ in _found(body))


def test_a_possessive_inside_a_quote_of_its_own_is_no_close_of_it():
    # `‘the players’ union’`: the ’ after union closes that quote, the one after players is the possessive
    body = f"{L}We loved the 1990 {L}s,{R} Lee said of {L}the players{R} union{R} on Tuesday."
    assert ("quotes.apostrophe-mark", 19) in [(rule, at) for rule, at, _ in _found(body)]
