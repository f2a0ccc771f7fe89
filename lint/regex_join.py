"""Terms joined into one alternation (`tokens:`, `exceptions:`, `swap:`
keys), each meaning there exactly what it means alone, and sized alone.

Wrapped as `(?:term)`, a `(?x)` term that ends in a `# comment` with no line
break after it would comment out the `)` that closes it (fx468, qa333 #1);
and once joined its `(?x)` is no longer the pattern's first item, so
`regex_size` must read the joined pattern as VERBOSE "maybe", where a count
written in the comment is taken as pattern text. Here each term is closed
with a line break exactly where VERBOSE is on at its end (white space
there, so nothing; where VERBOSE is off a line break would be matched
text, so none is added), and the join is sized as its terms are, each
read alone: inline flags are scoped to their group in `regex` (`(?x)`,
`(?i)` in one term do not reach the next), so a frame without counts adds
nothing to what its terms write out.
"""
from __future__ import annotations

from typing import Sequence

from . import rx as regex

from .regex_size import added, countless, may_be_verbose, oversized


def verbose_at_end(term: str, flags: int = 0) -> bool:
    """Whether VERBOSE is on where `term` ends, as `regex` reads it: a
    `#(?P<probe>)` and a line break after it add the group only where it is
    off (where on, the `#` opens a comment the line break ends). One compile
    (qa338 #3: two per term cost seconds of start-up over thousands of
    `(?x)` tokens), the probe named as no group of `term` is. False for a
    term that is `oversized` or fails with the probe; one that fails alone
    may read either way (an open `(?#` the probe closes), and its join fails
    as it does: each is refused at its own item anyway."""
    if not may_be_verbose(term, flags) or oversized(term, flags=flags) is not None:
        return False
    probe = "_verbose_end"
    while probe in term:
        probe += "_"
    try:
        return probe not in regex.compile(f"{term}#(?P<{probe}>)\n", flags).groupindex
    except (regex.error, ValueError):
        return False


def enclosed(term: str, flags: int = 0, name: str = "") -> str:
    """`term` in a group of its own, `(?:term)` (`(?P<name>term)` with a
    `name`), closed on a new line where VERBOSE is on at its end."""
    opened = f"(?P<{name}>" if name else "(?:"
    return opened + term + ("\n" if verbose_at_end(term, flags) else "") + ")"


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for words joined into one alternation: longest first (so
    "tues" is tried before "tue"), then alphabetical. A set's order changes
    with each run's hash seed, and each order made the same pattern another
    rule-set cache entry, compiled and saved by every run (pf62, qa339 #2).
    Literal words of one length never match at one place, so the order among
    them changes no match; among regex terms (Vale's `exceptions`) it makes
    which one wins the same in every run."""
    return -len(word), word


def alternation(terms: Sequence[str], flags: int = 0) -> str:
    """`(?:(?:a)|(?:b))`: the terms, each `enclosed`, as one group."""
    return "(?:" + "|".join(enclosed(t, flags) for t in terms) + ")"


def over_limit(terms: Sequence[str], flags: int = 0) -> tuple[int, str] | None:
    """(index, why) of the first term at which the counted repeats of
    `terms`, each read alone (`regex_size.added`), add up past `LIMIT`
    (qa292 #2: twenty `a{90000}` took 760 MB together); None when they do not."""
    spent = 0
    for i, term in enumerate(terms):
        if (why := oversized(term, spent, flags)) is not None:
            return i, why
        spent += added(term, flags)
    return None


def frame_countless(frame: str, flags: int = 0) -> bool:
    """Whether `frame`, a pattern around a joined body at `%s` (Vale's
    `\\b(?:%s)\\b`), holds no counted repeat, so it multiplies nothing its
    terms write out: the join may be sized as its terms are (`over_limit`)."""
    return countless(frame.replace("%s", ""), flags)
