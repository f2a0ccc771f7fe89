"""Full web pages (issue 10, builds 3 and 4): kinds of page furniture the
extractor may keep are not checked as the story's: pictures that are a
player's or a hidden lightbox's, a teaser card's picture, a teaser's blurb;
the story's own pictures and paragraphs beside them still are. Every page
and fragment is written for the test (`test_html_pages.page`)."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._html_furniture import WIDGET_TEXT
from lint.readers._html_looks import is_blurb
from test_html_pages import page, read

IMG = "https://img.example.com/{}"
PICTURE_RULES = ("captions.missing-alt", "captions.missing-credit")


def _alts(src: str) -> list[str]:
    return [p.attrs["src"] for p in read(src).parts if p.kind == "alt"]


def _picture_findings(src: str) -> list[str]:
    return [d.rule for d in lint_text(src, "page.html") if d.rule in PICTURE_RULES]


def test_a_video_poster_is_no_picture_of_the_story():
    # The still a player shows until it plays, named by the image's class or
    # by the player block round it; the caption under the player is the
    # video's title, with no photo to credit.
    still = IMG.format("video/harbour-vote.jpg")
    posters = (
        f'<img class="player-box__image" src="{still}">',
        f'<img class="story-video-placeholder" src="{still}">',
        f'<div class="video-player"><a href="#play"><img src="{still}"></a></div>',
    )
    for poster in posters:
        markup = (f'<figure class="media">{poster}<div class="controls"></div>'
                  '<figcaption>Watch: the board votes on the new ferries</figcaption></figure>')
        src = page(middle=markup)
        assert _alts(src) == [], poster
        assert _picture_findings(src) == [], poster


def test_a_picture_beside_a_player_or_named_poster_is_still_checked():
    # A film review's poster is its picture; a photo in a figure after a
    # player block is the story's; a lazy loader's placeholder class is no player.
    film = IMG.format("film/poster.jpg")
    for markup in (f'<figure><img class="poster" src="{film}"><figcaption>The film\'s poster, '
                   'released on Tuesday</figcaption></figure>',
                   f'<div class="video-player"><div class="frame"></div></div>'
                   f'<figure><img src="{film}"><figcaption>The film\'s poster, released on '
                   'Tuesday</figcaption></figure>',
                   f'<figure><img class="lazy placeholder" src="{film}"><figcaption>The film\'s '
                   'poster, released on Tuesday</figcaption></figure>'):
        src = page(middle=markup)
        assert _alts(src) == [film], markup
        assert sorted(_picture_findings(src)) == sorted(PICTURE_RULES), markup



def test_a_cards_title_link_on_a_line_of_its_own_makes_its_picture_a_teasers():
    # "Editor's pick" cards: a picture linking to another story, a section
    # link, then that story's headline as a link that opens on a line of its
    # own in its heading (the template's indentation before `<a>`): the link
    # covers the heading's whole text, so the picture is a teaser card's.
    card = ('<section class="picks"><article>'
            f'<div class="thumb"><a href="./view.htm?id=446015"><img src="{IMG.format("pick.jpg")}"></a></div>'
            '<p class="cate"><a href="./list.htm?cate=culture">Culture</a></p>'
            '<h2>\n\t\t<a href="./view.htm?id=446015">\n\t\t\tSinger opens the harbour festival\t\t</a>\n\t</h2>'
            '</article></section>')
    doc = read_bytes("card.html", card.encode())
    heading = doc.first("heading")
    assert heading.attrs["inline"] == [("link", 0, len(heading.text))]
    assert doc.first("alt").attrs.get("teaser") is True
    # a story picture followed by a subhead that is no link stays the story's
    story = card.replace('<a href="./view.htm?id=446015">\n', '<span>\n').replace("</a>\n\t</h2>", "</span></h2>")
    assert "teaser" not in read_bytes("story.html", story.encode()).first("alt").attrs


def test_a_hidden_lightboxs_copies_of_the_pictures_are_not_checked_again():
    # The story's photo, then the gallery's full-screen copy of it that no
    # reader sees until it opens: AMP's lightbox, or any element with `hidden`.
    photo = IMG.format("ferry.jpg")
    shown = (f'<figure><img src="{photo}"><figcaption>The new ferry on its trial run on '
             'Tuesday</figcaption></figure>')
    for box in ('<amp-lightbox id="gallery" layout="nodisplay">{}</amp-lightbox>',
                '<div class="gallery-modal" hidden>{}</div>'):
        copy = box.format(f'<figure><amp-img src="{photo}?width=1600"></amp-img>'
                          '<figcaption>The new ferry on its trial run on Tuesday</figcaption></figure>')
        src = page(middle=shown + copy)
        assert _alts(src) == [photo], box
        assert sorted(_picture_findings(src)) == sorted(PICTURE_RULES), box
        assert [p.text for p in read(src).parts if p.kind == "caption"] == \
            ["The new ferry on its trial run on Tuesday"], box


def _paragraphs(markup: str):
    return [p for p in read_bytes("frag.html", markup.encode()).parts if p.kind == "paragraph"]


def test_a_teasers_blurb_ending_in_a_full_article_link_is_no_story_text():
    # A right rail of other stories: a blurb, then "Full Article" (a
    # non-breaking space in it) or "Read more" as a link of its own.
    rail = ('<div class="feature"><p>Harbour fares rise again in spring.&nbsp; <span class="links">'
            '<a href="/fares">Full&nbsp;Article</a></span>&nbsp;</p>'
            '<p>The causeway reopens after the storm. <a href="/causeway">Read more &raquo;</a></p></div>')
    assert [is_blurb(p) for p in _paragraphs(rail)] == [True, True]
    # a story's sentence with a link at its end, a long paragraph, a link
    # that is the whole paragraph: none is a blurb
    story = ('<p>The board published <a href="/report">the full report</a></p>'
             f'<p>{" ".join(["word"] * 31)} <a href="/more">Read more</a></p>'
             '<p><a href="/more">Read more</a></p>'
             '<p>To find out how the vote went, <a href="/vote">learn more</a></p>')
    assert [is_blurb(p) for p in _paragraphs(story)] == [False, False, False, False]


def test_a_picture_whose_alt_text_asks_to_be_bought_or_clicked_is_an_ads():
    # A shop's picture and a house ad between the story's paragraphs (in a
    # paragraph of their own, which the extractor keeps): the alt text ends
    # in a call to action.
    shop = (f'<p><a href="/shop/globe"><img src="{IMG.format("globe.jpg")}" '
            'alt="Island Courier harbour globe. Buy Now"></a></p>')
    house = f'<p><a href="/live"><img src="{IMG.format("live.png")}" alt="Now Streaming 24/7 Click Here"></a></p>'
    for markup in (shop, house):
        src = page(middle=markup)
        doc = read(src)
        assert [p for p in doc.parts if p.kind == "alt"] == [], markup
        assert _picture_findings(src) == [], markup
    # a story photo of people buying is the story's
    photo = (f'<figure><img src="{IMG.format("queue.jpg")}"><figcaption>Islanders queue to buy the '
             'first tickets on Tuesday</figcaption></figure>')
    src = page(middle=photo)
    assert _alts(src) == [IMG.format("queue.jpg")]
    assert sorted(_picture_findings(src)) == sorted(PICTURE_RULES)


def test_a_picture_linking_to_a_sites_front_page_is_a_logo_or_badge():
    # A partner's badge over the story and a logo linking home, in
    # paragraphs of their own (the extractor keeps them); a photo linking to
    # an article, or to its own full-size file, stays the story's.
    badge = IMG.format("partners/wire.jpg")
    for markup in (f'<p><a href="https://www.harbourwire.example/"><img src="{badge}" alt="Harbour Wire"></a></p>',
                   f'<p><a href="/"><img src="{badge}" alt="The Island Courier"></a></p>'):
        assert _alts(page(middle=markup)) == [], markup
    photo = IMG.format("ferry.jpg")
    for href in ("https://www.harbourwire.example/2026/ferries", photo, "https://www.harbourwire.example/?id=4"):
        markup = f'<p><a href="{href}"><img src="{photo}" alt="The new ferry"></a></p>'
        assert _alts(page(middle=markup)) == [photo], href


def test_a_share_lists_labels_are_widget_text_and_a_sentence_is_not():
    for label in ("Tweet this", "Share this", "Email this", "E-mail this story", "Digg this", "Link this",
                  "Print this article", "Reprints", "Reprints & Permissions"):
        assert WIDGET_TEXT.fullmatch(label), label
    for prose in ("Share this moment with your family, she said.", "Reprints of the 1923 map sold out.",
                  "Print this week's edition"):
        assert not WIDGET_TEXT.fullmatch(prose), prose


def test_a_gallerys_thumbnail_strip_is_not_checked_but_its_pictures_are():
    # The gallery's shown picture, then the strip of small copies that pick
    # which one is shown (no alt text on them; in a paragraph, which the
    # extractor keeps): only the shown one is checked.
    shown = IMG.format("gallery/1.jpg")
    strip = "".join(f'<a href="?img={i}"><img src="{IMG.format(f"gallery/{i}-s.jpg")}"></a>'
                    for i in range(1, 4))
    for thumbs in (f'<p class="thumbs">{strip}</p>',
                   f'<div class="gallery-thumbs"><p>{strip}</p></div>',
                   '<p>' + strip.replace('<a href', '<a class="inline-gallery-thumbnail" href') + '</p>'):
        markup = f'<div class="gallery"><p><img src="{shown}"></p>{thumbs}</div>'
        src = page(middle=markup)
        assert _alts(src) == [shown], thumbs
    # a lead picture whose link carries a script's hook, and a post's small
    # picture sized "thumbnail" by WordPress, are the story's
    lead = (f'<figure><a class="img-container js-gallerythumbs" href="#img-1"><img src="{shown}"></a>'
            '<figcaption>The new ferry on its trial run on Tuesday</figcaption></figure>')
    small = f'<p><img class="attachment-thumbnail size-thumbnail" src="{shown}"></p>'
    for markup in (lead, small):
        assert _alts(page(middle=markup)) == [shown], markup


def test_a_thumbnail_only_gallerys_pictures_are_the_storys():
    # WordPress NextGEN: each thumbnail links to its own full-size file, which
    # only a lightbox shows; the thumbnails are the page's one copy of each
    # picture, though the class names a gallery thumbnail and the extractor
    # drops them. A strip whose links open files the gallery already shows
    # stays furniture.
    def box(i: int) -> str:
        return (f'<div class="ngg-gallery-thumbnail-box"><div class="ngg-gallery-thumbnail">'
                f'<a href="{IMG.format(f"gallery/ferry-{i}.jpg")}" class="ngg-fancybox">'
                f'<img alt="The Island Queen, view {i}" src="{IMG.format(f"gallery/thumbs/thumbs_ferry-{i}.jpg")}"'
                f' width="100" height="75"></a></div></div>')
    thumbs = [IMG.format(f"gallery/thumbs/thumbs_ferry-{i}.jpg") for i in range(3)]
    gallery = f'<div class="ngg-galleryoverview">{"".join(box(i) for i in range(3))}</div>'
    for src in (page(middle=gallery), page(after=gallery)):
        assert _alts(src) == thumbs
        assert [(p.text, src[slice(*p.source_span(0, len(p.text)))]) for p in read(src).parts
                if p.kind == "alt"] == [(f"The Island Queen, view {i}",) * 2 for i in range(3)]
    shown = IMG.format("gallery/ferry-0.jpg")
    src = page(middle=f'<div class="gallery"><p><img src="{shown}"></p>'
                      f'<div class="gallery-thumbs">{box(0)}</div></div>')
    assert _alts(src) == [shown]


def test_a_hidden_boxs_text_is_not_read_on_a_page():
    # A modal's warning and a quiz slider no reader sees until a script
    # shows them; a paragraph hidden only on small screens is the story's.
    boxes = ('<p class="modal-note hidden">At work? With your gran? Theres something here you might '
             'not want to read right now!!</p>'
             '<p hidden>Take our quizz and find out your best colours.</p>')
    extra = "The board will meet again in January to choose a name for the first boat."
    src = page(middle=boxes + f'<p class="hidden-xs">{extra}</p>')
    paragraphs = [p.text for p in read(src).parts if p.kind == "paragraph"]
    assert extra in paragraphs
    assert not any("gran" in t or "quizz" in t for t in paragraphs)
    assert [d.rule for d in lint_text(src, "page.html")] == []


def test_a_templates_standing_notice_is_not_read_on_a_page():
    # An affiliate disclosure and a standards badge the template prints on
    # every page; the story's own disclosure sentence is the story's.
    notices = ('<p class="affiliate-disclosure">This post contains references to products from our '
               'advertisers. We may receive compensation when you click on links.</p>'
               '<div class="TrustBadge-trust-badge-20GM8"><p>Our Standards: the Island Courier Trust '
               'Principles.</p></div>')
    own = "Disclosure: the Harbour Board chair sits on the Courier's community board."
    src = page(middle=notices + f"<p>{own}</p>")
    paragraphs = [p.text for p in read(src).parts if p.kind == "paragraph"]
    assert own in paragraphs
    assert not any("compensation" in t or "Standards" in t for t in paragraphs)


def test_a_lightbox_keep_is_a_gallery_thumbnails_in_the_storys_article():
    # The keep of a picture linked to its own full-size file reaches a
    # gallery's thumbnails between the story's paragraphs and in its
    # <article>; not a gallery after the article, nor an ad's, a sponsor's or
    # a promo's picture, which links to its own file as well (qa22).
    thumb = (f'<div class="ngg-gallery-thumbnail"><a href="{IMG.format("app-large.jpg")}">'
             f'<img src="{IMG.format("app.jpg")}" alt="The Courier app"></a></div>')
    src = page().replace("</article>\n<aside", f"</article>{thumb}\n<aside")
    assert thumb in src
    assert _alts(src) == []
    assert _alts(page(after=thumb)) == [IMG.format("app.jpg")]
    for box in ('<div class="ad">', '<div class="sponsor">', "<div><p>Advertisement</p>"):
        ad = f'{box}<a href="{IMG.format("ads/sale-large.jpg")}"><img src="{IMG.format("ads/sale.jpg")}" alt="Sale"></a></div>'
        assert _alts(page(middle=ad)) == _alts(page(after=ad)) == [], box
