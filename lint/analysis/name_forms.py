"""Two forms one person's surname takes, for names.spelling-variant.

- A Slavic feminine surname and its masculine form (Kuznetsova, Kuznetsov)
  are usually two relatives, so the masculine form is read as the woman's
  name only when the story says it is her: a feminine courtesy title before
  it ("Ms. Kuznetsov") or a feminine subject pronoun after it in its sentence
  with no masculine one ("Kuznetsov said she was glad"). names.yaml
  `feminine_words`, `masculine_words`, `feminine_courtesy` and
  `masculine_courtesy` hold the words.
- A double surname written once with a hyphen and once with a space
  ("Teodora Vasquez-Lind" ... "Vasquez Lind said"): the name runs read the
  spaced form as a given name and a surname, so the pair is found here from
  the runs themselves.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from .name_titles import tables

# A sentence's end: a stop, a closing mark maybe, space and a capital.
SENTENCE_END = regex.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?\p{Lu}")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _gender_words() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    t = tables()
    words = _alternation({*t["feminine_words"], *t["masculine_words"]})
    courtesy = _alternation({*t["feminine_courtesy"], *t["masculine_courtesy"]})
    return (regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}'’-])(?:{words})(?![\p{{L}}\p{{M}}'’-])"),
            regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}])(?i:({courtesy}))\.?\s+$"),
            frozenset(t["feminine_words"]) | frozenset(t["feminine_courtesy"]))


# How far after a name its sentence is read for a pronoun.
_SENTENCE_REACH = 300


def used_for_a_woman(m) -> bool:
    """The story says this use of a name is a woman's: a feminine courtesy
    title right before it, or (with no title) in the rest of its sentence a
    feminine word and no masculine one ("Kuznetsov said she was glad"; not
    "Kuznetsov said of his daughter", "Mr. Kuznetsov said she", nor
    "Kuznetsov said she and her husband would stay")."""
    pronoun, courtesy, feminine = _gender_words()
    text = m.part.text
    title = courtesy.search(text, max(0, m.start - 10), m.start)
    if title:
        return title[1].lower() in feminine
    reach = min(len(text), m.end + _SENTENCE_REACH)    # a sentence with no end stays linear
    stop = SENTENCE_END.search(text, m.end, reach)
    said = [w[0].lower() for w in pronoun.finditer(text, m.end, stop.start() + 1 if stop else reach)]
    return bool(said) and all(w in feminine for w in said)


@lru_cache(maxsize=1)
def _possessed() -> regex.Pattern:
    return regex.compile(rf"['’]s\s+(?i:{_alternation(tables()['possessed_people'])})\b")


def owns_a_person(m) -> bool:
    """The name is a possessive that owns a person ("Venkataram’s deputy
    said"): used as a person's name, as a place's possessive owning a thing
    ("Baghdad's budget") is not."""
    return _possessed().match(m.part.text, m.end) is not None


class Spaced(NamedTuple):
    """One use of a double surname: where the flagged form starts and ends,
    and the given name written with it ("" when there is none)."""
    mention: object
    start: int
    given: str


# The two words of a spaced double surname at the end of a name run.
_SPACED_TAIL = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’]+) \p{Lu}[\p{L}\p{M}'’]+$")


def double_surnames(mentions: list) -> list[tuple[list[Spaced], list[Spaced]]]:
    """(hyphened uses, spaced uses) of every double surname the article writes
    both ways ("Vasquez-Lind", "Vasquez Lind"), for one person: when both
    forms are given a given name, it is the same one (a cousin "Ana Vasquez
    Lind" beside Teodora Vasquez-Lind is another person). A hyphened
    particle ("al-Assad") is no double surname."""
    particles = tables()["particles"]
    hyphened: dict[str, list[Spaced]] = {}
    for m in mentions:
        head, _, rest = m.surname.partition("-")
        if len(head) > 1 and len(rest) > 1 and head.lower() not in particles:
            given = m.part.text[m.start:m.surname_start].split(" ", 1)[0] if m.full else ""
            hyphened.setdefault(m.surname.lower(), []).append(Spaced(m, m.surname_start, given.lower()))
    if not hyphened:
        return []
    spaced: dict[str, list[Spaced]] = {}
    for m in mentions:
        if not m.full or "-" in m.surname:
            continue
        tail = _SPACED_TAIL.search(m.part.text, m.start, m.end)
        key = tail and f"{tail[1]}-{m.surname}".lower()
        if key in hyphened:
            given = m.part.text[m.start:tail.start()].split(" ", 1)[0].lower()
            spaced.setdefault(key, []).append(Spaced(m, tail.start(), given))
    out = []
    for key, two in spaced.items():
        one = hyphened[key]
        named = {u.given for u in one if u.given}, {u.given for u in two if u.given}
        if (named[0] or named[1]) and not (named[0] and named[1] and not named[0] & named[1]):
            out.append((one, two))
    return out
