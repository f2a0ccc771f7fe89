"""A Title Case headline with a slash in it (`Relief For Corn/Oats Growers
Seen Likely`, `Tokyo Exchange Seeks Nasdaq/London Link`) has the shape of a
bare `Name/Publication` photo credit (`Jane Doe/The New York Times`), which
credit_grammar's `bare` form reads it as. The plain-text reader keeps such a
line the headline when it opens the text over a wire lede (nu70 #1,
Reuters-21578); this module says whether its words are a headline's."""
from __future__ import annotations

import regex

from ..analysis.word_patterns import WORD
from ..analysis.words import is_common

__all__ = ["slash_hed"]

# Marks of a credit a headline does not carry: a bracket, the copyright sign,
# a colon, a bar, `via`.
_CREDIT_MARK = regex.compile(r"[()\[\]©:|]|\bvia\b", regex.IGNORECASE)
_WORDS = regex.compile(r"[\w&.'’-]+")


def slash_hed(line: str) -> bool:
    """Whether `line` (the text's first, read as a bare slash credit) has a
    headline's words rather than a credit's: no mark of a credit
    (`_CREDIT_MARK`), no picture word (`Photo`, `Illustration`) or job word
    (`Staff`, `Photographer`: credits.yaml `role_words`), no agency or
    platform named anywhere in it (`Jane Doe/AFP/Getty Images`, `.../AP`:
    credits.yaml), and at least two ordinary English words before its first
    slash (`Relief For Corn`, `Analyst Sees Stable Yen`), where a credit
    names a person (`Jane Doe`). The caller asks only of Title Case lines
    over a wire lede."""
    if "/" not in line or _CREDIT_MARK.search(line):
        return False
    from ..analysis.credit_grammar import grammar      # the credit patterns: compiled on first use
    g = grammar()
    if g.picture.search(line):
        return False
    low = " " + " ".join(_WORDS.findall(line.lower().replace("/", " "))) + " "
    if any(f" {name} " in low for name in g.agency_names):
        return False
    if any(w.lower() in g.role_words for w in WORD.findall(line)):
        return False
    return sum(is_common(w) for w in WORD.findall(line[:line.index("/")])) >= 2
