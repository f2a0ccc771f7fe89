"""A blog template's post-metadata glued into a paragraph of prose
(readers/_html_furniture.py `cut_post_meta`, `_stitch.cut_out`): left out as
template text, the rest of the paragraph read with exact positions. Every page
here is written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.document import Part
from lint.readers._stitch import OBJECT, cut_out
from test_html_pages import STORY, page, read, texts

BIO = "Ana Ruiz covers the harbour for the Courier. You can follow her on Twitter."
ENTRY = ("This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under "
         '<a href="/c/news">News</a>, <a href="/c/port">Port</a>.\n'
         "You can follow any responses to this entry through the RSS 2.0 feed.")


def test_the_post_meta_after_a_bio_is_cut_and_the_bio_stays_prose():
    src = page(after=f"<p><small>{BIO}</small>\n<small>{ENTRY}</small></p>")
    doc = read(src)
    assert BIO in texts(doc, "paragraph")
    assert not any("entry was posted" in p.text for p in doc.parts)
    # Its time was the theme's: no time-of-day finding; the story is read as before.
    assert not [d for d in lint_text(src, "page.html") if d.rule == "style.time-of-day"]
    assert [t for t in texts(doc, "paragraph") if t != BIO] == STORY


def test_a_finding_in_the_bio_before_the_cut_keeps_its_exact_position():
    bio = "Ana Ruiz covers the the harbour."
    src = page(after=f"<p>{bio}\n{ENTRY}</p>")
    [d] = [d for d in lint_text(src, "page.html") if d.rule == "hygiene.doubled-word"]
    at = src.index("the the")
    assert (d.offset, d.end_offset) == (at, at + 7) and d.fix is not None


@pytest.mark.parametrize("line", [
    "Posted on March 3, 2013 by admin in News, Harbour",
    "Posted by Ana Ruiz on 3 March 2013 at 9:00 am",
])
def test_a_posted_on_line_inside_a_paragraph_is_cut_and_the_text_after_it_keeps_its_place(line):
    after = "Comments are welcome below the the line."
    src = page(after=f"<p>{BIO}<br>{line}<br>{after}</p>")
    doc = read(src)
    [part] = [p for p in doc.parts if p.text.startswith("Ana Ruiz")]
    assert "Posted" not in part.text and part.text.endswith(after)
    assert OBJECT in part.text                # the cut keeps the words around it apart
    [d] = [d for d in lint_text(src, "page.html") if d.rule == "hygiene.doubled-word"]
    assert d.offset == src.index("the the")


@pytest.mark.parametrize("text", [
    "This entry was posted on a hunch: the board never filed under pressure.",   # no sentence start
    "She said the letter was posted on March 3, 2013 by the harbour master.",
    "Posted on March 3, 2013, the notice said the ferries would stop.",         # a sentence, not a line
])
def test_prose_that_only_looks_like_post_meta_is_kept(text):
    prose = text if not text.startswith("This") else "Officials said " + text[0].lower() + text[1:]
    doc = read(page(after=f"<p>{prose}</p>"))
    assert prose in texts(doc, "paragraph")


def test_a_line_that_is_only_a_posted_date_stays_a_timestamp():
    doc = read(page(before="<p>Posted on March 3, 2013</p>"))
    assert [p.text for p in doc.parts if p.name == "timestamp"] == ["Posted on March 3, 2013"]


def test_cut_out_maps_the_rest_and_moves_inline_marks():
    part = Part("paragraph", "Bio here. Meta line. Tail", ((0, 100), (10, 200)),
                attrs={"inline": [("link", 0, 3), ("link", 21, 25)]})
    cut_out(part, 10, 21)
    assert part.text == f"Bio here. {OBJECT}Tail"
    assert part.source_offset(0) == 100 and part.source_offset(10) == 200
    assert part.source_offset(11) == 211                  # "Tail" where it was
    assert part.attrs["inline"] == [("link", 0, 3), ("link", 11, 15)]
    tail = Part("paragraph", "Bio. Meta", ((0, 5),))
    cut_out(tail, 5, 9)
    assert tail.text == "Bio." and tail.segments == ((0, 5),)
