"""Full web pages (issue 10, body recall): a story paragraph written as a
`<div>`'s own text among the story's `<p>`s, which trafilatura drops, is read
(`lint/readers/_html_bare_blocks.py`); the page's own lines in a `<div>`
stay out. Each page is written for the test (`test_html_pages.page`)."""
from __future__ import annotations

import pytest
from test_html_page_recall import LONG
from test_html_pages import page, read, rules, texts

YARD = ("The yard in Port Alder has built ferries for the island since 1952, and its owners "
        "said the order would keep 80 people in work.")


def _one(src: str) -> str:
    """The page with its teaser card made a `<div>`: the story's `<article>` is
    the page's one (trafilatura reads it, not its fallback)."""
    return src.replace('<article class="card">', '<div class="card">').replace(
        'Jan. 1.</p></article>', 'Jan. 1.</p></div>')


@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
@pytest.mark.parametrize("shape", [page, lambda **kw: _one(page(**kw))])
def test_a_story_paragraph_in_a_bare_div_between_two_paragraphs_is_read(shape):
    doc = read(shape(story=LONG, middle=f"<div>{YARD}</div>"))
    assert texts(doc, "paragraph") == LONG[:2] + [YARD] + LONG[2:]


@pytest.mark.parametrize("div", ["<div>{}</div>", '<div class="lead">{}</div>',
                                 '<div class="article-lead"><b>{}</b></div>'])
@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
def test_a_lede_in_a_div_right_above_the_first_paragraph_is_read(div):
    doc = read(_one(page(story=LONG[1:], before=div.format(LONG[0]))))
    assert texts(doc, "paragraph") == LONG


@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
def test_the_read_lede_is_linted_at_its_place():
    lede = "The Harbour Board voted 6-1 on Tuesday to replace the the two oldest ferries on the island route."
    src = _one(page(story=LONG[1:], before=f"<div>{lede}</div>"))
    assert "hygiene.doubled-word" in rules(src)
    part = next(p for p in read(src).parts if p.text == lede)
    assert src[part.source_offset(0):].startswith(lede)


@pytest.mark.parametrize("line", [
    "Updated: Dec 1, 2026 / 04:43 PM PST",                               # a stamp
    "By Tomas Lindqvist and Ana Ruiz, Island Courier staff",             # a byline
    "Sign up for our newsletter to get the Island Courier every morning.",   # a pitch
    "Advertisement",                                                     # furniture
    "Ferry Fares Rise Again As Board Weighs New Boats.",                 # a headline's title case
    "The yard at Port Alder. (Photo: Ana Ruiz)",                         # a caption
    "Storm closes the causeway",                                         # no sentence
])
def test_a_site_line_in_a_div_above_or_inside_the_story_stays_out(line):
    for kw in ({"before": f"<div>{line}</div>", "story": LONG},
               {"middle": f"<div>{line}</div>", "story": LONG}):
        assert line not in texts(read(_one(page(**kw))), "paragraph"), kw


def test_a_linked_line_in_a_div_between_the_paragraphs_stays_out():
    related = f'<div><a href="/story/9">{YARD}</a></div>'
    assert YARD not in texts(read(_one(page(story=LONG, middle=related))), "paragraph")


def test_the_description_printed_again_above_the_story_is_not_a_paragraph():
    head = f'<meta name="description" content="{YARD}">'
    doc = read(_one(page(story=LONG, head=head, before=f'<div class="summary">{YARD}</div>')))
    assert YARD not in texts(doc, "paragraph")


def test_a_div_after_the_storys_last_paragraph_stays_out():
    # A bio, a note or a box is likelier there than story text.
    doc = read(_one(page(story=LONG, after=f"<div>{YARD}</div>")))
    assert texts(doc, "paragraph") == LONG


def test_a_div_inside_another_box_between_the_paragraphs_stays_out():
    # A box of its own (an aside, a section) is no paragraph's container.
    for box in (f"<aside><div>{YARD}</div></aside>", f"<section><div>{YARD}</div></section>"):
        assert YARD not in texts(read(_one(page(story=LONG, middle=box))), "paragraph"), box


def test_a_div_in_another_article_above_the_story_stays_out():
    card = f'<article class="promo"><div>{YARD}</div></article>'
    src = _one(page(story=LONG)).replace('<main><article class="story">', f'<main>{card}<article class="story">')
    assert YARD not in texts(read(src), "paragraph")


def test_a_pictures_text_in_a_div_of_its_box_above_the_story_stays_out():
    # A picture box's line is its caption, not the lede, though it reads as a sentence.
    line = "Marta Quinn speaks at the meeting on Tuesday night."
    box = f'<div class="image"><img src="https://img.example.com/q.jpg" alt="Quinn"><div>{line}</div></div>'
    assert line not in texts(read(_one(page(story=LONG, before=box))), "paragraph")


@pytest.mark.xfail(strict=True, reason="taken back (fx460, qa322 #2-#4): a <div>'s bare text among the story's paragraphs is not read")
def test_a_lede_div_under_the_lead_picture_is_still_read():
    picture = ('<figure><img src="https://img.example.com/q.jpg" alt="Quinn">'
               '<figcaption>Marta Quinn at the meeting. Photo: Ana Ruiz</figcaption></figure>')
    doc = read(_one(page(story=LONG[1:], before=f"{picture}<div>{LONG[0]}</div>")))
    assert texts(doc, "paragraph") == LONG


@pytest.mark.parametrize("name", ['class="ad-slot"', 'class="sponsor-note"', 'id="comments-count"',
                                  'class="sidebar"', 'class="related-teaser"'])
def test_a_div_whose_class_or_id_names_a_box_stays_out(name):
    for where in ("before", "middle"):
        src = _one(page(story=LONG, **{where: f"<div {name}>{YARD}</div>"}))
        assert YARD not in texts(read(src), "paragraph"), (name, where)
