"""fx504 (qa365 #1): a two-sentence ‘ quote's close typed as a ‘ after its
comma is "turned the wrong way" before a long-subject tag whose verb has
words after it (`… Carla Mendes, said on Tuesday.`, `… told reporters.`,
`… said, adding that …`), the commonest wire form. The guards keep the
shapes with no tag, a later ’ that may close the quote, and the double
quote closed with a ’ (which reads the tag's verb first only) as they were."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, LD, RD, TURNED, NEVER, QUOTES
from turned_quote_helpers import found as _found, turned as _turned


@pytest.mark.parametrize("tag", [
    "the mayor of Lima, Carla Mendes, said at a news conference on Tuesday.",
    "the mayor of Lima, Carla Mendes, told reporters at City Hall.",
    "Carla Mendes, the mayor of Lima, said in an interview on Tuesday.",
    "the mayor of Lima, Carla Mendes, said on Tuesday, adding that the city would rebuild.",
    "the mayor of the old town of Lima told the council so.",
    "the mayor of Lima, Carla Mendes, said on Tuesday. Then she left.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_long_tag_with_words_after_its_verb_is_turned_at_the_mark(tag, kind, crlf):
    body = f"{L}We lost. It hurt,{L} {tag}"
    found = _found(body, kind, crlf)
    assert _turned(found) == [body.index(f",{L}") + 1]
    assert not [m for _, _, m in found if NEVER in m]


def test_two_paragraphs_each_turned_at_its_own_mark():
    body = (f"{L}We lost. It hurt,{L} the mayor of Lima, Carla Mendes, said Tuesday.\n\n"
            f"{L}We will win. Soon,{L} the mayor of Cusco, Ana Ruiz, told reporters.")
    assert _turned(_found(body, "md")) == [body.index(f",{L}") + 1, body.rindex(f",{L}") + 1]


def test_html_places_it_at_the_entity():
    page = ("<html><body><p>&#8216;We lost. It hurt,&#8216; the mayor of Lima, Carla Mendes, "
            "said on Tuesday.</p></body></html>")
    found = lint_bytes("a.html", page.encode("utf-8"), QUOTES).diagnostics
    assert [(d.rule, d.offset) for d in found if TURNED in d.message] == \
        [("quotes.unbalanced", page.index(",&#8216;") + 1)]


# --- guards: what must not change -----------------------------------------------------

@pytest.mark.parametrize("body", [
    # after the comma, words that hold no verb of speech
    f"{L}We lost. It hurt,{L} and then the fans of the old club went home on Tuesday.",
    # the tag's sentence runs past the reach with no end
    f"{L}We lost. It hurt,{L} and then " + "the fans " * 20 + "said",
    # a later ’ may close the quote
    f"{L}We lost. It hurt,{L} the mayor of Lima, Carla Mendes, told the fans{R} union on Tuesday.",
    # glued to the next word, the ‘ may open a quote
    f"{L}We lost. It hurt,{L}the mayor of Lima, Carla Mendes, said on Tuesday.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_turned_reading(body, kind):
    assert _turned(_found(body, kind)) == []


def test_guard_a_double_quote_closed_with_a_single_mark_reads_its_tag_as_before():
    # the long-tag reading is the turned ‘'s only: this ’ still leaves the
    # double quote to run on into the next paragraph, silent
    body = (f"{LD}We lost. It hurt,{R} the mayor of Lima, Carla Mendes, said on Tuesday.\n\n"
            f"{LD}We won,{RD} Kim said.")
    assert _found(body) == []


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt,{L} the mayor of Lima, Carla Mendes, said.",
    f"{L}We lost. It hurt,{L} Lee said on Tuesday.",
    f"{L}It hurt,{L} the mayor of Lima, Carla Mendes, told reporters.",
])
def test_guard_the_shapes_found_before_are_found_as_before(body):
    assert _turned(_found(body, "md")) == [body.index(f",{L}") + 1]


# --- after the quote's stop (fx503's xfail) ---------------------------------------------

@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} the mayor of Lima, Carla Mendes, said.",
    f"{L}We lost. Did it hurt?{L} the mayor of Lima, Carla Mendes, asked on Tuesday.",
    f"{L}We lost. It hurt!{L} the mayor of Lima, Carla Mendes, told reporters.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_long_tag_after_the_quote_s_stop_is_turned_at_the_mark(body, kind):
    found = _found(body, kind)
    assert _turned(found) == [body.index(L, 1)]
    assert not [m for _, _, m in found if NEVER in m]


@pytest.mark.parametrize("body", [
    # lower-case words after the stop with no verb of speech (fx480)
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday in the hall of the old town.",
    f"{L}We lost. It hurt.{L} then the fans of the old club went home.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_long_tag_reading_after_a_stop(body, kind):
    assert _turned(_found(body, kind)) == []
