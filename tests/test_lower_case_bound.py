"""`speakers.lower_case_copy` decides most copy before it counts the words:
a text of n characters holds at most (n + 1) // 2 runs of letters, so a body
whose capitals inside sentences reach the share of that many is cased copy.
These tests check the answer against the rule as written (every word
counted) over built bodies, among them bodies of one-letter words, which
hold exactly that many runs."""
from __future__ import annotations

import random

from lint.analysis.speakers import (INSIDE, LETTERS, LOWER_CASE_SHARE, LOWER_CASE_WORDS,
                                    lower_case_copy)
from test_quotes import body

# Words and gaps that move the two counts: capitals after a lower-case word
# (INSIDE), "I" (left out), one-letter words (the most runs a text can hold),
# marks that split a word in two ("don't", "well-known") and no letter at all.
WORDS = ("a", "b", "I", "the", "Smith", "said", "don't", "well-known", "41", "—", "é", "Ōta",
         "x", "y", "Reuters", "peru")
GAPS = (" ", " ", " ", "\n", ", ", ". ")


def _counted(paragraphs: list[str]) -> bool:
    """The rule with every word counted, as it read before the bound."""
    words = inside = 0
    for text in paragraphs:
        words += len(LETTERS.findall(text))
        found = INSIDE.findall(text)
        inside += len(found) - found.count("I")
    return words >= LOWER_CASE_WORDS and inside < LOWER_CASE_SHARE * words


def _paragraph(rng: random.Random, capitals: float) -> str:
    out = []
    for _ in range(rng.randint(1, 120)):
        word = rng.choice(WORDS)
        if rng.random() > capitals:
            word = word.lower()
        out.append(word + rng.choice(GAPS))
    return "".join(out).strip()


def test_the_bound_gives_the_counted_answer_on_built_bodies():
    rng = random.Random(36)
    answers = set()
    for _ in range(1500):
        capitals = rng.choice((0.0, 0.005, 0.02, 0.05, 0.3))
        paragraphs = [_paragraph(rng, capitals) for _ in range(rng.randint(1, 4))]
        got = lower_case_copy(body(*paragraphs))
        assert got == _counted(paragraphs), paragraphs
        answers.add(got)
    assert answers == {True, False}       # both answers are met


def test_one_letter_words_fill_the_bound():
    # 51 one-letter words, the last a capital inside the sentence: 101 characters,
    # (101 + 1) // 2 = 51 runs, the most there can be; 1 capital < 2% of 51 words,
    # so lower-case copy (a bound of 50 would say 1 >= 2% of 50: cased)
    text = " ".join(["a"] * 50 + ["B"])
    assert len(LETTERS.findall(text)) == (len(text) + 1) // 2 == 51
    assert lower_case_copy(body(text)) and _counted([text])


def test_cased_copy_is_told_without_counting_and_stays_cased():
    text = " ".join(["the mayor met Smith and Jones"] * 10) + "."
    assert not lower_case_copy(body(text)) and not _counted([text])
