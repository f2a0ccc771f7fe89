"""fx504 (qa365 #2, #7): a two-sentence ‘ quote's close typed as a ‘ is
"turned the wrong way" also after its stop before a credit set off by a
spaced hyphen or two (`hurt.‘ - Lee Smith`), after its comma before a dash
credit's name (`hurt,‘ — Lee Smith`), and after its last word before a
paragraph's last stop of several marks (`hurt‘?!`, `hurt‘...`). The guards
keep the nearest shapes a hyphenated word, a clause after a comma's dash,
a stop before more words, or a British run-on into the next paragraph make
as they were."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, TURNED, NEVER, QUOTES, found as _found, turned as _turned


# --- #2: a hyphen credit, a dash credit after the comma ------------------------------------

@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} - Lee Smith, mayor",
    f"{L}We lost. It hurt!{L} -- Lee Smith",
    f"Lee said: {L}We lost. It hurt.{L}  -  Lee Smith",
    f"{L}We lost. It hurt,{L} \u2014 Lee Smith",
    f"{L}We lost. It hurt,{L} \u2013 Lee Smith, mayor",
    f"{L}We lost. It hurt,{L}\u2014Lee Smith",
    f"{L}We lost. It hurt,{L} - Lee Smith",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_credit_gets_the_turned_mark(body, kind, crlf):
    found = _found(body, kind, crlf)
    assert _turned(found) == [body.rindex(L)]
    assert not [m for _, _, m in found if NEVER in m]


# --- #7: a last stop of several marks ----------------------------------------------------

@pytest.mark.parametrize("body", [
    f"Lee said: {L}We lost. Did it hurt{L}?!",
    f"Lee said: {L}We lost. It hurt{L}!!",
    f"Lee said: {L}We lost. It hurt{L}... ",
    f"Lee said: {L}We lost. It hurt{L}...\n\nKim agreed.",
    f"Lee said: {L}We lost. It hurt{L}.\u2026",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_last_stop_of_several_marks_gets_the_turned_mark(body, kind):
    found = _found(body, kind)
    assert _turned(found) == [body.index(f"t{L}") + 1]
    assert not [m for _, _, m in found if NEVER in m]


def test_html_places_it_at_the_entity():
    # (the credit's paragraph first: a paragraph opening with ‘ after
    # `hurt‘?!` may be a British run-on's next, qa365 #5)
    page = ("<html><body><p>&#8216;We lost. It hurt,&#8216; &mdash; Lee Smith</p>"
            "<p>Lee said: &#8216;We lost. It hurt&#8216;?!</p></body></html>")
    found = lint_bytes("a.html", page.encode("utf-8"), QUOTES).diagnostics
    assert [(d.rule, d.offset) for d in found if TURNED in d.message] == [
        ("quotes.unbalanced", page.index(",&#8216;") + 1), ("quotes.unbalanced", page.index("t&#8216;?!") + 1)]


# --- guards: what must not change -----------------------------------------------------

@pytest.mark.parametrize("body", [
    # after the comma, a dash before lower-case words: no credit, no tag
    f"{L}We lost. It hurt,{L} \u2014 and then some.",
    f"{L}We lost. It hurt,{L} - and then some.",
    # a hyphen glued to a word is no credit's dash
    f"{L}We lost. It hurt,{L} -Lee Smith",
    # a ‘ after a word may be an apostrophe a British quote runs on over (qa345 #1)
    f"{L}We lost. We were goin{L} - Lee Smith",
    f"Lee said: {L}We lost. We were goin{L}?! Then we left.\n\n{L}We won,{R} Kim said.",
    f"Lee said: {L}We lost. We were goin{L}...\n\n{L}We won,{R} Kim said.",
    # a ’ later on may be the close
    f"{L}We lost. It hurt,{L} \u2014 Lee Smith of the fans{R} union",
    f"Lee said: {L}We lost. It hurt{L}... in the fans{R} union?!",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_turned_reading(body, kind):
    assert _turned(_found(body, kind)) == []


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} \u2014 Lee Smith",
    f"Lee said: {L}We lost. It hurt{L}.",
    f"Lee said: {L}We lost. It hurt{L}\u2026",
    f"{L}It hurt,{L} \u2014 and then some.",
])
def test_guard_the_shapes_found_before_are_found_as_before(body):
    assert _turned(_found(body, "md")) == [body.rindex(L)]
