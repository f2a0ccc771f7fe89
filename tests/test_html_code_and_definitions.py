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
