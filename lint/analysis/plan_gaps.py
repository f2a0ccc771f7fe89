"""What may stand between a past copula's date and the change that tells
its plan moved (`lint.analysis.copula_plans`): links, `it` or `they`,
auxiliaries and adverbs ("but it has since been moved"), once attributions
("; officials told reporters it was", ", officials said,"), time phrases
(", and a week later it", ", and the next day it"), a second date joined by
"and" or "or", an obligation ("had to be", "was forced to be") and the
subject's noun again are read out of the words between (`gap_words`), and
before a calling off "shortly after" is read as "later" (fx141). Split out
of copula_plans.py (fx135) to keep each module under 400 lines; the word
lists live in `lint/data/tense.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendar import MONTHS, WEEKDAYS
from .verb_group import ly_adverb, words

__all__ = ["THE", "contracted", "gap_words", "obliged_word", "same_word", "subject_stops",
           "unattributed", "untimed"]

THE = ("the", "this", "that", "these", "those")    # "postponed the game": the subject's noun again
_JOINED = ("and", "or")                      # "was Dec. 12 and Dec. 14, but": a second date
_NEXT = ("next", "following")                # "and the next day it was canceled"
_GET = ("got", "gotten", "get", "gets")      # "but it got scrapped": a passive's auxiliary
_DENIED = ("no", "nobody", "none", "neither", "nor", "never", "not")   # "Nobody said it was"
_DAY = re.compile(r"\d+(?:st|nd|rd|th)?")
# A pronoun's contracted auxiliary, read as the two words (qa75 #2: "It's
# since been canceled" is "it has since been"; either auxiliary is a gap's).
_CONTRACTED = {f"{pronoun}{mark}{aux}": (pronoun, full) for mark in ("'", "’")
               for pronoun, aux, full in (("it", "s", "is"), ("they", "re", "are"), ("they", "ve", "have"))}


@lru_cache(maxsize=None)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end a copula's subject walking back from it (a new
    clause, its conjunction or opener, a reporting verb), and the words that
    may stand between a date and the change told of the same subject
    ("but it has since been moved": links, `it`, auxiliaries, `got`, adverbs; a
    word in -ly not in `ly_nouns` is an adverb too: `same_word`)."""
    w = words()
    stops = frozenset().union(*(w[k] for k in ("clause_breaks", "conjunctions", "backshift_openers",
                                               "changed_plan_openers", "reporting", "hypothetical")))
    same = frozenset().union(*(w[k] for k in ("changed_plan_links", "copula_present", "copula_past",
                                              "past", "present", "perfect", "perfect_adverbs",
                                              "changed_plan_gap_adverbs", "modal", "future")), ("it", "they"), _GET)
    return stops, same


def same_word(low: str, w) -> bool:
    """May `low` stand between a date and the change told of the copula's
    subject: one of `_sets`' second, or an adverb in -ly ("but it was
    quietly postponed"; not "rally": `ly_nouns`)?"""
    return low in _sets()[1] or ly_adverb(low, w)


def subject_stops() -> frozenset[str]:
    """The words that end a copula's subject walking back from it (`_sets`' first)."""
    return _sets()[0]


def gap_words(lows: list[str], commas: list[bool], n: int, i: int, head: str, w,
              undone: bool = False) -> list[str]:
    """The words lows[n:i] between a date and a change, less attributions
    set off by commas or not, a time phrase before "later", a second date
    joined to the first, an obligation before "to be" (`_obliged`: "had to
    be"), and with the subject's noun again (`head` after one of `THE`) read
    as `it`: what is left must be `same_word`s for the change to be told of
    the copula's subject. When the change calls the event off (`undone`),
    "shortly after" or "soon after" is read as "later" (`_soon_after`)."""
    gap = untimed(unattributed(contracted(_unreported(lows, commas, n, i, w)), w), w)
    return _as_it(_past_dates(_obliged(_soon_after(gap, w) if undone else gap, w)), head)


def contracted(gap: list[str]) -> list[str]:
    """`gap` with a pronoun's contracted auxiliary read as two words
    (`_CONTRACTED`: "it's" as "it is", "they've" as "they have")."""
    if not any(low in _CONTRACTED for low in gap):
        return gap
    return [part for low in gap for part in _CONTRACTED.get(low, (low,))]


def _soon_after(gap: list[str], w) -> list[str]:
    """`gap` with "shortly after" or "soon after" (`changed_plan_soon`) read
    as "later" ("but shortly after it was canceled": fx141)."""
    out: list[str] = []
    for low in gap:
        if low == "after" and out and out[-1] in w["changed_plan_soon"]:
            out[-1] = "later"
        else:
            out.append(low)
    return out


def _obliged(gap: list[str], w) -> list[str]:
    """`gap` less the "to" of "had to be", "has to be" and the obligation
    of "was forced to be" (`changed_plan_obliged`): the change that follows
    still happened ("but it had to be canceled": fx141). Not "was set to
    be", "was expected to be": a plan, which may not have happened."""
    out: list[str] = []
    for j, low in enumerate(gap):
        if low == "to" and j + 1 < len(gap) and gap[j + 1] == "be" and out and (
                out[-1] in ("had", "has", "have") or out[-1] in w["changed_plan_obliged"]):
            if out[-1] in w["changed_plan_obliged"]:
                out.pop()
            continue
        out.append(low)
    return out


def obliged_word(low: str, w) -> bool:
    """Is `low` a word of an obligation `_obliged` reads out ("to",
    "forced"), which a negation before it still governs ("but it was not
    forced to be canceled")?"""
    return low == "to" or low in w["changed_plan_obliged"]


def _past_dates(gap: list[str]) -> list[str]:
    """`gap` less a second date joined to the first by "and" or "or" at its
    start ("and Dec. 14", "or Friday, Dec. 14", "and 14"): a month's or a
    weekday's name, a day or a year."""
    if not gap or gap[0] not in _JOINED:
        return gap
    j = 1
    while j < len(gap) and (gap[j] in MONTHS or gap[j] in WEEKDAYS or _DAY.fullmatch(gap[j])):
        j += 1
    return gap[j:] if j > 1 else gap


def _as_it(gap: list[str], head: str) -> list[str]:
    """`gap` with the subject's noun again ("the game", `head` after one of
    `THE`) read as `it`."""
    if not head:
        return gap
    out: list[str] = []
    for j, low in enumerate(gap):
        if low == head and j > 0 and gap[j - 1] in THE:
            out[-1] = "it"
        else:
            out.append(low)
    return out


def _unreported(lows: list[str], commas: list[bool], a: int, b: int, w) -> list[str]:
    """lows[a:b] less the attributions set off by commas in it ("Dec. 9,
    officials said, but it has been moved": "but it has been")."""
    cuts = [a] + [j for j in range(a + 1, b) if commas[j]] + [b]
    kept: list[str] = []
    for x, y in zip(cuts, cuts[1:]):
        part = lows[x:y]
        if not (y < b and any(low in w["reporting"] for low in part)):
            kept += part
    return kept


def unattributed(gap: list[str], w) -> list[str]:
    """`gap` less an attribution not set off by commas after its links
    ("but officials said that it was": "but it was"): a subject of one to
    five words, none a verb or an auxiliary (an adverb may stand there:
    "organizers later said"; an -ed word only after a determiner: "the
    Associated Press reported"), then a `reporting` verb or "say" ("but
    officials say it was"), up to three words of its object or time that
    lead to "that", `it` or `they` ("told reporters it", "said Monday that
    it", qa69 #7) and any "that". Unchanged when there is none, or when its
    subject denies it (`_DENIED`, a word in n't: "Nobody said it was later
    canceled", "No one said": qa76 #2; left in, no change is told)."""
    links = w["changed_plan_links"]
    a = 0
    while a < len(gap) and gap[a] in links:
        a += 1
    j = next((j for j in range(a + 1, min(len(gap), a + 6)) if gap[j] in w["reporting"] or gap[j] == "say"), -1)
    if j < 0 or gap[j] == "according" or any(_verb_like(gap, x, w) or _denial(gap[x]) for x in range(a, j)):
        return gap
    b = j + 1
    lead = next((k for k in range(b, min(len(gap), b + 4)) if gap[k] in ("that", "it", "they")), -1)
    if lead > b and not any(_verb_like(gap, x, w) or gap[x] in w["reporting"] for x in range(b, lead)):
        b = lead                                     # "told reporters it", "said Monday that it"
    if b < len(gap) and gap[b] == "that":
        b += 1
    return gap[:a] + gap[b:]


def _denial(low: str) -> bool:
    """Does `low` deny an attribution it stands in the subject of ("Nobody
    said", "No one said", "Officials never said")?"""
    return low in _DENIED or low.endswith(("n't", "n’t"))


def _verb_like(gap: list[str], x: int, w) -> bool:
    """May gap[x] be a verb or an auxiliary, so no word of an attribution's
    subject or object: one of `_sets`' second that is no adverb (nor `it`,
    `they`), or an -ed word not after a determiner ("the Associated
    Press")?"""
    low = gap[x]
    if low.endswith("ed"):
        return not (x > 0 and gap[x - 1] in w["determiners"])
    return same_word(low, w) and low not in ("it", "they") and not (
        low in w["changed_plan_gap_adverbs"] or ly_adverb(low, w))


def untimed(gap: list[str], w) -> list[str]:
    """`gap` less a time phrase before "later" or "earlier": a span of one of
    `changed_plan_days` or `changed_plan_hours` ("week", "hours") after
    counts (`amount_words`, `determiners`, a figure: "a week later", "two
    days later", "hours earlier"), or after a determiner and "next" or
    "following" ("the next day"); "later" stands for it, an adverb of the
    gap."""
    units = w["changed_plan_days"] | w["changed_plan_hours"]
    out: list[str] = []
    for low in gap:
        if low in units and len(out) > 1 and out[-1] in _NEXT and out[-2] in w["determiners"]:
            del out[-2:]                             # "the next day", "the following week"
            low = "later"
        elif low in ("later", "earlier") and out and out[-1] in units:
            out.pop()
            while out and (out[-1] in w["amount_words"] or out[-1] in w["determiners"]
                           or out[-1] in ("couple", "of") or out[-1].isdigit()):
                out.pop()
            low = "later"
        out.append(low)
    return out
