"""The readers' shortcuts (issue 15) give what the longer path gave: each is
checked against that path, written out here, on random input."""
from __future__ import annotations

import random

import pytest

from lint.analysis.caption_lines import _first_words
from lint.readers._html_posts import names_embed
from lint.readers._html_tags import BLOCK, HEADINGS, INLINE_MARKS, is_widget
from lint.readers._text_lines import _end_mark, may_hold_end_mark
from lint.readers._text_lines import indented_paragraphs, split_at_captions, trim

# Letters in both cases, a title-case digraph, letters with no case, a sharp s.
LETTERS = ["a", "b", "G", "K", "é", "É", "ß", "ǅ", "ǆ", "中", "ا", "x", "Y"]


def _first_words_walk(word: str, spellings) -> set[str]:
    """`_first_words` as it was: every character of the word walked for an inner capital."""
    low = word.lower()
    inner = next((k for k in range(1, len(word)) if word[k].isupper()
                  and (word[k - 1].islower() or word[k + 1:k + 2].islower())), 0)
    return {low, low[:inner]} if inner and word[:inner] in spellings else {low}


@pytest.mark.parametrize("seed", range(3))
def test_first_words_as_the_walk_gives_them(seed):
    rng = random.Random(seed)
    spellings = frozenset({"Getty", "AP", "a", "Gé", "ǅa"})
    for _ in range(4000):
        word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.2:
            word = rng.choice(sorted(spellings)) + word
        assert _first_words(word, spellings) == _first_words_walk(word, spellings), word


@pytest.mark.parametrize("seed", range(3))
def test_may_hold_end_mark_never_misses_one(seed):
    rng = random.Random(seed)
    pieces = ["-30-", "###", "# # #", "-0-", "ENDS", "—30—", "–30–", "#", "-", "3", "0", "E", "NDS",
              " ", "\t", "\n", "\r\n", "word", ".", "END"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        start = rng.randint(0, len(text))
        if _end_mark().search(text, start, len(text)):
            found += 1
            assert may_hold_end_mark(text, start, len(text)), repr(text)
    assert found > 50
    assert not may_hold_end_mark("The council voted 6-0 on Tuesday.\n\nIt ends here.", 0, 48)


@pytest.mark.parametrize("line", ["Officials met.", "  Indented lede runs on  ", "AP Photo/Jane Roe",
                                  "(Reuters)", "Jane Doe/Getty Images", "\t", "A caption. Photo: AP"])
def test_a_one_line_block_is_one_paragraph(line):
    """One line is never cut: no line before it ends a sentence or is short."""
    src = "Head\n\n" + line + "\n"
    span = (6, 6 + len(line))
    assert list(indented_paragraphs(src, [span])) == [[span]]
    start, end = trim(src, *span)
    assert list(split_at_captions(src, [span], span[1])) == ([(start, end, "paragraph")] if start < end else [])


def test_an_element_with_no_attributes_is_no_widget_and_no_embed():
    for tag in sorted(BLOCK | HEADINGS | set(INLINE_MARKS) | {"a", "span", "button", "img", "iframe"}):
        assert not is_widget(tag, {}, False) and not is_widget(tag, {}, True)
        assert not names_embed({})


@pytest.mark.parametrize("seed", range(3))
def test_markdown_line_starts_as_the_line_break_pattern_gives_them(seed):
    from lint.readers._md_positions import _LINE_BREAK, line_starts
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(["a", " ", "\n", "\r\n", "\r", "\n\n", "é"]) for _ in range(rng.randint(0, 12)))
        base = rng.randint(0, len(text))
        assert line_starts(text, base) == [base] + [m.end() for m in _LINE_BREAK.finditer(text, base)], repr(text)


@pytest.mark.parametrize("seed", range(3))
def test_a_part_of_one_run_is_mapped_as_slice_segments_maps_it(seed):
    from lint.readers._stitch import OBJECT, Builder, slice_segments
    rng = random.Random(seed)
    for _ in range(2000):
        b = Builder()
        text = "".join(rng.choice(["a", " ", "\n", OBJECT, "b"]) for _ in range(rng.randint(1, 9)))
        b.add(text, rng.randint(0, 50))
        if rng.random() < 0.3:
            b.add_decoded("&", rng.randint(60, 90))
        part = b.part("paragraph")
        if part is None:
            continue
        full = b.text()
        start = len(full) - len(full.lstrip(" \t\r\n\f\v" + OBJECT))
        assert part.segments == slice_segments(b.segments, start, start + len(part.text)), repr(full)


@pytest.mark.parametrize("seed", range(3))
def test_a_one_line_run_is_emitted_as_the_map_s_pieces_give_it(seed):
    from lint.readers._md_inline import InlineReader
    from lint.readers._md_positions import ContentMap
    from lint.readers._stitch import Builder
    rng = random.Random(seed)
    for _ in range(2000):
        cmap = ContentMap([(0, rng.randint(0, 40))])
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 6)))
        s = rng.randint(0, 10)
        fast, walked = Builder(), Builder()
        InlineReader._emit(fast, text, s, cmap)
        for t, at, n in cmap.pieces(s, s + len(text)):
            walked.add(text[t - s:t - s + n], at)
        assert (fast.text(), fast.segments) == (walked.text(), walked.segments)
