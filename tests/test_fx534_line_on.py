"""fx534: the text after a phrasing element's end tag that opens loose text
is read as a browser shows it (`_html_line_on._shown`), so a possessive, any
spelling of a space, an emphasis round the verb, an age in parentheses and a
name split inside one link keep their line; a bold dateline is read over a
line break or in a link (qa392 #1-#6). Guards: the furniture that must stay
on lines of its own (breadcrumbs, tag clouds, bold labels, an editor's note,
lines of links) and exact positions after a handed-on line.

Synthetic input only."""
from __future__ import annotations

import pytest

from q_element_helpers import SAID, at, check, html as _html, paragraphs, rules

REYES = '<a href="/people/reyes">Ana Reyes</a>'


def _texts(body):
    return [t for t, _ in paragraphs(_html(body))[1:]]


def _check(run_cli, tmp_path, text, prefix):
    return check(run_cli, tmp_path, text, prefix=prefix)


@pytest.mark.parametrize("body,want", [
    # a possessive written as a reference, and a plural possessive after a name ending in s
    ('<div><a href="/co">Apple</a>&rsquo;s shares fell on Monday.</div>', ["Apple\u2019s shares fell on Monday."]),
    ('<div><a href="/p">Jones</a>\' house was sold on Monday.</div>', ["Jones' house was sold on Monday."]),
    # a word joined to a bold run's end tag is one word, as a browser shows it
    ("<div><b>Apple</b>s fell on Monday.</div>", ["Apples fell on Monday."]),
    # an age in parentheses after a line break, a verb in a <strong> after an &nbsp;
    ('<div><a href="x">Ana Reyes</a>\n(45) said it.</div>', ["Ana Reyes\n(45) said it."]),
    ('<div><a href="x">Ana Reyes</a>&nbsp;<strong>said</strong> it.</div>', ["Ana Reyes\u00a0said it."]),
    # a comment shows nothing; the legacy &nbsp needs no ';' nor a space after it (HTML 13.2.5.73)
    ('<div><a href="x">Ana Reyes</a><!-- byline\n--> said it.</div>', ["Ana Reyes said it."]),
    ('<div><a href="x">Ana Reyes</a>&nbspsaid it.</div>', ["Ana Reyes\u00a0said it."]),
])
def test_lines_that_run_on_are_one_paragraph(body, want):
    assert _texts(body) == want


@pytest.mark.parametrize("body,want", [
    # lines of links, with or without a separator, and links round spans, stay apart
    ('<div><a href="/">Home</a> <a href="/world">world</a></div>', ["Home", "world"]),
    ('<div><a href="/">Home</a> \u203a <a href="/news">news</a></div>', ["Home", "\u203a news"]),
    ('<div><a href="/"><span>Home</span></a> <a href="/w"><span>World</span></a></div>', ["Home", "World"]),
    ('<div><a href="/"><b>Home</b></a><a href="/n">news</a></div>', ["Home", "news"]),
    # a tag cloud of spans in lower case stays apart (a <span> is no emphasis round a verb)
    ('<div><span class="tag">politics</span> <span class="tag">economy</span></div>', ["politics", "economy"]),
    # a bold label and an editor's note end their own line
    ("<div><b>Editor's note:</b> this story was updated.</div>", ["Editor's note:", "this story was updated."]),
    ("<div><b>Related:</b> <em>more</em> stories</div>", ["Related:", "more stories"]),
    # an apostrophe after a name not ending in s is no plural possessive
    ('<div><a href="/p">Apple</a>\' shares</div>', ["Apple", "' shares"]),
    # a number in parentheses before a capital is a count, not an age before a verb
    ('<div><a href="/t">Politics</a> (12) <a href="/e">Economy</a> (4)</div>', ["Politics", "(12) Economy (4)"]),
])
def test_guard_furniture_stays_apart(body, want):
    assert _texts(body) == want


@pytest.mark.parametrize("body", [
    '<div><a href="/co">Apple</a>\'s shares fell the the most on Monday.</div>',
    f"<div>{REYES}&thinsp;said the the vote was close.</div>",
    f"<div>{REYES} (45) <em>said</em> the the vote was close.</div>",
    '<div><a href="x"><span>Ana</span>\r\n<span>Reyes</span></a> said the the vote was close.</div>',
])
def test_a_finding_after_a_handed_on_line_is_at_its_text(run_cli, tmp_path, body):
    text = _html(body)
    found = _check(run_cli, tmp_path, text, "hygiene.doubled-word")
    flat = text.replace("\r\n", "\n")
    assert rules(found) == ["hygiene.doubled-word"]
    assert at(flat, found) == [flat.index("the the")]


@pytest.mark.parametrize("opening", ['<div><b>LONDON, March 1 (Reuters)</b>\n\n   ',
                                     '<div><a href="/w"><strong>LONDON, March 1 (Reuters)</strong></a>&nbsp;',
                                     '<div><span><b>LONDON, March 1 (Reuters)</b></span>\n'])
def test_a_bold_dateline_over_a_break_is_compared_at_its_date(run_cli, tmp_path, opening):
    text = _html(opening + "- The council met on Monday.<br><br>It voted.</div>")
    found = _check(run_cli, tmp_path, text, "dates.")
    assert rules(found) == ["dates.dateline-mismatch"]
    assert at(text, found) == [text.index("March 1")]


@pytest.mark.parametrize("opening", ["<div><b>RELATED</b>\n-- ", "<div><b>PHOTOS, VIDEO</b>\n-- "])
def test_guard_a_bold_label_over_a_break_ends_its_line(opening):
    got = _texts(opening + '<a href="/s">Council story</a></div>')
    assert got == [opening[8:opening.index("</b>")], "-- Council story"]


def test_guard_a_quote_after_an_age_in_parentheses_is_attributed(run_cli, tmp_path):
    text = _html(f"<div>{REYES}&#x202F;(45)&nbsp;said, <q>{SAID}</q></div>")
    assert _check(run_cli, tmp_path, text, "quotes.") == []
