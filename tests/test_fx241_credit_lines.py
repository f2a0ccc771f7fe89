"""fx241: a figcaption's credit line above licence lines (qa150 #1-#5 follow-ups).

Under a caption of a word or two a line above a licence line is the credit
only when it reads as one (a name's shape, a credit alone, a known agency);
a licence line ending in a dash or with its source is passed over; a slash
that ends a credit's line before a licence line is the credit's empty slot;
a source after the last note is the credit only when none stands before the
notes. Harness: tests/test_qa150_regressions.py's."""
from __future__ import annotations

import pytest

from test_qa150_regressions import _column, _lint


@pytest.mark.parametrize("caption, credit", [
    ("Floods<br>Getty Images<br>CC BY 2.0", "Getty Images"),        # a known agency
    ("Floods<br>Photo: Jane Doe<br>CC BY 2.0", "Photo: Jane Doe"),  # a credit alone
    ("Floods<br>Jane Doe<br>CC BY 2.0 —", "Jane Doe"),              # a name, a dash after the licence
    ("Floods<br>Jane Doe<br>CC BY 2.0 / via Flickr", "Jane Doe"),   # the licence's source after it
])
def test_a_credit_line_above_a_licence_line_under_a_one_word_caption(caption, credit):
    _, found, credits = _lint(caption)
    assert credits == [credit]
    assert found == []


def test_a_place_above_a_licence_line_under_a_one_word_caption_is_no_credit():
    _, found, credits = _lint("Floods<br>Lima<br>CC BY 2.0")
    assert credits == []
    assert [d.rule for d in found] == ["captions.missing-credit"]


@pytest.mark.parametrize("how", ["html", "md"])
def test_a_slash_ending_a_bare_credit_before_a_licence_line_is_its_empty_slot(how):
    src, found, credits = _lint("Water rises in Lima on Monday. Jane Doe/Flickr /<br>CC BY 2.0", how)
    assert credits == ["Jane Doe/Flickr /"]
    assert [d.rule for d in found] == ["captions.malformed-credit"]
    assert "nothing after the slash" in found[0].message
    assert (found[0].line, found[0].column) == _column(src, src.index("/<br>"))


@pytest.mark.parametrize("how", ["html", "md"])
def test_a_separator_between_two_licence_lines_goes_with_the_first(how):
    _, found, credits = _lint("Water rises in Lima on Monday. Jane Doe/Flickr<br>CC BY-SA 4.0 /<br>CC BY 2.0", how)
    assert credits == ["Jane Doe/Flickr"]
    assert found == []


def test_a_source_after_a_note_is_no_credit_when_one_stands_before_the_note():
    _, found, credits = _lint("Water rises. Photo: Jane Doe (CC BY 2.0) / via Flickr")
    assert credits == ["Photo: Jane Doe (CC BY 2.0) / via Flickr"]
    assert found == []


def test_a_source_after_a_note_is_the_credit_when_none_stands_before_it():
    _, found, credits = _lint("Water rises. (CC BY 2.0) / via Flickr")
    assert credits == ["via Flickr"]
    assert found == []


def test_a_name_with_an_empty_slot_above_a_licence_line_under_a_short_caption():
    src, found, credits = _lint("Water rises.<br>Jane Doe /<br>CC BY 2.0")
    assert credits == ["Jane Doe /"]
    assert [d.rule for d in found] == ["captions.malformed-credit"]
    assert "nothing after the slash" in found[0].message
    assert (found[0].line, found[0].column) == _column(src, src.index("/<br>"))
