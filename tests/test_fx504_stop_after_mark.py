"""fx504 (qa365 #4): a two-sentence ‘ quote's close typed as a ‘ after its
last word, with the stop or comma typed after the mark, is "turned the
wrong way" also where the paragraph goes on: before or after the close of
the bracket or quote around it, before a dash credit, a comma and a tag,
and (with no next paragraph opening with a ‘ that a British quote may run
on into) a new sentence. The guards keep a ‘ after a word with no stop or
comma after it, lower-case words after the stop, a later ’ that may close
the quote, and a run-on into the next paragraph as they were."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, LD, RD, TURNED, NEVER, QUOTES
from turned_quote_helpers import found as _found, turned as _turned


NEXT = f"\n\n{L}We won,{R} Kim said."     # a next paragraph a British quote could run on into

# the quote has ended whatever the next paragraph holds
ENDED = [
    f"(Lee said: {L}We lost. It hurt{L}.) Kim nodded.",
    f"(Lee said: {L}We lost. It hurt{L}?!) Kim nodded.",
    f"[Lee said: {L}We lost. It hurt{L}].",
    f"{LD}He said {L}we lost. It hurt{L}!{RD} Kim nodded.",
    f"{L}We lost. It hurt{L}, the mayor of Lima, Carla Mendes, said on Tuesday.",
    f"{L}We lost. It hurt{L}, Lee said.",
    f"{L}We lost. It hurt{L}. \u2013 Lee Smith",
]


@pytest.mark.parametrize("body", ENDED)
@pytest.mark.parametrize("after", ["", NEXT])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_stop_or_comma_after_the_mark_where_the_quote_ends_gets_the_turned_mark(body, after, kind):
    found = _found(body + after, kind)
    assert _turned(found) == [body.index(f"t{L}") + 1]
    assert not [m for _, _, m in found if NEVER in m]


@pytest.mark.parametrize("body", [
    f"Lee said: {L}We lost. It hurt{L}. Then he left.",
    f"Lee said: {L}We lost. It hurt{L}... 12 fans left.",
    f"Lee said: {L}We lost. It hurt{L}. {LD}No,{RD} Kim said.",
    f"Lee said: {L}We lost. It hurt{L}. Then he left.\n\nKim agreed.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_stop_after_the_mark_before_a_new_sentence_gets_the_turned_mark(body, kind, crlf):
    found = _found(body, kind, crlf)
    assert _turned(found) == [body.index(f"t{L}") + 1]
    assert not [m for _, _, m in found if NEVER in m]


def test_html_places_it_at_the_entity():
    page = ("<html><body><p>(Lee said: &#8216;We lost. It hurt&#8216;.) Kim nodded.</p>"
            "<p>&#8216;We lost. It hurt&#8216;, Lee said.</p></body></html>")
    found = lint_bytes("a.html", page.encode("utf-8"), QUOTES).diagnostics
    assert [(d.rule, d.offset) for d in found if TURNED in d.message] == [
        ("quotes.unbalanced", page.index("t&#8216;.)") + 1), ("quotes.unbalanced", page.index("t&#8216;,") + 1)]


@pytest.mark.parametrize("name, text, before", [
    ("a.html", "<html><body><p>Lee said: &#8216;We lost. It hurt&#8216;?!<sup>12</sup></p></body></html>", "t&#8216;?"),
    ("a.html", "<html><body><p>Lee said: &#8216;We lost. It hurt&#8216;.<sup>1</sup> Then he left.</p></body></html>",
     "t&#8216;."),
    ("a.md", "Lee said: \u2018We lost. It hurt\u2018.[^note] Then he left.\n\n[^note]: Notes.\n", "t\u2018."),
])
def test_a_footnote_after_the_stop_keeps_the_turned_mark(name, text, before):
    found = lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics
    assert [d.offset for d in found if TURNED in d.message] == [text.index(before) + 1]


# --- guards: what must not change -----------------------------------------------------

@pytest.mark.parametrize("body", [
    # a new sentence after the stop, with a next paragraph to run on into (qa345 #1)
    f"Lee said: {L}We lost. We were goin{L}. Then we left.{NEXT}",
    # no stop or comma after the mark (fx503)
    f"{L}We lost. We were goin{L} Then we left.",
    f"{LD}He said {L}we lost. We were goin{L}{RD} Lee said.",
    # lower-case words after the stop, no tag after the comma
    f"Lee said: {L}We lost. We were goin{L}. then we left.",
    f"{L}We lost. We were goin{L}, and then some.",
    # a dash after the stop before lower-case words
    f"{L}We lost. We were goin{L}. \u2014 and then we left.",
    # a later ’ may close the quote
    f"Lee said: {L}We lost. We were goin{L}. Then the fans{R} union left.",
    f"(Lee said: {L}We lost. We were goin{L}.) Then we left.{R}",
    # a footnote's number, with a next paragraph to run on into
    f"Lee said: {L}We lost. We were goin{L}.1{NEXT}",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_turned_reading(body, kind):
    assert _turned(_found(body, kind)) == []
