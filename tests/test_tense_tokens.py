"""The tense reading's token lists (`clause_words.tokens`, `lowered`) give what
a loop per word gives, on text with commas, apostrophes, hyphens and the
letters whose lower case hangs on their neighbours (a final sigma)."""
from __future__ import annotations

import random

from lint.analysis.clause_words import GAP_WORD, WORD, lowered, tokens

PIECES = ["Σ", "ΣΑΣ", "ς", "σ", "İ", "ß", "ΌΣΟΣ", "ΑΣ'Σ", "a", "B", "Said", "'", "’", "-", ",", ", ",
          " ", "\u00a0", "12", "x_y", "—", "ǅ", "ΐ", "Ⅻ", "ﬁ", "\n"]


def _per_word(text, a, b, limit=0):
    """tokens as it read before pf26: a list comprehension per word."""
    if text.find(",", a, b) == -1:
        found = WORD.findall(text, a, b)[:limit or None]
        return found, [False] * len(found)
    pairs = GAP_WORD.findall(text, a, b)
    if limit:
        del pairs[limit:]
    return [w for _, w in pairs], ["," in gap for gap, _ in pairs]


def test_tokens_and_lowered_agree_with_a_loop_per_word():
    rng = random.Random(26)
    with_commas = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        limit = rng.choice((0, 0, 1, 3))
        got = tokens(text, a, b, limit)
        assert got == _per_word(text, a, b, limit), (text, a, b, limit)
        assert lowered(got[0]) == [t.lower() for t in got[0]], text
        with_commas += any(got[1])
    assert with_commas > 250
    assert lowered([]) == []
    assert lowered(["ΌΣΟΣ", "ΣΑΣ", "İstanbul"]) == ["όσος", "σας", "i̇stanbul"]
