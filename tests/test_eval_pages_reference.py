"""The page-markup judgements of eval_pages.py's copy-desk counting
(benchmarks/_pages_reference.py), on pages written for the test."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from _pages_reference import PageMarkup, tokens  # noqa: E402

PAGE = """<html><body><article>
<p>The board voted on Tuesday, <a href="/r">according to the minutes</a>, to buy two ferries.</p>
<p>Related article: <a href="/x">Ferry fares rise five percent in spring</a></p>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><button>Email</button></li></ul>
<figure><img src="f.jpg"><figcaption>The old ferry at dawn. <a href="#big">View full size image</a>
</figcaption></figure>
<blockquote class="twitter-tweet"><p>Stranded at the pier again, no ferry today</p></blockquote>
</article></body></html>"""


def test_a_related_line_and_share_buttons_are_link_text():
    markup = PageMarkup(PAGE)
    assert markup.link_text(tokens("Related article: Ferry fares rise five percent in spring"))
    assert markup.link_text(tokens("Facebook"))
    assert markup.link_text(tokens("Email"))


def test_a_story_paragraph_with_a_link_in_it_is_not_link_text():
    markup = PageMarkup(PAGE)
    text = "The board voted on Tuesday, according to the minutes, to buy two ferries."
    assert not markup.link_text(tokens(text))
    assert not markup.link_text(tokens("Facebook said on Tuesday that it would buy two ferries"))


def test_a_linked_run_glued_to_a_caption_is_cut_out_and_single_linked_words_stay():
    markup = PageMarkup(PAGE)
    assert markup.unlinked(tokens("The old ferry at dawn. View full size image")) == \
        [["the", "old", "ferry", "at", "dawn"]]
    assert markup.unlinked(tokens("Share it on Facebook today")) == \
        [["share", "it", "on", "facebook", "today"]]


def test_the_text_of_an_embedded_post_is_found_by_its_class():
    markup = PageMarkup(PAGE)
    assert markup.embedded(tokens("Stranded at the pier again, no ferry today"))
    assert not markup.embedded(tokens("The old ferry at dawn."))
