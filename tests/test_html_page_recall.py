"""Full web pages (issue 10, body recall): story text that the main-content
extractor keeps, or that sits inside a story paragraph, is linted. Each page
is written for the test (`test_html_pages.page`): one story with one form of
markup the web writes inside it."""
from __future__ import annotations

from test_html_pages import STORY, page, read, texts

MORE = [
    "Ferry captain Olu Adebayo said the crew had asked for new engines since 2019 and welcomed "
    "the decision of the board on Tuesday night.",
    "The board will meet again on Thursday to choose a name for the first of the two new boats, "
    "which are to be built in Port Alder.",
    "Residents may send suggestions by email until the end of the month, the board said in a "
    "statement issued after the meeting.",
]
LONG = STORY + MORE


def _cut(block: str) -> str:
    """A page whose fourth paragraph a block inside it cuts in two, as CMSs
    place an ad slot or a picture: `<p>first half<div>...</div>rest</p>`
    (the browser, html.parser and lxml all close the `<p>` at the `<div>`)."""
    first, rest = "The contract, worth $48 million, goes to a yard in Port Alder.", \
        "The first boat is due in service in March 2027, the second a year later."
    story = LONG[:3] + [f"{first}{block}{rest}"] + LONG[4:]
    return page(story=story), first, rest


def test_the_rest_of_a_paragraph_after_an_ad_slot_inside_it_is_read():
    # trafilatura keeps the rest as the tail of the paragraph's element, in
    # no element of its own: `_html_story` counts it as kept text.
    src, first, rest = _cut('<div class="ad-slot"><script>showAd("mid")</script></div>')
    paragraphs = texts(read(src), "paragraph")
    assert first in paragraphs and rest in paragraphs
    assert paragraphs == LONG[:3] + [first, rest] + LONG[4:]


def test_a_short_tail_the_extractor_keeps_is_no_story_text():
    # A button's label after a box's blurb ("Take Quiz"), which trafilatura
    # keeps as a tail too, stays out: a tail counts from TAIL_WORDS words.
    quiz = ('<div class="quiz"><p>Are you getting enough sleep? Learn how to be better '
            'rested.</p><span class="more">Take Quiz</span></div>')
    assert "Take Quiz" not in texts(read(page(story=LONG, after=quiz)), "paragraph")


def test_the_rest_of_a_paragraph_after_a_picture_inside_it_is_read():
    # trafilatura, asked for images, drops the text after a picture's <div>
    # inside a <p>: `_html_between.paragraph_rests` reads it back, with the
    # picture and its caption between the halves.
    picture = ('<div class="inline-image"><img src="https://img.example.com/yard.jpg" alt="The yard at '
               'Port Alder"><div class="caption">The yard at Port Alder. Photo: Ana Ruiz</div></div>')
    src, first, rest = _cut(picture)
    doc = read(src)
    assert texts(doc, "paragraph") == LONG[:3] + [first, rest] + LONG[4:]
    assert [c.startswith("The yard at Port Alder.") for c in texts(doc, "caption")] == [True]


def test_text_after_a_box_that_no_paragraph_encloses_stays_out():
    # The same markup with the first half's </p> written out: the text after
    # the box is the page's, not the paragraph's rest.
    box = '</p><div class="promo"><img src="https://img.example.com/ad.jpg" alt="Ferry tickets"></div>'
    src, first, rest = _cut(box)
    assert rest not in texts(read(src), "paragraph")


def _noted(note: str) -> str:
    """A page with `note` in a box of its own above the story's `<article>`
    and its h1 (trafilatura keeps the one `<article>` and leaves it out)."""
    one = page(story=LONG).replace('<article class="card">', '<div class="card">').replace(
        'Jan. 1.</p></article>', 'Jan. 1.</p></div>')      # (the story is the page's one <article>)
    return one.replace(
        '<main><article class="story">',
        f'<main><section class="source"><p class="editors_note">{note}</p></section>'
        '<article class="story">')


def test_a_note_on_where_the_story_first_ran_above_it_is_read():
    note = "This story originally appeared in the Port Alder Gazette."
    doc = read(_noted(note))
    assert texts(doc, "paragraph") == [note] + LONG


def test_an_update_stamp_above_the_story_stays_out():
    # "Updated ..." opens a note too, but a stamp alone is no sentence.
    stamp = "Updated: Dec 1, 2026 / 04:43 PM PST"
    assert texts(read(_noted(stamp)), "paragraph") == LONG


ITEMS = [
    "Two new ferries, each carrying 40 more passengers than the boats they replace.",
    "A crossing eight minutes shorter, from 42 minutes to 34 minutes in calm weather.",
    "A contract worth $48 million with a yard in Port Alder, the first boat due in March 2027.",
]


def test_a_list_in_the_story_is_read_where_the_extractor_gathered_only_paragraphs():
    # The page's first <article> is a teaser card: trafilatura falls back to
    # gathering the page's paragraphs, and takes no list.
    bullets = "<ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>"
    assert texts(read(page(story=LONG, middle=bullets)), "paragraph") == LONG[:2] + ITEMS + LONG[2:]


def test_a_list_of_links_or_widget_labels_between_the_paragraphs_stays_out():
    heds = ("Ferry fares rise 5 percent in January", "Storm closes the causeway again",
            "New dock opens at Port Alder with a ribbon cutting")
    related = "<ul>" + "".join(f'<li><a href="/story/{i}">{hed}</a></li>' for i, hed in enumerate(heds)) + "</ul>"
    tools = "<ul><li>Print</li><li>Email</li></ul>"
    for box in (related, tools):
        assert texts(read(page(story=LONG, middle=box)), "paragraph") == LONG, box
