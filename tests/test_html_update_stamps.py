"""An `Updated ...` stamp line in an HTML page's body text (fx106): read as
the story's update stamp, as a Markdown or plain-text story's is, when it
stands in the story the page reader keeps (a stamp under the byline in the
story's `<article>`, a live blog's stamp between its paragraphs, a CMS
fragment's); never one outside it (a sidebar's, a footer's) nor a sentence
that opens with the word."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.analysis.update_date import update_date
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

STORY = ("<p>The Lakeshore City Council voted 5-2 on Monday night to approve the downtown parking plan after a "
         "two-year fight over meters, fees and the number of spaces set aside for residents.</p>"
         "<p>Mayor Ana Ruiz signed the plan on Dec. 1, her office said in a statement released Tuesday morning, "
         "and the first new meters will go in next spring along Main Street and Lake Avenue.</p>"
         "<p>Council member Tom Reyes, who voted against it, said the fees would hurt small shops. \"We heard "
         "from dozens of owners who said they would lose customers,\" Reyes said after the vote.</p>"
         "<p>The plan now goes to the county for review of the fee schedule, which is expected to take several "
         "weeks, officials said. Residents can comment at a public hearing in January.</p>")
PAGE = ('<!doctype html><html><head><title>Council approves parking plan - Lakeshore Ledger</title>'
        '<meta property="article:published_time" content="2026-11-30T18:00:00-05:00">'
        '<link rel="stylesheet" href="/s.css"></head>\n<body><nav><a href="/">Home</a> <a href="/news">News</a>'
        '</nav>\n<article><h1>Council approves parking plan</h1>\n<p class="byline">By Dana Whitfield</p>\n'
        '{top}{story}</article>\n{side}<footer><p>Copyright 2026 Lakeshore Ledger</p></footer></body></html>\n')
STAMP = '<p class="timestamp">Updated 9:14 a.m. Dec. 1, 2026</p>\n'


def _read(source: str, path: str = "story.html"):
    doc = read_bytes(path, source.encode("utf-8"))
    config = Config(select=("dates.after-publication",))
    found = [doc.source[d.offset:d.end_offset] for d in lint_document(doc, active_rules(config), config).diagnostics]
    return doc, found


def _page(top: str = "", story: str = STORY, side: str = "") -> str:
    return PAGE.format(top=top, story=story, side=side)


def test_a_stamp_under_the_byline_is_the_update_date():
    doc, found = _read(_page(top=STAMP))
    assert (doc.published, update_date(doc), found) == (dt.date(2026, 11, 30), dt.date(2026, 12, 1), [])


def test_without_it_the_event_is_reported():     # (a guard: the page above, less the stamp)
    doc, found = _read(_page())
    assert (update_date(doc), found) == (None, ["Dec. 1"])


@pytest.mark.parametrize("stamp", [
    "<p>Updated Dec. 1, 2026, 9:14 a.m. ET</p>",
    '<div class="live-stamp">Updated 9:14 a.m. ET Dec. 1, 2026</div>',
])
def test_a_live_blogs_stamp_between_the_paragraphs(stamp):
    at = STORY.index("<p>Mayor")
    doc, found = _read(_page(story=STORY[:at] + stamp + STORY[at:]))
    assert (update_date(doc), found) == (dt.date(2026, 12, 1), [])


def test_a_yearless_stamp_takes_the_publication_year():
    doc, found = _read(_page(top='<p class="timestamp">Updated 9:14 a.m. Dec. 1</p>\n'))
    assert (update_date(doc), found) == (dt.date(2026, 12, 1), [])


def test_a_fragments_stamp():
    frag = ('<h1>Council approves parking plan</h1>\n<p>Published Nov. 30, 2026</p>\n' + STAMP +
            "<p>Mayor Ana Ruiz signed the plan on Dec. 1, her office said.</p>\n")
    doc, found = _read(frag)
    assert update_date(doc) == dt.date(2026, 12, 1)


@pytest.mark.parametrize("side", [
    '<aside><h2>Latest</h2><p>Updated Dec. 5, 2026</p><p><a href="/x">Storm closes schools</a></p></aside>\n',
    '<footer><p>Page updated Dec. 5, 2026</p></footer>\n',
])
def test_a_stamp_outside_the_story_is_furniture(side):
    doc, found = _read(_page(side=side))
    assert (update_date(doc), found) == (None, ["Dec. 1"])


def test_a_sentence_that_opens_with_updated_is_prose():
    at = STORY.index("<p>Mayor")
    doc, found = _read(_page(story=STORY[:at] + "<p>Updated figures came Dec. 1, 2026.</p>" + STORY[at:]))
    assert update_date(doc) is None


def test_a_stamp_over_the_story_with_no_h1():
    # the stamp is the last page text before the story: it counts from the text before it
    doc, found = _read(_page(top=STAMP).replace("<h1>Council approves parking plan</h1>\n", ""))
    assert (update_date(doc), found) == (dt.date(2026, 12, 1), [])


# nu49 #3: a stamp paragraph ending in a clock time (`<p>Updated March 5, 2025, 4:15 p.m.</p>`)
# hides the next paragraph's wire dateline: `SPRINGFIELD, Ill. (AP) --` is read as prose and its
# bare lede quote is no longer flagged. Control: the stamp without the time.
_LEDE = ('<article><h1>Harbor reopens after storm</h1><p>{stamp}</p>'
         '<p>SPRINGFIELD, Ill. (AP) -- "We have never seen anything like it."</p>'
         '<p>The harbor reopened Tuesday.</p></article>')


def _dateline_and_rules(stamp: str):
    html = _LEDE.format(stamp=stamp)
    parts = read_bytes("page.html", html.encode()).parts
    return ([p.text for p in parts if p.kind == "dateline"],
            [d.rule for d in lint_text(html, "page.html")])


@pytest.mark.parametrize("stamp", ["Updated March 5, 2025, 4:15 p.m.", "Updated 4:15 p.m."])
def test_nu49_a_timed_stamp_paragraph_keeps_the_dateline_below(stamp):
    assert _dateline_and_rules(stamp) == (["SPRINGFIELD, Ill. (AP) --"], ["quotes.unattributed"])


@pytest.mark.parametrize("stamp", ["Updated March 5, 2025", "Posted 4:15 p.m. March 5, 2025"])
def test_nu49_control_an_untimed_stamp_keeps_the_dateline(stamp):
    dateline, rules = _dateline_and_rules(stamp)
    assert dateline == ["SPRINGFIELD, Ill. (AP) --"]


# qa225 #3: a stamp with its label's colon ('Updated: March 5, 2025, 4:15 p.m.', a common site
# form) keeps the wire dateline below: the label's colon joins no two statements.
@pytest.mark.parametrize("stamp", ["Updated: March 5, 2025, 4:15 p.m.", "Updated: 4:15 p.m.",
                                   "Last updated: 4:15 p.m. ET."])
def test_qa225_a_labelled_timed_stamp_keeps_the_dateline_below(stamp):
    assert _dateline_and_rules(stamp) == (["SPRINGFIELD, Ill. (AP) --"], ["quotes.unattributed"])


# Control: only the label's own colon is passed over; a later colon or a semicolon still joins
# two statements, and a colon after a word that is no stamp's lead joins them too.
@pytest.mark.parametrize("stamp", ["Posted: the board met; the vote is due.",
                                   "Upshot: the board met at 4:15 p.m."])
def test_qa225_control_a_colon_past_a_stamp_s_label_still_hides_the_dateline(stamp):
    assert _dateline_and_rules(stamp)[0] == []


# 'Updated: <a sentence>' over the lede is an update notice, which may stand over a sure
# wire dateline as an editor's note does (nu70 #3, b374a9f6): the dateline below is read.
def test_nu70_3_an_update_notice_keeps_the_dateline_below():
    assert _dateline_and_rules("Updated: the board met: the vote is due.")[0] == ["SPRINGFIELD, Ill. (AP) --"]
