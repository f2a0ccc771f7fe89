"""Full web pages (issue 10): the page-furniture steps must not take the
story's own pictures and prose for furniture. Each case is markup the web
writes inside a story (a sports photo, an agency-linked photo, a writer's
disclosure line, the rest of the story behind a "Continue reading" button, a
related-story link at the end of a paragraph, an alt text
that describes people applying), beside the furniture it resembles, which
still goes. Every page is written for the test (`test_html_pages.page`)."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._html_furniture import CALL_TO_ACTION
from lint.readers._html_looks import teaser_blurbs
from lint.readers._html_tags import is_hidden, names_player, names_poster, names_template_box
from test_html_pages import STORY, page, read

IMG = "https://img.example.com/{}"
PICTURE_RULES = ("captions.missing-alt", "captions.missing-credit")


def _texts(src: str, kind: str) -> list[str]:
    return [p.text for p in read(src).parts if p.kind == kind]


def _placed(src: str, kind: str) -> list[tuple[str, str]]:
    """(text, the source at the part's span) for each part of `kind`."""
    out = []
    for p in read(src).parts:
        if p.kind == kind:
            start, end = p.source_span(0, len(p.text))
            out.append((p.text, src[start:end]))
    return out


def _picture_findings(src: str) -> list[str]:
    return sorted(d.rule for d in lint_text(src, "page.html") if d.rule in PICTURE_RULES)


def test_a_sports_pages_player_photo_is_the_storys_picture():
    # On a sports page a player is an athlete: `player-photo`, `player-card`
    # name his picture, not a media player's poster.
    photo = IMG.format("quinn.jpg")
    for cls in ("player-photo", "player-image", "player-card"):
        src = page(middle=f'<figure class="{cls}"><img src="{photo}"><figcaption>Quinn scores in the '
                          'second half on Tuesday.</figcaption></figure>')
        assert _texts(src, "alt") == [""], cls
        assert _texts(src, "caption") == ["Quinn scores in the second half on Tuesday."], cls
        assert _picture_findings(src) == sorted(PICTURE_RULES), cls
    for cls in ("player-photo", "player-card", "player-headshots"):
        assert not names_player({"class": cls}), cls
    for cls in ("player", "video-player", "player-with-placeholder", "media-player-wrapper", "jw-player"):
        assert names_player({"class": cls}), cls


def test_a_figures_picture_linking_to_its_agencys_front_page_is_checked():
    # A story photo linked to its agency's or photographer's site; a logo
    # linking home outside a figure still is no picture of the story.
    photo = IMG.format("ferry.jpg")
    fig = (f'<figure><a href="https://agency.example/"><img src="{photo}" alt="The ferry Island Queen '
           'at the dock"></a><figcaption>The Island Queen at Port Alder on Monday.</figcaption></figure>')
    src = page(middle=fig)
    assert _placed(src, "alt") == [("The ferry Island Queen at the dock",) * 2]
    assert _picture_findings(src) == ["captions.missing-credit"]
    badge = f'<div class="partners"><a href="https://agency.example/"><img src="{photo}" alt="Agency"></a></div>'
    assert _texts(page(middle=badge), "alt") == []


def test_an_alt_text_describing_people_who_apply_or_learn_is_no_ad():
    # A call to action is an imperative, a button's label; after a
    # lowercase word it is part of a description.
    for alt in ("Job seekers line up at the ferry office to apply today",
                "Visitors at the maritime museum, where children can learn more"):
        assert not CALL_TO_ACTION.search(alt), alt
        src = page(middle=f'<figure><img src="{IMG.format("ferry.jpg")}" alt="{alt}"><figcaption>At the '
                          'ferry office on Monday. Photo: Ana Ruiz</figcaption></figure>')
        assert _texts(src, "alt") == [alt]
    for alt in ("Now Streaming 24/7 Click Here", "Harbour Globe Buy Now", "Sale ends Sunday - buy now!",
                "LEARN MORE", "Great deals, shop today"):
        assert CALL_TO_ACTION.search(alt), alt


def test_a_writers_disclosure_line_in_the_story_is_prose():
    # `<p class="disclosure">` is the writer's own line; a template's box
    # (`<div class="disclosure">`, `editorial-disclosure` anywhere) is not.
    line = "Disclosure: Tomas Lindqvist owns a season pass on the island ferry."
    for markup in (f'<p class="disclosure">{line}</p>', f'<p><em class="disclosure">{line}</em></p>'):
        src = page(after=markup)
        assert _placed(src, "paragraph")[-1] == (line, line), markup
    for markup in (f'<div class="disclosure"><p>{line}</p></div>',
                   f'<p class="affiliate-disclosure">{line}</p>'):
        assert line not in _texts(page(after=markup), "paragraph"), markup
    assert names_template_box("section", {"class": "disclosure"})
    assert not names_template_box("p", {"class": "disclosure"})
    assert names_template_box("p", {"class": "editorial-disclosure"})


def test_a_story_paragraph_ending_in_read_more_stays_the_storys():
    # A related-story link at the end of one paragraph of the story; the
    # same blurb in a list of teasers (beside a headline link or another
    # blurb) is the list's.
    para = 'The board also approved a study of a third ferry. <a href="/news/third-ferry">Read more</a>'
    text = "The board also approved a study of a third ferry. Read more"
    assert _texts(page(after=f"<p>{para}</p>"), "paragraph")[-1] == text
    story = read_bytes("story.html", f"<p>Fares rise in spring.</p><p>{para}</p>".encode())
    assert teaser_blurbs(story.parts) == set()
    rail = read_bytes("rail.html", (f'<div class="rail"><h3><a href="/news/third-ferry">Third ferry studied</a>'
                                    f'</h3><p>{para}</p></div>').encode())
    assert teaser_blurbs(rail.parts) == {id(rail.first("paragraph"))}
    pair = read_bytes("pair.html", f"<p>{para}</p><p>{para}</p>".encode())
    assert len(teaser_blurbs(pair.parts)) == 2


def test_the_rest_of_a_story_behind_a_continue_reading_button_is_prose():
    # An expander: the story's paragraphs go on in a block the `hidden`
    # attribute hides until the button is pressed, or one hidden until
    # found (a collapsed section find-in-page opens).
    rest = "Officials said a second vote on fares would follow in the new year, after a public hearing."
    for block in ("<div hidden>", '<section class="story-rest" hidden="">', '<div hidden="until-found">'):
        end = "</section>" if block.startswith("<section") else "</div>"
        src = page(after=f"{block}<p>{rest}</p>{end}<button>Continue reading</button>")
        assert _placed(src, "paragraph")[-1] == (rest, rest), block
    # a hidden block outside the story's run (a modal at the page's end, a
    # lone hidden teaser line) is still no prose
    src = page(after=f"<p hidden>{rest}</p>")
    assert rest not in _texts(src, "paragraph")
    src = page().replace("<footer>", f"<div hidden><p>{rest}</p></div><footer>")
    assert rest not in _texts(src, "paragraph")


def test_a_player_cards_picture_and_profile_and_a_video_still_are_the_storys():
    # BEM elements of an athlete's card (`player-card__headshot`, its bio)
    # are no media player's; a `video-still` is a frame grab the newsroom
    # publishes as a photo. A player's own poster and labels still go.
    for cls, cap in (("player-card__headshot", "Quinn in the second half on Tuesday."),
                     ("video-still", "A still from the police video released on Tuesday.")):
        src = page(middle=f'<figure><img class="{cls}" src="{IMG.format("q.jpg")}" alt="Quinn at the door">'
                          f'<figcaption>{cap}</figcaption></figure>')
        assert _texts(src, "alt") == ["Quinn at the door"], cls
        assert _texts(src, "caption") == [cap], cls
        assert not names_poster({"class": cls}), cls
    bio = "Quinn has scored 12 goals in 20 games this season for the club."
    src = page(after=f'<div class="player-card"><p class="player-card__bio">{bio}</p></div>')
    assert _placed(src, "paragraph")[-1] == (bio, bio)
    for cls in ("player-box__image", "player-with-placeholder__image", "vjs-poster", "player-still"):
        assert names_poster({"class": cls}), cls


def test_a_block_tailwind_shows_from_a_screen_width_up_is_seen():
    # `hidden md:block`: hidden on phones, shown on wider screens (a desktop
    # copy of the lead picture, a desktop-only paragraph), as `hidden-xs`.
    photo = IMG.format("lead.jpg")
    rest = "Officials said a second vote on fares would follow in the new year, after a public hearing."
    src = page(middle=f'<div class="hidden md:block"><figure><img src="{photo}" alt="The Island Queen">'
                      '<figcaption>The Island Queen on Monday. Photo: Ana Ruiz</figcaption></figure></div>',
               after=f'<div class="hidden lg:block"><p>{rest}</p></div>')
    assert _texts(src, "alt") == ["The Island Queen"]
    assert _placed(src, "paragraph")[-1] == (rest, rest)
    for cls in ("hidden sm:flex", "mx-auto hidden 2xl:inline-block"):
        assert not is_hidden("div", {"class": cls}), cls
    for cls in ("hidden", "col-fixed hidden", "hidden xl:hidden", "md:hidden"):
        assert is_hidden("div", {"class": cls}) == ("hidden" in cls.split()), cls


def test_a_story_hidden_whole_until_a_script_shows_it_is_still_read():
    # The story's body in one block a script reveals (the hidden attribute
    # or class, right under the byline): it is the story, not a modal; a
    # hidden box beside a shown story is still no prose.
    for veil in ('<div class="story-body" hidden>', '<div class="story-body hidden">'):
        src = page().replace('<p class="byline">By Tomas Lindqvist</p>',
                             f'<p class="byline">By Tomas Lindqvist</p>{veil}').replace(
            "</article>\n<aside", "</div></article>\n<aside")
        assert _texts(src, "paragraph") == STORY, veil
        assert [(t, s) for t, s in _placed(src, "paragraph")] == [(t, t) for t in STORY], veil
    modal = "At work? With your gran? There is something here you might not want to read right now."
    src = page(after=f'<div class="modal hidden"><p>{modal}</p></div>')
    assert _texts(src, "paragraph") == STORY


def test_an_anchor_subhead_and_its_read_more_paragraph_stay_the_storys():
    # A subhead that is one link to its own place on the page (`#fares`, a
    # table of contents' target) is no teaser's headline, so the short
    # paragraph after it ending in "Read more" is no teaser's blurb; a
    # headline linking to another page still makes that paragraph a blurb.
    para = ('The board will hear from riders at a public meeting in February. '
            '<a href="/news/fares-hearing">Read more</a>')
    text = "The board will hear from riders at a public meeting in February. Read more"
    src = page(middle=f'<h2><a href="#fares" id="fares">What happens to fares</a></h2><p>{para}</p>')
    assert _placed(src, "heading") == [("What happens to fares", "What happens to fares")]
    assert (text, src[src.index("The board will hear"):src.index("Read more</a>") + 9]) in \
        _placed(src, "paragraph")
    card = read_bytes("rail.html", (f'<div class="rail"><h3><a href="/news/fares">What happens to fares</a>'
                                    f'</h3><p>{para}</p></div>').encode())
    assert teaser_blurbs(card.parts) == {id(card.first("paragraph"))}


def test_the_rest_of_a_story_in_a_hidden_class_block_beside_a_continue_reading_control_is_prose():
    # The same expander written with the CSS `hidden` class; trafilatura
    # drops a class ending in " hidden" itself. The control's label, after
    # the block or before it, tells it from a modal or a quiz slider.
    rest = "Officials said a second vote on fares would follow in the new year, after a public hearing."
    more = "The board will publish the new timetable for the island route on its website in February."
    for block, end in (('<div class="hidden">', "</div>"), ('<div class="story-rest hidden">', "</div>"),
                       ('<section class="more hidden">', "</section>")):
        for control, after in (("<button>Continue reading</button>", True),
                               ('<a class="btn" href="#">Read more &raquo;</a>', True),
                               ('<p class="expand"><a href="#">Read the full story</a></p>', False)):
            body = f"{block}<p>{rest}</p><p>{more}</p>{end}"
            src = page(after=body + control if after else control + body)
            assert _placed(src, "paragraph")[-2:] == [(rest, rest), (more, more)], (block, control)
        # with no such control beside it, the block is still no prose
        src = page(after=f"{block}<p>{rest}</p>{end}<button>Subscribe</button>")
        assert rest not in _texts(src, "paragraph"), block


def test_a_hidden_box_beside_a_more_or_read_more_link_to_another_page_stays_furniture():
    # The rest-of-story expander needs a control that shows the block on this
    # page (a button, a link to '#') and names reading on; a bare "More"
    # opens a share menu or the comments, a "Read more" link goes to another
    # page, and a modal, a cookie notice or a related list is no rest of the
    # story by its class whatever sits beside it (qa22).
    notice = "We use cookies to improve your experience on our site and to show you personalised offers."
    for block, control in (('<div class="hidden">', '<a href="/cookie-policy">Read more</a>'),
                           ('<div class="share-menu hidden">', "<button>More</button>"),
                           ('<div class="comments hidden">', '<a href="#comments">More</a>'),
                           ('<div class="cookie-modal hidden">', "<button>Read more</button>"),
                           ('<div class="related-stories hidden">', '<a class="btn" href="#">Read more</a>')):
        src = page(after=f"{block}<p>{notice}</p></div>{control}")
        assert notice not in _texts(src, "paragraph"), (block, control)
    # the story's own rest behind such a control still reads on
    src = page(after=f'<div class="story-rest hidden"><p>{notice}</p></div><a href="#" role="button">Read more</a>')
    assert notice in _texts(src, "paragraph")


def test_an_anchor_mark_spans_its_own_link_in_broken_nesting():
    # The inline 'anchor' mark of a link to a place on the page is that
    # link's span: is_link tells the two apart by their equal spans. A link
    # to another page inside it (broken markup) closes only its own mark.
    for html in ('<h2><a href="#fares">What <a href="/fares">happens</a> to fares</a></h2>',
                 '<h2><a href="/fares">What <a href="#fares">happens</a> to fares</a></h2>',
                 '<h2><a href="#fares">What happens to fares</a></h2>',
                 '<p>See <a href="#notes">the notes <a href="/x">here</a> below</a> now.</p>'):
        part = read_bytes("part.html", html.encode()).parts[0]
        marks = part.attrs["inline"]
        anchors = [(s, e) for k, s, e in marks if k == "anchor"]
        assert anchors and all((s, e) in {(s, e) for k, s, e in marks if k == "link"} for s, e in anchors), \
            (html, marks)
    assert [part.text[s:e] for s, e in anchors] == ["the notes here below"]


def test_a_hidden_box_or_a_sidebar_inside_the_rest_of_the_story_stays_furniture():
    # The expander shows the rest of the story; a modal, a hidden box or a
    # related aside inside that block is still hidden or a sidebar (qa22).
    rest = "Officials said a second vote on fares would follow in the new year, after a public hearing."
    notice = "We use cookies to improve your experience on our site and to show you personalised offers."
    for inner in (f'<div class="cookie-modal hidden"><p>{notice}</p></div>', f'<div hidden><p>{notice}</p></div>',
                  f'<p class="hidden">{notice}</p>', f'<aside class="related"><p>{notice}</p></aside>'):
        src = page(after=f'<div class="story-rest hidden"><p>{rest}</p>{inner}</div><button>Continue reading</button>')
        texts = _texts(src, "paragraph")
        assert rest in texts and notice not in texts, inner
