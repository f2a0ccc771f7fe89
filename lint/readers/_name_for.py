"""A line with the shape of a `Name for Publication` credit (credit_grammar's
`by_for` form, `Jane Doe for The Times`) that a headline or a dek may have
too (`More Money for NASA`, `Fans Cheer for The Beatles`): the words before
`for` or `via` and after it (`NAME_FOR`); whether the words before it are a
headline's, mostly ordinary words, and not a person's name or a job
(`common_head`); and whether a credit line names an outlet after `for`, as a
paper credits its writer (`outlet_credit`, qa207 #2 #4)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..analysis.word_patterns import WORD
from ..analysis.words import is_common
from ..rule_cache import load_data
from .patterns import CAPTION_LINE

# The words before `for` or `via` and what follows, with nothing else that
# marks a credit (a slash, a bracket, the copyright sign, a colon, a bar).
NAME_FOR = regex.compile(r"(?P<head>[^/©()\[\]:|]+?)\s+(?P<sep>for|via)\s+(?P<tail>[^/©()\[\]:|]+)")


def common_head(head: str) -> bool:
    """Whether `head`, the words before `for` or `via`, are a headline's:
    no picture's word (`Staff Photo`) and more than half of its capitalised
    words ordinary English words (`analysis.words.is_common`: `More Money`,
    `Fans Cheer`), where a credit names a person (`Jane Doe`) or a job
    (credits.yaml `credit_roles`, `role_words`: `Staff Writer` is a
    credit's, its words not counted as ordinary)."""
    from ..analysis.credit_grammar import grammar      # the credit patterns: compiled on first use
    g = grammar()
    if g.picture.search(head):
        return False
    words = [w for w in WORD.findall(head) if w[0].isupper()]
    common = sum(is_common(w) and w.lower() not in g.role_words for w in words)
    return bool(words) and 2 * common > len(words)


def outlet_credit(line: str) -> regex.Match | None:
    """The `NAME_FOR` match of `line` when it reads as a credit line
    (`CAPTION_LINE`) whose `for` names an outlet: an agency (credits.yaml
    `agencies`: `AP`, `The Associated Press`) or a name ending in a masthead
    word (`mastheads`: `The Times`, `BBC News`, `USA Today`), as a paper
    credits its writer; else None. `The Beatles`, `The Ban`, `NATO` or `VP`
    after `for` are no outlet (a dek's: `Fans Cheer for The Beatles`)."""
    m = NAME_FOR.fullmatch(line.strip())
    if m is None or m["sep"] != "for" or not CAPTION_LINE.match(line):
        return None
    from ..analysis.credit_grammar import grammar
    tail = " ".join(m["tail"].split()).rstrip(".")
    last = tail.rsplit(" ", 1)[-1].lower()
    return m if tail.lower() in grammar().agency_names or last in _mastheads() else None


@lru_cache(maxsize=1)
def _mastheads() -> frozenset[str]:
    """credits.yaml `mastheads`, lower-cased, read on first use."""
    return frozenset(str(w).lower() for w in load_data("credits.yaml")["mastheads"])


def headline_for(line: str) -> bool:
    """Whether `line`, a credit line by its shape (`CAPTION_LINE`), has a
    headline's words: `for` after words that are a headline's
    (`common_head`) and before no outlet (`outlet_credit`): `Fans Cheer for
    The Beatles`, `Doctors Call for The Ban` (qa207 #4); not `Mark Hope for
    The Times`, `Senators Push for AP` (an agency), `Jane Doe for The Pope`."""
    m = NAME_FOR.fullmatch(line.strip())
    return m is not None and m["sep"] == "for" and common_head(m["head"]) and CAPTION_LINE.match(line) is not None \
        and outlet_credit(line) is None
