"""The readers' stitching (lint/readers/_stitch.py): a Builder's text and its
segment map, piece by piece, as the Markdown, HTML, JSON-LD and template
readers feed it. Exact segments, since every finding is placed through them."""
from __future__ import annotations

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers._stitch import OBJECT, Builder, decode_refs, slice_segments, without_html


def built(*steps) -> Builder:
    b = Builder()
    for method, *args in steps:
        getattr(b, method)(*args)
    return b


# --- add: verbatim pieces -------------------------------------------------------

def test_contiguous_pieces_share_one_segment_and_a_gap_opens_another():
    b = built(("add", "ab", 1), ("add", "cd", 3), ("add", "", 9), ("add", "ef", 8))
    assert b.text() == "abcdef" and b.length == 6
    assert b.segments == [(0, 1), (4, 8)]


def test_blank_and_object_pieces_are_not_text():
    b = built(("add", " \n", 0), ("add", OBJECT, 2))
    assert b.has_text is False
    b.add("x", 3)
    assert b.has_text is True


# --- add_decoded / add_segments: pieces that always break contiguity ------------

def test_a_decoded_piece_maps_to_its_source_form_and_breaks_contiguity():
    # "&eacute;" at 0 decodes to one character; a piece whose offset happens
    # to follow still opens its own segment (the decoding is not verbatim).
    b = built(("add", "ab", 10), ("add_decoded", "é", 12), ("add_decoded", "", 99), ("add", "c", 13))
    assert b.text() == "abéc" and b.length == 4
    assert b.segments == [(0, 10), (2, 12), (3, 13)]
    b = built(("add_decoded", "é", 0), ("add", "x", 1))
    assert b.segments == [(0, 0), (1, 1)]


def test_a_decoded_piece_is_text_unless_blank_or_an_object():
    assert built(("add_decoded", "é", 0)).has_text is True
    assert built(("add_decoded", "\n", 0)).has_text is False
    assert built(("add_decoded", OBJECT, 0)).has_text is False
    assert built(("add", "a", 0), ("add_decoded", "\n", 1)).has_text is True


def test_add_segments_rebases_the_pieces_map_onto_the_end():
    b = built(("add", "ab", 0), ("add_segments", "xyz", ((0, 20), (2, 30))), ("add_segments", "", ((0, 5),)))
    assert b.text() == "abxyz" and b.length == 5
    assert b.segments == [(0, 0), (2, 20), (4, 30)]
    b.add("w", 31)      # the next piece starts its own segment even where it would follow
    assert b.segments[-1] == (5, 31)
    b = built(("add_segments", "q", ((0, 0),)), ("add", "r", 1))
    assert b.segments == [(0, 0), (1, 1)]


def test_add_segments_text_unless_blank_or_an_object():
    assert built(("add_segments", "x", ((0, 0),))).has_text is True
    assert built(("add_segments", " " + OBJECT, ((0, 0),))).has_text is False
    assert built(("add", "a", 0), ("add_segments", " ", ((0, 5),))).has_text is True


# --- add_ref: character references ----------------------------------------------

def test_a_reference_decodes_to_one_segment_at_its_ampersand():
    b = built(("add", "A ", 0), ("add_ref", "&amp;", 2), ("add", " B", 7))
    assert b.text() == "A & B" and b.segments == [(0, 0), (2, 2), (3, 7)]


def test_an_unknown_reference_is_kept_as_written():
    b = built(("add", "x ", 0), ("add_ref", "&bogus;", 2))
    assert b.text() == "x &bogus;" and b.segments == [(0, 0)]


def test_a_legacy_name_without_semicolon_maps_its_literal_tail_back():
    # HTML reads "&nbspTK" as a no-break space then "TK": the TK is verbatim source.
    b = built(("add_ref", "&nbspTK", 10))
    assert b.text() == "\xa0TK" and b.segments == [(0, 10), (1, 15)]
    b = built(("add_ref", "&ampX", 3))      # an odd-length tail
    assert b.text() == "&X" and b.segments == [(0, 3), (1, 7)]


def test_a_numeric_reference_ending_in_its_own_character_has_no_tail():
    # "&#x35" is "5": the decoded character equals the reference's last one,
    # but a reference always decodes at least one character.
    b = built(("add_ref", "&#x35", 4), ("add", " x", 9))
    assert b.text() == "5 x" and b.segments == [(0, 4), (1, 9)]


def test_decode_refs_maps_every_character_of_a_source_range():
    src = "<title>Fish &amp; chips&nbspTK &#8212; done</title>"
    b = decode_refs(src, 7, len(src) - 8)
    assert b.text() == "Fish & chips\xa0TK — done"
    assert b.segments == [(0, 7), (5, 12), (6, 17), (12, 23), (13, 28), (16, 31), (17, 38)]


def test_a_tk_after_a_legacy_reference_is_placed_on_its_letters():
    src = "<html><body><p>Prices&nbspTK rose.</p></body></html>"
    doc = read_bytes("story.html", src.encode())
    config = Config(select=("hygiene.placeholder",))
    [d] = lint_document(doc, active_rules(config), config).diagnostics
    assert (d.offset, d.end_offset) == (src.index("TK"), src.index("TK") + 2) and d.snippet == "TK"


# --- ends_with_space ---------------------------------------------------------------

def test_ends_with_space_reads_the_last_character_only():
    assert built().ends_with_space() is True
    assert built(("add", " ", 0)).ends_with_space() is True
    assert built(("add", "a ", 0)).ends_with_space() is True
    assert built(("add", " a", 0)).ends_with_space() is False
    assert built(("add", "a ", 0), ("add", "b", 5)).ends_with_space() is False


# --- part: trimming, empty parts, block and inline marks --------------------------

def test_part_trims_blanks_and_objects_and_keeps_the_map():
    b = built(("add", " \n", 0), ("add_decoded", OBJECT, 2), ("add", " Hello", 9),
              ("add_ref", "&amp;", 15), ("add", "Co ", 20), ("add_decoded", OBJECT, 23))
    part = b.part("paragraph", name="body")
    assert part.kind == "paragraph" and part.name == "body" and part.text == "Hello&Co"
    assert part.segments == ((0, 10), (5, 15), (6, 20))


def test_part_of_nothing_but_blanks_is_none_or_points_where_asked():
    b = built(("add", " \t", 4), ("add_decoded", OBJECT, 6))
    assert b.part("credit") is None
    empty = b.part("credit", empty_at=4, attrs={"src": "a.jpg"})
    assert (empty.kind, empty.text, empty.segments, empty.attrs) == ("credit", "", ((0, 4),), {"src": "a.jpg"})


def test_part_records_a_vale_block_only():
    b = built(("add", "Hed", 0))
    b.block = "h2"
    assert b.part("heading").attrs == {"block": "h2"}
    b.block = "p"
    assert b.part("paragraph").attrs == {}
    b.block = "li"
    assert b.part("paragraph", attrs={"block": "td"}).attrs == {"block": "td"}   # the reader's own wins


def test_part_rebases_inline_marks_to_the_trimmed_text():
    b = built(("add", "  Read ", 0))
    b.open_inline("link")
    b.add("the docs", 7)
    b.close_inline("link")
    b.add(" now ", 15)
    b.open_inline("code")          # a code span leaves only an object behind
    b.add_decoded(OBJECT, 20)
    b.close_inline("code")
    b.add(" end", 23)
    b.open_inline("strong")        # empty, so dropped
    b.close_inline("strong")
    part = b.part("paragraph")
    assert part.text == "Read the docs now \ufffc end"
    assert part.attrs["inline"] == [("link", 5, 13), ("code", 18, 19)]
    assert "inline" not in b.part("alt").attrs


def test_inline_marks_outside_the_trimmed_text_are_dropped_or_clipped():
    b = built(("add", "ab", 0))
    b.open_inline("emphasis")
    b.add(" cd  ", 2)
    b.close_inline("emphasis")
    b.open_inline("link")
    b.add("  ", 7)
    b.close_inline("link")
    part = b.part("paragraph")
    assert part.text == "ab cd"
    assert part.attrs["inline"] == [("emphasis", 2, 5)]


def test_close_inline_closes_the_innermost_open_mark_of_its_kind():
    # <b>ab<a>cd</b>ef</a>: misnested; each close finds its own kind.
    b = built(("add", "", 0))
    b.open_inline("strong")
    b.add("ab", 0)
    b.open_inline("link")
    b.add("cd", 2)
    b.close_inline("strong")
    b.add("ef", 4)
    b.close_inline("link")
    assert b.part("paragraph").attrs["inline"] == [("strong", 0, 4), ("link", 2, 6)]


def test_a_stray_close_never_reopens_a_closed_mark():
    # <a></a>hi</a>: the empty link stays empty (and is dropped).
    b = Builder()
    b.open_inline("link")
    b.close_inline("link")
    b.add("hi", 0)
    b.close_inline("link")
    assert b.inline == [["link", 0, 0]]
    assert "inline" not in b.part("paragraph").attrs


# --- slice_segments / without_html ----------------------------------------------------

def test_slice_segments_rebases_a_range():
    segs = ((0, 100), (5, 200), (8, 300))
    assert slice_segments(segs, 0, 10) == ((0, 100), (5, 200), (8, 300))
    assert slice_segments(segs, 6, 8) == ((0, 201),)
    assert slice_segments(segs, 3, 9) == ((0, 103), (2, 200), (5, 300))
    assert slice_segments(segs, 5, 6) == ((0, 200),)


def test_without_html_leaves_plain_text_and_its_map_alone():
    assert without_html("plain text", [(0, 7), (5, 20)]) == ("plain text", ((0, 7), (5, 20)))


def test_without_html_drops_tags_and_comments_and_keeps_the_map():
    text = "A <b>bold</b> move<!-- x -->."
    out, segs = without_html(text, ((0, 50),))
    assert out == "A bold move."
    assert segs == ((0, 50), (2, 55), (6, 63), (11, 78))


def test_without_html_of_only_markup_points_at_the_value():
    assert without_html("<br/><b></b>", ((0, 40), (5, 60))) == ("", ((0, 40),))


def test_a_code_mark_is_kept_even_with_no_text_and_at_the_trimmed_end():
    # open_inline: a code span may leave no text; one ending the part is trimmed
    # to a zero-length mark at the end.
    b = built(("add", "ab ", 0))
    b.open_inline("code")
    b.close_inline("code")
    b.add("cd", 5)
    b.open_inline("code")
    b.add_decoded(OBJECT, 7)
    b.close_inline("code")
    part = b.part("paragraph")
    assert part.text == "ab cd" and part.attrs["inline"] == [("code", 3, 3), ("code", 5, 5)]
