"""Whether a rule's pattern finds empty text, the check `compile_pattern`
(unless `empty_ok`) and `conditional` run at load: a match between two
characters is no word, its finding has no text and a fix would insert there.

`fullmatch("")` finds `''` and `x?`, but not a pattern that is empty only
between characters (`(?=a)`, `\\b`): those are tried on `PROBE`, a
short line of both cases, digits, punctuation, quotes and a line break. The
limit: a pattern that matches empty only next to text the probe lacks
(`(?=@)`, `(?<=\\d{4}-)`) still loads; one that matches a word and, elsewhere
in the probe, nothing (`\\bfoo|\\b`) is refused, as it would flag between
characters in any story.
"""
from __future__ import annotations

from .. import rx as regex

PROBE = "Aa bb, 12.\n’c-d (e) f's: \"G\" h! Zz 2024 Q\n"


def empty_at(compiled: "regex.Pattern", group: int = 0) -> str | None:
    """Where `compiled` finds empty text, as the refusal says it (`''`
    itself, or 'between 'A' and 'a'' of the probe), or None when it finds
    none. `group`: the group whose span a finding takes (a `conditional`
    rule's group 1: a lookahead that captures a word, `(?=([A-Z]{2,}))`,
    finds that word); a group that took no part finds nothing. A pattern
    that runs out of time on the probe is left to the run's time budget."""
    if compiled.fullmatch(""):
        return ""
    try:
        for m in compiled.finditer(PROBE, timeout=0.5):
            start, end = m.span(group)
            if start == end and start >= 0:
                return f" ({_place(start)} in a test line)"
    except TimeoutError:
        return None
    return None


def _place(at: int) -> str:
    """Where an empty match at `at` of the probe stands, by its neighbours."""
    before, after = PROBE[at - 1:at] if at else "", PROBE[at:at + 1]
    if before and after:
        return f"between {before!r} and {after!r}"
    return f"before {after!r}" if after else f"after {before!r}"
