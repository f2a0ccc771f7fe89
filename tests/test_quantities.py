"""`analysis.quantities`: which figures say what they count, and their spans."""
import pytest

from lint.analysis.quantities import quantities


@pytest.mark.parametrize("text, want", [
    ("Bus fares to rise 25 cents in January", [("25 cents", "25", "cent")]),
    ("A 25-cent rise", [("25-cent", "25", "cent")]),
    ("to $2.75 and $4 million", [("$2.75", "2.75", "$"), ("$4 million", "4000000", "$")]),
    ("Stocks fall 2% and 3 per cent", [("2%", "2", "%"), ("3 per cent", "3", "%")]),
    ("Two dead, 3 hurt", [("Two dead", "2", "dead"), ("3 hurt", "3", "hurt")]),
])
def test_figures_with_their_units(text, want):
    got = [(q.said, q.value, q.unit) for q in quantities(text)]
    assert got == want
    for q in quantities(text):
        assert text[q.start:q.start + len(q.said)] == q.said


@pytest.mark.parametrize("text", [
    "In 2015 readers wrote",        # a year counts nothing
    "at 7:30 p.m. on Friday",       # a clock time
    "a 5-2 win",                    # a score
    "25 in January",                # a stop word is no unit
    "It rose by 25",                # nothing after the number
])
def test_figures_that_count_nothing(text):
    assert quantities(text) == []
