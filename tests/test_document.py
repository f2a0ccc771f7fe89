"""The article model's arithmetic: segment maps, line index, protected spans."""
from __future__ import annotations

import pytest

from lint.document import Document, LineIndex, Part, expand_scope

# "Hello <b>big</b> world" read as the text "Hello big world": three verbatim runs.
SOURCE = "Hello <b>big</b> world"
PART = Part("paragraph", "Hello big world", ((0, 0), (6, 9), (9, 16)))


@pytest.mark.parametrize("i,offset", [(0, 0), (5, 5), (6, 9), (8, 11), (9, 16), (14, 21), (15, 22)])
def test_source_offset_follows_the_runs(i, offset):
    assert PART.source_offset(i) == offset


def test_source_offset_before_the_first_run_uses_the_first_run():
    part = Part("paragraph", "ab", ((1, 10),))
    assert part.source_offset(0) == 9 and part.source_offset(1) == 10


@pytest.mark.parametrize("start,end,span", [
    (6, 9, (9, 12)),        # "big": its end maps from its last character, not past </b>
    (0, 5, (0, 5)), (0, 15, (0, 22)), (4, 7, (4, 10)),
    (3, 3, (3, 3)), (9, 9, (16, 16)), (9, 6, (16, 16))])   # empty and reversed spans
def test_source_span(start, end, span):
    assert PART.source_span(start, end) == span


def test_is_verbatim_only_for_one_unchanged_run():
    assert PART.is_verbatim(SOURCE, 6, 9)           # "big"
    assert PART.is_verbatim(SOURCE, 10, 15)         # "world"
    assert not PART.is_verbatim(SOURCE, 4, 7)       # "o b" spans the <b> tag
    decoded = Part("paragraph", "A & B", ((0, 0), (2, 2), (3, 7)))   # from "A &amp; B"
    assert decoded.is_verbatim("A &amp; B", 0, 1)
    assert not decoded.is_verbatim("A &amp; B", 2, 3)       # "&" read from "&amp;"
    assert not decoded.is_verbatim("A &amp; B", 0, 5)
    for source in ("A &#38; B", "A &#x26; B", "A &amp B"):
        assert not Part("paragraph", "A & B", ((0, 0), (2, 2), (3, len(source) - 2))).is_verbatim(
            source, 2, 3), source
    bare = Part.from_slice("paragraph", "R&D & more", 0, 10)
    assert bare.is_verbatim("R&D & more", 0, 10) and bare.is_verbatim("R&D & more", 4, 5)
    template = Part("caption", "Big", ((0, 0),), attrs={"template": "shortcode"})
    assert not template.is_verbatim("Big", 0, 3)


def test_from_slice():
    part = Part.from_slice("headline", "xx Head yy", 3, 7, name="h1")
    assert (part.text, part.segments, part.name) == ("Head", ((0, 3),), "h1")
    assert part.source_span(0, 4) == (3, 7)


@pytest.mark.parametrize("offset,position", [
    (0, (1, 1)), (3, (1, 4)), (4, (2, 1)), (5, (2, 2)), (6, (3, 1)), (7, (4, 1)), (9, (4, 3))])
def test_line_index_positions(offset, position):
    assert LineIndex("abc\nd\n\nef").position(offset) == position


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_index_counts_every_line_end_alike(end):
    source = end.join(["abc", "d", "", "ef"])
    index = LineIndex(source)
    assert index.position(source.index("d")) == (2, 1)
    assert index.position(source.index("f")) == (4, 2)
    assert [source[s:s + 1] for s in index.starts] == ["a", "d", end[0], "e"]


def test_line_index_with_mixed_line_ends():
    source = "a\r\nb\rc\nd"          # CRLF, a lone CR, LF: four lines
    assert [LineIndex(source).position(source.index(c)) for c in "abcd"] == [
        (1, 1), (2, 1), (3, 1), (4, 1)]


def test_line_index_line_starts_are_clamped():
    index = LineIndex("abc\nd\n\nef")
    assert index.starts == [0, 4, 6, 7]
    assert [index.line_start(n) for n in (-1, 0, 1, 2, 3, 4, 5, 99)] == [0, 0, 0, 4, 6, 7, 7, 7]


def doc_with(protected):
    return Document("a.md", "x" * 40, "markdown", protected=protected)


@pytest.mark.parametrize("start,end,hit", [
    (0, 5, False), (0, 6, True), (9, 10, True), (10, 12, False), (12, 20, False),
    (12, 21, True), (24, 30, True), (25, 30, False), (0, 40, True), (22, 23, True),
    (5, 5, False), (6, 6, True), (10, 10, False), (15, 15, False), (21, 21, True),
    (25, 25, False), (30, 30, False),
    (8, 20, True)])                     # ends where the next span starts, inside the one before
def test_a_fix_may_not_touch_a_protected_span(start, end, hit):
    assert doc_with([(5, 10), (20, 25)]).is_protected(start, end) is hit


def test_nothing_is_protected_by_default():
    assert not doc_with([]).is_protected(0, 40) and not doc_with([]).is_protected(3, 3)


def test_parts_first_and_shared_analyses():
    doc = Document("a.txt", "T\n\nP one.\n\nP two.", "text")
    head = doc.add(Part.from_slice("headline", doc.source, 0, 1))
    one = doc.add(Part.from_slice("paragraph", doc.source, 3, 9))
    two = doc.add(Part.from_slice("paragraph", doc.source, 11, 17))
    assert (head.index, one.index, two.index) == (0, 1, 2)
    assert doc.parts_of(["paragraph"]) == [one, two] and doc.parts_of(expand_scope(["prose"])) == [head, one, two]
    assert doc.first("paragraph") is one and doc.first("caption") is None
    calls = []
    assert doc.analysis("k", lambda d: calls.append(d) or len(d.parts)) == 3
    assert doc.analysis("k", lambda d: calls.append(d) or 99) == 3 and calls == [doc]
    seen = []
    assert doc.per_part("w", one, lambda text: seen.append(text) or text.upper()) == "P ONE."
    assert doc.per_part("w", two, lambda text: seen.append(text) or text.upper()) == "P TWO."
    assert doc.per_part("w", one, lambda text: "again") == "P ONE." and seen == ["P one.", "P two."]
    assert doc.lines is doc.lines and doc.lines.position(11) == (5, 1)


def test_expand_scope_keeps_order_and_drops_repeats():
    assert expand_scope(["body", "caption", "paragraph"]) == ("paragraph", "blockquote", "caption")
    assert expand_scope(["dek"]) == ("dek",)


@pytest.mark.parametrize("source,text,segments,span", [
    ('say &quot;x&quot;', 'say "x"', ((0, 0), (4, 4), (5, 10), (6, 11)), (0, 17)),   # entity
    ("&#8220;", "\u201c", ((0, 0),), (0, 7)),                                        # character reference
    ('"a \\u201c"', "a \u201c", ((0, 1), (2, 3)), (1, 9)),                           # JSON escape
    ('"\\ud83d\\ude00"', "\U0001F600", ((0, 1),), (1, 13)),                          # surrogate pair
    ('"C:\\\\"', "C:\\", ((0, 1), (2, 3)), (1, 5)),                                  # JSON backslash
    ("a\r\n", "a\n", ((0, 0), (1, 1)), (0, 3)),                                      # XML's CRLF
    ("A &amp; B", "A &", ((0, 0), (2, 2)), (0, 7)),                                  # "&" from &amp;
    ("A & B", "A &", ((0, 0),), (0, 3)),                                             # a bare "&"
    ("C:\\", "C:\\", ((0, 0),), (0, 3)),                                             # a bare "\"
])
def test_source_span_ends_after_a_decoded_last_character(source, text, segments, span):
    part = Part("paragraph", text, segments)
    assert part.source_span(0, len(text), source) == span
    assert part.source_span(0, len(text)) == (span[0], part.source_offset(len(text) - 1) + 1)


def test_a_span_ending_on_a_decoded_character_ends_after_its_escape_only():
    html = "<p>1 &lt; 2</p>"
    decoded = Part("paragraph", "1 < 2", ((0, 3), (2, 5), (3, 9)))
    assert decoded.source_span(0, 3, html) == (3, 9)           # "1 &lt;"
    plain = "C:\\new folder"                                   # a backslash as itself
    part = Part.from_slice("paragraph", plain, 0, len(plain))
    assert part.source_span(0, 3, plain) == (0, 3)              # "C:\\", not "C:\\n"


def test_line_numbers_of_a_source_cut_from_a_bigger_file():
    """An audit lints whole lines cut from an export: each piece keeps the file's own numbers."""
    source = "a\nb\nc\nd\ne\n"                      # lines 1-2 of the file, then 10-11, then 50
    index = LineIndex(source, pieces=((0, 1), (4, 10), (8, 50)))
    assert [index.position(source.index(ch))[0] for ch in "abcde"] == [1, 2, 10, 11, 50]
    assert index.position(source.index("d") + 1) == (11, 2)
