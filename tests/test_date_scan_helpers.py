"""The shortcuts of lint.analysis.date_scan and date_anchors give what the patterns they spare give."""
from __future__ import annotations

import random
import re

import pytest

from lint.analysis.date_scan import BARE_YEAR, RANGE_GAP, bare_years, range_gap
from lint.analysis.word_patterns import word_trie

TEXTS = [
    "Sept. 7 to approve the budget, which costs $76 million. The council voted 7-2 on Aug. 10",
    "in 2008, since 1999 and by 2019s the 1986 low; from  2020 to 2021’s end, the 1899-1900 season",
    "May 1-2, 2024 or May 3 through  May 9 and 20 20192020 in\t1987",
]


def test_word_trie_matches_as_the_longest_first_alternation():
    words = {"Jun", "June", "Sep", "Sept", "September", "Thu", "Thur", "Thurs", "Thursday", "May"}
    flat = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")(?![a-z])")
    trie = re.compile(word_trie(words) + "(?![a-z])")
    text = "June Jun. Sept Sep Septx September Thurs. Thursday Thuxday May Mayor Junes"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert trie.findall(text) == ["June", "Jun", "Sept", "Sep", "September", "Thurs", "Thursday", "May"]


@pytest.mark.parametrize("text", TEXTS)
def test_range_gap_and_bare_years_agree_with_their_patterns(text):
    gaps = [(a, b) for a in range(len(text)) for b in range(a, min(len(text), a + 30) + 1)]
    assert [range_gap(text, a, b) for a, b in gaps] == [
        RANGE_GAP.fullmatch(text, a, b) is not None for a, b in gaps]
    assert bare_years(text) == [(y.end(), y.start(), int(y[1])) for y in BARE_YEAR.finditer(text)]


# Pieces of the phrases the pre-tested patterns read, and near misses.
PHRASE_PIECES = ["year", "Year", "years", "that", "the", "same", "previous", "of", ",", " ", "  ", "\n",
                 "-", "–", "—", "5", "12", "2024", "now", "Now", "known", "and", "until", "thru",
                 "agency", "'s", "’s", "s'", "'", "\u00a0", "x", "June", "%", " of that year",
                 ", the same year", " that year's", "now and ", "now  until ", "-5", "–12, 2024",
                 "agency's ", "it’s\u00a0"]


@pytest.mark.parametrize("seed", range(3))
def test_date_pre_tests_agree_with_their_patterns(seed):
    from lint.analysis.date_scan import (FROM_NOW, OWNER, RANGE_DAY, THAT_YEAR, from_now, owned,
                                         range_day, that_year)
    rng = random.Random(seed)
    hits = [0, 0, 0, 0]
    for _ in range(1500):
        text = "".join(rng.choice(PHRASE_PIECES) + rng.choice(["", "", " "])
                       for _ in range(rng.randint(1, 10)))
        for i in range(len(text) + 1):
            checks = [(that_year(text, i), THAT_YEAR.match(text, i) is not None),
                      (owned(text, i), OWNER.search(text, max(0, i - 4), i) is not None),
                      (from_now(text, i), FROM_NOW.search(text, max(0, i - 20), i) is not None)]
            r, expected = range_day(text, i), RANGE_DAY.match(text, i)
            checks.append((r and (r.span(), r.groupdict()), expected and (expected.span(), expected.groupdict())))
            for k, (got, want) in enumerate(checks):
                assert got == want, (k, text, i)
                hits[k] += bool(want)
    assert min(hits) > 20          # each pattern matched often enough to test


def test_that_year_reads_only_the_characters_a_phrase_can_fill():
    """rv19 M5: the pre-test looks for "year" within `_THAT_YEAR_REACH`
    characters of the date, not to the end of the text (which made a
    paragraph of yearless dates quadratic). Every phrase fits well inside;
    a "year" beyond the reach is never one (it would need 60 spaces)."""
    from lint.analysis.date_scan import _THAT_YEAR_REACH, that_year
    for phrase in (", of the following year", " of that year", " the previous year", ", the same year"):
        assert that_year("in June" + phrase + " the plant shut", len("in June"))
    far = "in June" + " " * _THAT_YEAR_REACH + "that year"
    assert not that_year(far, len("in June"))
    assert that_year("in June" + " " * 40 + "that year", len("in June"))


# Pieces for the tense tokens: words, figures, the characters no word starts at.
TOKEN_PIECES = ["will", "said", "O'Neil", "don’t", "co-op", "3.5", "2024", "x_y", "_", ",", ", ",
                "Ünal", "²", "٣", " ", "\n", "—", "(", "'", "’", "-", "..."]


@pytest.mark.parametrize("seed", range(3))
def test_tense_tokens_without_a_comma_agree_with_the_gap_pattern(seed):
    """`clause_words.tokens` reads a stretch with no comma by WORD alone: the same
    words as GAP_WORD's second group, each with no comma before it."""
    from lint.analysis.clause_words import GAP_WORD, tokens as _tokens
    rng = random.Random(seed)
    bare = 0
    for _ in range(1500):
        text = "".join(rng.choice(TOKEN_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
        a = rng.randint(0, len(text))
        b, limit = rng.randint(a, len(text)), rng.choice([0, 0, 3])
        pairs = GAP_WORD.findall(text, a, b)[:limit or None]
        assert _tokens(text, a, b, limit) == ([w for _, w in pairs], ["," in g for g, _ in pairs]), (text, a, b)
        bare += "," not in text[a:b] and bool(pairs)
    assert bare > 200              # the comma-free path was taken often enough to test

