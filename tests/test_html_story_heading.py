"""The story's own heading on a page whose <title> is only the site's name:
a kicker line above it, a short headline over its subhead, and an <aside>'s
heading (qa70 #6, qa72 #3 and the QA round after them; issue 10)."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from test_html_pages import HEADLINE, STORY, page, read

SITE = "The Island Courier"


def _missing(src: str) -> list[str]:
    result = lint_bytes("page.html", src.encode("utf-8"), Config(select=("titles",)))
    return [d.message for d in result.diagnostics if d.rule == "titles.missing-headline"]


def _placed(src: str, headline) -> str:
    start, end = headline.source_span(0, len(headline.text))
    return src[start:end]


def shell(head: str) -> str:
    """A page with chrome, titled with the site's name: `head` and three paragraphs in its <article>."""
    story = "".join(f"<p>{p}</p>" for p in STORY[:3])
    return (f'<html><head><title>{SITE}</title><meta property="og:site_name" content="{SITE}"></head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f"<main><article>{head}{story}</article></main><footer><p>Copyright 2026</p></footer></body></html>")


@pytest.mark.parametrize("kicker", [
    '<p class="kicker">Politics</p>',           # the extractor names it a kicker
    '<div class="eyebrow">Island news</div>',   # a block of two words
    '<div class="category">Politics</div>',
    "<div>Politics</div>",                      # one word, no class
    "<p>Island ferries</p>",
])
def test_a_kicker_line_right_above_the_story_h2_leaves_it_the_headline(kicker):
    # the kicker opened the story's text, so the <h2> under it was no heading
    # "above the first paragraph": no headline, titles.missing-headline
    src = shell(f"{kicker}<h2>{HEADLINE}</h2>")
    doc = read(src)
    headline = doc.first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)
    line = next(p for p in doc.parts if p.name == "kicker")
    assert line.kind == "field" and src[line.source_offset(0):].startswith(line.text)
    assert line.text not in [p.text for p in doc.parts if p.kind == "paragraph"]
    assert _missing(src) == []


def test_a_longer_first_paragraph_is_no_kicker_line():
    # three words or more with no kicker class: story text, so the heading under it is a subhead
    src = shell(f"<p>Ferries are old.</p><h2>{HEADLINE}</h2>")
    doc = read(src)
    assert doc.first("headline") is None
    assert "Ferries are old." in [p.text for p in doc.parts if p.kind == "paragraph"]


@pytest.mark.parametrize("short, sub", [
    ("Budget passes", "Council votes 5-2 after a long night of debate"),         # qa70 #6
    ("Budget Passes", "Council Votes 5-2 After a Long Night of Debate"),         # both in title case
    ("Ferries replaced", HEADLINE),
])
def test_a_two_word_headline_over_a_subhead_of_its_rank_in_its_casing_stays_the_headline(short, sub):
    src = page(title=SITE, h1=f"<h2>{short}</h2>\n<h2>{sub}</h2>")
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (short, short)


@pytest.mark.parametrize("kicker", [
    "<h2>Politics</h2>",                        # one word
    "<h2>Island Ferries</h2>",                  # title case over a sentence-case headline
    "<h2>ISLAND NEWS</h2>",                     # capitals
    "<h2>Local news</h2>",                      # the section the nav links to (below)
])
def test_a_two_word_kicker_set_apart_from_the_headline_is_still_a_kicker(kicker):
    src = page(title=SITE, h1=f"{kicker}\n<h2>{HEADLINE}</h2>").replace(
        '<li><a href="/">Home</a></li>', '<li><a href="/">Home</a></li><li><a href="/local">Local news</a></li>')
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)


@pytest.mark.parametrize("kicker", ["<h2>Local news</h2>", "<h2>US politics</h2>", "<h2>Breaking news:</h2>"])
def test_a_two_word_desk_label_in_the_headlines_casing_is_a_kicker_with_no_link_to_it(kicker):
    # the same casing as the headline and no nav link: its last word names a desk
    src = page(title=SITE, h1=f"{kicker}\n<h2>{HEADLINE}</h2>")
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)


@pytest.mark.parametrize("box", [
    '<aside><h1>Most read this week on the island</h1><ul><li><a href="/x">Ferry fares rise</a></li></ul></aside>\n<main>',
    '<main><aside class="promo"><h1>Sign up for our morning newsletter</h1><p>Every day at 7.</p></aside>',
])
def test_an_asides_h1_is_never_the_headline(box):
    # on a page with chrome the <aside>'s <h1> was the one h1, and the headline
    src = page(title=SITE, h1=f"<h2>{HEADLINE}</h2>").replace("<main>", box, 1)
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)
    # with no story heading: no headline, and the title is only the site's name (said)
    src = page(title=SITE, h1="").replace("<main>", box, 1)
    assert read(src).first("headline") is None
    assert _missing(src) == [f"no headline: the article's <title> is only the site's name, {SITE!r}"]


def test_a_short_line_under_the_story_heading_stays_story_text():
    # with a heading above it, a short opening line is the story's, and the heading under it a subhead
    src = shell(f"<h3>{HEADLINE}</h3><p>Politics</p><h2>Boats to come in March</h2>")
    doc = read(src)
    assert doc.first("headline").text == HEADLINE
    assert "Politics" in [p.text for p in doc.parts if p.kind == "paragraph"]



@pytest.mark.parametrize("lines", [
    '<p class="kicker">Politics</p><p class="kicker">Island news</p>',     # a section's and a series' kicker
    "<div>Politics</div><div>Ferries</div>",
    '<p class="kicker">Politics</p><p class="byline">By Jane Doe</p>',      # a kicker and a byline line
    "<div>Politics</div><p>By Jane Doe</p>",
    '<div>Politics</div><div class="author">Jane Doe</div>',
    "<p>By Jane Doe</p><div>Politics</div>",
])
def test_two_kicker_lines_or_a_kicker_and_a_byline_above_the_story_h2_leave_it_the_headline(lines):
    # only one kicker line was read above the heading: the page had no headline
    src = shell(f"{lines}<h2>{HEADLINE}</h2>")
    doc = read(src)
    headline = doc.first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)
    prose = [p.text for p in doc.parts if p.kind == "paragraph"]
    assert "Politics" not in prose and "By Jane Doe" not in prose
    assert "Politics" in [p.text for p in doc.parts if p.name == "kicker"]
    assert _missing(src) == []


def test_three_short_lines_above_a_heading_are_story_text():
    # more than two kicker lines: the opening is the story's, the heading under it a subhead
    src = shell(f"<div>Politics</div><div>Ferries</div><div>Harbour</div><h2>{HEADLINE}</h2>")
    assert read(src).first("headline") is None


SUB = "Council votes 5-2 after a long night of debate"


@pytest.mark.parametrize("head", ["Budget news", "Bad weather", "Dirty politics"])
def test_a_two_word_headline_ending_in_a_desk_word_over_its_subhead_is_the_headline(head):
    # the <title> is only the site's name; its desk word made it a kicker
    src = page(title=SITE, h1=f"<h2>{head}</h2>\n<h2>{SUB}</h2>")
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (head, head)


@pytest.mark.parametrize("kicker", ["Local news", "World news", "Business news", "UK politics", "Breaking news:"])
def test_a_desk_word_after_a_scope_is_still_a_kicker(kicker):
    src = page(title=SITE, h1=f"<h2>{kicker}</h2>\n<h2>{SUB}</h2>")
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (SUB, SUB)


@pytest.mark.parametrize("label", ["Transit news", "Housing news", "Energy politics", "Immigration news",
                                   "Religion news", "Transportation news"])
def test_a_newsroom_beat_before_a_desk_word_over_the_story_h2_is_a_kicker(label):
    # fx156: a standing beat before a desk's word is a section label with no colon; was the headline
    src = page(title=SITE, h1=f"<h2>{label}</h2>\n<h2>{HEADLINE}</h2>")
    headline = read(src).first("headline")
    assert (headline.text, _placed(src, headline)) == (HEADLINE, HEADLINE)
