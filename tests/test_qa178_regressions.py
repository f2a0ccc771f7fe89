"""qa178: quotes.unattributed's plain-text caption skip (pg47, `quote_blocks.loose_caption`)
takes any one-line paragraph of ten words or more with no quote mark and no closing stop
for a photo caption, so story text between two quote paragraphs no longer ends the
continuation convention: the second quote is read as the first speaker's and the finding
main reports is lost. pg47's skip was taken back for these faults, so the tests now guard
against its return: each is a line that is no caption, and the second quote after it must
stay flagged. The sentences are ours."""
from __future__ import annotations

from lint.analysis.attribution import attribution
from test_quotes import body

SAID = 'Council leader Jane Smith said: "We will not be rushed into a decision on the stadium this year."'
BARE = '"There were hundreds of people trying to get in through a single gate at once."'


def flagged(*paragraphs: str) -> list[bool]:
    """Per quote run: would quotes.unattributed report it (ignoring min_words)?"""
    return [not s.attributed and s.direct for s in attribution(body(*paragraphs))]


def test_a_line_naming_another_speaker_breaks_the_continuation():
    assert flagged("Headline", SAID, "Police spokesman John Roe described the scene at the stadium "
                   "on Friday night", BARE) == [False, True]


def test_another_speakers_reported_speech_breaks_the_continuation():
    assert flagged("Headline", SAID, "Roe said the police had been warned about the gate weeks "
                   "before the match", BARE) == [False, True]


def test_a_long_subhead_breaks_the_continuation():
    assert flagged("Headline", SAID, "What the council plans to do next about the stadium and the club",
                   BARE) == [False, True]
    assert flagged("Headline", SAID, "WHAT THE COUNCIL PLANS TO DO NEXT ABOUT THE STADIUM AND THE CLUB",
                   BARE) == [False, True]


def test_a_line_ending_in_a_dash_breaks_the_continuation():
    assert flagged("Headline", SAID, "The club has since apologised and promised a review of its gate "
                   "procedures \u2014", BARE) == [False, True]
    assert flagged("Headline", SAID, "The club has since apologised and promised a review of its gate "
                   "procedures -", BARE) == [False, True]


def test_a_list_item_breaks_the_continuation():
    for mark in ("-", "*", "1)"):
        assert flagged("Headline", SAID, f"{mark} Police spokesman John Roe described the scene at the "
                       "stadium on Friday", BARE) == [False, True], mark


def test_a_dateline_led_line_breaks_the_continuation():
    assert flagged("Headline", SAID, "LONDON, March 3 \u2014 Police spokesman John Roe described the scene "
                   "at the stadium", BARE) == [False, True]


def test_a_read_more_line_breaks_the_continuation():
    assert flagged("Headline", SAID, "Read more about the stadium vote and the club's plans at "
                   "example.com/stadium", BARE) == [False, True]


def test_two_unstopped_story_lines_break_the_continuation():
    assert flagged("Headline", SAID, "The club has since apologised and promised a review of its gate procedures",
                   "He spoke to reporters outside the main gate of the stadium in the rain and wind",
                   BARE) == [False, True]


def test_a_line_holding_a_low_high_quote_is_no_caption():
    # main reads the quote as Smith's going on; lead45 skips the paragraph in `prose_order`
    # (LOOSE_QUOTES misses \u201e and \u201f) and reports a quote main did not
    assert flagged("Headline", SAID, "\u201eWe will rebuild the gate before the next home match in "
                   "April\u201f and then in May") == [False, False]
