"""The shortcuts of lint.analysis.date_scan give what the patterns they spare give."""
from __future__ import annotations

import re

import pytest

from lint.analysis.date_scan import BARE_YEAR, RANGE_GAP, bare_years, range_gap, word_trie

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
