"""Full web pages (issue 10, body recall): story text that the main-content
extractor keeps, or that sits inside a story paragraph, is linted. Each page
is written for the test (`test_html_pages.page`): one story with one form of
markup the web writes inside it."""
from __future__ import annotations

import pytest
from test_html_pages import STORY, page, read, rules, texts

from lint.readers._html_story import _text

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


# Items that share no words in a row with the story's paragraphs, with a link
# inside some as a story's list has them (less than half of an item).
POINTS = [
    "Two new ferries, each able to carry 40 more <a href='/fleet'>passengers</a> than the old boats.",
    "A crossing eight minutes shorter, said the <a href='/report'>engineers' report</a> in June.",
    "A price paid over six years from the island's road and harbour fund.",
]
PLAIN = ["Two new ferries, each able to carry 40 more passengers than the old boats.",
         "A crossing eight minutes shorter, said the engineers' report in June.",
         "A price paid over six years from the island's road and harbour fund."]
BULLETS = "<ul>" + "".join(f"<li>{point}</li>" for point in POINTS) + "</ul>"


def test_a_list_under_its_own_subhead_in_the_story_is_read():
    # The page's first <article> is a teaser card (trafilatura gathers the
    # page's paragraphs, and takes neither the list nor its subhead): the
    # subhead and the items are read back together.
    doc = read(page(story=LONG, middle="<h2>What the board decided</h2>" + BULLETS))
    assert texts(doc, "paragraph") == LONG[:2] + PLAIN + LONG[2:]
    assert "What the board decided" in texts(doc, "heading")


def test_a_list_after_a_quote_in_the_story_is_read():
    quote = "<blockquote><p>We have waited long enough for these boats, and so has the island.</p></blockquote>"
    doc = read(page(story=LONG, middle=quote + BULLETS))
    assert texts(doc, "paragraph") == LONG[:2] + PLAIN + LONG[2:]


def test_a_list_that_ends_the_story_is_read():
    doc = read(page(story=LONG, after="<p>The plan, in short:</p>" + BULLETS))
    assert texts(doc, "paragraph") == LONG + ["The plan, in short:"] + PLAIN


def test_a_list_after_the_story_that_the_story_does_not_lead_into_stays_out():
    # Tags, a contact line: after the last paragraph, with no lead-in or a label's.
    for box in ('<ul class="tags"><li>Port Alder Harbour Board</li><li>Island ferry route news</li></ul>',
                "<ul><li>Contact the reporter at tomas@courier.example</li>"
                "<li>Follow the Island Courier on Twitter</li></ul>",
                "<p>Filed under:</p><ul><li>Port Alder Harbour Board meetings</li><li>Island ferry route news</li></ul>"):
        assert not set(texts(read(page(story=LONG, after=box)), "paragraph")) - set(LONG + ["Filed under:"]), box


def test_a_list_before_the_next_sections_subhead_is_read_with_the_subhead():
    doc = read(page(story=LONG, middle=BULLETS + "<h2>What happens next</h2>"))
    assert texts(doc, "paragraph") == LONG[:2] + PLAIN + LONG[2:]
    assert "What happens next" in texts(doc, "heading")


def test_a_subhead_before_or_after_a_quote_is_read():
    quote = "<blockquote><p>We have waited long enough for these boats, and so has the island.</p></blockquote>"
    for middle in ("<h2>What the board decided</h2>" + quote, quote + "<h2>What the board decided</h2>"):
        assert "What the board decided" in texts(read(page(story=LONG, middle=middle)), "heading"), middle


def test_a_list_before_a_box_title_stays_out():
    doc = read(page(story=LONG, middle=BULLETS + "<h2>Most Read</h2>"))
    assert texts(doc, "paragraph") == LONG and "Most Read" not in texts(doc, "heading")


def test_a_list_whose_items_open_with_a_link_is_read():
    votes = "<ul><li><a href='/people/quinn'>Marta Quinn</a>, board chair, voted for the new boats.</li>" \
        "<li><a href='/people/ekberg'>Tom Ekberg</a>, treasurer, voted against the plan.</li></ul>"
    assert texts(read(page(story=LONG, middle=votes)), "paragraph") == LONG[:2] + [
        "Marta Quinn, board chair, voted for the new boats.", "Tom Ekberg, treasurer, voted against the plan."] + LONG[2:]


def test_a_related_box_under_a_heading_or_after_the_story_stays_out():
    heds = ("Ferry fares rise 5 percent in January", "Storm closes the causeway again",
            "New dock opens at Port Alder with a ribbon cutting")
    related = "<ul>" + "".join(f'<li><a href="/story/{i}">{hed}</a></li>' for i, hed in enumerate(heds)) + "</ul>"
    for box in ("<h2>Related stories</h2>" + BULLETS, "<h3>More on this story</h3>" + related):
        assert texts(read(page(story=LONG, middle=box)), "paragraph") == LONG, box
    tools = "<ul><li>Print this story</li><li>Email it to a friend</li><li>Follow us on Twitter</li></ul>"
    for box in (related, tools):
        assert texts(read(page(story=LONG, after=box)), "paragraph") == LONG, box


def test_a_list_after_the_story_that_does_not_end_its_container_stays_out():
    # After the story's last paragraph, a list that a box (the extractor
    # drops it) follows inside the story's container: not the story's end.
    box = BULLETS + '<div class="newsletter"><p>Get the Island Courier in your inbox every morning.</p></div>'
    assert not set(PLAIN) & set(texts(read(page(story=LONG, after=box)), "paragraph"))


def test_a_related_box_title_between_the_paragraphs_is_no_subhead():
    # Its list left to a script, the title alone sits between two story
    # paragraphs as a subhead would.
    for title in ("Related stories", "Related Articles", "Related coverage"):
        doc = read(page(story=LONG, middle=f'<h2>{title}</h2>'))
        assert title not in texts(doc, "heading"), title


LEDE = ("Anchor: The Harbour Board voted on Tuesday to replace the two oldest ferries on the island "
        "route, ending a debate that had run since the spring.")


def _run(lede: str, cut: str = "") -> str:
    """A page that prints its story, the page's one `<article>`, as one
    element's loose text, its paragraphs parted by `<br><br>`, under a
    picture box nested in that element (`<div><p>caption</p></div>`):
    trafilatura drops the text after that box up to the first `<br>`, `lede`
    here. `cut` goes between the lede's line and the rest of the run."""
    rest = "<br>\n<br>\n".join(LONG[1:])
    run = ('<div class="body_txt"><div class="img_box"><div class="photo"><img '
           'src="https://img.example.com/yard.jpg" alt="The yard at Port Alder"></div>'
           f'<p class="cap">Photo: Ana Ruiz</p></div>\n{lede}<br>\nQuinn reports.{cut}<br>\n<br>\n'
           f'{rest}<br>\n</div>')
    one = page(story=[]).replace('<article class="card">', '<div class="card">').replace(
        'Jan. 1.</p></article>', 'Jan. 1.</p></div>')      # (the story is the page's one <article>)
    byline = '<p class="byline">By Tomas Lindqvist</p>'
    assert one.count("<article") == 1 and byline in one     # else the replaces above missed `page`'s markup
    return one.replace(byline, f"{byline}\n{run}")


def test_a_lede_in_a_run_of_loose_text_under_a_picture_box_is_read():
    # `_html_between.run_heads`: the lede's line runs on into the story's
    # next paragraph with only line breaks between.
    paragraphs = texts(read(_run(LEDE)), "paragraph")
    assert paragraphs[0].startswith(LEDE) and paragraphs[0].endswith("Quinn reports.")
    assert paragraphs[1:] == LONG[1:]


def test_a_stamp_or_a_line_an_element_parts_from_the_run_stays_out():
    # A stamp in the lede's place, though it reads as a sentence
    # (`_html_stamps.opens_with_stamp`); a line that an element (a box's end and
    # start) parts from the story is not the run's.
    # (qa191 #4's neighbours: the lead word with a date or time after it)
    for stamp in ("Posted on Tuesday, December 1, 2026, at 4:43 p.m. by the web desk.",
                  "Updated at 4:43 p.m. on Tuesday by the web desk."):
        assert texts(read(_run(stamp)), "paragraph") == LONG[1:]
    parted = _run(LEDE, cut='</div><div class="body_txt">')
    assert not any(p.startswith("Anchor:") for p in texts(read(parted), "paragraph"))


SIGNERS = ["Marta Quinn, Harbour Board", "Tomas Lindqvist, writer", "Ana Ruiz Berg, Port Alder College",
           "Jon Alder", "Pia Holm, poet", "Olu Adebayo, ferry captain"]


def _signers_table() -> str:
    cell = "<br>\n".join(f"<strong>{name}</strong>{', ' + role if role else ''}"
                         for name, _, role in (n.partition(", ") for n in SIGNERS))
    return f"<table><tbody><tr><td><span>{cell}<br>\n</span></td></tr></tbody></table>"


def test_a_table_of_names_the_extractor_keeps_is_story():
    # `_html_story._text`: trafilatura writes a table cell's <br> lines as
    # <p>s inside the <cell>; their text is parted as the reader parts it,
    # not glued ("QuinnTomas"), so the cell's part shares its trigrams.
    after = f"\n<p>The letter was signed by:</p>\n{_signers_table()}\n"
    paras = texts(read(page(story=LONG, after=after)), "paragraph")
    assert paras[:-1] == LONG + ["The letter was signed by:"]
    assert paras[-1].split() == " ".join(SIGNERS).split()


@pytest.mark.parametrize("tag", ["p", "head", "quote", "list", "table"])
def test_a_block_inside_a_kept_cell_parts_its_words(tag):
    # `_html_story._BREAKS`: each block trafilatura may write inside a cell.
    from lxml import etree
    cell = etree.fromstring(f"<cell>Marta Quinn<{tag}>Tomas Lindqvist</{tag}></cell>")
    assert _text(cell).split() == ["Marta", "Quinn", "Tomas", "Lindqvist"]


def test_a_table_of_names_in_the_footer_stays_out():
    footer = page(story=LONG).replace("<footer>", f"<footer>{_signers_table()}")
    assert texts(read(footer), "paragraph") == LONG


@pytest.mark.parametrize("line", ["Advertisement. Story continues below this advertisement.",
                                  "Share this story on Facebook, Twitter or by email with your friends."])
def test_an_ad_label_or_share_line_in_the_ledes_place_stays_out(line):
    src = _run(line)
    assert texts(read(src), "paragraph") == LONG[1:]
    assert rules(src) == []


def test_a_caption_line_under_the_picture_box_is_no_lede():
    caption = "Ferry passengers wait at the Port Alder terminal on Tuesday morning. (Photo: Ana Ruiz)."
    assert not any(p.startswith("Ferry passengers wait") for p in texts(read(_run(caption)), "paragraph"))


@pytest.mark.parametrize("line", [
    "Last updated at 4:43 p.m. on Tuesday, December 1, 2026 by the web desk.",
    "We use cookies to give you the best experience on our website and to show ads.",
    "Subscribe to The Island Courier for just $1 a week and support local news.",
    "This article is about 5 minutes long to read in full.",
])
def test_a_stamp_or_a_sites_pitch_in_the_ledes_place_stays_out(line):
    assert texts(read(_run(line)), "paragraph") == LONG[1:]


@pytest.mark.parametrize("cut", ['<br clear="all">', "&#xa0;", "<!-- ad slot -->"])
def test_a_lede_parted_by_other_line_break_markup_is_read(cut):
    paragraphs = texts(read(_run(LEDE, cut=cut)), "paragraph")
    assert paragraphs[0].startswith(LEDE) and paragraphs[1:] == LONG[1:]


@pytest.mark.parametrize("close", ["<a href=\"/x\">Quinn reports.</a>", "<b>Quinn reports.</b>"])
def test_a_lede_ending_in_inline_markup_is_read(close):
    src = _run(LEDE).replace("<br>\nQuinn reports.", f"<br>\n{close}", 1)
    paragraphs = texts(read(src), "paragraph")
    assert paragraphs[0].startswith(LEDE) and paragraphs[1:] == LONG[1:]


@pytest.mark.parametrize("cut", ['</div><br>', '<span class="x"></span><br>', "<p>Quinn</p><br>"])
def test_a_line_an_element_parts_from_the_run_stays_out_past_the_new_gaps(cut):
    # Only inline ends (</a>, </b>) may close before the breaks: a block's
    # end or an element's start or a whole element still parts the line.
    assert not any(p.startswith("Anchor:") for p in texts(read(_run(LEDE, cut=cut)), "paragraph"))


def test_a_lede_in_a_hidden_span_stays_out():
    # A lede hidden by its style closes in </span>, which the gap refuses.
    src = _run(LEDE).replace(f"\n{LEDE}<br>\nQuinn reports.", f'\n<span style="display:none">{LEDE}<br>\nQuinn reports.</span>')
    assert not any(p.startswith("Anchor:") for p in texts(read(src), "paragraph"))


# qa191 #4 (MED; fx311) run_heads' new site-line guard (`_html_stamps.TIMESTAMP.match`) takes
# a lede whose first word is a stamp's lead used as an ordinary word for the site's own line:
# pg48 read these ledes back, fx311 loses them (its report says such ledes were lost already).
# fixed (fx318): _html_stamps.opens_with_stamp wants a date or time after the lead word
@pytest.mark.parametrize("lede", [
    "Updated plans for the harbour were unveiled on Tuesday by the board, which will replace the two oldest ferries.",
    "Posted workers from Poland walked out of the Port Alder yard on Tuesday over unpaid wages, the union said.",
])
def test_qa191_a_lede_opening_on_a_stamps_word_is_read(lede):
    paragraphs = texts(read(_run(lede)), "paragraph")
    assert paragraphs[0].startswith(lede)


# qa200 #2 (HIGH; new in fx323's rr47a #3 fix) `calls_reader(line, story_line=True)` counts
# "you" only beside `_SITES_WORDS` (share, cookies, website, inbox, sign in ...), so a paywall
# or promo line to the reader without those words, in the lede's place of a run, is read as
# the story's lede (and linted: the harness's "Quinn reports." then gives names.first-reference);
# main left each out.
@pytest.mark.parametrize("line", [
    "You have reached your limit of free articles for this month on the Island Courier's pages.",
    "Did you know you can get the Island Courier delivered to your door every morning for less?",
    "You might also like these stories from the Island Courier about the ferries and the harbour.",
    "You can read this story for free when you register with an email address at the Courier.",
])
def test_qa200_a_sites_line_to_the_reader_in_the_ledes_place_stays_out(line):
    src = _run(line)
    assert texts(read(src), "paragraph") == LONG[1:]
    assert rules(src) == []


# qa200 #4 (MED; new in fx323's rr47a #2 fix) `_STAMP_FIGURE` knows only some ages ("2 hours
# ago", "3 hrs ago", "5m ago"): a short unit ("5h", "3d", "2 wks", "2 yrs"), an abbreviation with
# its stop ("2 hrs. ago", "5 min. ago") or a two-unit age
# ("2 hours, 5 minutes ago") no longer makes a stamp, so such a stamp line that reads as a
# sentence is read as a run's lede; main read each as a stamp.
@pytest.mark.parametrize("line", ["Updated 5h ago", "Updated 3d ago", "Posted 2 wks ago", "Updated 2 yrs ago",
                                  "Updated 2 hrs. ago", "Updated 5 min. ago",
                                  "Updated 2 hours, 5 minutes ago", "Updated 3 hours 12 minutes ago"])
def test_qa200_a_stamp_with_a_short_or_two_unit_age_is_a_stamp(line):
    from lint.readers._html_stamps import opens_with_stamp
    assert opens_with_stamp(line)
    stamp = f"{line} by the web desk, with the latest from the Harbour Board meeting on Tuesday."
    assert texts(read(_run(stamp)), "paragraph") == LONG[1:]


@pytest.mark.parametrize("lede", ["Updated 2 hours of harbour camera footage were released by the Harbour Board on Tuesday.",
                                  "Posted 3 days of notices on the ferry terminal's doors warned riders of the changes."])
def test_qa200_a_figure_and_a_unit_with_no_ago_after_a_stamps_word_is_a_lede(lede):
    # fx329: qa200 #4's nearest case: an age's unit with no "ago" after it counts, as in rr47a #2
    from lint.readers._html_stamps import opens_with_stamp
    assert not opens_with_stamp(lede)
    assert texts(read(_run(lede)), "paragraph")[0].startswith(lede)
