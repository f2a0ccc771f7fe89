"""fx231: a licence on a figcaption's line of its own under the credit line
(qa144 #1), and a bracketed credit pasted twice with stops (qa144 #3)."""
from __future__ import annotations

import pytest

from lint.analysis.credits import read_credit
from lint.readers import read_bytes
from story_helpers import caption_findings as _lint, caption_rules as _rules, page as _page, \
    text_story as _text


@pytest.mark.parametrize("caption, credit", [
    ("Water rises in Lima on Monday.<br>Jane Doe<br>CC BY 2.0", "Jane Doe"),
    ("<p>Water rises in Lima on Monday.</p><p>Reuters</p><p>CC BY-SA 4.0</p>", "Reuters"),
    ("Water rises in Lima on Monday. Jane Doe/Flickr<br>Public domain", "Jane Doe/Flickr"),
])
def test_the_credit_above_a_licence_line_is_placed_on_its_own_words(caption, credit):
    src = _page(caption)
    doc = read_bytes("story.html", src.encode("utf-8"))
    parts = [p for p in doc.parts if p.kind == "credit"]
    assert len(parts) == 1
    start = parts[0].source_offset(0)
    assert src[start:start + len(parts[0].text)] == credit == parts[0].text


def test_a_licence_after_a_line_break_is_set_aside_as_a_note():
    text = "Water rises in Lima on Monday.\nGetty Images\nPublic domain"
    span, notes = read_credit(text)
    assert text[slice(*span)] == "Getty Images"
    assert [text[a:b] for a, b in notes] == ["\nPublic domain"]


def test_a_licence_line_under_a_sentence_is_still_no_credit():
    rules = _rules(_page("Shoppers rush in at dawn.<br>Public domain"), "story.html")
    assert rules == ["captions.missing-credit"]


@pytest.mark.parametrize("line, flagged", [
    ("Water rises in Lima. (AP Photo/Jane Doe). (AP Photo/Jane Doe)", True),
    ("Water rises in Lima. (AP Photo/Jane Doe). (AP Photo/Jane Roe).", False),
])
def test_a_bracketed_credit_pasted_twice_with_a_stop_between(line, flagged):
    source = _text(line)
    found = [d for d in _lint(source, "story.txt") if d.rule == "captions.repeated-credit"]
    assert bool(found) == flagged
    if flagged:
        at = source.index(line) + line.rindex("(AP Photo")
        assert (found[0].line, found[0].column, found[0].end_column) == (5, at - source.index(line) + 1,
                                                                         len(line) + 1)
