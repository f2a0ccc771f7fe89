"""Sentence spans for Vale's `sentence` scope.

Vale segments prose with a Punkt tokenizer trained on English. This follows
Punkt's decisions on ordinary copy without its model: a sentence ends at `.`,
`?` or `!` (with any closing quotes or brackets) before white space and a
word that does not start in lower case, unless the word before the full stop
is a known abbreviation, an initial or a dotted abbreviation (`U.S.`).
"""
from __future__ import annotations

from .. import rx as regex

_END = regex.compile(r"[.?!…]+[\"'”’)\]]*(?=\s+(\S))")
_WORD_BEFORE = regex.compile(r"(\S+)$")
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt vs etc e.g i.e al inc ltd co corp jan feb mar apr jun jul aug sep
sept oct nov dec no nos fig figs vol vols ed eds gen gov sen rep rev col lt sgt capt cmdr adm
approx dept est min max misc pp ca cf ft univ assn bros ave blvd rd u.s u.k u.n a.m p.m
""".split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of white space; empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        nxt = m.group(1)
        if nxt[:1].islower():
            continue
        if m.group().startswith(".") and _abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lstrip("(\"'“‘[").lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():
        return True                       # an initial: "J. Smith"
    return "." in word and all(len(p) <= 2 for p in word.split("."))   # "U.S", "e.g"
