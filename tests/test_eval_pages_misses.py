"""Why eval_pages.py --misses says an expected paragraph is missed
(benchmarks/_pages_misses.py), on a page written for the test."""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from _pages_misses import fate, page_blocks, role, totals  # noqa: E402
from _pages_reference import PageMarkup, tokens, trigrams  # noqa: E402

PAGE = """<html><body><article>
<p>The board voted on Tuesday to buy two ferries for the island route.</p>
<h3>What the board decided</h3>
<ul><li>$2,500 to the Island Rowing Club for new oars</li></ul>
<figure><img src="f.jpg"><figcaption>The old ferry at dawn on the north pier.</figcaption></figure>
<div class="photo-cutline">Harbour staff load the last crossing of the day.</div>
<p>Related article: <a href="/x">Ferry fares rise five percent in spring</a></p>
<blockquote class="twitter-tweet"><p>Stranded at the pier again, no ferry today</p></blockquote>
<script>var s = "The board voted on Tuesday to buy two ferries for the island route.";</script>
</article></body></html>"""


@pytest.mark.parametrize("text, what", [
    ("The board voted on Tuesday to buy two ferries for the island route.", "paragraph"),
    ("What the board decided", "heading"),
    ("$2,500 to the Island Rowing Club for new oars", "list item"),
    ("The old ferry at dawn on the north pier.", "caption"),
    ("Harbour staff load the last crossing of the day.", "caption"),
    ("Related article: Ferry fares rise five percent in spring", "link text"),
    ("Stranded at the pier again, no ferry today", "embedded post"),
])
def test_what_a_missed_paragraph_is_on_the_page(text, what):
    assert role(tokens(text), PageMarkup(PAGE), page_blocks(PAGE)) == what


def test_what_became_of_a_missed_paragraph():
    text = tokens("The board voted on Tuesday to buy two ferries for the island route.")
    half = trigrams(text[:8])               # the first eight words' trigrams: over half
    assert fate(text, half, {}, set()) == "partly linted"
    assert fate(text, set(), {"embed": trigrams(text)}, set()) == "read as embed, not linted"
    assert fate(text, set(), {}, trigrams(text)) == "dropped by the reader (trafilatura keeps it)"
    assert fate(text, set(), {}, set()) == "dropped by trafilatura too"


def test_the_totals_count_paragraphs_and_characters_per_label():
    lines = totals([("caption", "partly linted", "abcd"), ("caption", "dropped by trafilatura too", "ef")])
    assert lines[0] == "  missed by what it is: caption 2 (6 chars)"
    assert lines[1] == "  missed by what became of it: partly linted 1 (4 chars); dropped by trafilatura too 1 (2 chars)"
