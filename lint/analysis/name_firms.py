"""Firms a story names the way it names people: "Taft vice chairman Dudley
S. Taft", "Hanover said", "E.A. Viner Holdings Ltd said ... Viner holds".

Wire copy gives a firm's full name once ("Taft Broadcasting Co") and then
its first word alone, as it gives a person's surname alone, so a firm's
short form reads as a surname used before the person's full name. A story
introduces a firm by a run of capitalised words closed by a legal form or
a firm's closing word (names.yaml `firm_designators`: "Jacobs Engineering
Group Inc", "G.H. Bass and Co", "Sandoz AG"), by a cue before or after a
one-word name (`firm_cues`: "a unit of Unilever", "owned by Pesch
interests", "417,100 Jacobs common shares", "Purolator's stock"), or by a
firm's noun in apposition (`firm_nouns`: "Ford, the US car company,").
`firm_words` gives each word of those names; `firm_use` says whether a
name used alone is that firm's short form: one of those words with no job
title and no courtesy title before it ("Mr Jacobs", "Chairman Jacobs" stay
a person's). A person's name near a firm's word ("Bank of England Governor
Mark Carney") is no firm's: only the words before the designator are.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document
from ..regex_cache import SERIAL
from .name_wraps import flat
from .names import NAME_KINDS, Mention, owns_a_person, tables

__all__ = ["firm_words", "firm_use"]

# How far back from a designator the firm's words are read (characters), and
# how many words at most ("Manufacturers Hanover Trust Co": four).
_REACH = 120
_MOST_WORDS = 6
_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a designator closing a firm's name, a one-word name after a cue, a
    one-word name before a cue, a one-word name with a firm's noun in
    apposition), built from names.yaml."""
    data = tables()
    designators = "|".join(regex.escape(str(d).rstrip(".")) for d in
                           sorted(data["firm_designators"], key=len, reverse=True))
    end = r"(?=['’]s(?![\p{L}\p{N}])|(?![\p{L}\p{M}\p{N}'’-]))"  # "Corp's", not "Co-founder"
    closing = regex.compile(rf"(?<=\s)(?:{designators})\.?{end}")

    def phrase(words: str) -> str:
        return r"\s+".join(regex.escape(w).replace("'", "['’]") for w in str(words).split())

    cues = data["firm_cues"]
    before = "|".join(phrase(c) for c in cues["before"])
    after = "|".join(r"['’]s\s+" + phrase(str(c)[2:]) if str(c).startswith("'s ") else r"\s+" + phrase(c)
                     for c in cues["after"])
    one_word = rf"(?P<name>{_NAME})(?<!['’]s)"
    after_cue = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?:{before})\s+{one_word}(?!\s+\p{{Lu}}|[\p{{L}}\p{{M}}'’-])")
    before_cue = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’-]*?)(?:{after})"
                               r"(?![\p{L}\p{M}])")
    nouns = "|".join(regex.escape(str(n)) for n in data["firm_nouns"])
    between = r"(?:(?!(?:of|for|at|in|to|and|or|with|who|whose)\b)[\p{L}\p{N}-]+\s+){0,3}"
    apposed = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-]){one_word},\s+(?:the|a|an)\s+{between}(?:{nouns})"
                            rf"(?=\s*[,;:.)]|\s+(?:that|which|whose|based)\b)")
    return closing, after_cue, before_cue, apposed


# A word of a firm's name, walking left from its designator: a capitalised
# word, initials or a two-letter abbreviation with its stop ("G.H.", "Wm.";
# "Ann." ends a sentence).
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+|\p{Lu}\p{Ll}?\.")
_WORD = regex.compile(r"[<(]?(\p{Lu}[\p{L}\p{M}'’-]*?)(?:['’]s)?")


def _run_before(text: str, at: int) -> tuple[list[tuple[str, int]], str]:
    """The words of the firm's name that ends right before `at` (its
    designator), each with its offset, a hyphened word also in its parts
    ("Lorimar-Telepictures"); and the family's name when "and" or "&" stands
    before the designator ("Pesch and Co": "Pesch"; else "")."""
    lo = max(0, at - _REACH)
    tokens = list(_TOKEN.finditer(text, lo, at, False, SERIAL))
    if lo and tokens and tokens[0].start() == lo:
        tokens = tokens[1:]                     # a word cut by the reach is none
    words: list[tuple[str, int]] = []
    family = ""
    for k, t in enumerate(reversed(tokens)):
        tok = t[0]
        if k == 0 and tok in ("and", "&"):
            family = "?"
            continue
        if len(words) == _MOST_WORDS or tok.endswith(".") and not _INITIALS.fullmatch(tok):
            break                               # "... said Wilzig. Jacobs Corp": a sentence's end
        if _INITIALS.fullmatch(tok):
            word, start = tok.rstrip("."), t.start()
        elif (m := _WORD.fullmatch(tok)) is not None:
            word, start = m[1], t.start() + m.start(1)
        else:
            break
        if family == "?":
            family = word
        words.append((word, start))
        if "-" in word:
            at = start
            for piece in word.split("-"):
                if piece:
                    words.append((piece, at))
                at += len(piece) + 1
        if tok[0] in "<(":
            break
    return words, family.strip("?")


_TOKEN = regex.compile(r"\S+")


def firm_words(doc: Document) -> tuple[frozenset[str], frozenset[tuple[int, int]]]:
    """(every word the story uses as a firm's name, as written: "Taft",
    "Viner", "Lorimar-Telepictures", "Lorimar"; the (part index, offset) of
    every such use: "Taft" in "Taft Broadcasting Co", "Pesch" in "owned by
    Pesch interests"). Read over the body's parts with their soft wraps as
    spaces (`flat`, whose offsets are the mentions'), once per document,
    when a rule asks. A firm named for a family, with "and" or "&" before
    its designator ("Pesch and Co", "Smith & Sons"), makes its family's name
    no firm's word, nor does a cue beside that name ("a unit of Pesch and
    Co", "owned by Pesch interests"): that name alone is as often the
    family's member, whom the story names in full ("Pesch said ... Dr. LeRoy
    Pesch": qa148 #11). Another firm's name closed by a designator still
    makes it one ("E.A. Viner Holdings Ltd" beside "Edward A. Viner and
    Co"), and every use as a firm's name stays a firm's use."""
    def build(d: Document) -> tuple[frozenset[str], frozenset[tuple[int, int]]]:
        closing, after_cue, before_cue, apposed = _patterns()
        families: set[str] = set()
        found: set[str] = set()                 # words of firms' names closed by a designator
        cued: set[str] = set()                  # words beside a cue
        spots: set[tuple[int, int]] = set()
        for part in d.parts:
            if part.kind not in NAME_KINDS:
                continue
            text = flat(part, d.format == "text").text
            for m in closing.finditer(text, 0, None, False, SERIAL):
                words, family = _run_before(text, m.start())
                spots.update((part.index, at) for _, at in words)
                if family:
                    families.add(family)
                else:
                    found.update(w for w, _ in words)
            for pattern in (after_cue, before_cue, apposed):
                for m in pattern.finditer(text, 0, None, False, SERIAL):
                    if m["name"]:
                        cued.add(m["name"])
                        spots.add((part.index, m.start("name")))
        return frozenset(found | cued - families), frozenset(spots)
    return doc.analysis("names.firms", build)


# A courtesy title right before a name, read backwards ("Mr ", "Dr. ").
_COURTESY_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{L}+)\.?\s+$")


def firm_use(m: Mention, doc: Document) -> bool:
    """Whether the name used alone names a firm the story names
    (`firm_words`): a use inside a firm's name or beside a firm's cue ("Taft
    Broadcasting Co", "owned by Pesch interests", "its Bass shoe division"),
    or the firm's short form, one of its words with no job title or
    courtesy title before it ("Mr Jacobs", "Fed Chairman Jacobs") and owning
    no person ("Taft's wife"), which keep it a person's."""
    if m.full:
        return False
    words, spots = firm_words(doc)
    if (m.part.index, m.start) in spots:
        return True
    if m.surname not in words or m.title or owns_a_person(m):
        return False
    courtesy = _COURTESY_BEFORE.search(m.part.text, max(0, m.start - 8), m.start)
    return courtesy is None or courtesy[1].lower() not in tables()["courtesy"]
