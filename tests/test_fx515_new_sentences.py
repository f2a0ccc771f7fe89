"""fx515: a two-sentence ‘ quote's turned ‘ close after its stop is found
before a new sentence that opens with a ‘, ' or " quote (`‘We lost. It
hurt.‘ ‘No,’ Kim said.`, the common British shape, and `"No," Kim said.`;
qa371 #4), as before one opening with “; so is one after its last word
with the stop typed after it (`hurt‘. ‘No,’ Kim said.`), where the
paragraph's end or a capital would show it. Guards: a quote mark before
lower-case words (`go!‘ ‘on’ Tuesday`) stays unread, as lower-case words
do, and a word's ‘ before such a sentence stays unread where the next
paragraph opens with ‘ (`goin‘.`: an apostrophe the quote runs on over)."""
from __future__ import annotations

import pytest

from turned_quote_helpers import L, R, LD, RD, HEAD, turned_at as _turned


@pytest.mark.parametrize("after", [f"{L}No,{R} Kim said.", '"No," Kim said.', "'No,' Kim said.",
                                   f"{L}2024 was worse,{R} Kim said.", f"{L}No.{R} Then Kim left.",
                                   '"No," Kim said, "it did not."'])
@pytest.mark.parametrize("stop", [".", "?", "!"])
@pytest.mark.parametrize("name, newline", [("a.txt", "\n"), ("a.txt", "\r\n"), ("a.md", "\n")])
def test_a_new_sentence_opening_with_a_quote_after_the_stop(after, stop, name, newline):
    text = (HEAD + f"{L}We lost. It hurt{stop}{L} {after}\n").replace("\n", newline)
    assert _turned(name, text) == [text.index(f"t{stop}{L}") + 2]


def test_a_web_page_with_entities():
    text = ("<html><body><article><h1>Council votes</h1><p>&lsquo;We lost. It hurt.&lsquo; "
            "&lsquo;No,&rsquo; Kim said.</p></article></body></html>\n")
    assert _turned("a.html", text) == [text.index("t.&lsquo;") + 2]


@pytest.mark.parametrize("after", [f"{L}No,{R} Kim said.", '"No," Kim said.', "'No,' Kim said."])
@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_a_word_s_mark_with_the_stop_after_it_before_a_quote_sentence(after, name):
    text = HEAD + f"{L}We lost. It hurt{L}. {after}\n"
    assert _turned(name, text) == [text.index(f"t{L}.") + 1]


def test_a_new_quote_sentence_in_the_middle_of_a_paragraph():
    text = HEAD + f"Lee said: {L}We lost. It hurt.{L} {L}No,{R} Kim said. Then they left.\n"
    assert _turned("a.txt", text) == [text.index(f"t.{L}") + 2]


# --- guards -----------------------------------------------------------------------------------

@pytest.mark.parametrize("after", [f"{L}on{R} Tuesday.", '"on" Tuesday.', "'on' Tuesday.", f"{L}n{R} roll."])
def test_guard_a_quote_mark_before_lower_case_words_stays_unread(after):
    text = HEAD + f"Fans chanted {L}Stop it. The crowd said go!{L} {after}\n"
    assert _turned("a.txt", text) == []


@pytest.mark.parametrize("after", [f"{L}No,{R} Kim said.", '"No," Kim said.', f"{LD}No,{RD} Kim said."])
def test_guard_a_word_s_mark_before_a_quote_sentence_runs_on_into_a_single_mark_paragraph(after):
    text = HEAD + f"{L}We lost. We were goin{L}. {after}\n\n{L}We will win,{R} Lee said.\n"
    assert _turned("a.txt", text) == []


@pytest.mark.parametrize("after", [f"{LD}No,{RD} Kim said.", "Then he left.", "(Kim said no.)"])
def test_guard_the_new_sentences_found_before(after):
    text = HEAD + f"{L}We lost. It hurt.{L} {after}\n"
    assert _turned("a.txt", text) == [text.index(f"t.{L}") + 2]
