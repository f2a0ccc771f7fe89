"""Verb groups: what one word and its neighbours (auxiliaries, adverbs,
negation, a determiner before it) say about the time of an event.

`cue(seq, lows, i, w)` reads token i of a clause: `will`, `'ll` and `is to`
are future; a past auxiliary, an irregular past, an -ed form after a noun or
a perfect (`has cut`, `had not met`) is past; a modal, a present form, a
prospective participle (`scheduled`, `expected`) or an infinitive marker
names no time. The clause-level reading (which cue governs a date) is in
`lint.analysis.tense`. The word lists live in `lint/data/tense.yaml` so a
newsroom can extend them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..rule_cache import load_data
from .contractions import WILL_ENDINGS, contracted_copula, contracted_will, copula_idiom

PAST, FUTURE, UNKNOWN = "past", "future", "unknown"


@dataclass(frozen=True)
class Tense:
    """What the clause says about the time of the event.

    `planned` marks a future seen from the past ("were to travel", "was to
    meet"): the date was ahead when it was planned, which says nothing about
    whether it is ahead of the publication date. `marker` is the cue word.
    `period` marks the end or start of a named period told as past ("the
    quarter ended Sept. 30"): copy uses that name for last year's period
    too, so without a year the checks only suggest writing it. When the
    name holds a year ("fiscal 1986 ended March 26") the tense is UNKNOWN:
    only the date's own written year tells when it ended.
    """

    tense: str
    planned: bool = False
    marker: str = ""
    distance: int = 0          # words between the cue and the date, when the cue is before it
    ahead: bool = False        # the cue comes after the date
    period: bool = False       # "the year ended March 31"


NO_CUE = Tense(UNKNOWN)
# Endings of plural nouns that no base form of a verb has: `to` before
# "lawmakers", "investors", "residents" is a preposition, no infinitive.
PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ials", "ees")
# Tenses are values: the few distinct ones are made once and shared.
tense_of = lru_cache(maxsize=1024)(Tense)


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    """The word lists of `lint/data/tense.yaml`, as sets (loaded once)."""
    return {key: frozenset(map(str.lower, map(str, values)))
            for key, values in load_data("tense.yaml").items()}


@lru_cache(maxsize=None)
def phrase_words(at: int, *keys: str) -> frozenset[str]:
    """Word `at` (0: the first, -1: the last) of each phrase of the `words`
    lists `keys`: "up" of "signed up", "called" of "called off"."""
    return frozenset(p.split()[at] for key in keys for p in words()[key])


@lru_cache(maxsize=None)
def cue_words() -> frozenset[str]:
    """Every word `_cue` reads as a cue on its own (a past form in -ed aside):
    any other word is no cue, which spares the list-by-list tests for most words."""
    w = words()
    return frozenset().union(*(w[k] for k in ("future", "modal", "past", "present", "present_reporting",
                                             "prospective",
                                             "habitual", "schedule_verbs", "irregular", "perfect",
                                             "bare_past", "participles")),
                             ("to", "be"))


@lru_cache(maxsize=None)
def en_participles() -> frozenset[str]:
    """Participles that are no past form ("polls taken in December"): read
    like an -ed form after a noun. Those equal to the base form are left out."""
    w = words()
    return w["participles"] - w["bare_past"] - {"been", "had", "come", "become", "run", "set",
                                                "read", "won", "done", "gone"}


@lru_cache(maxsize=None)
def copulas() -> frozenset[str]:
    return words()["copula_past"] | words()["copula_present"]


# A word outside `cue_words` is read only in -ed, -ing or a contracted will (one endswith)
_CUE_ENDINGS = ("ed", "ing", *WILL_ENDINGS)


def nonfinite(tense: Tense, low: str) -> bool:
    """Is the cue an -ing form on its own ("states holding contests")? It
    names no time: the scans read past it to a finite verb."""
    return tense.marker == low and low.endswith("ing")


def ly_adverb(low: str, w) -> bool:
    """Is the lower-case word an adverb in -ly ("quickly", "quietly"), not
    a noun so spelt (tense.yaml's `ly_nouns`: "rally", "supply")?"""
    return low.endswith("ly") and low not in w["ly_nouns"]


def _modified_noun(lows: list[str], i: int, w) -> bool:
    """The -ing word lows[i] is a noun after a determiner and up to three of
    `noun_modifiers` ("its first crossing", "the first winter crossing",
    "the new swimming pool"), as after a determiner alone ("a crossing"),
    nu24 #2, nu26 #1."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lows[k] in w["noun_modifiers"]:
        k -= 1
    return k < i - 1 and k >= 0 and (lows[k] in w["determiners"] or lows[k].endswith(("'s", "’s")))


def cue(seq: list[str], lows: list[str], i: int, w) -> Tense | None:
    """What token seq[i] says about tense, looking at its neighbours; None: no
    cue. `lows` is seq lowercased; only seq's tokens are read."""
    low = lows[i]
    if low not in cue_words() and not low.endswith(_CUE_ENDINGS) and low != "ll":
        return None
    tok = seq[i]
    n = len(seq)
    prev = lows[i - 1] if i > 0 else ""
    if low in w["future"] or contracted_will(low):      # "he'll have the votes"
        return tense_of(FUTURE, marker=low)
    if low == "ll":                                     # "He ‘ll"; not "Charles ll"
        return tense_of(FUTURE, marker=f"{prev} ll") if prev in w["ll_subjects"] else None
    if low == "to":
        nxt = seq[i + 1] if i + 1 < n else ""
        if not nxt or not nxt[0].islower() or lows[i + 1] in w["to_not_infinitive"] \
                or lows[i + 1] in w["object_pronouns"] or lows[i + 1].endswith(PLURAL_ENDINGS):
            return None                                   # "a letter to lawmakers", "to them": a preposition
        if prev in w["copula_present"] or prev == "going" or (
                i > 0 and contracted_copula(seq, lows, i - 1, w) and not (
                    lows[i + 1] in w["contracted_copula_blockers"] or lows[i + 1].endswith(("'s", "’s")))):
            if prev != "going" and copula_idiom(seq, lows, i, w):
                return tense_of(UNKNOWN, marker=f"{prev} to {lows[i + 1]}")   # "is to blame": no plan
            return tense_of(FUTURE, marker=f"{prev} to")    # "is to meet", "the board's to meet" (qa140 #10)
        if prev == "about" and i >= 2 and lows[i - 2] in copulas():   # "is about to vote" (qa140 #4)
            return tense_of(FUTURE, planned=lows[i - 2] in w["copula_past"], marker=f"{lows[i - 2]} about to")
        if prev in w["copula_past"]:
            return tense_of(FUTURE, planned=True, marker=f"{prev} to")
        return tense_of(UNKNOWN, marker="to")             # "agreed to meet": not told as done
    if low in w["modal"] and tok[0].islower():
        return tense_of(UNKNOWN, marker=low)
    if low in w["perfect"]:
        return _perfect(seq, lows, i, w)
    if low in w["bare_past"]:
        nxt = lows[i + 1] if i + 1 < n else ""
        if tok[0].isupper() or i == 0 or prev in w["base_subjects"] or prev in w["determiners"] \
                or _after_aux(lows, i, w) or prev.isdigit() or not seq[i - 1][0].isalpha() \
                or not nxt or nxt in w["bare_past_blockers"]:
            return None
        if prev in w["present"] or prev in w["copula_past"] or prev in w["perfect"]:
            return _participle(seq, lows, i, low, w)     # "is being put in place": passive
        return tense_of(PAST, marker=low)                 # "the company cut 200 jobs"
    if low.endswith("ing") and len(low) >= 6 and low not in w["not_verbs"] and tok[0].islower() \
            and prev not in w["determiners"] and not prev.endswith("'s") and not _modified_noun(lows, i, w):
        if prev in w["aspectual"] or (prev in w["retrospective"] and low not in w["prospective"]):
            return tense_of(PAST, marker=f"{prev} {low}")   # "began raising its stake in July",
            # "reported raising $33 million in October"
        if prev not in w["past"] and prev not in w["present"] and prev not in w["perfect"]:
            return tense_of(UNKNOWN, marker=low)           # "states holding contests on March 15"
    if low in w["past"] or low in w["present"]:
        nxt = lows[i + 1] if i + 1 < n else ""
        if _prospective(seq, lows, i + 1, w):
            aux = will_before(lows, i, w) if low == "be" else ""
            if aux:
                return tense_of(FUTURE, marker=f"{aux} be {nxt}")   # "will be payable Jan. 3", "it'll be"
            return tense_of(UNKNOWN, marker=f"{low} {nxt}")   # "was scheduled", "is expected"
    if low in w["past"]:
        return tense_of(PAST, marker=low)
    if low == "be":
        if prev in w["future"]:
            # (only "will be": after "it'll be", "will also be" or "going to
            # be" a past verb that owns the date, "the first time the mayor
            # spoke on May 5", would be read as a participle; qa164 #1-#3)
            return tense_of(FUTURE, marker=f"{prev} be")
        if prev == "to" and i >= 2 and lows[i - 2] in copulas():    # "is to be in June"
            return tense_of(FUTURE, planned=lows[i - 2] in w["copula_past"], marker=f"{lows[i - 2]} to be")
        return tense_of(UNKNOWN, marker=low)
    if low == "been" and (prev in w["perfect"] or prev == "had") and not _prospective(seq, lows, i + 1, w) \
            and not (i >= 2 and _ahead_aux(lows[i - 2], w)):     # (not "would have been on April 15")
        return tense_of(PAST, marker=f"{prev} been")      # "has been recovering since a hack in October"
    if low in w["present"] or (low in w["present_reporting"] and tok[0].islower()):
        return tense_of(UNKNOWN, marker=low)
    if _prospective(seq, lows, i, w) or low in w["habitual"]:
        if prev in w["determiners"]:
            return None                              # "the opening of a golf course"
        if _after_aux(lows, i, w):
            return None                              # "will set up on Dec. 8": `will` decides
        aux = will_before(lows, i - 1, w) if prev == "be" else ""
        if aux:
            return tense_of(FUTURE, marker=f"{aux} be {low}")   # "will be payable Jan. 3", "it'll be payable"
        return tense_of(UNKNOWN, marker=low)
    if low in w["schedule_verbs"]:
        if _after_aux(lows, i, w) or prev == "to" or prev in w["determiners"]:
            return None                              # "will resume on Monday": `will` decides
        return tense_of(UNKNOWN, marker=low)
    if not tok[0].islower() and not (i == 0 and (low in w["opening_participles"] or (
            low.endswith("ed") and i + 1 < n and lows[i + 1] in w["event_prepositions"]))):
        return None                                  # a name; but "Born May 24, 1917, in Newark",
        # "Enacted in October, the law ..."
    head, _, tail = low.rpartition("-")
    if head and head not in w["verb_prefixes"]:
        return None                                  # "city-owned", "op-ed": adjectives, nouns
    if low in w["irregular"] or low in en_participles() or (
            len(tail) >= 4 and low.endswith("ed") and low not in w["not_past"]):
        return _participle(seq, lows, i, low, w)
    return None


def _participle(seq: list[str], lows: list[str], i: int, low: str, w) -> Tense | None:
    """A past form: simple past, or a participle whose auxiliary decides."""
    j = i - 1
    if j >= 0 and ly_adverb(lows[j], w) and \
            not (j > 0 and lows[j - 1] in w["determiners"]):
        j -= 1                               # "was quickly approved"; not "the rally began", "the June 10 rally went": a noun
    k = j
    while k > 0 and k > j - 2 and (lows[k] in w["perfect_adverbs"] or ly_adverb(lows[k], w)):
        k -= 1
    if k < j and lows[k] in w["copula_present"]:
        j = k                                # "is not approved", "are never declared", "is not quickly
        # approved": a present passive, its adverbs set between `is` and the participle (qa110 #8)
    prev = lows[j] if j >= 0 else ""
    if prev in ("which", "who") or (prev == "that" and (
            i + 1 >= len(seq) or lows[i + 1] in w["event_prepositions"]
            or (j > 0 and _noun_like(seq, lows, j - 1, w)))):
        return tense_of(PAST, marker=low)              # "emails that leaked in July", "a party that scored"
    if prev in w["determiners"] and not (prev in ("all", "both") and j > 0 and lows[j - 1] in w["pronouns"]):
        return None                                  # "the delayed vote": an adjective (not "it all started")
    if prev in ("and", "or") and low in w["simple_past_only"]:
        return tense_of(PAST, marker=low)            # "will meet them and went home": no auxiliary shared
    if prev in ("and", "or"):
        for k in range(j - 1, max(-1, j - 7), -1):   # "to be dated March 15 and delivered"
            if lows[k] in w["clause_breaks"]:
                break
            shared = cue(seq, lows, k, w)
            if shared is not None and shared.tense == UNKNOWN and lows[k].endswith("ing") \
                    and lows[k] in w["prospective"]:
                return tense_of(PAST, marker=low)    # "was weighing a sale and sold the unit": done
            if shared is not None:
                if (shared.tense == PAST and shared.marker == lows[k]) or (
                        shared.marker == "to" and finite_after_and(seq, lows, i, w)):
                    # "voted Friday, Nov. 20, and met again Nov. 25": a past verb of its own names
                    # its clause; "voted to keep fares flat and met again": no infinitive (nu20 #3)
                    return tense_of(PAST, marker=low)
                return shared
    if (prev.rpartition("-")[2] in w["period_nouns"] or prev.isdigit()) and not (
            i + 1 < len(seq) and lows[i + 1] in ("in", "on")):    # (not "whose term ended in December")
        # "the year ended March 31": a period's end, see `Tense.period`;
        # "fiscal 1985/86 ended March 31" names its year: not told past alone
        period = low in w["period_verbs"]
        return tense_of(PAST if period and not prev.isdigit() else UNKNOWN, marker=f"{prev} {low}",
                        period=period)
    if prev in w["perfect"] and j > 0 and _ahead_aux(lows[j - 1], w):   # "will have cut 200 jobs by"
        told = FUTURE if lows[j - 1] not in w["modal"] else UNKNOWN       # ("would have cut": no event)
        return tense_of(told, marker=f"{lows[j - 1]} have {low}")
    if prev == "having":
        return tense_of(UNKNOWN, marker=f"having {low}")    # a perfect participle: no tense of its own
    if prev in ("be", "been", "being"):
        k = before_adverbs(lows, j, w)               # "will almost certainly be decided"
        j = k + 1
        prev2 = lows[k] if k >= 0 else ""
        if prev2 in w["future"] or contracted_will(prev2):          # "he'll be sworn in"
            return tense_of(FUTURE, marker=f"{prev2} be {low}")
        if j >= 2 and lows[j - 2] in w["modal"]:
            return tense_of(UNKNOWN, marker=f"{lows[j - 2]} {prev2} been {low}")
        if prev2 in w["perfect"] or prev2 in w["past"]:
            return tense_of(PAST, marker=f"{prev2} been {low}")
        return tense_of(UNKNOWN, marker=low)
    if prev in w["present"]:
        return tense_of(UNKNOWN, marker=f"{prev} {low}")
    return tense_of(PAST, marker=low)


def finite_after_and(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Whether the past form lows[i], after `and`/`or` in a clause whose last
    cue is a `to` infinitive, is a finite verb of its own ("voted to keep
    fares flat and met again Nov. 25"): an infinitive coordinates with a base
    form, not a past one. Only when what follows reads as a verb's (an
    adverb, a determiner, a preposition, a capital, nothing): "to hold talks
    and related meetings in June" keeps its adjective."""
    nxt = seq[i + 1] if i + 1 < len(seq) else ""
    low = lows[i + 1] if nxt else ""
    return not nxt[:1].islower() or low in w["determiners"] or low in w["event_prepositions"] \
        or low in w["perfect_adverbs"] or low == "again" or ly_adverb(low, w)


def _after_aux(lows: list[str], i: int, w) -> bool:
    """Does a future auxiliary or a modal stand before lows[i], past adverbs
    ("will set up", "will also cut", "would not resume")? Then lows[i] is a
    base form, even one spelt as a past or a participle ("set", "cut"), and
    the auxiliary tells its time."""
    j = before_adverbs(lows, i, w)
    return j >= 0 and _ahead_aux(lows[j], w)


def before_adverbs(lows: list[str], i: int, w) -> int:
    """The index of the nearest word before lows[i] that is no adverb of a
    verb group (`group_adverb`: "will also be", "will almost certainly be",
    "would not resume", "will again be held", "will once more take"), -1
    when only adverbs stand before it. One definition for every walk from a
    verb back to its auxiliary (`_after_aux`, `will_before`, `_participle`'s
    `be`)."""
    j = i - 1
    while j >= 0 and group_adverb(lows, j, w):
        j -= 1
    return j


def group_adverb(lows: list[str], j: int, w) -> bool:
    """Is lows[j] an adverb that may stand inside a verb group, between an
    auxiliary and its verb: one of `perfect_adverbs`, an -ly adverb but no
    -ly noun (`ly_adverb`), "again", or the "more" of "once more"?"""
    low = lows[j]
    return low in w["perfect_adverbs"] or ly_adverb(low, w) or low == "again" or (
        low == "more" and j > 0 and lows[j - 1] == "once")


def will_before(lows: list[str], i: int, w) -> str:
    """The future auxiliary ("will", "shall", "he'll") standing before
    lows[i], past adverbs ("will also be", "will not be", "will likely be":
    `before_adverbs`), or "" when there is none."""
    j = before_adverbs(lows, i, w)
    if j >= 0 and (lows[j] in w["future"] or contracted_will(lows[j])):
        return lows[j]
    if j > 0 and lows[j] == "ll" and lows[j - 1] in w["ll_subjects"]:
        return f"{lows[j - 1]} ll"                  # "He ‘ll be", its mark set off
    return ""


def _ahead_aux(low: str, w) -> bool:
    """A future auxiliary or a modal ("will", "he'll", "would")."""
    return low in w["future"] or low in w["modal"] or contracted_will(low)


def _noun_like(seq: list[str], lows: list[str], k: int, w) -> bool:
    """Could token k end a noun phrase (so that `that` after it is a relative
    pronoun: "a party that scored")? Not a verb, a preposition or a function word."""
    low = lows[k]
    return (seq[k][0].isalpha() and low not in cue_words() and low not in w["determiners"]
            and low not in w["event_prepositions"] and low not in w["target_prepositions"]
            and low not in w["conjunctions"] and low not in w["clause_breaks"] and low != "of"
            and not low.endswith("ed") and cue(seq, lows, k, w) is None)


def _prospective(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Is token i a forward-looking word ("scheduled", "due")? Not `due to`
    before a noun: that is "because of" ("given up due to the massacre on
    June 12")."""
    if i >= len(seq) or lows[i] not in w["prospective"]:
        return False
    if lows[i] == "due" and i + 2 < len(seq) and lows[i + 1] == "to":
        return seq[i + 2][0].islower() and lows[i + 2] not in w["to_not_infinitive"]
    if lows[i] in w["moved_ahead"]:                 # "pushed back to June"; not "pushed out of the talks"
        return i + 1 < len(seq) and lows[i + 1] in w["ahead_particles"]
    return True


def _perfect(seq: list[str], lows: list[str], i: int, w) -> Tense | None:
    """`has`/`have`/`had` (+ an adverb) + a participle: a perfect, told as
    done ("has cut jobs since March", "had not met"); `has been` + a
    prospective word ("has been scheduled") and `have to` are not."""
    j = i + 1
    if j < len(seq) and (lows[j] in w["perfect_adverbs"] or lows[j].endswith("ly")):
        j += 1
    if j >= len(seq) or lows[j] == "to":
        return None
    if not seq[j][0].islower():
        return _possession(lows, i, w)
    nxt = lows[j]
    if nxt == "been":
        after = lows[j + 1] if j + 1 < len(seq) else ""
        if _prospective(seq, lows, j + 1, w):
            return tense_of(UNKNOWN, marker=f"{lows[i]} been {after}")
        return tense_of(PAST, marker=f"{lows[i]} been")
    if nxt in w["prospective"]:
        return tense_of(UNKNOWN, marker=f"{lows[i]} {nxt}")   # "has extended the offer until May"
    if nxt in w["participles"] or nxt in w["irregular"] or (
            len(nxt) >= 4 and nxt.endswith("ed") and nxt not in w["not_past"]):
        return tense_of(PAST, marker=f"{lows[i]} {nxt}")
    return _possession(lows, i, w)


def _possession(lows: list[str], i: int, w) -> Tense | None:
    """`has`/`have` with an object ("Republicans have 24 seats up in
    November"): a present verb, no time; after a modal, `will` or `to` it
    says nothing ("would have a vote", "will have a say")."""
    prev = lows[i - 1] if i > 0 else ""
    if lows[i] in w["past"] or prev in w["modal"] or prev in w["future"] or prev == "to" \
            or contracted_will(prev):
        return None
    return tense_of(UNKNOWN, marker=lows[i])
