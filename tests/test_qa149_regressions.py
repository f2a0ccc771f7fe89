"""Faults QA (qa149) found running the quotes pack (quotes.unattributed,
quotes.unbalanced, quotes.mixed-marks, quotes.nested-same-mark) over stories
written as a copy editor would: plain text, Markdown with front matter and
HTML pages, with multi-paragraph quotes, pull quotes, embedded posts, ad
labels, inch marks and non-English marks.

Each fault is a strict xfail that asserts the right behaviour; a control
beside some shows the shape that works. Synthetic input only.
"""
from __future__ import annotations

import pytest

from lint import lint_text

# A multi-paragraph quote by the AP convention: the first paragraph leaves
# the quote open, the next one reopens it and closes it.
OPEN = "Mayor Ellen Park said: \u201cWe owe the riders an answer before the summer timetable starts."
REOPEN = "\u201cThe contract was signed in a hurry and nobody read it.\u201d"


def _found(text: str, name: str, rule: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, name) if d.rule == rule]


def _page(*blocks: str) -> str:
    body = "\n".join(blocks)
    return ("<!doctype html>\n<html><head><title>Ferry fares rise</title></head>\n<body><article>\n"
            f"<h1>Ferry fares rise</h1>\n{body}\n</article></body></html>\n")


# 1 (HIGH) ---------------------------------------------------------------
# quotes.unattributed carries a run-on quote over a pull quote or an
# embedded post (quote_blocks.prose_order skips FURNITURE), but
# quotes.unbalanced does not: quotes._analyse only runs a quote on into the
# next body part of the same kind, and a pull quote or a post is a
# blockquote part between the two paragraphs. The AP multi-paragraph quote
# is then an error at its opening mark.

def test_control_a_run_on_quote_over_a_photo_is_no_fault():
    text = _page(f"<p>{OPEN}</p>",
                 '<figure><img src="f.jpg" alt="The ferry"><figcaption>The ferry. (Photo: Tom Ames)'
                 "</figcaption></figure>",
                 f"<p>{REOPEN}</p>")
    assert _found(text, "s.html", "quotes.unbalanced") == []


RUN_ON_OVER_FURNITURE = {
    "html-aside-pullquote": (_page(f"<p>{OPEN}</p>",
                                   '<aside class="pullquote">\u201cWe owe the riders an answer.\u201d</aside>',
                                   f"<p>{REOPEN}</p>"), "s.html"),
    "html-wp-block-pullquote": (_page(f"<p>{OPEN}</p>",
                                      '<figure class="wp-block-pullquote"><blockquote><p>\u201cWe owe the '
                                      'riders an answer.\u201d</p><cite>Ellen Park</cite></blockquote></figure>',
                                      f"<p>{REOPEN}</p>"), "s.html"),
    "markdown-embedded-post": ("# Ferry fares rise\n\n" + OPEN + "\n\n> Ferry late again. Third time this "
                               "week.\n>\n> \u2014 Tom Ames (@tames) March 3, 2025\n\n" + REOPEN + "\n", "s.md"),
    "markdown-signed-pull-quote": ("# Ferry fares rise\n\n" + OPEN + "\n\n> \u201cWe owe the riders an "
                                   "answer.\u201d\n>\n> \u2014 Mayor Ellen Park\n\n" + REOPEN + "\n", "s.md"),
    "text-embedded-post": ("Ferry fares rise\n\n" + OPEN + "\n\nFerry late again. Third time this week.\n"
                           "\u2014 Tom Ames (@tames) March 3, 2025\n\n" + REOPEN + "\n", "s.txt"),
}


@pytest.mark.xfail(strict=True, reason="quotes.unbalanced does not run a multi-paragraph quote on over a "
                                       "pull quote or an embedded post, which quotes.unattributed skips")
@pytest.mark.parametrize("shape", list(RUN_ON_OVER_FURNITURE))
def test_a_run_on_quote_over_a_pull_quote_or_a_post_is_no_fault(shape):
    text, name = RUN_ON_OVER_FURNITURE[shape]
    assert _found(text, name, "quotes.unattributed") == []       # holds today: the speaker carries over
    assert _found(text, name, "quotes.unbalanced") == []


# 2 (HIGH) ---------------------------------------------------------------
# An ad label between two paragraphs of a run-on quote ("Advertisement",
# "Story continues below advertisement": _html_tags.PAGE_FURNITURE knows
# them) is read as a body paragraph, so the quote neither runs on nor
# carries its speaker: an unbalanced error at the open and an
# unattributed warning on the reopened paragraph.

AD_LABELS = ['<div class="ad-slot"><p>Advertisement</p></div>',
             '<p class="ad-label">ADVERTISEMENT</p>',
             '<div class="ad-container"><p>Story continues below advertisement</p></div>']


def test_control_an_empty_ad_slot_breaks_no_quote():
    text = _page(f"<p>{OPEN}</p>", '<div class="ad"><div id="gpt-1"></div></div>', f"<p>{REOPEN}</p>")
    assert _found(text, "s.html", "quotes.unbalanced") == []
    assert _found(text, "s.html", "quotes.unattributed") == []


@pytest.mark.xfail(strict=True, reason="an ad label between the paragraphs of a run-on quote breaks the "
                                       "continuation: false unbalanced and unattributed findings")
@pytest.mark.parametrize("label", AD_LABELS)
def test_an_ad_label_inside_a_run_on_quote_breaks_nothing(label):
    text = _page(f"<p>{OPEN}</p>", label, f"<p>{REOPEN}</p>")
    assert _found(text, "s.html", "quotes.unbalanced") == []
    assert _found(text, "s.html", "quotes.unattributed") == []


# 3 (HIGH) ---------------------------------------------------------------
# A straight inch mark after a size inside an open quote closes the quote
# (quote_lookalikes.inch_mark: `_inches_in_quote` is asked only for the
# curly ”), so the real closing mark is an unbalanced error and, in a curly
# story, the quote up to the inch mark is a mixed-marks warning. The curly
# form (a 12” pizza) is handled.

def test_control_a_curly_inch_mark_inside_a_quote_is_no_fault():
    text = ("Pizza shop closes\n\n\u201cWe ordered a 12\u201d pizza and it never came to the house,\u201d "
            "Ames said.\n")
    assert [d.rule for d in lint_text(text, "s.txt") if d.rule.startswith("quotes.")] == []


@pytest.mark.xfail(strict=True, reason="a straight inch mark after a size inside an open quote is read as "
                                       "the quote's close: false unbalanced and mixed-marks findings")
@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"')])
def test_a_straight_inch_mark_inside_a_quote_is_no_quote_mark(opening, closing):
    text = (f"Pizza shop closes\n\n{opening}We ordered a 12\" pizza and it never came to the house,{closing} "
            "Ames said.\n")
    assert [d.rule for d in lint_text(text, "s.txt") if d.rule.startswith("quotes.")] == []


# 4 (HIGH) ---------------------------------------------------------------
# German and Polish quotes open with a low mark („) that no reader of the
# pack knows, so the closing mark (“ in German, ” in Polish) is an error,
# "it closes a quote that was never opened", in correct copy.

@pytest.mark.xfail(strict=True, reason="a quote opened by the low-9 mark \u201e (German, Polish) is not "
                                       "read: its closing mark is reported as never opened")
@pytest.mark.parametrize("quoted", ["\u201eWir sind das Volk\u201c", "\u201eNie dla podwy\u017cek\u201d"])
def test_a_low_nine_opening_mark_opens_a_quote(quoted):
    text = f"Ferry fares rise\n\nProtesters carried a banner that read {quoted} through the square, police said.\n"
    assert _found(text, "s.txt", "quotes.unbalanced") == []


# 5 (HIGH) ---------------------------------------------------------------
# Curly marks turned the wrong way (an autocorrect slip after a dash or at
# a line start, or a paste) pair up as if right: no rule reports ”…”, “…“,
# ”…“ or an inner ’…‘, though quotes.unbalanced says "a right double mark
# never opens a quote". (A ”…“ pair ends _reversed's test, which asks only
# for a right mark that nothing closes.)

WRONG_WAY = {
    "right-mark-opens": ("\u201dWe are ready to sail on Monday,\u201d he said.", 1),
    "left-mark-closes": ("\u201cWe are ready to sail on Monday,\u201c he said.", 33),
    "both-reversed": ("He said \u201dwe are ready to sail on Monday\u201c and left.", 9),
    "inner-single-reversed": ("\u201cHe told us \u2019no\u2018 twice,\u201d she said.", 13),
}


def test_control_a_right_mark_that_nothing_closes_is_reported():
    assert _found("Ferry fares rise\n\nThe mayor called the plan \u201dgood. The council met.\n", "s.txt",
                  "quotes.unbalanced") == [(3, 27)]


@pytest.mark.xfail(strict=True, reason="curly quote marks turned the wrong way pair up silently: no "
                                       "quotes finding")
@pytest.mark.parametrize("shape", list(WRONG_WAY))
def test_a_curly_mark_turned_the_wrong_way_is_reported(shape):
    sentence, column = WRONG_WAY[shape]
    text = f"Ferry fares rise\n\n{sentence}\n"
    found = [d for d in lint_text(text, "s.txt") if d.rule.startswith("quotes.")]
    assert any(d.line == 3 and d.column <= column < d.end_column for d in found), found


# 6 (HIGH) ---------------------------------------------------------------
# A quote that is a whole sentence ending in a full stop takes its speaker
# from the start of the NEXT sentence (attribution._own_frames: the look
# ahead meant for a quote ending in ? or !, `“Who are they?” Trump said.`,
# never checks the quote's last mark), so a quote nobody said passes when
# the next sentence has a cue word: "declined to comment", "Nobody said".

def test_control_a_quote_nobody_said_before_a_plain_sentence_is_reported():
    text = ("Ferry fares rise\n\nThe ferry ran late on Monday. \u201cNobody asked the riders what they "
            "thought about this.\u201d The council met.\n")
    assert _found(text, "s.txt", "quotes.unattributed") == [(3, 31)]


@pytest.mark.xfail(strict=True, reason="a quote ending in a full stop is attributed by a cue in the next "
                                       "sentence (the ?/! look-ahead), even 'declined to comment'")
@pytest.mark.parametrize("after", ["The council declined to comment.", "Nobody said who wrote it."])
def test_a_quote_ending_in_a_full_stop_takes_no_speaker_from_the_next_sentence(after):
    text = ("Ferry fares rise\n\nThe ferry ran late on Monday. \u201cNobody asked the riders what they "
            f"thought about this.\u201d {after}\n")
    assert _found(text, "s.txt", "quotes.unattributed") == [(3, 31)]
