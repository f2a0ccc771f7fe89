"""eval_pages.py's judgement of a picture's findings (benchmarks/_pages_outside.py):
the story's lead and closing pictures are the story's, although they lie outside
the span of its paragraphs; a read-next card's picture is not. Pages written
for the test."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from _pages_outside import PictureJudge, ancestors, visible_words  # noqa: E402
from _pages_reference import tokens, trigrams  # noqa: E402

FIRST = "The harbour board voted on Tuesday to buy two new ferries for the island route."
LAST = "The first of the two boats is due to sail from the north pier in May, the board said."
PAGE = f"""<html><body><header><h1>Island ferries to be replaced</h1></header>
<div class="story">
<figure class="lead"><img src="/img/ferry-0412.jpg" alt="ferry-0412.jpg">
<figcaption>The old ferry at the north pier.</figcaption></figure>
<p>{FIRST}</p>
<p>{LAST}</p>
<img src="/img/pier.jpg" alt="">
</div>
<div class="read-next"><h3>Read next</h3>
<a href="/other"><img src="/img/bus.jpg" alt="bus.jpg"><span>Bus fares rise in spring</span></a></div>
</body></html>"""
# The reference body prints the lead picture's caption, as newspaper4k's do.
BODY = f"The old ferry at the north pier.\n{FIRST}\n{LAST}"


def _judge(page: str = PAGE, body: str = BODY) -> PictureJudge:
    words = [w for line in body.split("\n") for w in tokens(line)]
    first = page.index(FIRST)
    last = page.index(LAST) + len(LAST)
    return PictureJudge(page, (first, last), trigrams(words), f" {' '.join(words)} ")


def test_the_lead_picture_above_the_first_paragraph_is_the_storys():
    judge = _judge()
    alt = PAGE.index("ferry-0412.jpg\"")
    first, last = judge.region
    assert not first <= alt < last            # the old judgement, by position alone: outside
    assert judge.inside(alt)


def test_a_caption_the_reference_prints_is_judged_by_its_words():
    page = PAGE.replace("</figure>", '</figure><div class="byline">By Ana Ruiz</div>')
    judge = _judge(page)
    assert not judge.inside(page.index("ferry-0412.jpg\""))     # the byline is between
    assert judge.inside(page.index("The old ferry"), "The old ferry at the north pier.")
    assert not judge.inside(page.index("The old ferry"), "A new ferry in the south harbour last winter.")


def test_the_closing_picture_in_the_storys_container_is_the_storys():
    judge = _judge()
    img = PAGE.index('<img src="/img/pier.jpg"')
    assert not judge.region[0] <= img < judge.region[1]
    assert judge.inside(img)


def test_a_read_next_cards_picture_after_the_story_is_not():
    judge = _judge()
    assert not judge.inside(PAGE.index("bus.jpg\">"))


def test_a_picture_after_page_text_the_reference_leaves_out_is_not():
    page = PAGE.replace('<img src="/img/pier.jpg" alt="">',
                        '<p>Sign up for our weekly newsletter</p><img src="/img/pier.jpg" alt="">')
    judge = _judge(page)
    assert not judge.inside(page.index('<img src="/img/pier.jpg"'))


def test_a_picture_above_page_text_the_reference_leaves_out_is_not():
    page = PAGE.replace("</figure>", '</figure><div class="promo">Subscribe today</div>')
    judge = _judge(page)
    assert not judge.inside(page.index("ferry-0412.jpg\""))


def test_a_lead_pictures_own_caption_and_slides_are_no_page_text_between():
    # A two-slide slideshow above the story: the second slide's caption and the
    # Next/Previous controls sit in the picture's block (the outermost element
    # around it not holding the first paragraph); the reference prints neither.
    slides = ('<div class="slideshow"><ul><li><img src="/img/ferry-0412.jpg" alt="ferry-0412.jpg">'
              '<div class="summary"><p>The old ferry at dawn.</p></div></li>'
              '<li><img src="/img/ferry-2.jpg" alt=""><div class="summary"><p>Its engine room.</p></div></li>'
              '</ul><a href="#" class="next">Next Slide</a></div>')
    page = PAGE.replace(PAGE[PAGE.index('<figure class="lead">'):PAGE.index("</figure>") + 9], slides)
    judge = _judge(page, f"{FIRST}\n{LAST}")
    assert judge.inside(page.index("ferry-0412.jpg\""))
    assert judge.inside(page.index("The old ferry at dawn"), "The old ferry at dawn.")
    # the same slides with page text between them and the story are not
    page = page.replace(f"<p>{FIRST}", f"<div>Most read this week</div><p>{FIRST}")
    assert not _judge(page, f"{FIRST}\n{LAST}").inside(page.index("ferry-0412.jpg\""))


def test_visible_words_leave_out_markup_scripts_and_a_cut_tag():
    raw = '<p class="x">One <b>two</b></p><script>var three = 3;</script><!-- four --><img alt="five">'
    assert visible_words(raw, 3, len(raw) - 3) == ["one", "two"]


def test_ancestors_name_tags_and_class_tokens():
    assert ancestors(PAGE, PAGE.index("bus.jpg\">")).endswith("div.read-next > a")


def test_a_card_inside_the_storys_container_after_the_story_is_not():
    # A read-next card after the closing picture, still inside div.story:
    # linked to another page, or not linked but with its own headline.
    linked = ('<div class="read-next"><a href="/fares"><img src="/img/fares.jpg" alt=""></a>'
              '<h3><a href="/fares">Bus fares rise in spring</a></h3></div>')
    unlinked = '<div class="card"><img src="/img/fares.jpg" alt=""><h3>Bus fares rise in spring</h3></div>'
    for card in (linked, unlinked):
        page = PAGE.replace('<img src="/img/pier.jpg" alt="">', f'<img src="/img/pier.jpg" alt="">{card}')
        judge = _judge(page)
        assert judge.inside(page.index('<img src="/img/pier.jpg"')), card
        assert not judge.inside(page.index('<img src="/img/fares.jpg"')), card


def test_a_promo_between_the_headline_and_the_first_paragraph_is_not():
    # A subscription banner, a link to another page, with no text of its own.
    page = PAGE.replace(f"<p>{FIRST}</p>",
                        f'<a href="/subscribe"><img src="/img/banner.jpg" alt=""></a><p>{FIRST}</p>')
    judge = _judge(page)
    assert not judge.inside(page.index('<img src="/img/banner.jpg"'))
    # a picture linked to its own full-size file stays the story's
    page = PAGE.replace('<img src="/img/ferry-0412.jpg" alt="ferry-0412.jpg">',
                        '<a href="/img/ferry-0412-full.jpg"><img src="/img/ferry-0412.jpg" alt="ferry-0412.jpg"></a>')
    assert _judge(page).inside(page.index("ferry-0412.jpg\""))


def test_an_unlinked_card_above_a_long_printed_caption_is_not():
    # The card's headline is a few words among the lead caption's many, all
    # between the card's picture and the first paragraph; a share of 80% of
    # the stretch's trigrams let it pass as reference text.
    caption = ("The old ferry leaves the north pier on its last winter run, with the harbour "
               "board's two replacements due to start service from the same pier in May next year.")
    page = PAGE.replace('<figure class="lead">',
                        '<div class="card"><img src="/img/fares.jpg" alt=""><h3>Bus fares rise</h3></div>'
                        '<figure class="lead">').replace("The old ferry at the north pier.", caption)
    judge = _judge(page, BODY.replace("The old ferry at the north pier.", caption))
    assert not judge.inside(page.index('<img src="/img/fares.jpg"'))
    assert judge.inside(page.index("ferry-0412.jpg\""))


def test_a_photo_essays_pictures_after_the_story_are_the_storys():
    # A run of captioned <figure>s after the story's last paragraph, in its
    # container; the reference prints none of the captions. The pictures
    # before one are no page text between it and the story.
    essay = "".join(f'<figure><img src="/img/essay-{i}.jpg" alt=""><figcaption>Riders queue at the '
                    f'north pier, scene {i}. Photo by Ana Ruiz</figcaption></figure>' for i in range(3))
    page = PAGE.replace('<img src="/img/pier.jpg" alt="">', essay)
    judge = _judge(page, f"{FIRST}\n{LAST}")
    for i in range(3):
        assert judge.inside(page.index(f'<img src="/img/essay-{i}.jpg"')), i
    # a box of page text among them still is page text between
    third = '<figure><img src="/img/essay-2.jpg"'
    page = page.replace(third, f"<div>Most read this week</div>{third}")
    assert not _judge(page, f"{FIRST}\n{LAST}").inside(page.index('<img src="/img/essay-2.jpg"'))


PIER = '<img src="/img/pier.jpg" alt="">'


def _before(block: str) -> str:
    return PAGE.replace(f"<p>{FIRST}", f"{block}<p>{FIRST}")


def test_a_pictures_own_block_is_no_licence_for_its_other_text():
    # Only a picture's caption, credit, byline and slideshow are left out of
    # the page text between it and the story: an author's bio, an ad's label
    # or a promo's pitch in the picture's block still is page text (qa22).
    pages = [_before('<div class="author"><img src="/img/x.jpg" alt=""><p>Ana Ruiz covers transport '
                     'for the Gazette.</p></div>'),
             _before('<div><img src="/img/x.jpg" alt=""><span>Advertisement</span></div>'),
             _before('<div><img src="/img/x.jpg" alt=""><p>Get our app for the latest news</p></div>'),
             PAGE.replace(PIER, '<div class="related"><h4>Related</h4><img src="/img/x.jpg" alt="">'
                                '<p><a href="/fares">Bus fares rise in spring</a></p></div>'),
             PAGE.replace(PIER, '<div><p>Get our app for the latest news</p><img src="/img/x.jpg" alt=""></div>')]
    for page in pages:
        assert not _judge(page).inside(page.index('<img src="/img/x.jpg"')), page
    # the same block with a caption and a credit is the story's lead art
    page = _before('<div class="hero"><img src="/img/x.jpg" alt=""><p class="hero-caption">The north '
                   'pier at dawn</p><span class="credit">Ana Ruiz</span></div>')
    assert _judge(page).inside(page.index('<img src="/img/x.jpg"'))


def test_a_lead_picture_above_the_byline_in_the_storys_header_is_the_storys():
    page = _before('<header class="article-header"><figure><img src="/img/x.jpg" alt=""><figcaption>'
                   'The north pier.</figcaption></figure><div class="article-info"><a class="byline" '
                   'href="/people/ana">By Ana Ruiz</a> <time>2014-12-22</time></div></header>')
    assert _judge(page).inside(page.index('<img src="/img/x.jpg"'))


def test_a_figure_with_no_picture_has_no_caption():
    # A newsletter box or a list of links in a <figure> before a closing
    # picture is page text between it and the story.
    for box in ('<figure class="newsletter"><figcaption>Sign up for our weekly newsletter</figcaption></figure>',
                '<figure><h3>More on ferries</h3><ul><li>Bus fares rise in spring</li></ul></figure>'):
        page = PAGE.replace(PIER, f'{box}<img src="/img/x.jpg" alt="">')
        assert not _judge(page).inside(page.index('<img src="/img/x.jpg"')), box


def test_an_ad_in_a_figure_of_its_own_is_not_the_storys():
    # Its label, before or after the picture, is no caption.
    for ad in ('<figure><figcaption>Advertisement</figcaption><img src="/img/x.gif" alt=""></figure>',
               '<figure><img src="/img/x.gif" alt=""><figcaption>Sponsored</figcaption></figure>'):
        page = PAGE.replace(PIER, ad)
        assert not _judge(page).inside(page.index('<img src="/img/x.gif"')), ad


def test_a_picture_in_an_ad_slot_or_a_sidebar_is_not_the_storys():
    # By markup alone: an ad's box, or an <aside> gallery inside the story's
    # container with nothing between it and the last paragraph.
    for box in ('<div class="ad-slot"><img src="/img/x.gif" alt=""></div>',
                '<aside class="gallery"><ul><li><img src="/img/x.gif" alt=""><p>Storm hits coast</p></li>'
                '<li><img src="/img/y.gif" alt=""><p>Fair opens</p></li></ul></aside>'):
        page = PAGE.replace(PIER, box)
        assert not _judge(page).inside(page.index('<img src="/img/x.gif"')), box
    page = PAGE.replace(PIER, '<div class="loader shadow"><img src="/img/x.gif" alt=""></div>')
    assert _judge(page).inside(page.index('<img src="/img/x.gif"'))     # no ad's name


def test_a_caption_that_is_only_a_link_to_another_page_is_a_cards_headline():
    # A read-next card as a <figure> whose caption is one link: its picture
    # is the card's, and its headline is page text between the story and a
    # picture after it. A byline linked to its writer's page stays a byline.
    card = ('<figure class="card"><img src="/img/x.jpg" alt=""><figcaption><a href="/fares">Bus fares '
            'rise in spring</a></figcaption></figure>')
    page = PAGE.replace(PIER, card + PIER)
    judge = _judge(page)
    assert not judge.inside(page.index('<img src="/img/x.jpg"'))
    assert not judge.inside(page.index(PIER))
    page = _before('<header><figure><img src="/img/x.jpg" alt=""></figure><a class="byline" '
                   'href="/people/ana">By Ana Ruiz</a></header>')
    assert _judge(page).inside(page.index('<img src="/img/x.jpg"'))
