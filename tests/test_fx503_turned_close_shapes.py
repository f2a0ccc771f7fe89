"""fx503 (qa364 #1-#4): a two-sentence ‘ quote's close typed as a ‘ is
"turned the wrong way" at that mark also before the ” or bracket around it,
after its stop before a new sentence's capital or a dash credit, after its
comma before a tag whose verb ends it, and after its last word before the
paragraph's last stop when no next paragraph opens with a single mark. The
guards keep the nearest shapes a British run-on or an apostrophe may make as
they were."""
from __future__ import annotations

import json

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, LD, RD, TURNED, NEVER, QUOTES
from turned_quote_helpers import found as _found, turned as _turned


def _file(name: str, text: str):
    return [(d.rule, d.offset, d.message) for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics]


# --- the new shapes, at the mark ------------------------------------------------------

@pytest.mark.parametrize("body", [
    f"[Lee said: {L}We lost. It hurt.{L}]",
    f"{L}We lost. It hurt.{L} \u2013 Lee Smith, mayor",
    f"{L}We lost. It hurt.{L} \u2014 and then he left.",
    f"{L}We lost. It hurt?{L} I left.",
    f"{L}We lost. It hurt,{L} the fans in the hall of the old town of Lima all said.",
    f"Lee said: {L}We lost. Did it hurt{L}?",
    f"Lee said: {L}We lost. It hurt{L}.\n\nKim agreed.",
    f"{L}We went to Hawai{L}i. It was fun.{L} Then we left.",
    f"Lee said: {L}It was rock {L}n{R} roll. It hurt.{L} Then he left.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
@pytest.mark.parametrize("crlf", [False, True])
def test_turned_at_the_closing_mark_and_nothing_never_closed(body, kind, crlf):
    found = _found(body, kind, crlf)
    assert _turned(found) == [body.split("\n")[0].rindex(L)]
    assert not [msg for _, _, msg in found if NEVER in msg]


def test_two_quotes_each_closed_turned_before_a_tag_and_a_new_sentence():
    body = f"{L}We lost. It hurt,{L} Lee said, {L}but we will win. Soon.{L} Then he left."
    assert _turned(_found(body, "md")) == [body.index(f",{L}") + 1, body.rindex(L)]


@pytest.mark.parametrize("page, before", [
    ("<p>Lee said: &lsquo;We lost. It hurt.&lsquo; Then he left.</p>", ".&lsquo; Then"),
    ("<p>&#8216;We lost. It hurt.&#8216;&nbsp;&mdash; Lee Smith</p>", ".&#8216;&nbsp;"),
    ("<p>(Lee said: &#x2018;We lost. It hurt.&#x2018;)</p>", ".&#x2018;)"),
    ("<p>Lee said: &lsquo;We lost. It hurt&lsquo;.</p><p>Kim agreed.</p>", "t&lsquo;."),
])
def test_html_places_it_at_the_entity(page, before):
    page = f"<html><body>{page}</body></html>"
    found = _file("a.html", page)
    assert [(rule, at) for rule, at, _ in found if TURNED in _] == [("quotes.unbalanced", page.index(before) + 1)]


def test_json_lines_place_it_at_the_escape():
    line = json.dumps({"headline": "Levee holds",
                       "body": f"Lee said: {L}We lost. It hurt.{L} Then he left.\n\nLee said: {L}We won. Yes{L}."}) + "\n"
    found = _file("s.jsonl", line)
    assert [(rule, at) for rule, at, msg in found if TURNED in msg] == [
        ("quotes.unbalanced", line.index(".\\u2018 Then") + 1), ("quotes.unbalanced", line.index("s\\u2018.") + 1)]


# --- guards: what must not change -----------------------------------------------------

@pytest.mark.parametrize("body", [
    # lower case after the stop (fx480, nu66)
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday.",
    f"{L}We lost. It hurt.{L} then he left.",
    # after the comma, words that hold no tag
    f"{L}We lost. It hurt,{L} and then some.",
    # a ‘ after a word may be an apostrophe a British quote runs on over (qa345 #1)
    f"{L}We lost. We were goin{L} Then we left.",
    f"{L}We lost. We were goin{L} \u2014 Lee Smith",
    f"{LD}He said {L}we lost. We were goin{L}{RD} Lee said.",
    f"Lee said: {L}We lost. It hurt{L}.\n\n{L}We won,{R} Kim said.",
    f"Lee said: {L}We lost. We were goin{L}.\n\n{L}We won,{R} Kim said.",
    # a ’ later on may be the close (fx480)
    f"{L}We lost. It hurt.{L} Then he left, and the fans{R} union agreed.",
    f"{L}We lost. It hurt,{L} the mayor of Lima, Carla Mendes, said of the fans{R} union.",
    # glued to the next word it may open a quote
    f"{L}We lost. It hurt.{L}Then Lee left{R} on Tuesday.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_no_turned_reading_where_the_mark_is_not_sure(body, kind):
    assert _turned(_found(body, kind)) == []


def test_guard_a_british_run_on_after_an_apostrophe_at_the_paragraph_end_stays_silent():
    body = f"{L}We lost. We were goin{L}.\n\n{L}We will win,{R} Lee said."
    assert [rule for rule, _, _ in _found(body) if rule == "quotes.unbalanced"] == []


def test_guard_a_double_quote_closed_with_a_single_mark_reads_its_tag_as_before():
    # quote_misclosed.tagged's `trailing` is for the turned ‘ only: a long
    # subject before the verb does not end a double quote at a ’, which
    # still runs on into the next paragraph, silent
    body = f"{LD}We lost. It hurt,{R} the mayor of Lima, Carla Mendes, said.\n\n{LD}We won,{RD} Kim said."
    assert _found(body) == []


def test_a_long_tag_after_the_quote_s_stop_gets_a_finding():
    body = f"{L}We lost. It hurt.{L} the mayor of Lima, Carla Mendes, said."
    assert [rule for rule, _, _ in _found(body) if rule == "quotes.unbalanced"]
