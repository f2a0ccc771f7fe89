"""Soft hyphens and zero-width characters inside words (readers/_stitch.py
`drop_invisible`): left out of every reader's part text, with every position
kept exact and no fix offered across one."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.document import Part
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers._stitch import drop_invisible


def findings(name: str, src: str, rule: str = "hygiene.doubled-word"):
    config = Config(select=(rule,))
    return lint_document(read_bytes(name, src.encode()), active_rules(config), config).diagnostics


def test_a_soft_hyphen_is_left_out_and_the_text_after_it_maps_past_it():
    part = Part("paragraph", "emo\u00adtional day", ((0, 10),))
    drop_invisible(part)
    assert part.text == "emotional day"
    assert part.segments == ((0, 10), (3, 14))
    assert part.source_span(3, 9) == (14, 20)       # "tional" starts after the hyphen
    assert part.source_offset(0) == 10


def test_a_run_of_several_and_each_kind_is_left_out():
    part = Part("paragraph", "a\u200b\u2060b\ufeffc", ((0, 0),))
    drop_invisible(part)
    assert part.text == "abc" and part.segments == ((0, 0), (1, 3), (2, 5))


def test_a_part_without_them_is_untouched():
    segs = ((0, 4), (2, 9))
    part = Part("paragraph", "ab-cd", segs)
    drop_invisible(part)
    assert part.text == "ab-cd" and part.segments is segs


def test_the_ends_are_trimmed_again_and_inline_marks_move_with_the_text():
    part = Part("paragraph", "\u200b Go to link\u00adtext now", ((0, 0),),
                attrs={"inline": [("link", 8, 17)]})
    drop_invisible(part)
    assert part.text == "Go to linktext now"
    assert part.attrs["inline"] == [("link", 6, 14)] and part.text[6:14] == "linktext"
    assert part.source_offset(0) == 2


def test_a_part_of_nothing_but_them_becomes_empty_at_its_end():
    part = Part("paragraph", "\u00ad\u200b", ((0, 7),))
    drop_invisible(part)
    assert part.text == "" and part.segments == ((0, 9),)


@pytest.mark.parametrize("name,src,word", [
    ("story.html", "<html><body><p>An emo&shy;tional day.</p></body></html>", "emotional"),
    ("story.html", "<html><body><p>An emo\u00adtional day.</p></body></html>", "emotional"),
    ("story.md", "# Head\n\nAn emo\u00adtional day.\n", "emotional"),
    ("story.txt", "Head\n\nAn emo\u200btional day.\n", "emotional"),
])
def test_every_reader_leaves_them_out(name, src, word):
    doc = read_bytes(name, src.encode())
    assert any(word in p.text for p in doc.parts)
    assert not any(c in p.text for p in doc.parts for c in "\u00ad\u200b")


def test_a_finding_after_a_soft_hyphen_keeps_its_exact_position_and_its_fix():
    src = "<html><body><p>An emo&shy;tional day for the the city.</p></body></html>"
    [d] = findings("story.html", src)
    at = src.index("the the")
    assert (d.offset, d.end_offset, d.snippet) == (at, at + 7, "the the")
    assert d.fix is not None and d.fix.replacement == "the"


def test_a_doubled_word_split_by_soft_hyphens_is_found_but_never_fixed_across_them():
    src = "<html><body><p>It was emo\u00adtional emo\u00adtional to see.</p></body></html>"
    [d] = findings("story.html", src)
    assert "'emotional emotional'" in d.message
    at = src.index("emo")
    assert (d.offset, d.end_offset) == (at, src.index(" to see"))
    assert d.fix is None


def test_a_mark_inside_a_run_lands_where_the_run_was():
    part = Part("paragraph", "ab\u200b\u200b\u200bcd\u00adef", ((0, 0),),
                attrs={"inline": [("link", 3, 5), ("link", 5, 7), ("link", 8, 10)]})
    drop_invisible(part)
    assert part.text == "abcdef"
    assert part.attrs["inline"] == [("link", 2, 2), ("link", 2, 4), ("link", 4, 6)]
