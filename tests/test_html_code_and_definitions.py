"""A definition list and code inside a web page's story (issue 10).

A copy desk reads a `<dl>` of facts in the story ("Cost", "$48 million over
six years") as story text, checked at exact positions; a `<pre>` block of
code or an ASCII table, and inline `<code>`, `<kbd>`, `<samp>`, are no
prose: nothing in them is flagged, and they never take the story's text with
them. Every page is written for the test (`test_html_pages.page`, whose
first `<article>` is a teaser card, so the extractor gathers the page's
paragraphs and takes no list)."""
from __future__ import annotations

from test_html_pages import STORY, page, read, texts

from lint import lint_text
from lint.document import OBJECT

FACTS = ("<dl><dt>Cost</dt><dd>$48 million over six years, paid from the harbour fund.</dd>"
         "<dt>First sailing</dt><dd>March 2027, from Port Alder to the island at 7 PM.</dd></dl>")
TERMS = ["Cost", "$48 million over six years, paid from the harbour fund.",
         "First sailing", "March 2027, from Port Alder to the island at 7 PM."]


def _findings(src: str, rule: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(src, "page.html") if d.rule == rule]


def _line_col(src: str, offset: int) -> tuple[int, int]:
    line = src.count("\n", 0, offset) + 1
    return line, offset - (src.rfind("\n", 0, offset) + 1) + 1


def test_a_definition_list_of_facts_in_the_story_is_story_text_at_exact_positions():
    src = page(middle=FACTS)
    assert texts(read(src), "paragraph") == STORY[:2] + TERMS + STORY[2:]
    assert _findings(src, "style.time-of-day") == [_line_col(src, src.index("7 PM.</dd>"))]


def test_a_definition_list_that_is_page_furniture_stays_out():
    # a stamp box's, a share box's or a tag box's descriptions are shorter
    # than a fact's (ITEM_WORDS), or links
    for box in ("<dl><dt>Filed</dt><dd>Jan. 1, 2026</dd><dt>Updated</dt><dd>Jan. 2, 2026</dd></dl>",
                "<dl><dt>Share</dt><dd>Facebook</dd><dd>Email</dd></dl>",
                '<dl><dt>Tags</dt><dd><a href="/t/ferries">Island ferries and the harbour board</a></dd></dl>'):
        assert texts(read(page(middle=box)), "paragraph") == STORY, box


STAMPS = ("<dl><dt>Published</dt><dd>Dec. 1, 2026 7 PM</dd></dl>",
          "<dl><dt>Last updated:</dt><dd>Dec. 2, 2026 at 7:05 PM</dd><dt>Filed under</dt><dd>Harbour news and the island ferries</dd></dl>",
          # no stamp word for a term, but every description only a date, a time or a name
          "<dl><dt>Story</dt><dd>Tomas Lindqvist</dd><dt>Sent</dt><dd>7:05 PM Dec. 1</dd></dl>")


def test_a_sites_stamp_definition_list_is_no_story_text():
    # qa67 #7.6: the stamp's description is five words (ITEM_WORDS passed it),
    # so the site's time was flagged as the story's
    for box in STAMPS:
        src = page(middle=box)
        assert texts(read(src), "paragraph") == STORY, box
        assert _findings(src, "style.time-of-day") == [], box


def test_a_cms_exports_stamp_list_is_left_out_and_its_facts_kept():
    def fragment(box):
        return f"<article><h1>Ferries</h1><p>{STORY[0]}</p>{box}<p>{STORY[1]}</p></article>"
    for box in STAMPS:
        assert texts(read(fragment(box)), "paragraph") == STORY[:2], box
        assert _findings(fragment(box), "style.time-of-day") == [], box
    assert texts(read(fragment(FACTS)), "paragraph") == [STORY[0], *TERMS, STORY[1]]


# qa68 #5: a fact box whose terms are the story's words is story text, even
# when every description is only a date or a name and a date
DATED_FACTS = ("<dl><dt>Public hearing</dt><dd>3 October 2026</dd><dt>Final vote</dt><dd>December 12, 2026</dd>"
               "<dt>Last boat</dt><dd>Sept. 1, 2027</dd></dl>",
               "<dl><dt>Board chair</dt><dd>Marta Quinnn</dd><dt>Term ends</dt><dd>Jan. 1, 2028</dd></dl>")
DATED_TERMS = (["Public hearing", "3 October 2026", "Final vote", "December 12, 2026", "Last boat", "Sept. 1, 2027"],
               ["Board chair", "Marta Quinnn", "Term ends", "Jan. 1, 2028"])


def _story_page(box: str) -> str:
    return (f"<!doctype html><html><head><title>Ferries</title></head><body><main><article><h1>Ferries</h1>"
            f"<p>{STORY[0]}</p><p>{STORY[1]}</p><h2>Key facts</h2>{box}<p>{STORY[2]}</p></article></main></body></html>")


def test_a_fact_box_of_dates_or_names_is_story_text_on_a_page():
    for box, terms in zip(DATED_FACTS, DATED_TERMS):
        assert texts(read(_story_page(box)), "paragraph") == STORY[:2] + terms + [STORY[2]], box
    src = _story_page(DATED_FACTS[0])
    assert _findings(src, "style.date-order") == [_line_col(src, src.index("3 October"))]
    src = _story_page(DATED_FACTS[1])
    assert _findings(src, "names.spelling-variant") == [_line_col(src, src.index("Quinnn"))]


def test_a_fact_box_of_dates_or_names_is_story_text_in_a_cms_export():
    def fragment(box):
        return f"<article><h1>Ferries</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>{box}<p>{STORY[2]}</p></article>"
    for box, terms in zip(DATED_FACTS, DATED_TERMS):
        assert texts(read(fragment(box)), "paragraph") == STORY[:2] + terms + [STORY[2]], box
    src = fragment(DATED_FACTS[0])
    assert _findings(src, "style.month-abbreviation") == [_line_col(src, src.index("December"))]


def test_a_stamp_list_whose_terms_are_icons_or_empty_is_left_out_of_a_cms_export():
    # no term is a word: its descriptions, only dates and times, are the site's stamp
    for box in ('<dl><dt></dt><dd>Dec. 1, 2026 7 PM</dd></dl>',
                '<dl><dt><i class="icon-clock"></i></dt><dd>Dec. 1, 2026 7 PM</dd><dt>\u2022</dt><dd>7:05 PM Dec. 2</dd></dl>'):
        src = f"<article><h1>Ferries</h1><p>{STORY[0]}</p>{box}<p>{STORY[1]}</p></article>"
        assert texts(read(src), "paragraph") == STORY[:2], box
        assert _findings(src, "style.time-of-day") == [], box


TABLE = "<pre>ROUTE      OLD    NEW\nCrossing   42     34 minutes\nLast boat  7 PM   9 PM</pre>"


def test_nothing_in_a_pre_block_is_flagged_and_the_text_after_it_is_read():
    src = page(middle=TABLE)
    assert texts(read(src), "paragraph") == STORY
    assert _findings(src, "style.time-of-day") == []
    # a <pre> inside a paragraph ends it (as browsers parse it): the rest is read
    cut = page(middle="<p>The board printed the timetable " + TABLE + " and then voted on the plan.</p>")
    assert texts(read(cut), "paragraph") == STORY[:2] + [
        "The board printed the timetable", "and then voted on the plan."] + STORY[2:]


def test_a_code_block_left_open_ends_with_its_container():
    # `</div>` ends the <pre> and <code> it holds: the story after it is read
    box = '<div class="code"><pre><code>sail(boat) // <span class="c">7 PM</span></div>'
    src = page(middle=box)
    assert texts(read(src), "paragraph") == STORY
    assert _findings(src, "style.time-of-day") == []


def test_inline_code_stands_as_one_object_at_its_start_tag():
    line = "<p>Type <code>ferry --at 7 PM</code> in a terminal, or press <kbd>Ctrl</kbd> to stop it.</p>"
    src = page(middle=line)
    doc = read(src)
    [part] = [p for p in doc.parts if p.text.startswith("Type")]
    assert part.text == f"Type {OBJECT} in a terminal, or press {OBJECT} to stop it."
    objects = [i for i, c in enumerate(part.text) if c == OBJECT]
    assert [part.source_offset(i) for i in objects] == [src.index("<code>"), src.index("<kbd>")]
    assert _findings(src, "style.time-of-day") == []
