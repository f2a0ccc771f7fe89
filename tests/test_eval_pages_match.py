"""eval_pages.py's paragraph matching (benchmarks/_pages_match.py): the reference
paragraphs and newslint's parts meet as two streams of words in page order, on
pages written for the test."""
from __future__ import annotations

import sys

from conftest import ROOT

from lint.config import Config
from lint.engine import lint_bytes

sys.path.insert(0, str(ROOT / "benchmarks"))
from _pages_match import found, in_body, page_order, stream  # noqa: E402
from _pages_reference import tokens, trigrams  # noqa: E402

KINDS = ("headline", "paragraph", "caption", "credit", "dateline")

CUT_DATELINE = b"""<html><head><title>Ferries</title></head><body><article>
<h1>Island ferries to be replaced</h1>
<p><span class="dateline">KIRKWALL &ndash;</span> The harbour board voted on Tuesday to buy two
new ferries for the island route.</p>
<figure><img src="ferry.jpg" alt="The old ferry"><span class="credit">Ana Ruiz</span>
<figcaption>The old ferry at dawn.</figcaption></figure>
<p>The first of the two boats is due to sail from the north pier in May, the board said.</p>
</article></body></html>"""

HELD_DATELINE = CUT_DATELINE.replace(b'<span class="dateline">KIRKWALL &ndash;</span>',
                                     b"KIRKWALL &ndash;")


def _stream(page: bytes):
    doc = lint_bytes("ferries.html", page, Config()).document
    parts = page_order(doc.parts, KINDS)
    words = stream(p.text for p in parts)
    return doc, parts, words, trigrams(words), f" {' '.join(words)} "


def test_a_credit_and_caption_the_reference_prints_as_one_line_count_as_linted():
    doc, _, _, tri, padded = _stream(CUT_DATELINE)
    glued = tokens("Ana Ruiz The old ferry at dawn.")
    assert found([glued], tri, padded)
    # each part on its own holds too few of the line's trigrams
    per_part = set().union(*(trigrams(tokens(p.text)) for p in doc.parts))
    assert len(trigrams(glued) & per_part) / len(trigrams(glued)) < 0.8


def test_a_dateline_cut_off_its_paragraph_joins_it_again():
    _, parts, words, tri, padded = _stream(CUT_DATELINE)
    assert [p.kind for p in parts][:3] == ["headline", "dateline", "paragraph"]
    line = tokens("KIRKWALL - The harbour board voted on Tuesday to buy two new ferries")
    assert found([line], tri, padded)
    assert f" {' '.join(line)} " in padded


def test_a_dateline_its_paragraph_also_holds_is_read_once():
    doc, parts, words, _, _ = _stream(HELD_DATELINE)
    assert "dateline" in [p.kind for p in doc.parts]
    assert "dateline" not in [p.kind for p in parts]
    assert words.count("kirkwall") == 1


def test_words_between_two_parts_are_never_bridged():
    _, _, _, tri, padded = _stream(CUT_DATELINE)
    furniture = tokens("Ana Ruiz Share this photo The old ferry at dawn.")
    assert not found([furniture], tri, padded)
    assert not found([tokens("Share this")], tri, padded)


def test_a_short_part_is_article_text_when_its_words_are_there_in_a_row():
    body = tokens("Transcript: the chair spoke first. The board voted on Tuesday.")
    body_tri, body_pad = trigrams(body), f" {' '.join(body)} "
    assert in_body("Transcript:", body_tri, body_pad)
    assert not in_body("Tweet this", body_tri, body_pad)
    assert in_body("The board voted on Tuesday, the chair said.", body_tri, body_pad)
    assert not in_body("Sign up for the ferry newsletter today", body_tri, body_pad)


def test_a_soft_hyphen_or_zero_width_space_in_a_word_is_no_word_boundary():
    assert tokens("so emo\u00adtional, said the \u200bchair") == ["so", "emotional", "said", "the", "chair"]
    page = (b"<html><body><article><h1>Ferries</h1><p>The board was emo&shy;tional about "
            b"the vote on the two new ferries for the island route.</p></article></body></html>")
    _, _, _, tri, padded = _stream(page)
    para = tokens("The board was emotional about the vote on the two new ferries for the island route.")
    assert found([para], tri, padded)


def test_a_paragraph_cut_by_links_into_short_stretches_is_matched_on_its_words():
    # a caption "Ana Ruiz [View image] The old [Zoom] ferry": no stretch of
    # three words is left, and the one- and two-word pieces were never found
    _, _, _, tri, padded = _stream(CUT_DATELINE)
    assert found([["ana", "ruiz"], ["the", "old"], ["ferry"]], tri, padded)
    assert not found([["share", "this"], ["photo"], ["now"]], tri, padded)
