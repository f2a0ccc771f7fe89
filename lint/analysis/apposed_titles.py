"""A person's job title set off after a name: "Ford, the automaker's
executive chair, said" (nu43 H5, qa169 #5, #10).

A title after a name marks a person as one before it does. Two readings
ask for it: `name_firms.firm_use` (a name with one is no firm's short form)
and names.first-reference's own apposition (a word alone with one is a
person's, even where it opens a firm's name: "Cooper, the company's
founder, said"). The title's last words are one of names.yaml
`apposed_titles`; moved out of `name_firms` as it reads no firm.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from .name_titles import tables

__all__ = ["titled_apposition", "apposed_job_end"]


# A job title in apposition right after a name (nu43 H5): an owner's title,
# a possessive or an article before it ("Ford, the automaker's executive
# chair,", "Ford, the U.S. automaker's chairman,", "Ford, its executive
# chair,", "Ford, a former chairman,": qa169 #5), up to two words before the
# title word and a year it was taken after it ("since 2006"), or a title and
# "of" ("Ford, chairman of the board,", "Ford, executive chair of Ford Motor
# Co,"), the apposition closed by a mark, which the match takes. The words
# up to the title's end are the group `job`.
_APPOSED_TITLE = regex.compile(
    r",\s+(?:(?P<job>(?:the\s+(?:[\p{L}\p{M}.-]+\s+)?[\p{L}\p{M}.-]+['’]s|an?|its|his|her|their)\s+"
    r"(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+since\s+\p{N}{4})?\s*[,;:.)]"
    r"|(?P<job>(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+of\s+[^,;:.)]{1,60}[,;:.)])")


def titled_apposition(text: str, end: int) -> bool:
    """Does a person's job stand in apposition right after the name ending
    at `end` (`_APPOSED_TITLE`, its last words one of names.yaml
    `apposed_titles`)? A title after a name marks a person as one before it
    does: "Ford, the automaker's executive chair, said" is Bill Ford, while
    "Ford, the automaker, said" is the firm (nu43 H5), and so are "Ford,
    the deal's sole manager," and "the plan's administrator," (a firm's
    role, no person's job: qa169 #10)."""
    return apposed_job_end(text, end) > 0


def apposed_job_end(text: str, end: int) -> int:
    """The offset just after the mark that closes `titled_apposition`'s
    job after the name ending at `end` ("Cooper, its chief executive, Ann
    Lee": the offset after the second comma), or 0 when no person's job
    stands there."""
    if not text.startswith(",", end):
        return 0
    found = _APPOSED_TITLE.match(text, end, None, SERIAL)
    if found is None:
        return 0
    words = tuple(found["job"].lower().split())
    return found.end() if any(words[-len(t):] == t for t in _apposed_titles()) else 0


@lru_cache(maxsize=1)
def _apposed_titles() -> tuple[tuple[str, ...], ...]:
    """names.yaml `apposed_titles`, each as its words."""
    return tuple(tuple(t.split()) for t in tables()["apposed_titles"])
