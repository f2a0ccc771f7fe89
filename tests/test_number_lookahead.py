"""`numbers.NUMBER` opens with a look-ahead for a digit or a currency sign, so
that `regex` tries its look-behind and branches only there (pf36). Every
branch opens with one, so the pattern finds what it found without it: these
tests compare the two over built texts of numbers, times, ranges, scores and
money, and the words around them."""
from __future__ import annotations

import random

import regex

from lint.analysis.numbers import NUMBER

FIRST = "(?=[\\d$£€])"
# Pieces of what NUMBER reads and of its near misses.
PIECES = ("7", "10", "12", "05", "2026", "1,200", "3.5", ":", ":30", ".30", "-", "–", "$", "£", "€",
          "am", " p.m.", "pm", " noon", " o'clock", " million", "bn", "%", " percent", " to ", " and ",
          "John ", "At ", "x", "#", ",", ".", " ", "\n", "٣")


def _spans(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_look_ahead_opens_the_pattern():
    assert NUMBER.pattern.startswith(FIRST)


def test_number_finds_what_it_found_without_the_look_ahead():
    without = regex.compile(NUMBER.pattern.replace(FIRST, "", 1), NUMBER.flags)
    rng = random.Random(36)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 10)))
        got = _spans(NUMBER, text)
        assert got == _spans(without, text), text
        found += len(got)
        at = rng.randrange(len(text) + 1)
        m, w = NUMBER.match(text, at), without.match(text, at)
        assert (m and (m.span(), m.groupdict())) == (w and (w.span(), w.groupdict())), (text, at)
    assert found > 3000
