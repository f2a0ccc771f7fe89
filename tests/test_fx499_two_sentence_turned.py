"""fx499 (qa341 #1): a ‘ quote of two sentences closed by a ‘ turned the
wrong way is found, at that mark, where the mark stands as a spoken quote's
close does: right after the quote's own stop or comma, before a dialogue tag
or the paragraph's end. fx483's seal (bdb910cb, taken back by qa345) read
every ‘ after a word over a sentence end as ending the quote and broke
British run-ons; the guards below keep those shapes as they are."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from story_helpers import story_file
from turned_quote_helpers import L, R, NEVER, QUOTES, TURNED, turned as _turned


def _found(body: str, kind: str = "txt"):
    path, data = story_file(kind, body)
    text = data.decode("utf-8")
    start = text.index(body.split("\n")[0])
    return [(d.rule, d.offset - start, d.message) for d in lint_bytes(path, data, QUOTES).diagnostics]


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt,{L} Lee said on Tuesday.",
    f"{L}We lost. It hurt.{L} Lee said on Tuesday.",
    f"{L}We lost. It hurt?{L} said Lee, a steward.",
    f"{L}We lost. It hurt{chr(0x2026)}{L} Union president Carla Mendes said.",
    f"Lee said: {L}We lost. It hurt.{L}",
    f"Lee said: {L}We lost. It hurt!{L}",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_the_turned_close_is_the_one_finding_at_its_mark(body, kind):
    found = _found(body, kind)
    assert [(rule, at) for rule, at, _ in found] == [("quotes.unbalanced", body.rindex(L))]
    assert TURNED in found[0][2]


def test_html_entities_place_it_at_the_entity():
    page = ("<html><body><p>&lsquo;We lost. It hurt,&lsquo; Lee said.</p>"
            "<p>&lsquo;We won,&rsquo; Kim said.</p></body></html>")
    found = [(d.rule, d.offset, d.message) for d in lint_bytes("a.html", page.encode(), QUOTES).diagnostics]
    assert [(rule, at) for rule, at, _ in found] == [("quotes.unbalanced", page.index("&lsquo; Lee"))]
    assert TURNED in found[0][2]


def test_the_quote_is_closed_there_and_the_next_paragraph_is_its_own():
    body = f"{L}We lost. It hurt,{L} Lee said.\n\n{L}We won,{R} Kim said."
    assert [(rule, at) for rule, at, _ in _found(body)] == [("quotes.unbalanced", body.index(f",{L}") + 1)]


# --- guards: what must not change --------------------------------------------------

@pytest.mark.parametrize("body", [
    # after a word or a figure the ‘ may be an apostrophe a British quote runs on over (qa345 #1)
    f"{L}We lost. We were goin{L} home.\n\n{L}We will win,{R} Lee said.",
    f"{L}We lost. The players{L} union was angry.\n\n{L}We will win,{R} Lee said.",
    f"{L}We lost. It was 1990{L} then.\n\n{L}We will win,{R} Lee said.",
    # after a stop but before words that are no tag (fx480, nu66)
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday.",
    f"Protesters chanted {L}Stop it. The crowd said Steal{L} on Tuesday.",
    # a ’ later on may be the close, so either mark may be the slip
    f"{L}We lost. It hurt,{L} Lee said, and the fans{R} union agreed.",
    f"{L}We lost. It hurt,{L} Lee said, and {L}no{R} more,{R} Kim said.",
    # glued to the next word it may open a quote
    f"{L}We will win. We will.{L}Then Lee left{R} on Tuesday.",
    # an ʻokina before the sentence end is no close
    f"Lee said: {L}We went to Hawai{L}i today. It was fun,{R} Kim said.",
])
def test_no_turned_reading_where_the_mark_is_not_sure(body):
    assert _turned(_found(body)) == []


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt a lot.\n\n{L}Next time we win,{R} Lee said on Tuesday.",
    f"{L}We lost. It hurt,{R} Lee said on Tuesday.",
    f"{L}We lost. The players{L} union was angry,{R} Lee said.",
])
def test_closed_quotes_and_run_ons_stay_silent(body):
    assert _found(body) == []


def test_within_one_sentence_it_is_turned_as_before():
    body = f"{L}We will win,{L} Lee said on Tuesday."
    assert _turned(_found(body)) == [body.rindex(L)]


def test_with_no_close_the_quote_is_never_closed_as_before():
    body = f"{L}We lost. It hurt, Lee said on Tuesday."
    assert [(rule, at) for rule, at, msg in _found(body) if NEVER in msg] == [("quotes.unbalanced", 0)]


def test_the_double_mark_shape_is_turned_as_before():
    body = "\u201cWe lost. It hurt,\u201c Lee said on Tuesday."
    assert _turned(_found(body)) == [body.rindex("\u201c")]


def test_a_left_mark_after_a_stop_with_no_quote_open_is_no_finding():
    assert _found(f"We lost. It hurt,{L} Lee said on Tuesday.") == []
