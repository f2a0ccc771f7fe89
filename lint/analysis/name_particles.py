"""Hyphened name particles ("al-Assad", "El\u2010Erian"; names.yaml
`hyphen_particles`): the patterns and plain tests the name runs
(`name_runs`) and the spelling-variant check use to read a particle joined
to its surname by a hyphen, which is no part of the surname they key by.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from .name_titles import tables

# A capitalised word not glued to a word before it ("then-Mayor" is not one).
NOT_GLUED = r"(?<![\p{L}\p{M}'’‘-])"
CAP_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:[-'’‘]\p{L}[\p{L}\p{M}]*)*"

# The hyphen joining a particle to its surname: ASCII's, U+2010 HYPHEN or
# U+2011 NON-BREAKING HYPHEN, which typeset copy and word processors use
# ("El\u2010Erian", "El\u2011Erian").
HYPHEN = "[-\u2010\u2011]"
HYPHENS = ("-", "\u2010", "\u2011")


def hyphen_particles() -> str:
    """The table's hyphened particles ("al", "el") as one regex alternation,
    longest first; "" when the table has none."""
    return "|".join(regex.escape(w) for w in sorted(tables()["hyphen_particles"], key=len, reverse=True))


@lru_cache(maxsize=1)
def hyphened() -> tuple["regex.Pattern", "regex.Pattern"]:
    """(a capitalised word, perhaps after a hyphened particle: "al-Assad",
    "El\u2010Erian"; the particle with its hyphen at a surname's start, any
    case: "Al-")."""
    one = hyphen_particles()
    word = regex.compile(rf"{NOT_GLUED}(?:(?i:{one}){HYPHEN}(?=\p{{Lu}}))?{CAP_WORD}")
    return word, regex.compile(rf"(?i:{one}){HYPHEN}(?=\p{{Lu}})")


@lru_cache(maxsize=1)
def particle_before() -> "regex.Pattern":
    """A reverse pattern: one of the table's hyphened particles, any case,
    with its hyphen, ending where the search stops ("El-" before "Erian");
    group 1 is the particle. It never matches when the table has none."""
    one = hyphen_particles()
    if not one:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:({one})){HYPHEN}$")


def hyphen_before(text: str, at: int) -> bool:
    """Can `particle_before()` match text[..at]? Only after a hyphen (or a
    hyphen and the newline its `$` may stand before): a plain test that
    spares the reverse search at almost every name."""
    return (at >= 1 and text[at - 1] in HYPHENS) or (
        at >= 2 and text[at - 1] == "\n" and text[at - 2] in HYPHENS)


def particle_len(word: str) -> int:
    """Length of a hyphened particle opening `word` ("al-" in "al-Assad",
    "Al-" in "Al-Assad"): not part of the surname it is grouped by."""
    m = hyphened()[1].match(word)
    return m.end() if m else 0


def has_particle(particle: "regex.Pattern", text: str) -> bool:
    """Does `particle` (a hyphened particle, its hyphen, a capital) match in
    `text`? Tried only before each hyphen, which `str.find` reaches at memory
    speed (its search read every character: 1% of a run). Case-blind
    matching keeps a particle's length: its match starts that far back."""
    lengths = _particle_lengths()
    for hyphen in HYPHENS:
        i = text.find(hyphen)
        while i != -1:
            if any(i >= n and particle.match(text, i - n, None, SERIAL) for n in lengths):
                return True
            i = text.find(hyphen, i + 1)
    return False


@lru_cache(maxsize=1)
def _particle_lengths() -> frozenset[int]:
    return frozenset(len(w) for w in tables()["hyphen_particles"])
