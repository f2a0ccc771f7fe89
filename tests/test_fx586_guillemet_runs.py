"""fx586: --fix holds a quotation in double guillemets over paragraphs and
nested in another (`lint/analysis/quote_guillemets.py`): AP never alters a
quotation; the running-quotation convention (AP "quotation marks", the French
typographers' « or » at each paragraph, Duden's » …) says where one runs on.
A house substitution swaps 'it is' -> "it's" and 'alright' -> 'all right':
held inside a speaker's words, written in narration."""
from __future__ import annotations

import pytest

from lint.analysis.quote_guillemets import part_spans, run_spans
from lint.readers import read_bytes
from quote_hold_helpers import held as _held, swap_fix as _fix

FIXED = ("It is alright", "It's all right")
NITF = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><head><title>X</title></head><body>"
        "<body.head><hedline><hl1>Budget vote</hl1></hedline></body.head><body.content>\n{}\n"
        "</body.content></body></nitf>\n")


# --- a quotation over paragraphs: every paragraph of it held, the narration after it fixed --------

@pytest.mark.parametrize("name,text", [
    ("a.md", "# B\n\nLe maire : \u00ab It is alright.\n\n\u00ab It is alright. \u00bb It is alright.\n"),
    ("a.md", "# B\n\nDer B\u00fcrgermeister: \u00bbIt is alright.\n\n\u00bbIt is alright.\u00ab It is alright.\n"),
    ("a.md", "# B\n\nLe maire : \u00ab\u00a0It is alright.\n\n\u00bb It is alright.\u00a0\u00bb It is alright.\n"),
    ("a.md", "# B\r\n\r\nLe maire : \u00ab It is alright.\r\n\r\n\u00ab It is alright. \u00bb It is alright.\r\n"),
    ("a.html", "<html><body><h1>X</h1><p>Le maire : \u00ab It is alright.</p>\n<p>\u00ab It is alright. \u00bb"
               " It is alright.</p></body></html>\n"),
    ("a.html", "<html><body><h1>X</h1><p>Le maire : &laquo; It is alright.</p><p>&laquo; It is alright. "
               "&raquo; It is alright.</p></body></html>\n"),
    ("a.nitf.xml", NITF.format("<p>Le maire : \u00ab It is alright.</p>\n<p>\u00ab It is alright. \u00bb"
                               " It is alright.</p>")),
])
def test_quotation_over_two_paragraphs_is_held_and_the_narration_after_fixed(tmp_path, name, text):
    outcome = _fix(tmp_path, text, name)
    last = text.rindex("It is alright")
    assert outcome.fixed == text[:last] + text[last:].replace(*FIXED)
    assert _held(outcome).count(("alright", "quotation")) == 2


def test_a_caption_between_the_paragraphs_does_not_end_the_quotation(tmp_path):
    text = ("<html><body><h1>X</h1><p>Le maire : \u00ab It is alright.</p><figure><img src=a.jpg>"
            "<figcaption>Le maire, mardi.</figcaption></figure><p>\u00ab C'est fini. \u00bb</p></body></html>\n")
    assert _fix(tmp_path, text, "a.html").fixed == text


def test_a_pull_quote_between_the_paragraphs_does_not_end_the_quotation(tmp_path):
    text = ("<html><body><h1>X</h1><p>Le maire : \u00ab It is alright.</p><blockquote class=\"pullquote\">"
            "<p>Des mots.</p></blockquote><p>\u00ab C'est fini. \u00bb</p></body></html>\n")
    assert _fix(tmp_path, text, "a.html").fixed == text


def test_the_second_fix_settles(tmp_path):
    text = "# B\n\n\u00ab It is alright.\n\n\u00ab It is over. \u00bb It is alright.\n"
    first = _fix(tmp_path, text)
    assert first.fixed == text[:-len("It is alright.\n")] + "It's all right.\n"
    second = _fix(tmp_path, first.fixed)
    assert second.fixed == first.fixed and second.findings_fixed == 0


# --- where a quotation does not run on -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the next paragraph neither reopens nor closes it: a mark left open, no quotation
    "# B\n\n\u00ab Oui, it is alright.\n\nIt is alright.\n",
    # a closed quotation, then a paragraph opening with a new one: nothing runs on
    "# B\n\n\u00ab Nous partons \u00bb, a-t-il dit. It is alright.\n\n\u00ab Oui \u00bb, dit-elle.\n",
    "# B\n\n\u00bbWir gehen\u00ab, sagte er. It is alright.\n\n\u00bbJa\u00ab, sagte sie.\n",
    # a breadcrumb, then a paragraph with words first
    "# B\n\nHome \u00bb News\n\nIt is alright. \u00ab Oui \u00bb, dit-elle.\n",
])
def test_narration_is_fixed_where_no_quotation_runs_on(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert not outcome.result.held and "is alright" not in outcome.fixed.lower()


@pytest.mark.parametrize("text", [
    "# B\n\n\u00ab It is alright,\n\n## Sous-titre\n\n\u00ab oui \u00bb, dit-elle.\n",       # a heading between
    "# B\n\n\u00ab It is alright,\n\n> \u00ab oui \u00bb, dit-elle.\n",                      # paragraph, then blockquote
])
def test_no_quotation_runs_on_across_a_heading_or_into_a_blockquote(tmp_path, text):
    assert _fix(tmp_path, text).fixed == text.replace(*FIXED)


# --- nesting ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# B\n\n\u00bbEr sagte \u00bbit is alright\u00ab gestern, it is alright\u00ab, sagte sie.\n",
    "# B\n\n\u00ab Il a dit \u00ab non \u00bb, puis \u00ab oui \u00bb. It is alright \u00bb, dit-elle.\n",
])
def test_the_outer_quotation_around_nested_ones_is_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert ("alright", "quotation") in _held(outcome)


def test_part_spans_nest_and_leave_lone_marks():
    text = "\u00ab a \u00ab b \u00bb c \u00bb d \u00bb"
    assert sorted(part_spans(text)) == [(0, 13), (4, 9)]
    assert part_spans("Home \u00bb News \u00bb Politics") == []
    assert part_spans("\u00ab a\n\nb \u00bb") == [(0, 8)]          # a blank line inside one part ends nothing
    assert part_spans("no marks") == []


def test_part_spans_prefer_the_reading_with_marks_in_their_shape():
    # German reading: '» News. … «' pairs too, but then opens at '»,': the French one wins
    text = "Home \u00bb News. Fine. \u00ab Oui \u00bb, dit-elle."
    assert part_spans(text) == [(text.index("\u00ab"), text.rindex("\u00bb") + 1)]


def test_run_spans_give_each_paragraph_its_segment():
    source = "# B\n\nLe maire : \u00ab Un.\n\n\u00ab Deux.\n\n\u00ab Trois. \u00bb Fin.\n"
    doc = read_bytes("a.md", source.encode())
    got = sorted((part.text, part.text[s:e]) for part, s, e in run_spans(doc))
    assert got == [("Le maire : \u00ab Un.", "\u00ab Un."), ("\u00ab Deux.", "\u00ab Deux."),
                   ("\u00ab Trois. \u00bb Fin.", "\u00ab Trois. \u00bb")]


def test_run_spans_close_in_a_paragraph_that_opens_with_words():
    doc = read_bytes("a.md", "# B\n\n- \u00ab Un,\n\n  deux \u00bb, dit-elle.\n".encode())
    got = sorted((part.text, part.text[s:e]) for part, s, e in run_spans(doc))
    assert got == [("deux \u00bb, dit-elle.", "deux \u00bb"), ("\u00ab Un,", "\u00ab Un,")]


# --- found, not fixed: the same run-on shape in curly marks ------------------------------------------

@pytest.mark.xfail(strict=True, reason="fx586 #1: a curly quotation left open whose next paragraph opens with "
                   "words and closes it ('- \u201cIt is alright,' then 'it is over\u201d, she said.') is held "
                   "nowhere: the scan reports it once (quote_carry.run_on_close) but links no segments, and "
                   "quote_fixes holds only closed or linked quotes")
@pytest.mark.parametrize("text", [
    "# B\n\n- \u201cIt is alright,\n\n  it is over\u201d, she said.\n",
    "# B\n\nShe said: \u201cIt is alright,\n\nit is over\u201d, she said.\n",
])
def test_curly_quotation_closed_in_an_unreopened_paragraph_is_held(tmp_path, text):
    assert _fix(tmp_path, text).fixed == text
