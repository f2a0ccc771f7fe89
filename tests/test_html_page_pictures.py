"""Full web pages (issue 10, build 4): only the story's pictures are checked.
An author's headshot beside the bio under the story, and a teaser card's
picture (a picture linking to another page, with that page's headline), are
the page's, even where the extractor keeps them; the story's own pictures
stay checked. Every page is written for the test (`test_html_pages.page`)."""
from __future__ import annotations

from lint import lint_text
from test_html_pages import HEADLINE, STORY, page, read

# The extractor keeps a picture inside a paragraph, with a full address.
IMG = "https://img.example.com/{}"


def _alts(src: str) -> list[str]:
    return [p.attrs["src"] for p in read(src).parts if p.kind == "alt"]


def _missing_alt(src: str) -> int:
    return sum(d.rule == "captions.missing-alt" for d in lint_text(src, "page.html"))


def test_an_author_headshot_beside_the_bio_is_not_checked():
    bio = (f'<div class="about"><p><img src="{IMG.format("staff/lindqvist.jpg")}"></p>'
           '<p><a rel="author" href="/by/tl">Tomas Lindqvist</a> covers the islands and their '
           'ferries for the Courier.</p></div>')
    for where in ("middle", "after"):
        src = page(**{where: bio})
        assert _alts(src) == [], where
        assert _missing_alt(src) == 0, where
    # alt texts that name the author, then the paper or the job
    for alt in ("Tomas Lindqvist | The Island Courier", "Tomas Lindqvist, Staff Writer",
                "Headshot of Tomas Lindqvist"):
        labelled = bio.replace('lindqvist.jpg"', f'lindqvist.jpg" alt="{alt}"')
        assert _alts(page(after=labelled)) == [], alt


def test_a_story_picture_of_someone_else_beside_a_byline_is_still_checked():
    # The picture names Marta Quinn; the byline beside it is another person's.
    box = (f'<div class="about"><p><img src="{IMG.format("news/quinn.jpg")}"></p>'
           '<p><a rel="author" href="/by/tl">Tomas Lindqvist</a> covers the islands and their '
           'ferries for the Courier.</p></div>')
    src = page(middle=box)
    assert _alts(src) == [IMG.format("news/quinn.jpg")]
    assert _missing_alt(src) == 1


def test_a_teaser_cards_picture_is_not_checked():
    card = (f'<div class="more"><div class="card"><p><a href="/storm-causeway">'
            f'<img src="{IMG.format("storm.jpg")}"></a></p>'
            '<h3><a href="/storm-causeway">Storm closes the causeway again for a third day</a></h3>'
            '</div></div>')
    block = (f'<div class="more"><a href="/storm-causeway"><p><img src="{IMG.format("storm.jpg")}"></p>'
             '<div class="title">Storm closes the causeway again for a third day</div></a></div>')
    titled = card.replace("<h3>", '<p class="title">').replace("</h3>", "</p>")
    for markup in (card, block, titled):
        for where in ("middle", "after"):
            src = page(**{where: markup})
            assert _alts(src) == [], (markup, where)
            assert _missing_alt(src) == 0, (markup, where)


def test_a_story_picture_linked_to_its_full_size_file_is_still_checked():
    # A link to the picture's own file (and "View full size" under it), then
    # a subhead linking to another page: no teaser card.
    full = IMG.format("ferry-full.jpg")
    middle = (f'<p><a href="{full}"><img src="{IMG.format("ferry.jpg")}"></a></p>'
              f'<h3><a href="{full}">View full size image</a></h3>'
              '<h3><a href="/timetable">Timetable</a></h3>')
    src = page(middle=middle)
    assert _alts(src) == [IMG.format("ferry.jpg")]
    assert _missing_alt(src) == 1


def test_a_story_picture_with_a_one_link_sentence_after_it_is_still_checked():
    # A chart linked to the report it comes from, and the story's sentence
    # linking there too; a photo linked to a larger view of itself, with the
    # view's label; a lead photo linked to the story's own address: no card.
    chart = IMG.format("chart.png")
    report = (f'<p><a href="/reports/ferry-study"><img src="{chart}"></a></p>'
              '<p><a href="/reports/ferry-study">Read the full report.</a></p>')
    larger = (f'<p><a href="https://img.example.com/view?id=123"><img src="{chart}"></a></p>'
              '<p><a href="https://img.example.com/view?id=123">View larger image</a></p>')
    url = "https://www.islandcourier.com/news/2026/12/01/ferries"
    own = (f'<p><a href="{url}/?utm_source=x#top"><img src="{chart}"></a></p>'
           f'<h3><a href="/news/2026/12/01/ferries">Harbour Board replaces two island ferries</a></h3>')
    for markup in (report, larger, own):
        src = page(head=f'<link rel="canonical" href="{url}">', middle=markup)
        assert _alts(src) == [chart], markup
        assert _missing_alt(src) == 1, markup
    # a relative canonical link, and the lead photo linked by its full address
    relative = own.replace(f'href="{url}/?utm_source=x#top"', f'href="{url}"')
    src = page(head='<link rel="canonical" href="/news/2026/12/01/ferries">', middle=relative)
    assert _alts(src) == [chart]


def test_a_story_photo_of_someone_who_shares_the_reporters_surname_is_still_checked():
    # A lead photo of Marta Quinn over Carlos Quinn's byline, in one box.
    photo = IMG.format("2026/12/quinn-board.jpg")
    lead = (f'<div class="lead"><div class="lead-art"><img src="{photo}" width="1200" '
            'alt="Board chair Marta Quinn speaks at the harbour meeting on Tuesday">'
            '<p class="caption">Marta Quinn at the meeting. (Photo: Ana Ruiz/Island Courier)</p></div>'
            '<div class="byline">By Carlos Quinn</div></div>')
    doc = read(page(h1=f"<h1>{HEADLINE}</h1>{lead}"))
    assert [p.attrs["src"] for p in doc.parts if p.kind == "alt"] == [photo]


def test_a_malformed_link_round_a_card_reads_the_page_as_before():
    # urllib cannot split "http://[::1" (an unclosed IPv6 host); the card is
    # still a card and the story is read whole, wherever the malformed address is.
    card = (f'<p><a href="http://[::1"><img src="{IMG.format("a.jpg")}"></a></p>'
            '<h3><a href="http://[::1">Bus fares rise in spring</a></h3>')
    for head, href in (("https://www.islandcourier.com/ferries", "http://[::1"),
                       ("http://[::1/ferries", "/fares")):
        doc = read(page(head=f'<link rel="canonical" href="{head}">', middle=card.replace("http://[::1", href)))
        assert [p.attrs["src"] for p in doc.parts if p.kind == "alt"] == []
        assert [p.text for p in doc.parts if p.kind == "paragraph"] == STORY
