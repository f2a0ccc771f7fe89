"""A surname used alone in apposition with a relation ("Former Mayor
Kowalczyk, her aunt,"; "his brother, Kowalczyk"): somebody else with the
surname of a person already named. Read by names.first-reference (a second
person never named in full) and by names.spelling-variant (`name_cut`: a
relative's use of a Slavic surname is no slip of the woman's). Split from
the first-reference kind so both read one definition.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from .sentences import SENTENCE_END
from .name_titles import tables
from .names import Mention

OWNERS = ("her ", "his ", "their ", "whose ", "'s ", "’s ")


@lru_cache(maxsize=1)
def relative_words() -> str:
    """A regex alternation (no group) of the relatives' nouns (`relatives`
    in names.yaml), singular, longest first; read here and by
    names.age-changed (`name_age_changed._relatives`)."""
    return "|".join(regex.escape(w) for w in sorted(tables()["relatives"], key=len, reverse=True))


@lru_cache(maxsize=2)
def _relations(plural: bool = False) -> tuple["regex.Pattern", "regex.Pattern"]:
    """(after the name, before the name or its title): `, her aunt` / `his
    brother, `; with `plural`, their plurals too (`her daughters, Anne Baker
    of Denver and ...`), which only a full name can stand beside: a surname
    alone after a plural is a clause's subject (`her children, Greer said`)."""
    words = relative_words()
    if plural:
        words = rf"(?:{words})s?|(?:grand)?children|wives"
    # "his brother", "the mayor's late wife", "Moore's twin brother"
    owner = (r"(?:(?i:her|his|their|whose|the\s+\p{L}+['’]s)|\p{Lu}\p{L}+['’]s)\s+"
             r"(?:(?:late|former|older|elder|younger|twin)\s+)?")
    # the relation closes the apposition: "Hasib, his mother left" is no apposition
    after = regex.compile(rf"(?i),\s+(?P<rel>(?:{owner})?(?:{words}))(?![\p{{L}}'’-])"
                          r"(?=(?:\s+of\s[^,.;:]{1,30})?\s*(?:[,.;:)!?\p{Pd}]|$))")
    # a job title may stand between: `his brother, former Mayor Kowalczyk`
    before = regex.compile(rf"(?r)\b(?P<rel>(?i:{owner}(?:{words}))),?\s+"
                           rf"(?:(?:\p{{Lu}}[\p{{L}}.'’-]*|(?i:former|then-\p{{L}}+))\s+){{0,4}}$")
    return after, before


# An introductory phrase ending right there: its comma closes the phrase, so
# what stands on its other side is no apposition ("According to Hasib, his
# mother left", "Like his father, Kowalczyk ran"). Read backwards; names
# (and a title) may stand between the lead-in and the point checked.
_INTRO = regex.compile(
    r"(?r)(?:(?i:\baccording\s+to)|(?:^|[.!?][\"”’)]?\s+|\n)(?i:to|for|like|unlike|with|"
    r"without|after|before|besides|alongside|as))\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$")


# The word right before a stop, read backwards from it.
_WORD_BEFORE_STOP = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])\p{L}+$")


@lru_cache(maxsize=1)
def _title_stops() -> frozenset[str]:
    """Title abbreviations, lower case, whose stop ends no sentence before
    a name: names.yaml `abbreviations` and `courtesy` ("Rev.", "Det.",
    "Maj.", "Msgr.", "Fr.", "Hon.", "Cllr.", "Mrs."), which
    `sentences.SENTENCE_END` does not all know (qa175 #3)."""
    t = tables()
    return frozenset((*t["abbreviations"], *t["courtesy"]))


def _sentence_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between offsets `start` and `end` of `text`
    (`sentences.SENTENCE_END`), not counting the stop of a title
    abbreviation (`_title_stops`: "his wife, Rev. Smith", "her brother,
    Fr. John Doe"). A stop before a lower-case word ends none already."""
    for stop in SENTENCE_END.finditer(text, start, end, False, SERIAL):
        word = _WORD_BEFORE_STOP.search(text, start, stop.start(), SERIAL)
        if not (text.startswith(".", stop.start()) and word is not None
                and word[0].lower() in _title_stops()):
            return True
    return False


def relation(m: Mention) -> str:
    """The relation a surname-only mention stands in apposition to ("her
    aunt"), or "" (a mention with a given name never counts)."""
    return "" if m.full else relation_of(m)


def relation_of(m: Mention) -> str:
    """The relation any mention, given name or not, stands in apposition to
    ("His father, Adel Abdel Bary,": "his father"; a full name also beside a
    plural, "her daughters, Anne Baker of Denver and"), or "". names.given-
    name-variant reads it on full names: a relative is another person. A
    relation before the name stands in apposition only in its sentence:
    "the couple's daughter, Chelsea. Mrs. Clinton joined" gives "" (a
    sentence end, `sentences.SENTENCE_END`, lies between; a title's stop,
    "his wife, Rev. Smith", is none: `_sentence_between`)."""
    after, before = _relations(m.full)
    text = m.part.text
    found = after.match(text, m.end, None, SERIAL) if text.startswith(",", m.end) else None
    if found is None:
        start = max(0, m.start - 80)
        window = text[start:m.start].lower()          # cheap test before the regex
        if any(w in window for w in OWNERS):
            found = before.search(text, start, m.start)
    if found is None or _INTRO.search(text, max(0, m.start - 80), found.start("rel") if
                                      found.start() < m.start else m.start):
        return ""
    if found.start() < m.start and _sentence_between(text, found.end("rel"), m.start):
        return ""       # "the couple's daughter, Chelsea. Mrs. Clinton joined": no apposition
    said = found["rel"]
    return said[0].lower() + said[1:]
