"""Page furniture that only its text gives away (issue 10, per-rule precision
on real pages): bylines with their timestamps, share and player widgets in
figures, gallery labels, lists of links to other stories, picture credits the
markup names. Every page here is written for the test."""
from __future__ import annotations

import pytest

from test_html_pages import STORY, page, read, rules, texts

DATE_RULES = {"style.month-abbreviation", "style.time-of-day", "style.date-order",
              "style.weekday-abbreviation", "style.month-spelled-out"}


@pytest.mark.parametrize("line", [
    'By <a href="/staff/tl">Tomas Lindqvist</a>, August 14, 2020 2:30 pm',
    'by <a href="/staff/tl">Tomas Lindqvist</a> / 21 August 2019, 7:40am',
    'by <a href="/staff/tl">Tomas Lindqvist</a><br>21 August 2019, 7:40am',
])
def test_a_byline_with_its_timestamp_is_a_byline_not_prose(line):
    src = page(before=f"<p>{line}</p>")
    doc = read(src)
    assert not [p for p in doc.parts if p.kind in ("paragraph", "dek", "dateline") and "Lindqvist" in p.text]
    assert texts(doc, "paragraph") == STORY
    assert not DATE_RULES & set(rules(src))


@pytest.mark.parametrize("text", ["By March 2027, the first boat will be in service.",
                                  "By Monday, Oct. 5, the board must choose a yard."])
def test_a_sentence_that_starts_with_by_stays_prose(text):
    doc = read(page(before=f"<p>{text}</p>"))
    assert text in texts(doc, "paragraph")


def test_a_long_timestamp_line_with_its_modified_time_is_a_timestamp():
    stamp = "Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT"
    src = page(before=f'<p class="dateline">{stamp}</p>')
    assert [p.text for p in read(src).parts if p.name == "timestamp"] == [stamp]
    assert not DATE_RULES & set(rules(src))


FIGURE = ('<figure>{inside}<img src="/photos/ferry.jpg" alt="The old ferry at the pier">'
          '<figcaption>{caption}</figcaption></figure>')
CAPTION = "The old ferry leaves the pier at dawn. (AP Photo/Ana Ruiz)"


@pytest.mark.parametrize("inside", [
    '<a href="https://www.pinterest.com/pin/create/button/?url=x"><span>Share on Pinterest</span></a>',
    '<span class="article-heading__social-link">Pin it</span>',
    '<div class="player-with-placeholder__caption">Your device cannot play this video</div>',
])
def test_share_buttons_and_player_labels_in_a_figure_are_not_captions(inside):
    src = page(middle=FIGURE.format(inside=inside, caption=CAPTION))
    assert texts(read(src), "caption") == [CAPTION]
    assert "captions.missing-credit" not in rules(src)


def test_a_player_wrapper_that_holds_the_story_is_still_read():
    src = page(before='<div class="video-player">', after="</div>")
    assert texts(read(src), "paragraph") == STORY


@pytest.mark.parametrize("label", ["Slideshow <span>( 15 images )</span>", "Share on Pinterest",
                                   "Media playback is unsupported on your device"])
def test_a_widget_label_as_the_only_caption_is_not_a_caption(label):
    src = page(middle=FIGURE.format(inside="", caption=label))
    assert texts(read(src), "caption") == []
    assert "captions.missing-credit" not in rules(src)


def test_a_list_of_links_to_other_stories_with_their_dates_is_not_prose():
    items = "".join(f'<li><a href="/s/{i}">{t}</a><span> - October {i}, 2020</span></li>'
                    for i, t in enumerate(["Ferry fares rise again on the island route",
                                           "Causeway closes for a week of repairs"], 9))
    src = page(after=f"<ul>{items}</ul>")
    doc = read(src)
    assert texts(doc, "paragraph") == STORY
    assert not DATE_RULES & set(rules(src))


@pytest.mark.parametrize("credit_markup, credit", [
    ('<span class="img-author"><span itemprop="creator">Ana Ruiz/Reuters files</span></span>',
     "Ana Ruiz/Reuters files"),
    ('<span itemprop="copyrightHolder">Harbour Board</span>', "Harbour Board"),
])
def test_a_credit_named_by_microdata_or_an_author_class_is_the_credit(credit_markup, credit):
    caption = f'<span class="img-caption">The old ferry leaves the pier at dawn.</span> {credit_markup}'
    src = page(middle=FIGURE.format(inside="", caption=caption))
    doc = read(src)
    [cap] = [p for p in doc.parts if p.kind == "caption"]
    assert cap.text == "The old ferry leaves the pier at dawn."
    assert doc.parts[cap.attrs["credit"]].text == credit
    assert "captions.missing-credit" not in rules(src)


def test_a_credit_block_after_a_caption_that_ends_in_a_space_is_the_credit():
    caption = "<p>The old ferry leaves the pier at dawn </p><p>Harbour Board/AFP/Getty</p>"
    src = page(middle=FIGURE.format(inside="", caption=caption))
    doc = read(src)
    [cap] = [p for p in doc.parts if p.kind == "caption"]
    credit = doc.parts[cap.attrs["credit"]]
    assert (cap.text, credit.text) == ("The old ferry leaves the pier at dawn", "Harbour Board/AFP/Getty")
    assert doc.source[credit.source_offset(0):].startswith("Harbour Board/AFP/Getty</p>")


def test_a_link_and_its_date_make_a_listing_but_a_sentence_with_a_link_does_not():
    from lint.readers._html_furniture import is_link_listing
    src = ('<ul><li><a href="/s/9">Ferry fares rise again</a><span> - October 9, 2020</span></li>'
           '<li><a href="/s/8">Causeway repairs</a> end on October 9, 2020</li>'
           '<li>Fares rise again - October 9, 2020</li></ul>')
    doc = read(src)             # a CMS fragment: read as written, one part per item
    assert [is_link_listing(p) for p in doc.parts if p.kind == "paragraph"] == [True, False, False]


def test_a_list_entry_that_is_one_card_link_is_a_listing_but_a_one_line_link_is_not():
    from lint.readers._html_furniture import is_link_listing
    src = ('<ul class="watch-next"><li><a href="/v/1"><img src="t.jpg" alt="">\n<span>Morning forecast for '
           'November 5</span>\n<span>Morning forecast for November 5</span>\n<span>Wales Online</span></a></li>'
           '<li><a href="https://www.cdc.gov/flu">CDC flu guidance</a></li>'
           '<li><a href="#vote">\n<span>How the vote ran</span>\n<span>Jump to the tally</span></a></li>'
           '<li><a href="/s/2">Ferry fares</a><br>rise again as the board votes</li></ul>')
    doc = read(src)
    assert [is_link_listing(p) for p in doc.parts if p.kind == "paragraph"] == [True, False, False, False]


@pytest.mark.parametrize("text, want", [
    ("by Tomas Lindqvist\n21 August 2019, 7:40am", True),
    ("By Tomas Lindqvist | Updated Oct. 9, 2020 at 7:40 p.m. ET", True),
    ("By Tomas Lindqvist", True),
    ("By Tomas Lindqvist, who covered the vote", False),
    ("By October 9, 2020", False),
])
def test_byline_lines(text, want):
    from lint.readers._html_furniture import is_byline
    assert is_byline(text) is want


@pytest.mark.parametrize("text, want", [
    ("This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under Ferries.", True),
    ("Share on Pinterest", True),
    ("Photo gallery: 12 photos", True),
    ("Image 3 of 12", True),
    ("The board will share on Friday the 12 photos it took of the hulls.", False),
    ("This entry was the board's first vote on the ferries.", False),
])
def test_widget_labels(text, want):
    from lint.readers._html_furniture import WIDGET_TEXT
    assert bool(WIDGET_TEXT.fullmatch(text)) is want


def test_a_caption_class_beside_a_picture_marks_a_caption():
    middle = ('<div class="postpicture"><img src="/photos/pier.jpg" alt="The pier">'
              '<div class="postpicturecaption">The old ferry at the pier before the vote [Splash]</div></div>')
    src = page(middle=middle)
    assert texts(read(src), "caption") == ["The old ferry at the pier before the vote [Splash]"]
    assert "captions.missing-credit" not in rules(src)


@pytest.mark.parametrize("before, after", [
    ('<div class="has-caption">', "</div>"),              # a container's flag, not a caption
    ('<p class="item-caption">Posted in Ferries</p>', ""),  # no picture beside it
])
def test_a_caption_class_without_a_picture_or_on_a_container_is_no_caption(before, after):
    doc = read(page(before=before, after=after))
    assert texts(doc, "caption") == []
    assert texts(doc, "paragraph")[-len(STORY):] == STORY


def test_a_credit_and_caption_text_beside_a_picture_make_a_figure():
    middle = ('<div class="attachment"><a href="/big.jpg"><img src="/photos/yard.jpg" alt="The yard"></a>'
              '<div class="meta"><div class="ssCredit">(File 2025/The Associated Press)</div>'
              'Workers weld a hull at the Port Alder yard that won the contract.</div></div>')
    src = page(middle=middle)
    doc = read(src)
    [cap] = [p for p in doc.parts if p.kind == "caption"]
    assert cap.text == "Workers weld a hull at the Port Alder yard that won the contract."
    assert doc.parts[cap.attrs["credit"]].text == "(File 2025/The Associated Press)"
    assert doc.parts[cap.attrs["image"]].text == "The yard"
    assert "captions.missing-credit" not in rules(src)


def test_a_source_class_in_a_figure_is_the_credit_even_beside_a_caption_class():
    middle = ('<figure><img src="/photos/yard.jpg" alt="The yard"><p class="caption">Workers weld a hull '
              'at the Port Alder yard.</p><figcaption class="caption source">Photo: Ana Ruiz/Getty Images'
              '</figcaption></figure>')
    doc = read(page(middle=middle))
    [cap] = [p for p in doc.parts if p.kind == "caption"]
    assert doc.parts[cap.attrs["credit"]].text == "Photo: Ana Ruiz/Getty Images"


def test_a_story_container_with_a_lead_picture_is_no_figure():
    story = "".join(f"<p>{p}</p>" for p in STORY[2:])
    middle = (f'<div class="body"><img src="/photos/yard.jpg" alt="The yard"><p>{STORY[0]}</p>'
              f'<span class="source">Harbour Board</span> Quinn spoke first.<p>{STORY[1]}</p>{story}</div>')
    doc = read(page(story=[], middle=middle))
    assert texts(doc, "paragraph")[0] == STORY[0] and texts(doc, "paragraph")[-4:] == STORY[1:]
    assert texts(doc, "caption") == texts(doc, "credit") == []


@pytest.mark.parametrize("control", [
    '<a id="btnInviteFriends" href="#"><img src="/i/inviteMoreFriends.png"></a>',
    '<a class="share-btn" href="#"><span><img src="/i/mail.png"></span></a>',
    '<div class="site-logo"><img src="/i/courier.png"></div>',
    '<img class="icon_rss" src="/i/feed.png">',
    '<img src="/static/siteLogo.png">',
])
def test_an_image_the_markup_names_a_button_icon_or_logo_is_not_a_picture(control):
    picture = '<a class="gallery-link" href="/big.jpg"><img src="/photos/iconic-ferry.jpg"></a>'
    # A page with no story (read as a fragment): only the picture is checked.
    no_story = f"<html><body><nav><a href='/'>Home</a></nav>{control}{picture}<p>TK</p></body></html>"
    doc = read(no_story)
    assert [n.rule for n in doc.notices] == ["file.no-story"]
    assert [p.attrs["src"] for p in doc.parts if p.kind == "alt"] == ["/photos/iconic-ferry.jpg"]
    assert rules(no_story).count("captions.missing-alt") == 1
    # A story page: a captioned control between the paragraphs is not checked either.
    src = page(middle=f'<figure>{control}<figcaption>The old ferry at dawn. (Ana Ruiz/Courier)</figcaption>'
                      f'</figure><figure>{picture}<figcaption>The new ferry. (Ana Ruiz/Courier)</figcaption>'
                      '</figure>')
    assert [p.attrs["src"] for p in read(src).parts if p.kind == "alt"] == ["/photos/iconic-ferry.jpg"]
    assert rules(src).count("captions.missing-alt") == 1


BOXED = ('<div class="article_img"><div><a href="/big.jpg"><img src="/photos/ferry-{n}.jpg" alt="The ferry">'
         '</a></div><div><div class="meta"><span><script>pin()</script></span>{caption}<br>'
         '<span style="float:left">Credit: Ana Ruiz</span><div><a href="#">View full size image</a>'
         '</div></div></div></div>')


def test_the_short_text_of_a_picture_box_is_its_caption_with_its_credit():
    caption = "The old ferry leaves the pier at dawn on its last crossing."
    doc = read(page(middle=BOXED.format(n=1, caption=caption)))
    [cap] = [p for p in doc.parts if p.kind == "caption"]
    assert cap.text == caption
    assert doc.parts[cap.attrs["credit"]].text == "Credit: Ana Ruiz"
    assert doc.parts[cap.attrs["image"]].attrs["src"] == "/photos/ferry-1.jpg"
    assert "View full size image" not in " ".join(p.text for p in doc.parts)
    assert texts(doc, "paragraph")[-len(STORY):] == STORY


def test_a_slideshow_item_s_paragraph_under_the_lead_picture_is_its_caption():
    lead = ('<div class="slideshow"><ul><li><div class="m"><a href="#"><img src="/photos/yard.jpg" '
            'alt="yard.jpg"></a></div><div class="summary"><p>In this photo released by the Harbour '
            'Board, workers weld a hull at the Port Alder yard.</p></div></li></ul></div>')
    doc = read(page(before=lead))
    assert texts(doc, "caption") == ["In this photo released by the Harbour Board, workers weld a hull at "
                                     "the Port Alder yard."]
    assert texts(doc, "paragraph")[-len(STORY):] == STORY


def boxed_texts(markup: str) -> list[list[str]]:
    """The texts the extractor offers as a picture box's (before the page's story is known)."""
    from lint.document import Document
    from lint.readers.html import _extract
    ex = _extract(Document(path="page.html", source=markup, format="html"), restrict=False)
    return [[p.text for p in box.texts] for box in ex.loose_captions]


@pytest.mark.parametrize("box", [
    # a card linking to another story: picture and title in one link
    '<div class="promo"><a href="/other"><div><img src="/photos/storm.jpg"></div>'
    '<div class="title">Storm closes the causeway again for the third time this winter</div></a></div>',
    # an author box, with a thumbnail
    '<div class="profile"><img src="/staff/ana.jpg" width="60" height="60"><p>Ana Ruiz covers the '
    'islands and their ferries for the Courier.</p></div>',
    '<div class="profile"><img src="/staff/ana.jpg?w=80&h=80"><p>Ana Ruiz covers the '
    'islands and their ferries for the Courier.</p></div>',
    '<div class="profile"><img src="/staff/ana.jpg"><p>Written by Ana Ruiz, ferry reporter</p></div>',
    # text between a picture and a video; text before the picture
    '<div><img src="/photos/storm.jpg"><p>Watch the storm hit the causeway in the video below.</p>'
    '<iframe src="https://video.example/1"></iframe></div>',
    '<div><p>The storm hit the causeway at noon.</p><img src="/photos/storm.jpg"><p>Waves on the '
    'causeway.</p></div>',
    # a story container: a lead picture and more text than a caption
    '<div class="body"><img src="/photos/storm.jpg">' + "".join(f"<p>{p}</p>" for p in STORY) + '</div>',
])
def test_a_picture_beside_a_teaser_an_author_line_or_a_video_gets_no_caption(box):
    assert boxed_texts(box) == []
    assert texts(read(page(middle=box)), "caption") == []


@pytest.mark.parametrize("markup,want", [
    ('<div><div><img src="/photos/storm.jpg"></div><div><p>Waves on the causeway.</p><a>More</a></div></div>',
     ["Waves on the causeway.", "More"]),
    # a layout table: the picture in one row, its caption in the next
    ('<table><tr><td><img src="/photos/storm.jpg"></td><tr><td>Waves on the causeway.</td></tr>'
     '<tr><td><a>More</a></td></tr></table>', ["Waves on the causeway.", "More"]),
])
def test_a_picture_box_offers_its_texts_as_its_caption(markup, want):
    assert boxed_texts(markup) == [want]


def test_a_block_that_is_only_a_photo_credit_is_a_credit():
    doc = read(page(after='<h6>Photos: Ana Ruiz/Getty Images</h6><p>Facebook</p><p>Photo by:</p>'))
    assert texts(doc, "credit") == ["Photos: Ana Ruiz/Getty Images"]
    assert "Photos: Ana Ruiz/Getty Images" not in texts(doc, "heading") + texts(doc, "paragraph")


@pytest.mark.parametrize("pager", ["Page 1 of 2", "page 2 / 5"])
def test_a_pagers_page_count_under_the_story_is_no_paragraph(pager):
    # "Page 1 of 2" under a paginated story was linted as its last paragraph
    src = page(after=f'<div class="post-pagination"><a class="button" href="/2/">Next</a>\n<p>{pager}</p></div>')
    doc = read(src)
    assert [p.text for p in doc.parts if p.kind == "paragraph"][-1] == STORY[-1]
    assert pager not in [p.text for p in doc.parts]
