"""fx504 (qa365 #3): a two-sentence ‘ quote's close typed as a ‘ after its
stop is "turned the wrong way" also before a new sentence that opens with
a figure, a “ or a ( rather than a capital. The guards keep lower-case
words after the stop, a ‘ glued to what follows, and a later ’ that may
close the quote as they were."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, LD, RD, TURNED, NEVER, QUOTES
from turned_quote_helpers import found as _found, turned as _turned


@pytest.mark.parametrize("body", [
    f"Lee said: {L}We lost. It hurt!{L} {LD}No,{RD} Kim said.",
    f"Lee said: {L}We lost. It hurt.{L} 12 fans left.",
    f"Lee said: {L}We lost. It hurt.{L}\u00a0(Kim left.)",
    f"{L}We lost. It hurt?{L} 2024 was a bad year, Lee said.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_new_sentence_with_no_capital_gets_the_turned_mark(body, kind, crlf):
    found = _found(body, kind, crlf)
    assert _turned(found) == [body.index(L, body.index("hurt"))]
    assert not [m for _, _, m in found if NEVER in m]


def test_html_places_it_at_the_entity():
    page = "<html><body><p>Lee said: &#8216;We lost. It hurt.&#8216; &#8220;No,&#8221; Kim said.</p></body></html>"
    found = lint_bytes("a.html", page.encode("utf-8"), QUOTES).diagnostics
    assert [(d.rule, d.offset) for d in found if TURNED in d.message] == \
        [("quotes.unbalanced", page.index(".&#8216; &#8220;") + 1)]


# --- guards: what must not change -----------------------------------------------------

@pytest.mark.parametrize("body", [
    # lower-case words after the stop (fx480, nu66)
    f"Lee said: {L}We lost. It hurt.{L} then he left.",
    # glued to what follows, the ‘ may open a quote or a clipped year
    f"Lee said: {L}We lost. It hurt.{L}90s music was big.",
    f"Lee said.{L}Then we left,{R} Kim said.",
    # a later ’ may close the quote
    f"Lee said: {L}We lost. It hurt.{L} 12 fans{R} union members left.",
    f"Lee said: {L}We lost. It hurt.{L} (The fans{R} union left.)",
    # a ‘ after a word may be an apostrophe a British quote runs on over (qa345 #1)
    f"{L}We lost. We were goin{L} 12 of us.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_turned_reading(body, kind):
    assert _turned(_found(body, kind)) == []
