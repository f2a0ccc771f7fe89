"""Plain-text photo captions between a speaker's quotes (pg47): scraped
tabloid copy sets a caption as a paragraph of its own with no full stop, and
the continuation convention reads past it as it reads past a figure. The
sentences are ours; each case has the near miss that must stay flagged."""
from __future__ import annotations

from lint.analysis.attribution import attribution
from lint.analysis.quote_blocks import loose_caption
from test_quotes import body

SAID = "Mrs Smith said: “It was just something a bit different to do for all of us.”"
CAPTION = "Miss Smith (pictured left) with a friend at the draw, who won a small prize of £250"
BARE = "“They sat her in front of a camera and she just laughed at her dad.”"


def flagged(*paragraphs: str) -> list[bool]:
    """Per quote run: would quotes.unattributed report it (ignoring min_words)?"""
    return [not s.attributed and s.direct for s in attribution(body(*paragraphs))]


def test_a_caption_line_does_not_break_the_continuation():
    assert flagged("Headline", SAID, CAPTION, BARE) == [False, False]
    assert flagged("Headline", SAID, CAPTION, "Cared for: Station staff looked after the dog until "
                   "the inspectors arrived on Friday", BARE) == [False, False]


def test_a_prose_paragraph_or_a_subhead_still_breaks_it():
    assert flagged("Headline", SAID, CAPTION + ".", BARE) == [False, True]
    assert flagged("Headline", SAID, "Prize money by region", BARE) == [False, True]
    assert flagged("Headline", SAID, CAPTION, BARE.replace("“", "").replace("”", "")) == [False]


def test_a_line_with_a_quote_or_a_stop_is_no_caption():
    assert loose_caption(CAPTION)
    assert not loose_caption(CAPTION + ".")
    assert not loose_caption(CAPTION + ":")
    assert not loose_caption("‘You lucky man’: the group marvel at the helmet before moving on")
    assert not loose_caption("Our ruling")
    assert loose_caption("DeJesus' career change means neighbours say she is behind the account")
