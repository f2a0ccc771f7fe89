"""The body's names as headline_names asks about them, each index built
once per body (`BodyProfile.answer`), and the edit distance that tells a
slip of a name: split from `headline_names`, which reads the headline's."""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from .. import rx as regex

if TYPE_CHECKING:
    from .headline import BodyProfile

POSSESSIVE = regex.compile(r"['’]s?$")


def given_surnames(body: BodyProfile) -> dict[str, tuple[str, ...]]:
    """Each word of the body's runs of capitalised words but the last, lower
    case -> the last words (surnames, possessive off, as first written) it
    comes before ("Capt. Hollis J. Brandvoll's": hollis -> Brandvoll)
    (`_surname_runs`)."""
    return _surname_runs(body)[1]


def _surname_runs(body: BodyProfile) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(`body_surnames`, `given_surnames`): one scan of the body's runs of
    capitalised words (`_BODY_RUN`), asked once per body."""
    def build(b: BodyProfile) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
        surnames: dict[str, str] = {}
        given: dict[str, dict[str, str]] = {}
        for m in _BODY_RUN.finditer(b.text):
            words = m[0].split()
            last = POSSESSIVE.sub("", words[-1])
            surnames.setdefault(last.lower(), last)
            for w in words[:-1]:
                given.setdefault(w.rstrip(".").lower(), {}).setdefault(last.lower(), last)
        return surnames, {g: tuple(names.values()) for g, names in given.items()}
    return body.answer("surname-runs", build)


# A word and the capitalised word after it, overlapping ("Ann Carla Jennings":
# Ann -> Carla, Carla -> Jennings).
_BEFORE_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’-])([\p{L}\p{M}'’-]+)\s+(?=(\p{Lu}[\p{L}\p{M}'’-]*))")


def words_before_capitals(body: BodyProfile) -> dict[str, tuple[str, ...]]:
    """Each word of the body, as written -> the capitalised words it comes
    right before (space between); asked once per body, not scanned again
    for each headline name."""
    def build(b: BodyProfile) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for m in _BEFORE_CAPITAL.finditer(b.text):
            out.setdefault(m[1], []).append(m[2])
        return {word: tuple(after) for word, after in out.items()}
    return body.answer("words-before-capitals", build)


def fold(word: str) -> str:
    """`word` without its accents: a headline that drops them (for a URL or
    a font) writes the same name. ASCII has no accent: the word itself."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def folded_surnames(body: BodyProfile) -> frozenset[str]:
    """The body's surnames (`body_surnames`) without their accents; asked once per body."""
    return body.answer("surnames-folded", lambda b: frozenset(fold(s) for s in body_surnames(b)))


# A run of two capitalised words or more in the body ("Mayor Carla Jennings",
# "Carla M. Jennings"): its last word is a surname the story uses.
_BODY_RUN = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*"
                          r"(?:\.?[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*)+")


def body_surnames(body: BodyProfile) -> dict[str, str]:
    """The last words of the body's runs of capitalised words, lower case
    (possessive off) -> as first written (`_surname_runs`)."""
    return _surname_runs(body)[0]


def slip_of(word: str, surname: str, most: int | None = None) -> bool:
    """`word` (lower case) is a slip for `surname`: the same first letter (a
    slip rarely hits it) and one edit apart, or two when both have seven
    letters or more (Jenkins/Jennings: a letter changed and one added);
    `most` edits when given."""
    if word == surname or word[:1] != surname[:1] or len(surname) < 4:
        return False
    if most is None:
        most = 2 if min(len(word), len(surname)) >= _TWO_EDITS_FROM else 1
    return edit_distance(word, surname, most) <= most


_TWO_EDITS_FROM = 7


def edit_distance(a: str, b: str, most: int) -> int:
    """Edit distance of `a` and `b` (a swap of two letters counts as one),
    or `most` + 1 once it is over `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(row[j] + 1, cur[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], before[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        before, row = row, cur
    return row[-1]
