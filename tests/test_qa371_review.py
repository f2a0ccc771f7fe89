"""qa371: review of fx504 (2355a2f3, 9eb2ca4f, f89c0e3e, a8c845c1, ae223c76,
55eaea2f, 649959f6): where a turned ‘ closing a two-sentence ‘ quote is found
was widened (a long tag whose verb has words after it, also after the
quote's stop; hyphen and comma dash credits; several-mark stops; a new
sentence opening with a figure, “ or (; the stop typed after the mark;
footnotes after that stop).

What it reaches works at the exact mark in .txt (CRLF too), .md and .html
(entities, <sup>); the same_findings corpora (generated, BBC, Reuters,
FNC-1, PolNeAR train, realhtml dev, mdrepos, seeds, NewsML-G2, WordPress)
give the same findings before and after (Reuters' one difference against
/tmp/sf-main58 is there at dfe2794c too). Faults:

A ‘ after a word before a comma and a far verb, with a next paragraph
opening with ‘ (`singin‘, and the coach …, said nothing.`), is now found
too: wrong as a close and as an apostrophe (qa365 #5's view), so not listed.

#1 (HIGH) a Markdown footnote after the stop (`hurt‘.[^1]`) is found only
   when its definition is one word (`[^1]: Notes.`, which CommonMark reads
   as a link reference definition, so `[^1]` becomes the link text `^1`);
   with a real definition (`[^1]: From the minutes.`) `[^1]` stays literal
   and the turned mark goes to print. fx504's own test uses `Notes.`.
#2 (MED) after the quote's stop the tag reading now takes a verb of speech
   anywhere in the rest of the sentence (120 chars), so a sentence that only
   goes on to an attribution of its own (`… go!‘ on Tuesday in the hall, the
   police said.`, `… according to the police.`, `… and the crowd, which
   had gathered outside, said nothing.`) is flagged, though `go!‘ on
   Tuesday` is one of the project's "not sure" guards and docs/quotes.md
   says it is read as before. (The ‘ after `go!` is wrong in any reading;
   the fault is that the documented "not sure" guard now turns on a clause
   that attributes the whole sentence, not the quote. With the verb among
   the first words, `go!‘ on Tuesday, the police said.`, it was so before.)
#3 (LOW) the commonest footnote marks in web copy, `[1]` (`<sup><a>[1]</a>
   </sup>`) and `*`, still hide `hurt‘.`; `¹` and `<sup>1</sup>` do not.
#4 (MED) a new sentence after the stop that opens with a ‘ quote (British:
   `hurt.‘ ‘No,’ Kim said.`) or a straight " quote: silent, while “ and a
   straight ' are found.
#5 (LOW) a spaced ellipsis as the last stop (`hurt‘. . .`): silent, while
   `hurt‘...` and `hurt‘…` are found.
#6 (LOW) a credit after an unspaced `--` (`hurt.‘--Lee Smith`) or a
   quotation dash ― (U+2015): silent, while ` -- ` and — are found.
"""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from turned_quote_helpers import L, R, LD, RD, TURNED, QUOTES, found as _found, turned as _turned

NEXT = f"\n\n{L}We will win,{R} Lee said."


def _raw_turned(name: str, text: str):
    return [d.offset for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics if TURNED in d.message]


# --- #1: a Markdown footnote with a real definition ------------------------------------------

@pytest.mark.parametrize("text", [
    f"Lee said: {L}We lost. It hurt{L}.[^1]\n\n[^1]: From the minutes of the meeting.\n",
    f"Lee said: {L}We lost. It hurt{L}.[^note] Then he left.\n\n[^note]: From the minutes.\n",
    f"---\ntitle: Council votes\n---\n\nLee said: {L}We lost. It hurt{L}.[^1]\n\n[^1]: Council minutes, May 1.\n",
])
def test_a_markdown_footnote_with_a_sentence_for_its_definition_keeps_the_turned_mark(text):
    assert _raw_turned("a.md", text) == [text.index(f"t{L}.") + 1]


@pytest.mark.parametrize("text", [
    # what fx504 tried: a one-word definition
    f"Lee said: {L}We lost. It hurt{L}.[^note] Then he left.\n\n[^note]: Notes.\n",
    f"---\ntitle: Council votes\n---\n\nLee said: {L}We lost. It hurt{L}.[^note] Then he left.\n\n[^note]: Notes.\n",
    # no footnote: found before fx504 too
    f"Lee said: {L}We lost. It hurt{L}.\n\n[^1]: From the minutes.\n",
])
def test_guard_the_footnote_shapes_found_now(text):
    assert _raw_turned("a.md", text) == [text.index(f"t{L}.") + 1]


# --- #2: a verb of speech later in the sentence after the quote's stop -----------------------

@pytest.mark.xfail(strict=True, reason="qa371 #2: after the stop any verb of speech later in the "
                                       "sentence reads as the quote's tag (`go!‘ on Tuesday` is a guard)")
@pytest.mark.parametrize("body", [
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday in the hall, the police said.",
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday in the old hall, according to the police.",
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday until the mayor of Lima, Carla Mendes, "
    f"said they should leave.",
    f"He shouted {L}Stop. Go!{L} and the crowd, which had gathered outside, said nothing.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_sentence_that_goes_on_to_its_own_attribution_is_no_tag(body, kind):
    assert _turned(_found(body, kind)) == []


@pytest.mark.parametrize("body", [
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday.",
    f"Fans chanted {L}Stop it. The crowd said go!{L} on Tuesday in the hall of the old town.",
    f"Protesters chanted {L}Stop it. The crowd said Steal{L} on Tuesday in the hall, the police said.",
])
def test_guard_lower_case_words_after_the_stop_stay_unread(body):
    assert _turned(_found(body)) == []


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} the mayor of Lima, Carla Mendes, said on Tuesday.",
    f"{L}We lost. It hurt,{L} the long-serving mayor of Lima and former minister Carla Mendes said.",
    f"{L}We lost. It hurt{L}, the mayor of Lima, Carla Mendes, said on Tuesday.",
])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_a_real_long_tag_is_turned_at_the_mark(body, kind):
    at = next(i for i in range(1, len(body)) if body[i] == L)
    assert _turned(_found(body, kind)) == [at]


# --- guards: apostrophes, okina, decades, run-ons -----------------------------------------

@pytest.mark.parametrize("body", [
    f"{L}We lost. The fans were singin{L} and the coach of the old club, who had seen it all, "
    f"said nothing for once.{NEXT}",
    f"{L}We lost. We were goin{L}. Then we left.{NEXT}",
    f"He liked rock {L}n{R} roll. It was goin{L}. Then he left.",
    f"{L}We lost. We were goin{L}. Then he left{R} on Tuesday.",
    f"He said the ma{L}am. Then he sang rock {L}n{L} roll. Then he left.",
])
def test_guard_apostrophes_and_run_ons_stay_unread(body):
    assert _turned(_found(body)) == []


def test_guard_a_decade_s_mark_is_no_opener_and_the_close_is_found():
    body = f"Lee said {L}we lost in the {L}90s. Then we won{L}. Then he left."
    assert _turned(_found(body)) == [body.index(f"n{L}.") + 1]


# --- #3: footnote marks [1] and * -----------------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("a.html", "<html><body><article><h1>Council votes</h1><p>Lee said: &lsquo;We lost. It hurt&lsquo;."
               "<sup><a href=\"#fn1\">[1]</a></sup></p></article></body></html>\n"),
    ("a.txt", f"Council votes\n\nLee said: {L}We lost. It hurt{L}.[1]\n"),
    ("a.txt", f"Council votes\n\nLee said: {L}We lost. It hurt{L}.*\n"),
])
def test_a_bracketed_or_starred_footnote_keeps_the_turned_mark(name, text):
    mark = "t&lsquo;." if name.endswith("html") else f"t{L}."
    assert _raw_turned(name, text) == [text.index(mark) + 1]


@pytest.mark.parametrize("name, text, mark", [
    ("a.html", "<html><body><article><h1>Council votes</h1><p>Lee said: &lsquo;We lost. It hurt&lsquo;."
               "<sup>1</sup></p></article></body></html>\n", "t&lsquo;."),
    ("a.txt", f"Council votes\n\nLee said: {L}We lost. It hurt{L}.\u00b9\n", f"t{L}."),
])
def test_guard_a_figure_footnote_keeps_it_at_the_mark(name, text, mark):
    assert _raw_turned(name, text) == [text.index(mark) + 1]


# --- #4: a new sentence opening with a ‘ or a straight " quote --------------------------------

@pytest.mark.parametrize("after", [f"{L}No,{R} Kim said.", '"No," Kim said.'])
def test_a_new_sentence_opening_with_a_single_or_straight_quote(after):
    body = f"{L}We lost. It hurt.{L} {after}"
    assert _turned(_found(body)) == [18]


@pytest.mark.parametrize("after", [f"{LD}No,{RD} Kim said.", "'No,' Kim said.", "(Kim said no.)",
                                   "2024 was bad.", "Then he left."])
@pytest.mark.parametrize("crlf", [False, True])
def test_guard_a_new_sentence_after_the_stop(after, crlf):
    body = f"{L}We lost. It hurt.{L} {after}"
    assert _turned(_found(body, "txt", crlf)) == [18]


# --- #5: a spaced ellipsis ------------------------------------------------------------------

def test_a_spaced_ellipsis_as_the_last_stop():
    body = f"Lee said: {L}We lost. It hurt{L}. . ."
    assert _turned(_found(body)) == [body.index(f"t{L}") + 1]


@pytest.mark.parametrize("stop", ["...", "\u2026", "?!"])
@pytest.mark.parametrize("kind", ["txt", "md"])
def test_guard_several_mark_stops(stop, kind):
    body = f"Lee said: {L}We lost. It hurt{L}{stop}"
    assert _turned(_found(body, kind)) == [body.index(f"t{L}") + 1]


def test_guard_several_mark_stop_before_a_single_mark_paragraph_stays_unread():
    assert _turned(_found(f"Lee said: {L}We lost. It hurt{L}?!{NEXT}")) == []


# --- #6: other dash credits ------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["--Lee Smith", " \u2015 Lee Smith"])
def test_other_dash_credits(credit):
    body = f"{L}We lost. It hurt.{L}{credit}"
    assert _turned(_found(body)) == [18]


@pytest.mark.parametrize("body", [
    f"{L}We lost. It hurt.{L} -- Lee Smith",
    f"{L}We lost. It hurt.{L} - Lee Smith",
    f"{L}We lost. It hurt,{L} -- Lee Smith",
    f"{L}We lost. It hurt,{L} \u2014 Lee Smith",
])
@pytest.mark.parametrize("crlf", [False, True])
def test_guard_spaced_dash_credits(body, crlf):
    assert _turned(_found(body, "txt", crlf)) == [18]


def test_guard_cli_places_a_crlf_hyphen_credit_at_line_and_column(tmp_path):
    from click.testing import CliRunner
    from lint.cli import main
    path = tmp_path / "a.txt"
    path.write_bytes(f"Council votes\r\n\r\n{L}We lost. It hurt.{L} - Lee Smith\r\n".encode("utf-8"))
    out = CliRunner().invoke(main, ["check", "--select", "quotes", str(path)]).output
    assert f"{path}:3:19: error [quotes.unbalanced]" in out


@pytest.mark.parametrize("text, mark", [
    (f"{L}We lost. It *hurt*{L}, the mayor of Lima, Carla Mendes, said on Tuesday.\n", f"*{L},"),
    (f"{L}We lost. It [hurt](https://x.org){L}?!\n", f"){L}?"),
    (f"- {L}We lost. It hurt.{L} - Lee Smith\n", f".{L} -"),
    (f"> Lee said: {L}We lost. It hurt{L}.) Then\n", f"t{L}.)"),
    (f"{L}We lost. It hurt,{L} the mayor of Lima,\nCarla Mendes, said on\nTuesday.\n", f",{L}"),
    (f"{L}We lost. It **hurt.**{L} the mayor of Lima, Carla Mendes, said.\n", f"*{L} "),
    (f"{L}We lost. It hurt{L}.<sup>1</sup>\r\n\r\nKim agreed.\r\n", f"t{L}."),
])
def test_guard_markdown_shapes_at_the_mark(text, mark):
    text = "# Council votes\n\n" + text
    assert _raw_turned("a.md", text) == [text.index(mark) + 1]
