"""The walks from a date to the verb that tells its tense: `backward`
reads the nearest cue before the date, `forward` the first cue after it.
Which of them governs a date is `lint.analysis.tense`'s choice; what one
word says is `verb_group.cue`'s. (Split out of `tense` so that neither
module passes about 400 lines; changed since: a future `be` after a
subject, `_future_be`, and a lone `ll` in `verb_group.will_before`.)
"""
from __future__ import annotations

from .clause_parts import under_condition
from .tense_phrases import MAX_FORWARD, leads_to
from .verb_group import FUTURE, PAST, UNKNOWN, Tense, before_adverbs, cue, cue_words, en_participles, \
    finite_after_and, nonfinite, tense_of, will_before

# A word in -ed right after one of these is an adjective before its noun ("in
# controlled airspace", "the elected council"), not a past verb.
ATTRIBUTIVE_BEFORE = frozenset(("in", "on", "at", "of", "for", "with", "into", "from", "under",
                                "the", "a", "an"))


def backward(seq: list[str], lows: list[str], n: int, w,
             commas: list[bool] | None = None) -> tuple[Tense, int] | None:
    """The nearest cue among the n tokens before the date (seq may hold one
    more: the word after the date), with its token index, or None.
    `commas` (a comma before each token), when given, sets a participle
    after a comma apart from a condition before it (`under_condition`)."""
    for i in range(n - 1, -1, -1):
        tense = cue(seq, lows, i, w)
        if tense is not None and tense.marker == "be":
            tense = _future_be(lows, i, w) or tense
        if tense is not None:
            if tense.tense == PAST and tense.marker == lows[i] and lows[i] not in w["simple_past_only"] \
                    and _looks_ahead(seq, lows, i, w) \
                    and not (lows[i] in w["past_reporting"] and leads_to(lows, i + 1, n, w)):
                # (but "will implement measures announced in November": that was
                # done; and a form that is never a participle is a finite past
                # verb, its own clause's: "It will be the first time the mayor
                # spoke on May 5", `simple_past_only`)
                return tense_of(UNKNOWN, marker=tense.marker), i
            if (tense.marker == "to" or nonfinite(tense, lows[i])) and i > 0:
                # "will work hard to win voters in November", "will start voting
                # in June", "began to change in October": an infinitive or an
                # -ing form takes the tense of a future or an aspectual verb it
                # hangs on ("agreed to meet", "states holding contests": not told).
                if lows[i - 1] in w["aspectual"]:
                    passive = _passive_aspectual(seq, lows, i - 1, w)
                    if passive is not None:
                        return passive, i    # "to be used to redeem on June 15": a purpose
                    return tense_of(PAST, marker=f"{lows[i - 1]} {lows[i]}"), i
                if lows[i - 1] in w["ability"] and lows[i] == "to":
                    # "was able to hit the mark in September", "was bold enough
                    # to tout it in March": done when its verb group is past.
                    found = backward(seq, lows, i - 1, w)
                    if found is not None and found[0].tense != UNKNOWN and not found[0].planned:
                        return tense_of(found[0].tense, marker=f"{found[0].marker} ... {lows[i - 1]} to"), i
                    return tense, i
                found = backward(seq, lows, i, w)
                if found is not None and found[0].tense == FUTURE and not found[0].planned and not (
                        commas is not None and commas[i] and lows[i] != "to"
                        and under_condition(seq, lows, found[1], w)):
                    # (not "were anxious about whether it will keep the models, causing a
                    # drop": a participle set off after a condition hangs on the main clause)
                    return tense_of(FUTURE, marker=f"{found[0].marker} ... {lows[i]}"), i
            return tense, i
        if lows[i] in w["clause_breaks"] and not (
                lows[i] in w["target_prepositions"] and i + 1 < n
                and (lows[i + 1] in w["determiners"] or lows[i + 1] in w["time_nouns"]
                     or lows[i + 1].isdigit())):
            return None              # not "have continued after the June 7 primary", "broke out
            # after midnight on Aug. 9": a preposition
    return None


def _passive_aspectual(seq: list[str], lows: list[str], v: int, w) -> Tense | None:
    """The verb group of an aspectual form lows[v] made passive by a `be`
    before it, past adverbs ("to be used to redeem", "was used to fund",
    "will be partly used to repay"), with the `to` after it: the infinitive
    is its purpose, as past as that group and no more (a `was` is past, a
    `to be` or an `is` names no time, a `will be` is future); not the past
    habit of a bare "used to" (nu70 #5). None when no `be` stands there."""
    j = before_adverbs(lows, v, w)
    if j < 0 or not (lows[j] in w["present"] or lows[j] in w["copula_past"]):
        return None
    group = cue(seq, lows, v, w)
    if group is None:
        return tense_of(UNKNOWN, marker=f"{lows[v]} to")
    marker = f"{lows[j]} {group.marker}" if group.marker == lows[v] else group.marker   # "was used"
    return tense_of(group.tense, group.planned, f"{marker} to")


def _future_be(lows: list[str], i: int, w) -> Tense | None:
    """A plain `be` nearest the date, told in the future by a contracted
    `will` or by `will` past adverbs ("they'll be in Paris on May 5", "will
    also be", "will not be": `will_before`) or by "going to" ("is going to
    be in Paris"), qa140 #1, #5, #7; None when neither stands before it.
    Read here, for the date's own verb group, and not in `verb_group.cue`:
    `_looks_ahead` reads a past form after a future `be` as a participle, so
    a farther `be` would hide the date's own past verb ("It'll be the first
    time the mayor met on May 5", "is going to be reviewing the vote held on
    May 5", qa164 #1-#3)."""
    aux = will_before(lows, i, w)
    if aux:
        return tense_of(FUTURE, marker=f"{aux} be")
    if i >= 2 and lows[i - 1] == "to" and lows[i - 2] == "going":
        return tense_of(FUTURE, marker="going to be")
    return None


def _looks_ahead(seq: list[str], lows: list[str], i: int, w) -> bool:
    """A bare past form after a future, a modal or an infinitive in its clause
    ("must repurchase securities pledged on April 22") is a participle of a
    clause that is not told as done; but after `and`, a past form no
    infinitive takes is a verb of its own ("voted to keep fares flat and met
    again Nov. 25": `finite_after_and`)."""
    for j in range(i - 1, -1, -1):
        if lows[j] in w["clause_breaks"]:
            return False
        tense = cue(seq, lows, j, w)
        if tense is not None and tense.marker == "to" and lows[i - 1] in ("and", "or") \
                and finite_after_and(seq, lows, i, w):
            return False
        if tense is not None and not nonfinite(tense, lows[j]):
            return (tense.tense == FUTURE or tense.marker in w["modal"] or tense.marker == "to"
                    or tense.marker in w["habitual"])
    return False


def forward(seq: list[str], lows: list[str], n: int, commas: list[bool], w,
            fronted: bool = False, reported: bool | None = None, subject: bool = False) -> Tense | None:
    """The first cue after the date (seq[n:]); an attribution ("..., officials
    said") is none, unless the date stands in a phrase that opens the
    sentence ("In a July 9 cable, Stevens reported ..."): then the reporting
    verb is the main verb, and a subordinate clause set off by commas before
    it is read past ("In a September debate, while others called for ...,
    Trump said"). `reported` (default: `fronted`) lets a reporting verb count.
    `subject`: the date stands in its clause's subject, so a bare past form
    with its agent ("the vote on June 10 called by the mayor") is a
    participle on the subject's noun even without a comma before it."""
    reported = fronted if reported is None else reported
    i, stop = n, len(seq) if fronted else min(len(seq), n + MAX_FORWARD)
    while i < stop:
        low = lows[i]
        if low.endswith("ing") and low not in cue_words():
            i += 1
            continue                                 # "the acting legal adviser": no finite verb
        if low in w["reporting"] and reported and low != "according" and seq[i][0].islower():
            return tense_of(PAST, marker=low) if low in w["past_reporting"] else None
        if fronted and low in w["clause_breaks"] and (commas[i] or (
                i > n and commas[i - 1] and (lows[i - 1] in w["event_prepositions"]
                                             or lows[i - 1] in ("of", "for", "with", "to")))):
            i = next((j for j in range(i + 1, stop) if commas[j]), stop)
            continue                 # "..., while others called for war, Trump said", ", of which he ..."
        if low in w["reporting"] or low in w["clause_breaks"]:
            return None
        if i == n and low in w["conjunctions"] and i + 1 < len(seq) and lows[i + 1] in w["subject_pronouns"]:
            return None              # "through June and it will accelerate": a clause of its own
            # (only right after the date: "In June, my wife and I will travel" is one subject)
        if i > n and low.endswith("ed") and lows[i - 1] in ATTRIBUTIVE_BEFORE:
            i += 1
            continue                 # "flying in controlled airspace": an adjective, no verb
        tense = cue(seq, lows, i, w)
        if tense is not None and tense.marker == "to" and i == n and not commas[i]:
            i += 2                   # "The council's vote in October to raise taxes angered ...":
            continue                 # the infinitive belongs to the noun; the main verb tells
        if tense is not None and not (fronted and commas[i] and low in en_participles()) and not (
                (commas[i] or subject) and tense.marker == low and i + 1 < len(seq) and lows[i + 1] == "by"):
            return tense             # (not "Trump, known for ...": a participle set off by a comma;
        i += 1                       # nor "on Dec. 31, followed by a wider release": one with its agent)
    return None
