"""A copula right before a date: "the game was Dec. 12" tells an event held
then, while "the vote is Dec. 12", "the deadline was Dec. 12" and a plan
since changed ("The opening was originally Dec. 14 but is now Jan. 5")
name a date set, not an event held. `lint.analysis.tense` asks
`copula_tense` before any other word before the date; the word lists live
in `lint/data/tense.yaml` (`plan_subjects`, the `changed_plan_*` lists and
`subject_prepositions`).

Each sign of a plan must belong to the copula's own clause (fx123): its
plan noun to the copula's subject, its adverb to that subject or to the
clause's opening. "After the deadline passed, the game was Dec. 12" and
"Previously unbeaten, the team's last game was Dec. 12" tell a game held.
"""
from __future__ import annotations

from functools import lru_cache

from .verb_group import PAST, UNKNOWN, Tense, copulas, cue, nonfinite, tense_of, words

__all__ = ["copula_tense"]

_RELATIVES = ("which", "that", "who")       # "The launch, which was Dec. 9, ...": its antecedent


@lru_cache(maxsize=None)
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The entries of tense.yaml list `key` as tuples of lower-case words."""
    return tuple(tuple(entry.split()) for entry in words()[key])


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    """The words that end a copula's subject walking back from it: a new
    clause, its conjunction or opener, a reporting verb."""
    w = words()
    return frozenset().union(*(w[k] for k in ("clause_breaks", "conjunctions", "backshift_openers",
                                              "changed_plan_openers", "reporting", "hypothetical")))


def _subject(seq: list[str], lows: list[str], commas: list[bool], k: int, w) -> tuple[int, int]:
    """The copula lows[k]'s subject as a span [s, e) of token indexes, and so
    the aside lows[e:k] between them (", officials said,"). The subject runs
    back to a comma before a word, a word of `_stops` or a finite verb
    ("After the deadline passed, the game was": "the game"); a relative
    pronoun before the copula stands for the noun before it ("The launch,
    which was Dec. 9": "The launch"). Empty (s == e) when there is none."""
    e = k
    if commas[k]:                                    # "The vote, officials said, was"
        e = next((j for j in range(k - 1, 0, -1) if commas[j]), 0)
        if e == 0:
            return k, k
    if e > 1 and lows[e - 1] in _RELATIVES:
        e -= 1
    s = _walk(seq, lows, commas, e, w)
    if 0 < s < e and lows[s - 1] in w["subject_prepositions"] and not commas[s] and not commas[s - 1]:
        # "The game after the deadline was": a preposition inside the
        # subject when a noun phrase with its determiner stands before it
        # (not "He left before the deadline was": a clause of its own).
        head = _walk(seq, lows, commas, s - 1, w)
        if head < s - 1 and lows[head] in w["determiners"]:
            s = head
    return s, e


def _walk(seq: list[str], lows: list[str], commas: list[bool], e: int, w) -> int:
    """Where a subject ending before lows[e] starts: back to a comma before
    a word, a word of `_stops` or a finite verb."""
    stops = _stops()
    s = e
    while s > 0:
        i = s - 1
        low = lows[i]
        if low in stops:
            break
        found = cue(seq, lows, i, w)
        if found is not None and not (nonfinite(found, low) or found.marker == "to" or (
                found.marker == low and ((i + 1 < len(lows) and lows[i + 1] == "by")
                                         or low in w["prospective"]))):
            break                  # (not "to file", "set by the board" nor "the deadline the council set")
        s = i
        if commas[i]:
            break
    return s


def _plan_noun(lows: list[str], s: int, e: int, w) -> bool:
    """Does the subject lows[s:e] name a date set: a `plan_subjects` noun
    before its first preposition ("The deadline for bids", "The original
    target date"; not "The game after the deadline")? A subject that opens
    with a preposition and no comma ("In the end the deadline") starts at its
    last determiner not right after a preposition."""
    preps = w["subject_prepositions"]
    if s < e and lows[s] in preps:
        s = next((i for i in range(e - 1, s, -1)
                  if lows[i] in w["determiners"] and lows[i - 1] not in preps), e)
    end = next((i for i in range(s, e) if lows[i] in preps), e)
    start = s
    if s > 0 and lows[s - 1] in preps:
        # After a phrase a preposition opens with no comma, a later
        # determiner opens the subject ("After the deadline the game was":
        # "the game"; but "The deadline this year was" is one subject).
        start = next((i for i in range(end - 1, s, -1)
                      if lows[i] in w["determiners"] and lows[i - 1] not in w["determiners"]), s)
    return any(lows[i] in w["plan_subjects"] for i in range(start, end))


def _opened(lows: list[str], commas: list[bool], s: int, w) -> bool:
    """Does a `changed_plan_openers` word open the sentence ahead of the
    subject starting at lows[s], after any conjunctions, its phrase running
    to the subject with no comma or conjunction ("But until last week, the
    premiere was"; not "Until noon he worked, and the game was")?"""
    o = 0
    while o < s and lows[o] in w["conjunctions"]:
        o += 1
    return o < s and lows[o] in w["changed_plan_openers"] and not any(commas[o + 1:s]) \
        and not any(low in w["conjunctions"] for low in lows[o + 1:s])


def _adverb(lows: list[str], s: int, k: int, w) -> bool:
    """Does an adverb of a first plan stand in the subject or the aside
    before the copula lows[k] ("The premiere originally was", "The premiere,
    originally, was"), or open its clause ("But originally, the premiere
    was"); not one of another clause ("Previously unbeaten, the team's last
    game was")?"""
    adverbs = w["changed_plan_adverbs"]
    if any(low in adverbs for low in lows[s:k]):
        return True
    return s > 0 and lows[s - 1] in adverbs and all(low in w["conjunctions"] for low in lows[:s - 1])


def _holds(lows: list[str], a: int, b: int, key: str) -> bool:
    """Does lows[a:b] hold one of the phrases of tense.yaml list `key`?"""
    return any(lows[i:i + len(p)] == list(p) for p in _phrases(key) for i in range(a, b - len(p) + 1))


def copula_tense(seq: list[str], lows: list[str], commas: list[bool], n: int, w) -> Tense | None:
    """The tense a copula right before the date gives it, or None when no
    copula stands there. seq[:n] holds the clause's tokens up to the date,
    seq[n:] those after it up to the end of its sentence or a quote mark;
    `lows` holds them lowercased, and commas[i] tells a comma before seq[i].

    A present copula names a plan or a fact ("the vote is Dec. 12"); a past
    one tells an event that took place then ("the game was Dec. 12", "the
    last day of business was Dec. 20", nu29 #7), unless the date is one set
    rather than kept (qa65 #4): its subject is a plan noun (`plan_subjects`:
    "the deadline was April 15", "The deadline, officials said, was April
    15"), or the plan was changed: an adverb of a first plan stands before
    the date in its clause (`changed_plan_adverbs`: "was originally Dec.
    14"), the perfect `had been` ("The vote had been Dec. 9"), an opener
    such as `until` opens the sentence (`changed_plan_openers`: "Until last
    week, the premiere was Dec. 19"), or the words after the date say it
    moved (`changed_plan_after`: "which was Dec. 9, has been moved to Jan.
    6", "was Dec. 14 but is now Jan. 5"). Each must be the copula's own
    (fx123: `_subject`)."""
    last = n - 1
    k = last
    while k > 0 and lows[k] in w["changed_plan_adverbs"]:
        k -= 1                                       # "was originally Dec. 14"
    perfect = k > 0 and lows[k] == "been" and lows[k - 1] in ("had", "hadn't", "hadn’t")
    if not perfect and lows[k] not in copulas():
        return None
    marker = seq[last]
    if lows[k] not in w["copula_past"]:
        return tense_of(UNKNOWN, marker=marker)     # "the vote is Dec. 12", "had been Dec. 9"
    if k < last:
        return tense_of(UNKNOWN, marker=marker)
    s, e = _subject(seq, lows, commas, k, w)
    if _plan_noun(lows, s, e, w) or _adverb(lows, s, k, w) or _opened(lows, commas, s, w) \
            or _holds(lows, n, len(lows), "changed_plan_after"):
        return tense_of(UNKNOWN, marker=marker)
    return tense_of(PAST, marker=marker)
