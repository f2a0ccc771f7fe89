"""`quote_lookalikes`: the marks `quotes._scan` tells from quote marks, each
asked at the offset of one mark."""
import pytest

from lint.analysis.quote_lookalikes import clipped, inch_mark, is_ditto, typed_apostrophe
from lint.document import Part


def _at(text: str, mark: str, nth: int = 0) -> tuple[int, str]:
    """The offset of the nth `mark` in `text` and the character before it."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(mark, i + 1)
    return i, text[i - 1] if i else ""


@pytest.mark.parametrize("text, expected", [
    ('Brazil"s output', True), ('they don"t care', True),
    ('it said"so', False),             # no `s` or `t` ending the word
    ('the word"st', False),            # more letters after the `s`
    ('the word"s', True),
])
def test_a_double_mark_typed_for_an_apostrophe(text, expected):
    i, prev = _at(text, '"')
    assert prev.isalpha()              # the caller's test
    assert typed_apostrophe(text, i) is expected


@pytest.mark.parametrize("text, expected", [
    ("back for the '90s tour", True), ("the class of ’08 met", True),
    ("let 'em go", True), ("the 'Stros won", True),
    ("the 'best' one", False), ("a '1999 vintage'", False),
])
def test_a_single_mark_before_a_clipped_year_or_word(text, expected):
    i, _ = _at(text, "'" if "'" in text else "’")
    assert clipped(text, i) is expected


@pytest.mark.parametrize("text, mark, double_open, expected", [
    ('The guard is 5\'10" tall.', '"', False, True),
    ('The guard is 5\'10" tall.', '"', True, True),       # feet and inches, even in a quote
    ('a 12" record', '"', False, True),
    ('a 12" record', '"', True, False),                   # with a quote open it may close it
    ("a 12” pizza", "”", False, True),
    ("a 3/4” bolt", "”", False, True),
    ("$4.1 trillion in 2018” he", "”", False, False),     # a year: a quote's lost close
    ("“I ordered a 12” pizza,” he said", "”", True, True),
    ("chanted “12” and “’72”", "”", True, False),         # a quote opens before the next close
    ("the 12” Smith said", "”", True, False),             # no lower-case word goes on after it
])
def test_an_inch_mark(text, mark, double_open, expected):
    i, prev = _at(text, mark)
    assert prev.isdigit()              # the caller's test
    assert inch_mark(text, i, mark, double_open) is expected


@pytest.mark.parametrize("block, text, expected", [
    ("td", '"', True), ("th", " \u201d ", True), ("td", "\u3003", True),
    ("td", '"Yes"', False), (None, '"', False),
])
def test_a_ditto_mark_is_a_table_cell_of_one_mark(block, text, expected):
    part = Part.from_slice("paragraph", text, 0, len(text), attrs={"block": block} if block else {})
    assert is_ditto(part) is expected
