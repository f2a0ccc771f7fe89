"""A teaser `<article>` (a promo or a related story's card: a linked
headline and a line of blurb) before the story's own `<article>` is never
read as the story (issue 10), on a full page (where the extractor may keep
the card's text beside the story's) and in a CMS export with no page chrome
(where the first `<article>` was read). Every page is written for the test."""
from __future__ import annotations

from test_html_pages import HEADLINE, STORY, page, read, texts

from lint.readers._html_teaser import is_card

CARD = ('<article class="promo"><h2><a href="/news/budget">Mayor unveils a budget plan for next year</a></h2>'
        '<p>The mayor proposed a new budget on Monday, with cuts to parks.</p></article>\n')
OTHER = CARD.replace("Mayor unveils", "Governor names").replace("/news/budget", "/news/names")
LONG_BLURB = ("The causeway closed again on Sunday after waves topped the wall, and crews said it "
              "would stay shut until the tide turned late in the evening.")


def _before_main(cards: str, **kw) -> str:
    return page(**kw).replace("<main>", cards + "<main>", 1)


def test_a_card_before_the_story_is_left_out_however_the_page_sets_them():
    pages = {
        "two cards before the story": _before_main(CARD + OTHER),
        "a card in <main> before the story's article": page().replace(
            '<main><article class="story">', f'<main>{CARD}<article class="story">'),
        "a story of three paragraphs": page(story=STORY[:3]),
        "a story of two paragraphs": page(story=STORY[:2]),
        "a card with a longer blurb": page().replace(
            "Teaser text for another story on the site, at 7 PM on Jan. 1.", LONG_BLURB),
    }
    for name, src in pages.items():
        doc = read(src)
        shown = texts(doc, "paragraph")
        assert shown == STORY[:len(shown)] and len(shown) >= 2, name
        assert texts(doc, "headline") == [HEADLINE], name


def _rail(n: int) -> str:
    return "".join(CARD.replace("/news/budget", f"/news/{i}").replace(
        "with cuts to parks.", f"with cuts to parks, pools and libraries in ward {i}.") for i in range(n))


def test_a_rail_of_cards_holding_more_text_than_the_story_is_left_out_on_a_page():
    # Cards beside the story that hold over half the text the extractor kept
    # were all read as the story's (the live blog guard); those outside the
    # story's own <article> (no card, with the h1) are a rail's.
    for name, src in {"before the story": _before_main(_rail(10)),
                      "after the story": page().replace("</main>", _rail(10) + "</main>", 1)}.items():
        doc = read(src)
        assert texts(doc, "paragraph") == STORY, name
        assert not any("ward" in p.text for p in doc.parts), name


def test_a_live_blogs_entries_beside_its_own_header_article_are_all_read():
    # A header <article> with the h1 and a line of intro is no story's
    # <article> of its own: the entries after it are read.
    head = f'<article class="live-header"><h1>{HEADLINE}</h1><p>{STORY[0]}</p></article>\n'
    entries = "".join(f'<article class="entry"><h2><a href="/live/ferries/{i}">Update {i}</a></h2>'
                      f'<p>{p}</p></article>\n' for i, p in enumerate(STORY[1:]))
    src = page(story=[]).replace('<main><article class="story">', "<main>" + head + entries +
                                 '<article class="story">', 1)
    assert set(STORY) <= set(texts(read(src), "paragraph"))


def _fragment(cards: str, wrap: str = "{}") -> str:
    story = (f'<article class="story"><h1>{HEADLINE}</h1>\n' +
             "\n".join(f"<p>{p}</p>" for p in STORY) + "\n</article>\n")
    return cards + wrap.format(story)


def test_a_cms_exports_story_after_a_card_is_read():
    for name, src in {"one card": _fragment(CARD), "two cards": _fragment(CARD + OTHER),
                      "the story in <main>": _fragment(CARD, "<main>{}</main>"),
                      "a card of linked lines, no heading": _fragment(
                          '<article><p><a href="/news/budget">Mayor unveils a budget plan</a></p>'
                          '<p><a href="/news/budget">The mayor proposed a new budget on Monday.</a></p>'
                          '</article>')}.items():
        doc = read(src)
        assert texts(doc, "paragraph") == STORY, name
        assert texts(doc, "headline") == [HEADLINE], name


def test_a_cms_exports_story_after_any_number_of_cards_is_read_in_three_parses_at_most(monkeypatch):
    # qa67 #1: with four cards or more the story was dropped without a word
    # (the reader looked at most three cards on); the survey parse has no cap.
    from lint.readers import html

    parses = []
    extract = html._extract
    monkeypatch.setattr(html, "_extract", lambda *a, **kw: parses.append(kw) or extract(*a, **kw))
    cards = [CARD.replace("/news/budget", f"/news/{n}").replace("budget plan", f"plan number {n}") for n in range(12)]
    for n in (4, 5, 12):
        for name, wrap in {"bare": "{}", "in <main>": "<main>{}</main>"}.items():
            parses.clear()
            doc = read(_fragment("".join(cards[:n]), wrap))
            assert texts(doc, "paragraph") == STORY, (n, name)
            assert texts(doc, "headline") == [HEADLINE], (n, name)
            assert not doc.notices and len(parses) <= 3, (n, name)


def test_a_cms_exports_story_outside_every_article_beside_cards_is_read():
    # qa68 #2: with the story's <h1> and paragraphs outside every <article>,
    # the card was read and the story dropped ("No problems found")
    story = f"<h1>{HEADLINE}</h1>\n" + "\n".join(f"<p>{p}</p>" for p in STORY) + "\n"
    cards = "".join(CARD.replace("/news/budget", f"/news/{n}") for n in range(5))
    for name, src in {"one card after": story + CARD, "five cards after": story + cards,
                      "a card before": CARD + story,
                      "in <div class=story>": f'<div class="story">{story}</div>{cards}',
                      "a whole document": f"<html><head><title>{HEADLINE}</title></head><body>{story}{CARD}"
                                          "</body></html>"}.items():
        doc = read(src)
        assert texts(doc, "paragraph") == STORY, name
        assert texts(doc, "headline") == [HEADLINE], name
        assert not [n for n in doc.notices if n.rule == "file.no-story"], name


def test_articles_that_are_all_cards_get_a_no_story_notice_at_the_first():
    src = "<div>Section front</div>\n" + "".join(
        CARD.replace("/news/budget", f"/news/{n}") for n in range(5))
    doc = read(src)
    assert texts(doc, "paragraph")[0] == "The mayor proposed a new budget on Monday, with cuts to parks."
    notice, = [n for n in doc.notices if n.rule == "file.no-story"]
    assert notice.offset == src.index("<article") and "each of the 5 <article>s is a teaser card" in notice.message


def test_a_short_story_or_articles_that_are_all_cards_read_as_before():
    # A brief with an unlinked headline is no card; with every <article> a
    # card, the first is read, as before.
    brief = f"<article><h1>{HEADLINE}</h1><p>{STORY[0]}</p></article>" + CARD
    assert texts(read(brief), "paragraph") == [STORY[0]]
    assert texts(read(CARD + OTHER), "paragraph") == ["The mayor proposed a new budget on Monday, with cuts to parks."]


def test_what_makes_a_card():
    def parts(src):
        return read(src).parts
    assert is_card(parts(CARD))
    assert not is_card(parts(CARD.replace('<a href="/news/budget">', "").replace("</a>", "")))
    # a blurb of three paragraphs, or of more than CARD_WORDS words, is a story's
    three = CARD.replace("</p>", "</p><p>Parks lose two crews.</p><p>Pools open later.</p>")
    assert not is_card(parts(three))
    assert not is_card(parts(CARD.replace("with cuts to parks.", " ".join(["and more"] * 30))))


def test_a_live_blogs_entries_each_under_a_linked_headline_are_all_read():
    # Each entry is an <article> shaped like a card; they hold most of the
    # story's text, so none is left out as one.
    entries = "".join(f'<article class="entry"><h2><a href="/live/ferries/{i}">Update {i}</a></h2>'
                      f'<p>{p}</p></article>\n' for i, p in enumerate(STORY))
    assert set(STORY) <= set(texts(read(page(story=[], middle=entries)), "paragraph"))


def _entries(n: int = 6) -> str:
    return "".join(f'<article class="entry"><h3><a href="#post-{i}">Update {i}</a></h3><p>The the council member '
                   f'number {i} spoke about the budget at length on Tuesday.</p></article>' for i in range(1, n + 1))


def test_a_cms_exports_live_blog_reads_every_entry_at_its_place():
    # qa68 #3: with no page chrome only the first entry was read, and after
    # a header <article> none ("No problems found"); an entry's headline links
    # to its place on the page, so no entry is a card.
    head = '<!doctype html><html lang="en"><head><title>Live: Council budget vote</title></head><body>'
    for name, body in {"an h1 then the entries": "<h1>Live: Council budget vote</h1>" + _entries(),
                       "a header article then the entries": "<article><h1>Live: Council budget vote</h1>"
                                                            "<p>Follow along.</p></article>" + _entries(),
                       "bare entries": _entries()}.items():
        src = f"{head}<main>{body}</main></body></html>"
        doc = read(src)
        entries = [p for p in doc.parts if p.kind == "paragraph" and p.text.startswith("The the")]
        assert [p.text.split()[5] for p in entries] == [str(i) for i in range(1, 7)], name
        for part in entries:
            start, end = part.source_span(0, len(part.text))
            assert src[start:end] == part.text, name


def test_a_story_then_another_article_that_is_no_card_reads_both_and_a_card_after_it_is_left_out():
    story = f"<article><h1>{HEADLINE}</h1><p>{STORY[0]}</p></article>"
    more = f"<article><h2>Reaction</h2><p>{STORY[1]}</p></article>"
    assert texts(read(story + more + CARD), "paragraph") == STORY[:2]
    assert texts(read(CARD + story + more), "paragraph") == STORY[:2]


def test_a_brief_whose_h1_is_its_permalink_after_cards_is_no_card():
    # qa68 #2 (note): an <h1> is no card's headline; the brief was read as a
    # sixth card, and the first card linted instead
    brief = f'<article><h1><a href="/council" rel="bookmark">{HEADLINE}</a></h1><p>{STORY[0]}</p></article>'
    cards = "".join(CARD.replace("/news/budget", f"/news/{n}") for n in range(5))
    doc = read(f"<html><head><title>{HEADLINE}</title></head><body>{cards}{brief}</body></html>")
    assert texts(doc, "paragraph") == [STORY[0]]
    assert texts(doc, "headline") == [HEADLINE]
    assert not [n for n in doc.notices if n.rule == "file.no-story"]


def test_a_fragment_whose_first_article_is_its_story_before_a_card_is_parsed_twice(monkeypatch):
    # issue 10 (speed): the first <article> read alone is kept, not read a third time
    import lint.readers.html as html_reader
    parses = []
    real = html_reader._extract
    monkeypatch.setattr(html_reader, "_extract", lambda *a, **k: (parses.append(k), real(*a, **k))[1])
    story = "".join(f"<p>{p}</p>" for p in STORY)
    doc = read(f'<article class="story"><h1>{HEADLINE}</h1>{story}</article>\n{CARD}')
    assert doc.first("headline").text == HEADLINE and texts(doc, "paragraph") == STORY
    assert len(parses) == 2
