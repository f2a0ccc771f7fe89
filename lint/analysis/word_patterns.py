"""Patterns of words and phrases, and the fast scans that place them.

A leaf module (it imports `re` and `regex` only), so that every module reading words
takes these from one place: `words`, `numbers` and `spelled_numbers` alike.
"""
from __future__ import annotations

import re

from .. import rx as regex


# A word: letters with inner apostrophes; a possessive 's is left outside.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*")
# A word without its possessive 's ("Harris's" -> "Harris"; "one's" holds "one").
BARE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*")
# A sentence's end: a stop, a closing mark maybe, space and a capital (the
# names rules read a sentence's reach with it, the editor's hover its lead).
SENTENCE_END = regex.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?\p{Lu}")


def phrase_alternation(phrases) -> str:
    """A regex alternation (no group) matching any of `phrases` as written, a
    run of whitespace (a line break too) for each space inside one, longest
    first so a phrase never loses to its own start ("called off" before
    "called"); ties in sorted order, so the pattern is the same every run."""
    return "|".join(escaped(p).replace("\\ ", r"\s+")
                    for p in sorted(map(str, phrases), key=lambda p: (-len(p), p)))


def word_trie(words) -> str:
    """An alternation of `words` nested by their shared beginnings
    ("J(?:an(?:uary)?|u(?:l(?:y)?|n(?:e)?))"). Each optional tail is greedy,
    so where several words match the longest is tried first, as in a flat
    alternation sorted longest first."""
    if "" in words:
        rest = word_trie({w for w in words if w})
        return f"(?:{rest})?" if rest else ""
    tails: dict[str, set[str]] = {}
    for w in words:
        tails.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(c) + word_trie(t) for c, t in sorted(tails.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def escaped(text: str) -> str:
    """`regex.escape(text)`, the same string. A word of letters and digits
    alone, most entries of the word lists, is its own escape (`regex.escape`
    marks only its metacharacters and white space, none of them a letter or
    a digit), so it skips that function's loop over each character: a start
    escapes some 500 such words to build its alternations."""
    return text if text.isalnum() else regex.escape(text)


def starts_of(text: str, leads) -> list[int]:
    """Every offset in `text` where one of `leads` (short strings) begins, in
    order. Found by `str.find`, which reads the text at memory speed, so a
    costly pattern is tried only at these offsets (`date_scan.bare_years`,
    `quote_marks.marks`) instead of at every character."""
    starts = []
    for lead in leads:
        i = text.find(lead)
        while i != -1:
            starts.append(i)
            i = text.find(lead, i + 1)
    starts.sort()
    return starts
