"""qa322 review of fx460 (`lint/readers/_html_bare_blocks.py`): a `<div>`'s
bare text among a story's `<p>`s, or right above the first, read as a story
paragraph. Strict xfails are what breaks (they pass once fixed); the plain
tests guard the nearest shapes that work. Pages are written here (the
`test_html_pages.page` template), nothing is taken from /work/shared."""
from __future__ import annotations

import pytest
from test_html_bare_blocks import YARD, _one
from test_html_page_recall import LONG
from test_html_pages import page, read, rules, texts

from lint import lint_text

DOUBLED = "The yard in Port Alder said the the crew would start work on the first hull in the spring."
SECOND = "Islanders said the yard had waited years for an order of this size from the board."


def _paras(**kw) -> list[str]:
    return texts(read(_one(page(story=LONG, **kw))), "paragraph")


# --- #1 two bare <div> paragraphs in a row (a Google Docs / CMS paste) -------

@pytest.mark.xfail(strict=True, reason="qa322 #1: two bare-<div> paragraphs in a row between <p>s: neither is read "
                                       "(each needs a chosen <p> on both sides), so their findings are lost")
def test_two_bare_div_paragraphs_in_a_row_are_both_read():
    middle = f"<div>{YARD}</div><div>{SECOND}</div>"
    assert _paras(middle=middle) == LONG[:2] + [YARD, SECOND] + LONG[2:]


@pytest.mark.xfail(strict=True, reason="qa322 #1: a doubled word in the second of two bare-<div> paragraphs is not flagged")
def test_a_doubled_word_in_the_second_of_two_bare_divs_is_flagged():
    src = _one(page(story=LONG, middle=f"<div>{YARD}</div><div>{DOUBLED}</div>"))
    assert "hygiene.doubled-word" in rules(src)


@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
def test_guard_one_bare_div_paragraph_is_flagged_and_fixed_at_its_place():
    src = _one(page(story=LONG, middle=f"\n<div>\n  {DOUBLED}\n</div>\n"))
    found = [d for d in lint_text(src, "page.html") if d.rule == "hygiene.doubled-word"]
    assert len(found) == 1
    line = src.split("\n")[found[0].line - 1]
    assert line[found[0].column - 1:found[0].end_column - 1] == "the the"


# --- #2 a picture's caption div read as the lede -----------------------------

# The shape of a real CMS picture box (Foundation/UIkit templates, as on
# metrotimes.com): a link with the picture, then a caption block holding a
# credit <div> and a caption <div>, right above the first paragraph.
CAPTION = "The new ferry Island Star is among the boats the board has ordered for the island route."
PICTURE_BOX = ('<div uk-lightbox class="uk-position-relative fdn-content-image-center contentImageCenter"> '
               '<a href="https://img.example.com/star-big.jpg" title="x"> <span class="fdn-button-enlarge"> '
               'click to enlarge </span> <img src="https://img.example.com/star.jpg" alt="The Island Star" /> </a> '
               '<div class="fdn-caption-block uk-margin-auto" style="max-width: 660px"> '
               '<div class="fdn-image-credit"> Port Alder Shipyards </div> '
               f'<div class="fdn-image-caption"> {CAPTION} </div> </div> </div>\n')


def test_a_caption_div_after_a_credit_div_in_a_picture_box_is_not_the_lede():
    assert _paras(before=PICTURE_BOX) == LONG


def test_guard_a_caption_div_right_after_the_picture_stays_out():
    box = f'<div class="image"><img src="https://img.example.com/q.jpg" alt="Quinn"><div>{CAPTION}</div></div>'
    assert _paras(before=box) == LONG


# --- #3 a <div> whose class names a box still read ---------------------------

@pytest.mark.parametrize("name", ["pullquote", "pull-quote", "wp-caption-text", "image-caption", "outbrain",
                                  "taboola", "read-more", "more-stories", "author-bio"])
@pytest.mark.parametrize("where", ["before", "middle"])
def test_a_div_whose_class_names_a_box_stays_out(name, where):
    assert YARD not in _paras(**{where: f'<div class="{name}">{YARD}</div>'})


@pytest.mark.parametrize("name", ["promo", "inline-promo", "newsletter-signup", "subscribe", "paywall", "social",
                                  "share-bar", "twitter-tweet", "instagram-media", "ad-slot"])
@pytest.mark.parametrize("where", ["before", "middle"])
def test_guard_a_div_whose_class_names_a_box_stays_out(name, where):
    assert YARD not in _paras(**{where: f'<div class="{name}">{YARD}</div>'})


# --- #4 the site's own lines in a bare <div> read as story -------------------

@pytest.mark.parametrize("line", [
    "Photo gallery: Scenes from the ferry launch in Port Alder.",
    "Video: The new ferries will carry 300 passengers each.",
    "This story continues below the advertisement.",
    "Share this story on Facebook and Twitter.",
    "A post shared by Island Courier (@islandcourier) on Dec 1, 2026 at 4:43pm PST.",
    "Disclaimer: The views expressed here are the author's own.",
])
@pytest.mark.parametrize("where", ["before", "middle"])
def test_a_site_line_in_a_bare_div_stays_out(line, where):
    assert line not in _paras(**{where: f"<div>{line}</div>"})


@pytest.mark.parametrize("line", [
    "This story continues below the advertisement.",
    "Share this story on Facebook and Twitter.",
    "A post shared by Island Courier (@islandcourier) on Dec 1, 2026 at 4:43pm PST.",
])
def test_a_site_line_in_a_bare_div_raises_no_finding(line):
    assert rules(_one(page(story=LONG, middle=f"<div>{line}</div>"))) == []


@pytest.mark.parametrize("line", [
    "Story continues below",
    "Story continues below advertisement.",
    "Read more: Ferry fares rise again as the board weighs new boats.",
    "Watch: Harbour Board chair explains the ferry vote.",
    "View this post on Instagram.",
    "Follow us on Twitter for the latest updates on the ferry route.",
    "Reporting by Ana Ruiz; Editing by Tomas Lindqvist.",
    "Published 4:43 p.m. PT Dec. 1, 2026.",
])
@pytest.mark.parametrize("where", ["before", "middle"])
def test_guard_a_site_line_in_a_bare_div_stays_out(line, where):
    assert line not in _paras(**{where: f"<div>{line}</div>"})


# --- #5 a hard-wrapped bare <div> paragraph dropped --------------------------

@pytest.mark.xfail(strict=True, reason="qa322 #5: a bare-<div> paragraph whose text is wrapped over two source lines "
                                       "is not read ('\\n' in its text), so its findings are lost")
def test_a_wrapped_bare_div_paragraph_is_read():
    wrapped = ("\n<div>The yard in Port Alder said the the crew would start work on the first\n"
               "hull in the spring.</div>\n")
    assert "hygiene.doubled-word" in rules(_one(page(story=LONG, middle=wrapped)))


@pytest.mark.parametrize("div", [f"\n<div>\n  {YARD}\n</div>\n", f"<div><span>{YARD}</span></div>",
                                 f"<div><div>{YARD}</div></div>", f'<div style="margin:0">{YARD}</div>',
                                 f"<div>{YARD}<br></div>"])
@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
def test_guard_bare_div_shapes_that_are_read(div):
    assert YARD in _paras(middle=div)


# --- #6 story sentences dropped as the site's line ---------------------------

@pytest.mark.xfail(strict=True, reason="qa322 #6: a story sentence with a pitch word ('subscribe', 'Read') in a bare "
                                       "<div> is taken for the site's line and dropped")
@pytest.mark.parametrize("line", [
    "Quinn said she would subscribe to the yard's plan if costs stayed down.",
    "Read the board's full statement, Quinn said, and you will see the vote was fair.",
])
def test_a_story_sentence_with_a_pitch_word_in_a_bare_div_is_read(line):
    assert line in _paras(middle=f"<div>{line}</div>")


@pytest.mark.xfail(strict=True, reason="qa322 #7: a bare-<div> paragraph wrapped in legacy <font> (old CMS paste) is not read")
def test_a_bare_div_paragraph_in_a_font_tag_is_read():
    assert YARD in _paras(middle=f"<div><font size=3>{YARD}</font></div>")
