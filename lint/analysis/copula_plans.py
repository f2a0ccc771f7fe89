"""A copula right before a date: "the game was Dec. 12" tells an event held
then, while "the vote is Dec. 12", "the deadline was Dec. 12" and a plan
since changed ("The opening was originally Dec. 14 but is now Jan. 5")
name a date set, not an event held. `lint.analysis.tense` asks
`copula_tense` before any other word before the date; the word lists live
in `lint/data/tense.yaml` (`plan_subjects` and the `changed_plan_*` lists).
"""
from __future__ import annotations

from functools import lru_cache

from .verb_group import PAST, UNKNOWN, Tense, copulas, tense_of, words

__all__ = ["copula_tense"]

_PLAN_SUBJECT_REACH = 4   # words at most back from the copula to a plan noun


@lru_cache(maxsize=None)
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The entries of tense.yaml list `key` as tuples of lower-case words."""
    return tuple(tuple(entry.split()) for entry in words()[key])


def _holds(lows: list[str], a: int, b: int, key: str) -> bool:
    """Does lows[a:b] hold one of the phrases of tense.yaml list `key`?"""
    return any(lows[i:i + len(p)] == list(p) for p in _phrases(key) for i in range(a, b - len(p) + 1))


def _opened(lows: list[str], k: int, w) -> bool:
    """Does a `changed_plan_openers` word open the sentence before the copula
    at lows[k], after any conjunctions ("But until last week, the premiere was")?"""
    i = 0
    while i < k and lows[i] in w["conjunctions"]:
        i += 1
    return i < k and lows[i] in w["changed_plan_openers"]


def copula_tense(before: list[str], lows: list[str], w) -> Tense | None:
    """The tense a copula right before the date gives it, or None when no
    copula stands there. `before` holds the clause's tokens up to the date,
    `lows` all of them lowercased (those after the date too, up to the end
    of its sentence or a quote mark).

    A present copula names a plan or a fact ("the vote is Dec. 12"); a past
    one tells an event that took place then ("the game was Dec. 12", "the
    last day of business was Dec. 20", nu29 #7), unless the date is one set
    rather than kept (qa65 #4): its subject is a plan noun within a few words
    before the copula (`plan_subjects`: "the deadline was April 15"), or the
    plan was changed: an adverb of a first plan stands before the date
    (`changed_plan_adverbs`: "was originally Dec. 14"), the perfect `had been`
    ("The vote had been Dec. 9"), an opener such as `until` opens the
    sentence (`changed_plan_openers`: "Until last week, the premiere was
    Dec. 19"), or the words after the date say it moved
    (`changed_plan_after`: "which was Dec. 9, has been moved to Jan. 6",
    "was Dec. 14 but is now Jan. 5")."""
    last = len(before) - 1
    k = last
    while k > 0 and lows[k] in w["changed_plan_adverbs"]:
        k -= 1                                       # "was originally Dec. 14"
    perfect = k > 0 and lows[k] == "been" and lows[k - 1] in ("had", "hadn't", "hadn’t")
    if not perfect and lows[k] not in copulas():
        return None
    if lows[k] not in w["copula_past"]:
        return tense_of(UNKNOWN, marker=before[-1])   # "the vote is Dec. 12", "had been Dec. 9"
    if k < last or any(low in w["plan_subjects"] for low in lows[max(0, k - _PLAN_SUBJECT_REACH):k]) \
            or any(low in w["changed_plan_adverbs"] for low in lows[:k]) \
            or _opened(lows, k, w) \
            or _holds(lows, len(before), len(lows), "changed_plan_after"):
        return tense_of(UNKNOWN, marker=before[-1])
    return tense_of(PAST, marker=before[-1])
