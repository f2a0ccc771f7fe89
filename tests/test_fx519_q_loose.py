"""fx519: a `<q>` opening loose text (qa379 #1-#3), a speaker's name opening
it (#5) and a Markdown `<q>` left open in an emphasis or a link (#4), beside
the nearest shapes that must read as before: the same markup in a `<p>`, a
bold label and a line of links opening loose text, a `<q>` closed or left
open outside any emphasis.

Synthetic input only."""
from __future__ import annotations

import pytest

from q_element_helpers import MD_HED, SAID, check as _check, html as _html
from q_element_helpers import at as _at, paragraphs as _paragraphs, rules as _rules


# --- the fixes, in shapes the review did not write

def test_q_opening_with_a_span_is_one_quotation():
    got = _paragraphs(_html("<div><q><span>We waited</span> far too long.</q> Reyes said.</div>"))[1:]
    assert got == [("We waited far too long. Reyes said.", [("quotation", "We waited far too long.")])]


def test_q_in_a_link_over_a_double_br_opening_a_div_is_one_paragraph():
    got = _paragraphs(_html('<div><a href="x"><q>We waited.<br><br>It hurt,</q></a> Reyes said.</div>'))[1:]
    assert got == [("We waited.\nIt hurt, Reyes said.",
                    [("link", "We waited.\nIt hurt,"), ("quotation", "We waited.\nIt hurt,")])]


def test_unattributed_q_in_a_link_opening_a_div_is_found_at_its_start(run_cli, tmp_path):
    text = _html(f'<div><a href="x"><q>{SAID}</q></a></div>')
    found = _check(run_cli, tmp_path, text)
    assert _rules(found) == ["quotes.unattributed"], found
    assert _at(text, found) == [text.index(SAID)]


def test_bold_speaker_with_a_comma_opening_a_div_keeps_its_line():
    got = _paragraphs(_html("<div><b>Reyes</b>, who chairs the board, spoke.</div>"))[1:]
    assert got == [("Reyes, who chairs the board, spoke.", [("strong", "Reyes")])]


def test_md_unclosed_q_inside_a_link_mark_ends_with_it():
    got = _paragraphs(MD_HED + "He called it [<q>a long wait](x) and left.\n", "s.md")
    assert got == [("He called it a long wait and left.", [("link", "a long wait"), ("quotation", "a long wait")])]


# --- guards: the same markup in a <p> reads as before

@pytest.mark.parametrize("body,want", [
    ('<p><a href="x"><q>We waited,</q></a> Reyes said.</p>',
     [("We waited, Reyes said.", [("link", "We waited,"), ("quotation", "We waited,")])]),
    ("<p><q><em>We waited</em> far too long.</q></p>",
     [("We waited far too long.", [("quotation", "We waited far too long."), ("emphasis", "We waited")])]),
    ("<p><q>We waited.<br><br>It hurt,</q> Reyes said.<br><br>The vote was close.</p>",
     [("We waited.\nIt hurt, Reyes said.", [("quotation", "We waited.\nIt hurt,")]), ("The vote was close.", [])]),
    ('<p><a href="/people/reyes">Mayor Ana Reyes</a> said the vote was close.</p>',
     [("Mayor Ana Reyes said the vote was close.", [("link", "Mayor Ana Reyes")])]),
])
def test_guard_the_same_markup_in_a_p_reads_as_before(body, want):
    assert _paragraphs(_html(body))[1:] == want


def test_guard_double_br_after_a_loose_q_still_splits():
    got = _paragraphs(_html("<div><q>We waited,</q> Reyes said.<br><br>The vote was close.</div>"))[1:]
    assert got == [("We waited, Reyes said.", [("quotation", "We waited,")]), ("The vote was close.", [])]


# --- guards: a label or a line of links opening loose text ends its own line

@pytest.mark.parametrize("body,want", [
    ('<div><b>RELATED</b> -- <a href="x">Budget passes</a></div>', ["RELATED", "-- Budget passes"]),
    ("<div><b>Editor's note:</b> this story was updated.</div>", ["Editor's note:", "this story was updated."]),
    ('<div><a href="x">Budget passes</a> <a href="y">Vote delayed</a></div>', ["Budget passes", "Vote delayed"]),
    ('<div><a href="x">Budget passes</a> | <a href="y">Vote delayed</a></div>', ["Budget passes", "| Vote delayed"]),
    ('<div><a href="x">The council</a> Met on Monday.</div>', ["The council", "Met on Monday."]),
])
def test_guard_a_label_or_links_opening_loose_text_end_their_line(body, want):
    assert [t for t, _ in _paragraphs(_html(body))[1:]] == want


# --- guards: Markdown <q>s outside an emphasis or closed inside one

@pytest.mark.parametrize("line,want", [
    ("He said <q>Go *now* ok\n", [("quotation", "Go now ok"), ("emphasis", "now")]),
    ("He said *<q>Go</q> now* ok\n", [("emphasis", "Go now"), ("quotation", "Go")]),
    ("He said <q>Go *now</q> ok*\n", [("quotation", "Go now"), ("emphasis", "now ok")]),
    ("He said *<q>Go <q>now* ok\n", [("emphasis", "Go now"), ("quotation", "Go now"), ("quotation", "now")]),
])
def test_guard_md_q_marks_outside_or_closed_in_an_emphasis(line, want):
    assert _paragraphs(MD_HED + line, "s.md")[0][1] == want
