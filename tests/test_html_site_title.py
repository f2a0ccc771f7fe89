"""Headlines on pages whose title is only the site's name, on live blogs
with no chrome, and a missing headline's word for an empty title (issue 10,
left open by the last session)."""
from __future__ import annotations

import time

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from test_html_pages import HEADLINE, STORY, page, read, texts
from test_wire_fx95 import WXR, _at


def _missing(name: str, text: str) -> list[tuple[int, int, str]]:
    result = lint_bytes(name, text.encode("utf-8"), Config(select=("titles",)))
    return [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "titles.missing-headline"]


@pytest.mark.parametrize("title, head", [
    ("The Island Courier", ""),                                           # og:site_name says so
    ("Island Courier", ""),                                               # a leading "The" left out
    ("The Island Courier", '<link rel="canonical" href="https://islandcourier.test/news/ferries">'),
])
def test_a_title_that_is_only_the_site_name_never_makes_the_logo_the_headline(title, head):
    # the logo <h1> in the header agreed with a <title> that only names the site,
    # and became the headline: titles.headline-unrelated and titles.case on the logo
    src = page(title=title, head=head, h1=f"<h2>{HEADLINE}</h2>")
    doc = read(src)
    headline = doc.first("headline")
    assert headline.text == HEADLINE
    start, end = headline.source_span(0, len(headline.text))
    assert src[start:end] == HEADLINE and src[:start].endswith("<h2>")
    # the site's name is no title field: never measured nor compared
    assert [p.text for p in doc.parts if p.kind == "title"] == []
    assert next(p for p in doc.parts if p.name == "html title").kind == "field"
    assert [d.rule for d in lint_bytes("page.html", src.encode(), Config()).diagnostics] == []


def test_a_masthead_h1_linking_home_is_no_headline_even_with_no_site_name_stated():
    src = page(title="The Island Courier", h1=f"<h2>{HEADLINE}</h2>").replace(
        '<meta property="og:site_name" content="The Island Courier">', "").replace(
        '<h1 class="logo">The Island Courier</h1>', '<h1><a href="/">The Island Courier</a></h1>')
    assert read(src).first("headline").text == HEADLINE


def test_og_title_stands_in_over_the_logo_and_a_story_h1_that_agrees_with_a_site_title_stays():
    og = '<meta property="og:title" content="Two island ferries to be replaced">'
    doc = read(page(title="The Island Courier", head=og, h1=""))
    assert (doc.first("headline").text, doc.first("headline").name) == ("Two island ferries to be replaced",
                                                                        "og:title")
    # a story's <h1> inside its <article> is its headline, whatever its class says
    doc = read(page(title=f"{HEADLINE} | The Island Courier", h1=f'<h1 class="brand-hed">{HEADLINE}</h1>'))
    assert doc.first("headline").text == HEADLINE
    assert [p.text for p in doc.parts if p.kind == "title"] == [HEADLINE]


@pytest.mark.parametrize("kicker", [
    '<h2 class="kicker">Politics</h2>',                       # a kicker by its class (qa69 #8)
    '<h2><span class="eyebrow">Ferries</span></h2>',          # ... or its inner tag's
    '<h2 class="story-category">Island news this week</h2>',  # ... however many words
    "<h2>Island Ferries</h2>",                                # two words right above the headline
])
def test_a_kicker_heading_above_the_story_heading_is_not_the_headline(kicker):
    # with a <title> that is only the site's name, the first <h2> (a kicker,
    # "Politics") was made the headline over the story's own <h2>
    src = page(title="The Island Courier", h1=f"{kicker}\n<h2>{HEADLINE}</h2>")
    headline = read(src).first("headline")
    start, end = headline.source_span(0, len(headline.text))
    assert (headline.text, src[start:end]) == (HEADLINE, HEADLINE)


@pytest.mark.parametrize("kicker, tail", [
    ('<span class="category">Politics</span> ', ""),                 # qa70 #2: a kicker span inside it
    ('<a href="/politics"><span class="c-story__kicker">Politics |</span></a>\n', ""),   # a BEM element
    ('<span class="label">Politics</span>', ' <span class="label">Live</span>'),    # one that ends it stays
])
def test_a_kicker_inside_the_story_heading_is_cut_out_at_its_exact_place(kicker, tail):
    # the one story <h2> was dropped as a kicker for the kicker inside it
    src = page(title="The Island Courier", h1=f"<h2>{kicker}{HEADLINE}{tail}</h2>")
    doc = read(src)
    headline = doc.first("headline")
    assert headline.text in (HEADLINE, HEADLINE + " Live")
    start, end = headline.source_span(0, len(HEADLINE))
    assert (start, src[start:end]) == (src.index(HEADLINE), HEADLINE)
    cut = next(p for p in doc.parts if p.name == "kicker")
    assert cut.text.startswith("Politics") and src[cut.source_offset(0):].startswith(cut.text)


@pytest.mark.parametrize("cls", ["headline label-large", "c-article__title c-article__title--category-news",
                                 "section-title", "label-large", "category-news"])
def test_a_heading_whose_class_only_holds_a_kicker_word_is_no_kicker(cls):
    # qa70 #2: a kicker word inside a longer class token (a BEM modifier, a
    # size), or beside a headline or title token, was read as a kicker and
    # the one story heading dropped: titles.missing-headline
    src = page(title="The Island Courier", h1=f'<h2 class="{cls}">{HEADLINE}</h2>')
    assert read(src).first("headline").text == HEADLINE
    assert _missing("page.html", src) == []


@pytest.mark.parametrize("cls", ["headline", "article-title", "c-story__headline"])
def test_a_short_heading_whose_class_names_the_headline_is_no_kicker_over_a_subhead_of_its_rank(cls):
    # qa70 #6: two words right above a longer heading of their rank read as a
    # kicker even when the class says headline (a plain <h2> pair in one casing: test_html_story_heading)
    src = page(title="The Island Courier", h1=f'<h2 class="{cls}">Ferries replaced</h2>\n<h2>{HEADLINE}</h2>')
    assert read(src).first("headline").text == "Ferries replaced"


def test_a_short_story_heading_over_a_lower_subhead_and_a_kicker_alone_are_kept_apart():
    # a short headline above a longer <h3> stays the headline
    src = page(title="The Island Courier", h1="<h2>Ferries replaced</h2>\n<h3>" + HEADLINE + "</h3>")
    assert read(src).first("headline").text == "Ferries replaced"
    # a kicker alone is no headline: the title is only the site's name, and that is said
    src = page(title="The Island Courier", h1='<h2 class="kicker">Politics</h2>')
    assert read(src).first("headline") is None
    assert [m for *_, m in _missing("page.html", src)] == [
        "no headline: the article's <title> is only the site's name, 'The Island Courier'"]


def test_a_page_whose_only_title_is_the_site_name_says_so_at_the_title():
    src = page(title="The Island Courier", h1="")
    assert _missing("page.html", src) == [
        (*_at(src, "The Island Courier</title>"),
         "no headline: the article's <title> is only the site's name, 'The Island Courier'")]


def _entries(heading: str = "") -> str:
    return "".join(f'<article class="entry">{heading.format(i=i)}<p>{p}</p></article>\n'
                   for i, p in enumerate(STORY, 1))


@pytest.mark.parametrize("head, entries", [
    ("", _entries()),                                                  # entries with no headings
    ("", _entries('<h3><a href="#post-{i}">Update {i}</a></h3>')),      # ... or linked ones
    ("<head><title>Live: ferry vote</title></head>", _entries()),      # a <title> that agrees
    ('<head><title>The Island Courier</title><meta property="og:site_name" content="The Island Courier">'
     "</head>", _entries()),             # qa70 #3: a <title> that is only the site's name is never compared
    ("", f"<article><p>{STORY[0]}</p></article>"),                      # one <article>
])
def test_a_chromeless_live_blogs_h1_above_its_entries_is_its_headline(head, entries):
    src = f"<html>{head}<body>\n<main><h1>Live: ferry vote</h1>\n{entries}</main></body></html>\n"
    doc = read(src)
    assert texts(doc, "paragraph") == STORY[:len(texts(doc, "paragraph"))] and texts(doc, "paragraph")
    headline = doc.first("headline")
    start, end = headline.source_span(0, len(headline.text))
    assert (headline.text, src[start:end]) == ("Live: ferry vote", "Live: ferry vote")
    assert src[:start].endswith("<main><h1>")       # the h1's place, not the <title>'s
    assert _missing("live.html", src) == []


@pytest.mark.parametrize("src", [
    # a <title> that names another headline: it stands in, as before
    f"<html><head><title>{HEADLINE}</title></head><body><h1>Sports</h1>{_entries()}</body></html>",
    # a page with chrome is no chrome-less live blog, and its logo is no headline (it was)
    f'<html><body><header><h1 class="logo">The Island Courier</h1></header>{_entries()}</body></html>',
])
def test_an_h1_above_the_articles_that_titles_or_chrome_disown_is_not_the_headline(src):
    headline = read(src).first("headline")
    assert headline is None or headline.text != "Sports" and headline.text != "The Island Courier"


@pytest.mark.parametrize("above, below", [
    ('<h1 class="site-logo">Springfield Shopper</h1>', f"<article><p>{STORY[0]}</p></article>"),    # a logo
    ('<main><h1><a href="/">Springfield Shopper</a></h1>', f"<article><p>{STORY[0]}</p></article></main>"),
    ("<h1>Opinion</h1>", _entries()),                      # a section's one-word label
    ("<h1>Springfield Shopper</h1>", f"<article><p>{STORY[0]}</p></article>"),    # one story, no <main>
    ('<section class="related"><h1>Related coverage</h1><p><a href="/a">A</a></p></section>', _entries()),
    # qa70 #10: a related box that is no <section>, and links to the root written otherwise
    ('<div class="related"><div>More</div><h1>Related coverage</h1></div>', _entries()),
    ('<h1><a href="./">Springfield Shopper</a></h1>', _entries()),
    ('<h1><a href="/?ref=logo">Springfield Shopper</a></h1>', _entries()),
])
def test_an_h1_above_the_articles_that_is_no_headline_of_theirs_is_not_taken(above, below):
    # qa69 #2: a masthead, a section label or a box's own heading above a
    # chrome-less page's <article>s was made the headline (no finding, or
    # only titles.headline-unrelated); the missing headline is said again
    src = f"<html><body>\n{above}\n{below}</body></html>\n"
    assert read(src).first("headline") is None
    assert len(_missing("page.html", src)) == 1


@pytest.mark.parametrize("above", [
    "<h1>Your island news since 1890, every day</h1>",                  # a motto: the story tells none of it
    f"<h1>{HEADLINE}</h1><p>Sign up for our newsletter today.</p>",     # text between it and the story
    "<h1>Island ferries</h1>",                                          # short: a section's, a site's name
    f"<h1>{HEADLINE}</h1>",           # even a headline's words: a lone <article> under a bare h1 (qa72 #1)
    "<h1>The Harbour Island Courier, your island ferries paper</h1>",   # a banner telling the story's place
])
def test_an_h1_over_one_article_with_no_main_is_not_taken(above):
    src = f"<html><body>\n{above}<article><p>{STORY[0]}</p></article></body></html>\n"
    assert read(src).first("headline") is None


@pytest.mark.parametrize("wrap", [
    ("", '<section class="related"><h1>Related coverage</h1></section>'),    # a box's h1 after it
    ('<section class="liveblog">', ""),                                       # a box round it all
    # qa70 #10: a live blog's label, or an h1 no reader sees, after it
    ("", "<h1>Latest updates</h1>"), ("", "<h2>x</h2><h1>Key events:</h1>"), ("", "<h1>Top stories</h1>"),
    ("", '<h1 style="display: none">Sign up for alerts</h1>'), ("", '<h1 aria-hidden="true">Sign up now</h1>'),
    ("", '<div class="related"><div>More</div><h1>Related coverage</h1></div>'),
])
def test_a_live_blogs_h1_is_taken_past_a_boxs_h1_and_inside_a_box_that_holds_the_entries(wrap):
    src = f"<html><body>\n{wrap[0]}<h1>Live: ferry vote</h1>{wrap[1]}\n{_entries()}</body></html>\n"
    assert read(src).first("headline").text == "Live: ferry vote"


def test_many_boxed_h1s_above_the_entries_are_read_in_one_pass():
    # each <h1> in a <section> closed before the entries was judged by parsing
    # the page up to it again: 2,000 of them took over a minute
    boxes = "".join(f"<section><h1>Box heading {i}</h1></section>\n" for i in range(1500))
    src = f"<html><body>\n<h1>Live: ferry vote</h1>\n{boxes}{_entries()}</body></html>\n"
    began = time.monotonic()
    assert read(src).first("headline").text == "Live: ferry vote"
    assert time.monotonic() - began < 15


def test_the_missing_headline_of_a_page_with_an_empty_title_says_so_at_the_title():
    for title, said in (("<title></title>", "empty"), ("<title>  \n </title>", "blank")):
        src = f"<html><head>\n{title}\n</head><body>\n<p>{STORY[0]}</p>\n</body></html>\n"
        assert _missing("page.html", src) == [
            (*_at(src, title[7:] or "</title>"), f"no headline: the article's <title> is {said}")]


@pytest.mark.parametrize("title, said", [("<title></title>", "empty"), ("<title/>", "empty"),
                                         ("<title>  </title>", "blank"), ("", None)])
def test_a_wxr_posts_empty_title_is_said_as_it_is(title, said):
    text = WXR.format(title=title)
    message = f"no headline: the article's <title> is {said}" if said else \
        "no headline: the article has no headline or title field"
    assert _missing("export.xml", text) == [(*_at(text, title or "<item>"), message)]


@pytest.mark.parametrize("inner", [
    '<span class="c-section-headline__text">{}</span>',       # a kicker word inside a longer token
    '<span class="headline-label">{}</span>',                 # a kicker's class, but all of the h1's text
    '<span class="pg-headline flag-off">{}</span>',           # a headline token wins
    '<span class="label-text">{}</span>',
    '<a href="/x" class="u-category-link">{}</a>',
    '<span class="kicker">{}</span>',                         # all of the h1's text: never its kicker
])
def test_a_tag_inside_the_h1_is_read_as_a_heading_class_is_and_never_holds_all_its_text_as_a_kicker(inner):
    # qa72 #2: the loose kicker pattern took any tag inside an <h1> whose class
    # merely held section, label, flag or category for a kicker: the whole
    # headline was lost (titles.missing-headline)
    src = page(title="The Island Courier", h1="<h1>" + inner.format(HEADLINE) + "</h1>")
    headline = read(src).first("headline")
    assert (headline.text, headline.source_offset(0)) == (HEADLINE, src.index(HEADLINE))
    assert _missing("page.html", src) == []


def test_a_kicker_class_span_after_the_h1s_first_words_does_not_cut_it():
    # qa72 #2: '<span class="label">' after the first words cut the headline to them
    first, rest = HEADLINE.split(" ", 1)
    src = page(title="The Island Courier",
               h1=f'<h1><span class="headline__text">{first}</span> <span class="label">{rest}</span></h1>')
    assert read(src).first("headline").text == HEADLINE


def test_a_short_kicker_alone_in_an_h1_is_still_a_kicker_over_the_story_heading():
    src = page(title="The Island Courier", h1=f'<h1><span class="kicker">Politics</span></h1><h2>{HEADLINE}</h2>')
    doc = read(src)
    assert doc.first("headline").text == HEADLINE
    assert [p.text for p in doc.parts if p.name == "kicker"] == ["Politics"]


def test_a_live_blogs_h1_is_judged_from_the_reading_of_the_page_above_not_a_parse_of_its_own(monkeypatch):
    # issue 10 (speed): the boxes round the h1 are the ones the extractor had
    # open; a third parse of the page above the entries (`_html_live._Open`) is gone
    from html.parser import HTMLParser
    fed = []
    real = HTMLParser.feed
    monkeypatch.setattr(HTMLParser, "feed", lambda self, data: (fed.append(type(self).__name__), real(self, data))[1])
    src = f"<html><body><main><h1>{HEADLINE}</h1>\n{_entries()}</main></body></html>\n"
    assert read(src).first("headline").text == HEADLINE
    assert fed and set(fed) == {"PositionedParser"}      # the extractor's readings only
