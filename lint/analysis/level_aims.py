"""Whether a level of a date that a verb looking ahead aims at is a past
baseline or a target, for the clause reading in `lint.analysis.tense`.

`tense_phrases.baseline` reads "the <level> of <date>" (`level_nouns`:
"the peak of March 20", "the lows of late February") as past: a figure
measured on that day. A verb group that looks ahead and aims at the level
(`looks_ahead`: a future, a modal but a perfect one, a plan read from the
past, or an infinitive after a word of a plan: "will hit", "could reach",
"is expected to hit", "hoped to hit"; not "rose more than expected to hit") makes it a target instead, no past (qa115 #3, qa120 #1), unless a
word right before the level compares with it (`level_comparisons`: "will
top its peak of January") or goes back to it (`to` after one of
`level_returns`: "will fall back to the level of February"). A plain `to`
("will climb to the peak of", "will in time sink to the lows of late
February") fits both readings: the date against publication decides, a day
after it being a target and one on or before it a baseline (qa120 #2,
qa110 #10).

All read the clause's lowered tokens (`lows`) and the word lists of
lint/data/tense.yaml (`w`); nothing here reads the text again.
"""
from __future__ import annotations

from .verb_group import FUTURE, UNKNOWN, Tense, ly_adverb, tense_of

# Words opening a comparison whose participle of a plan tells no plan ("than
# expected", "as forecast"), and how far before that participle one may stand
# ("more than many analysts had expected").
COMPARISON_OPENERS = frozenset(("than", "as"))
COMPARISON_REACH = 4
PERFECT_HAVE = frozenset(("had", "has", "have"))   # before a comparison's `been`: "than had been expected"
NEGATIONS = frozenset(("not", "never"))   # between a plan word and `to`: "expected not to hit"
SPLITTING = frozenset(("again",))          # between `to` and its verb, besides `perfect_adverbs`


def looks_ahead(found: tuple[Tense, int], lows: list[str], w) -> bool:
    """Does the cue `found` (a Tense and its token index, as
    `tense_walks.backward` gives it) look ahead: a future ("will hit"), a plan
    seen from the past ("was to hit"), a modal but a perfect one ("could
    hit"; "could have hit" is a past that may have been, qa127 #9), or an
    infinitive after a word of a plan (`_plan_word`: "is expected to hit",
    "is set to reach", "are likely to hit", "plans to hit", "is hoping to
    hit"), a negation or an adverb beside its `to` too ("is expected not to
    hit", "is expected to again hit"; qa127 #3, #4)?"""
    tense, i = found
    words = tense.marker.split(" ")
    if tense.tense == FUTURE or tense.planned:
        return True
    if words[0] in w["modal"]:
        return words[1:2] != ["have"]
    to = _infinitive_to(lows, i, tense, w)
    if to is None:
        return False
    p = to - 2 if to >= 1 and lows[to - 1] in NEGATIONS else to - 1
    if p < 0 or not _plan_word(lows[p], w):
        return False
    # a participle or a verb form may be a comparison's ("than expected", "than
    # hoped"); a listed adjective ("more than likely to") may not
    listed = lows[p] in w["plan_modifiers"] or lows[p] in w["infinitive_plans"]
    return not ((lows[p] in w["prospective"] or not listed) and _compared(lows, p, w))


def _infinitive_to(lows: list[str], i: int, tense: Tense, w) -> int | None:
    """The index of the `to` of the infinitive whose cue is at lows[i]: the
    cue itself, or a bare verb after `to` and an adverb ("to again hit",
    "to quickly reach"); None for any other cue."""
    if tense.marker == "to":
        return i
    if tense.marker == lows[i] and i >= 2 and lows[i - 2] == "to" and (
            lows[i - 1] in SPLITTING or lows[i - 1] in w["perfect_adverbs"] or ly_adverb(lows[i - 1], w)):
        return i - 2
    return None


def _plan_word(low: str, w) -> bool:
    """A word of a plan before an infinitive: one of `prospective`,
    `plan_modifiers` or `infinitive_plans`, or a form of a verb of the last
    in -s, -ed or -ing ("plans", "hoped", "aimed", "is hoping", "seeking",
    "predicted")."""
    plans = w["infinitive_plans"]
    if low in w["prospective"] or low in w["plan_modifiers"] or low in plans:
        return True
    return any(low.endswith(end) and (low[:-len(end)] in plans or low[:-len(end)] + "e" in plans)
               for end in ("s", "ed", "ing"))


def _compared(lows: list[str], p: int, w) -> bool:
    """Is the participle of a plan at lows[p] a comparison's ("rose more
    than expected to hit", "surged as forecast to hit", "more than analysts
    had expected to hit"; qa127 #1), not the verb group the infinitive after
    it hangs on ("is expected to hit")? So when `than` or `as` stands at
    most `COMPARISON_REACH` words before it, with no form of `be` between
    (the participle's own verb group: "as analysts noted, are expected")
    but one right after the opener ("than was expected", "than had been
    expected"), and no mark."""
    for k in range(p - 1, max(-1, p - 1 - COMPARISON_REACH), -1):
        if lows[k] in COMPARISON_OPENERS:
            return True
        if not lows[k][:1].isalnum():
            return False
        if lows[k] in w["present"] or lows[k] in w["copula_past"]:
            # a form of `be` right after the opener, perhaps after a perfect's
            # `have`, is the comparison's own ("than was expected", "than had
            # been expected": qa134 #3)
            opener = k - 2 if k >= 2 and lows[k - 1] in PERFECT_HAVE else k - 1
            return opener >= 0 and lows[opener] in COMPARISON_OPENERS
    return False


def aimed_level(lows: list[str], n: int, told: Tense, found: tuple[Tense, int] | None, w,
                after_publication: bool | None) -> Tense | None:
    """The tense of a date that ends `lows[:n]` when `told`, the past that
    `baseline` read there for a level of the date (its marker's noun one of
    `level_nouns`: the caller, `tense`, asks only then), is a level that
    the verb group `found` (the nearest cue before the date,
    `tense_walks.backward`'s; None if none) aims at as a target: UNKNOWN, marked
    "<cue> ... <level> of". None when `told` stands: no verb that
    `looks_ahead`, a word of comparison or of return before the level
    (`level_comparisons`, `level_returns`), or a plain `to` before it while
    the date is not after publication (`after_publication`: True, False, or
    None when unknown)."""
    if found is None or not looks_ahead(found, lows, w):
        return None
    # lows[n-1] is "of", lows[n-2] the level, lows[n-3] its determiner
    word = lows[n - 4] if n >= 4 else ""
    if word in w["level_comparisons"]:
        return None
    if word == "to" and (after_publication is not True or (n >= 5 and lows[n - 5] in w["level_returns"])):
        return None
    return tense_of(UNKNOWN, marker=f"{found[0].marker} ... {told.marker}")
