"""Words, stems and word rarity, shared by the titles and names packs.

Everything here is a table lookup, so a headline can be compared with a
whole body in well under a millisecond. Stems are the Snowball English
stemmer's (Porter2; snowballstem.org), run in C by PyStemmer: `approves`,
`approved` and `approval` meet, and so do `inflation` and `inflated`, which
the suffix rules used before kept apart. The patterns of a word are in
`word_patterns`, numbers in `numbers`.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..rule_cache import load_data


@lru_cache(maxsize=1)
def _stemmer():
    """PyStemmer's Snowball English stemmer (loaded on first use)."""
    import Stemmer   # PyStemmer: a C extension, 14x faster than pure-Python snowballstemmer
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of a word, lower case, possessive 's off
    ("Council's" -> "council", "approved" -> "approv")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _stemmer().stemWord(w)


@lru_cache(maxsize=1)
def tables() -> dict:
    """The shipped word lists (stop words, number words, scales, small words)."""
    data = load_data("titles.yaml")
    data["stopwords"] = frozenset(data["stopwords"])
    data["small_words"] = frozenset(data["small_words"])
    data["demonyms"] = frozenset(data["demonyms"])
    data["list_nouns"] = frozenset(data["list_nouns"])
    data["label_words"] = frozenset(data["label_words"])
    data["named_days"] = frozenset(data["named_days"])
    data["saying_verbs"] = frozenset(data["saying_verbs"])
    return data


@lru_cache(maxsize=1)
def _rarity() -> tuple[dict[str, float], frozenset[str], float]:
    """(stem -> idf, stems that are ordinary lower-case words, idf of an unseen stem).

    `idf.json` holds figures only (document frequencies of stems), counted
    over public news corpora by `benchmarks/build_idf.py`.
    """
    idf, common, unseen = load_data("idf.json", _rarity_table)   # cached between runs
    return idf, frozenset(common), unseen


def _rarity_table(data: dict) -> tuple[dict[str, float], list[str], float]:
    n = data["docs"]
    idf = {s: math.log((n + 1) / (df + 1)) for s, (df, _) in data["df"].items()}
    common = [s for s, (_, low) in data["df"].items() if low >= data["common_min"]]
    return idf, common, math.log(n + 1)


def idf(stem_: str) -> float:
    table, _, unseen = _rarity()
    return table.get(stem_, unseen)


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """True when the word is an ordinary lower-case English word in news copy
    (so a capital letter on it says nothing about it being a name)."""
    return stem(word) in _rarity()[1] or word.lower() in tables()["stopwords"]


# The characters beyond ASCII that news text is full of, commonest first:
# marks, a space and the pound and euro signs, none of them a letter, a mark,
# a digit or a word character, and none with a case (`ascii_letters`). The
# pound sign is the one character beyond ASCII in 511 of the 1,313 BBC
# stories: without it here each took the Unicode path of the name runs and
# the doubled-word test.
_PLAIN_MARKS = ("\u201c", "\u201d", "\u2019", "\u2014", "\u2013", "\u2018", "\u2026", "\xa0",
                "\xa3", "\u20ac")


def ascii_letters(text: str) -> bool:
    """Whether every character of `text` beyond ASCII is one of
    `_PLAIN_MARKS`, so that its letters are ASCII ones. Counted with
    `str.encode` and `str.count`, which read the text at memory speed (a
    `re` set over it cost three times as much), stopping once the marks
    account for every character beyond ASCII."""
    beyond = len(text) - len(text.encode("ascii", "ignore"))
    for mark in _PLAIN_MARKS:
        if not beyond:
            break
        beyond -= text.count(mark)
    return not beyond
