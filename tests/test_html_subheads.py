"""Full web pages: a story's subhead between two of its paragraphs is read
(trafilatura leaves some `<h2>`/`<h3>` out on a short story), and a box's
title between them is not. Pages written for the test (`test_html_pages.page`)."""
from __future__ import annotations

import pytest

from test_html_pages import STORY, page, read, texts


@pytest.mark.parametrize("subhead, text", [
    ("<h2>What the board decided</h2>", "What the board decided"),
    ("\n<p>&nbsp;</p><h3><strong>Fares</strong></h3>\n", "Fares"),
])
def test_a_subhead_between_two_story_paragraphs_is_a_heading(subhead, text):
    doc = read(page(middle=subhead))
    assert texts(doc, "heading") == [text]
    assert texts(doc, "paragraph") == STORY


@pytest.mark.parametrize("box", [
    '<div class="share"><h3>Share this</h3></div>',          # a box's title, in a box of its own
    '<h3><a href="/fares">Ferry fares rise in spring</a></h3>',   # one link: a related story
    "<h3>Advertisement</h3>",
    # a box's title left between the paragraphs without its box: page furniture
    "<h3>Related</h3>", "<h3>Read More</h3>", "<h3>Most Read</h3>", "<h2>Trending Now</h2>",
    "<h3>You may also like</h3>", "<h3>More from the Courier</h3>", "<h3>Share this story</h3>",
    "<h3>Sign up for our daily newsletter</h3>", "<h3>Get the Morning Briefing in your inbox</h3>",
    "<h3>Subscribe</h3>", "<h3>Listen to this article</h3>", "<h3>Comments</h3>", "<h3>Loading...</h3>",
])
def test_a_box_title_or_a_link_between_story_paragraphs_is_no_subhead(box):
    doc = read(page(middle=box))
    assert texts(doc, "heading") == []
    assert texts(doc, "paragraph") == STORY


def bare_body(subhead: str) -> str:
    """A page whose story sits in a bare <div class="body"> (no <article>),
    where trafilatura leaves a subhead between two paragraphs out."""
    inner = "\n".join(f"<p>{p}</p>" for p in STORY[:2]) + subhead + \
        "\n".join(f"<p>{p}</p>" for p in STORY[2:])
    return ("<!DOCTYPE html><html><head><title>Ferries | The Island Courier</title></head><body>"
            '<header><nav><a href="/">Home</a></nav></header><h1>Harbour Board replaces two island ferries</h1>'
            f'<div class="body">{inner}</div><footer><p>Copyright 2026</p></footer></body></html>')


@pytest.mark.parametrize("subhead", [
    # static-site and docs generators' permalink anchors (Hugo, Sphinx,
    # markdown-it-anchor): a glyph for the reader's mouse, no word of the hed
    '<h2 id="decided"><a class="anchor" aria-hidden="true" href="#decided">#</a>What the board decided</h2>',
    '<h2 id="decided">What the board decided<a class="headerlink" href="#decided" '
    'title="Permalink to this heading">\u00b6</a></h2>',
    '<h2 id="decided"><a class="header-anchor" href="#decided"></a>What the board decided</h2>',
])
def test_a_subheads_permalink_glyph_is_not_its_text(subhead):
    doc = read(bare_body(subhead))
    assert texts(doc, "heading") == ["What the board decided"]
    assert texts(doc, "paragraph") == STORY
    for where in ("middle", "after"):       # and where the extractor keeps it
        heads = texts(read(page(**{where: subhead})), "heading")
        assert heads in ([], ["What the board decided"]), (where, heads)


@pytest.mark.parametrize("subhead", [
    # markup with no text inside the heading: Substack's anchor widget, an
    # old-style named anchor, an icon
    '<h3 class="header-with-anchor-widget">What the board decided<div class="header-anchor-parent">'
    '<div class="pencraft" id="decided"><svg width="18" height="18"><path d="M1 1"></path></svg></div></div></h3>',
    '<h2><a name="decided"></a>What the board decided</h2>',
    '<h2><img src="/icons/bullet.svg" alt="">What the board decided</h2>',
])
def test_a_subhead_with_markup_of_its_own_is_a_heading(subhead):
    doc = read(bare_body(subhead))
    assert texts(doc, "heading") == ["What the board decided"]
    assert texts(doc, "paragraph") == STORY
