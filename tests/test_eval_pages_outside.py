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
