"""Phrases and clauses around a date that the clause reading in
`lint.analysis.tense` consults before (or instead of) the nearest verb.

- a comparison baseline ("40 percent, down six points from March", "up from
  3.5 percent in August", "compared with 12 pct in May") is a measure
  already taken, so its date is past whatever the clause's verb;
- a `when` or `in which` clause right after the date tells what happened
  then (`relative_after`);
- a phrase opening the sentence ("After taking office in January, he
  signed") takes its main verb (`opens`, `fronted_participle`);
- a participle clause takes its main clause's verb, before it or after its
  closing comma (`main_verb`, `verb_after_comma`);
- a perfect before `by`/`through` is done by the date (`done_by`), and so is
  a negated past before `until` (`negated`) and a past tally through dated
  events (`tallied_through`);
- a past verb after `when`/`if` under `would` is backshifted or supposed,
  not done ("would be the theme when the UK took over in July":
  `backshifted`); an event noun after `looming` or `planned` is ahead or a
  plan ("the looming showdown in July": `modified_ahead`); a verb inside an
  aside closed by a comma before the date is not the date's
  ("Bono, who formed U2 in 1977, begin a tour on 28 March": `in_aside`),
  nor is the verb of a free relative ("will play in what has been dubbed
  Europe's biggest tent on June 14": `free_relative`);
- a date in a phrase nested inside the subject ("Several of the contenders
  at the Oscars on Feb. 9 were not nominated") dates that phrase's noun,
  not the subject's verb (`nested_in_subject`).

All read the clause's tokens (`seq`, lowered in `lows`) and, for each,
whether a comma stands before it (`commas`). The word lists live in
`lint/data/tense.yaml`.
"""
from __future__ import annotations

from .verb_group import FUTURE, PAST, UNKNOWN, Tense, copulas, cue, cue_words, nonfinite, tense_of

MAX_FORWARD = 8    # tokens read after the date when nothing before it decides
GOVERN_REACH = 8   # words a preposition may stand before the date and still govern it
REPORTED_SUBJECT = 5   # words a reported clause's subject may take (`reported_present`)
PERFECT_REACH = 5  # words a perfect may stand before `by`/`through` and still be done by the date
LEVEL_OF = " of"   # `baseline`'s marker for a level of the date is its noun and this ("peak of")


def level_noun(marker: str) -> str:
    """The noun of `baseline`'s marker for a level of the date ("peak of"
    -> "peak"); of any other marker, its text less as many characters."""
    return marker[:-len(LEVEL_OF)]


def _amount(low: str, w) -> bool:
    """A piece of an amount: "six", "3" (of "3.5"), "points", "percent"."""
    return low.isdigit() or low in w["amount_words"]


def baseline(lows: list[str], commas: list[bool], n: int, w) -> Tense | None:
    """Past when the date after lows[:n] dates a comparison baseline.

    `from` is a baseline after `up`/`down`/`higher`/`lower` (and an amount:
    "down two points from March"), when that word follows a copula, an
    amount or a comma ("is up from", "38 percent, up from"; not "fares go up
    from April": a start), or after `to` + an amount and a comma ("to 44
    percent, from 54 percent in July"). A date after an amount and `in`/`on`
    ("from 54 percent in July") dates the amount. `compared with`/`to` and
    `than in` are baselines too. lows[n] (if any) is the word after the
    date; commas[i] tells whether a comma stands before lows[i]. A level
    of the date ("back to the level of February", "the lows of late
    February": `level_nouns`) is a baseline whatever the verb (qa110 #10).
    """
    i = n - 1
    if i >= 2 and lows[i] == "of" and lows[i - 1] in w["level_nouns"] and (
            lows[i - 2] in w["determiners"] or lows[i - 2].endswith(("'s", "’s"))):
        return tense_of(PAST, marker=f"{lows[i - 1]}{LEVEL_OF}")
    if i >= 1 and lows[i] in ("in", "on", "at"):
        j = i - 1
        while j >= 0 and _amount(lows[j], w):
            j -= 1
        if j == i - 1:
            return None              # "from Boston in August": no amount
        i = j
    elif i >= 0 and lows[i] in w["determiners"]:     # "from the March poll"
        i -= 1
    if i < 1:
        return None
    if lows[i] in ("with", "to") and lows[i - 1] == "compared":
        return tense_of(PAST, marker=f"compared {lows[i]}")
    if lows[i] != "from":
        return None
    k = i - 1
    while k >= 0 and _amount(lows[k], w):
        k -= 1
    if k >= 0 and lows[k] in w["comparatives"] and (
            commas[k] or k == 0 or lows[k - 1] in copulas() or _amount(lows[k - 1], w)):
        return tense_of(PAST, marker=f"{lows[k]} ... from" if k < i - 1 else f"{lows[k]} from")
    if k < i - 1 and commas[i] and k >= 0 and lows[k] == "to":
        return tense_of(PAST, marker="to ..., from")    # "falling to 44 percent, from 54 percent in July"
    return None


def fronted_participle(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Does the -ing form lows[i] open a phrase before the main clause, after
    one of `participle_openers` ("After taking office", "Days after
    signing", "While visiting Paris")?"""
    return 0 < i <= GOVERN_REACH and lows[i - 1] in w["participle_openers"] and all(
        cue(seq, lows, j, w) is None for j in range(i - 1))


def participle_adjunct(seq: list[str], lows: list[str], i: int, n: int, commas: list[bool], w) -> bool:
    """Is the date the time of the reporting verb lows[i] used as a
    participle ("measures announced in November will take effect")? Only a
    preposition and determiners stand between them, and a verb follows the
    date straight away, or commas set the participle phrase off ("the
    decision, announced on June 5, to cut jobs"): no subject of a reported
    clause ("said on April 30 it will redeem")."""
    if not leads_to(lows, i + 1, n, w) or n >= len(seq):
        return False
    if commas[i] and commas[n]:
        return True                  # "the decision, announced on June 5, to cut jobs": set off
    return not commas[n] and cue(seq, lows, n, w) is not None


def reported_present(seq: list[str], lows: list[str], i: int, n: int, w) -> Tense | None:
    """The bare present verb of a plan (`reported_present` in
    lint/data/tense.yaml) heading the clause that the reporting verb lows[i]
    reports, after its subject and before the date at n: "said crews begin
    Dec. 8", "said the cuts take effect Dec. 8". The plan is told, not done:
    no tense, as for "said work begins Dec. 8". Not after a determiner, a
    possessive, a number or a preposition ("said the 5-4 vote on June 9",
    "said the project's end"), nor `to`, a modal or a copula."""
    for j in range(i + 2, min(n, i + 2 + REPORTED_SUBJECT)):
        low, prev = lows[j], lows[j - 1]
        if low in w["reported_present"] and seq[j][0].islower() and not (
                prev in w["determiners"] or prev in w["modal"] or prev in w["future"] or prev == "to"
                or prev in copulas() or prev.isdigit() or prev.endswith(("'s", "’s"))
                or prev in w["event_prepositions"] or prev in w["target_prepositions"]):
            return tense_of(UNKNOWN, marker=low, distance=n - 1 - j)
        if low in w["clause_breaks"] or cue(seq, lows, j, w) is not None:
            return None
    return None


def leads_to(lows: list[str], a: int, n: int, w) -> bool:
    """Are lows[a:n] a preposition and determiners only, leading the date at
    n onto the verb before a ("announced in November", "said at a May rally")?"""
    return a < n and lows[a] in w["event_prepositions"] and all(
        lows[j] in w["determiners"] for j in range(a + 1, n))


def opens(seq: list[str], lows: list[str], n: int, w) -> bool:
    """Does the date stand in a phrase opening the sentence (no verb before it)?"""
    return 0 < n <= GOVERN_REACH and all(cue(seq, lows, i, w) is None for i in range(n))


def relative_after(seq: list[str], lows: list[str], n: int, commas: list[bool], w) -> Tense | None:
    """A relative clause right after the date tells what happened then: "from
    Oct. 13, when Wall Street's plunge helped spark ...", "an op-ed in May, in
    which she called ..." (not a bare `which`: "payment date March 9, which
    was quoted" tells of the bond). Its verb decides when
    it is past or future; a present or modal one leaves the date to its own
    clause ("until June 5, when the session ends")."""
    j = n
    if j + 1 < len(seq) and commas[j] and lows[j] in w["event_prepositions"] and lows[j + 1] == "which":
        j += 1
    elif j >= len(seq) or lows[j] != "when":
        return None
    bare = None          # a past form with no auxiliary: maybe a participle of the subject
    for i in range(j + 1, min(len(seq), j + 1 + MAX_FORWARD)):
        if lows[i] in w["clause_breaks"]:
            break
        tense = cue(seq, lows, i, w)
        if tense is None or tense.marker == "to":
            continue
        if nonfinite(tense, lows[i]):
            if bare is None:
                return None          # "when foreigners holding bonds ...": its subject goes on
            break                    # "in which she called for getting ...": `called` told it
        if tense.marker == lows[i] and (lows[i] not in cue_words() or lows[i] in w["irregular"]):
            bare = bare or tense     # "when bonds issued abroad may convert": `may` decides
            continue
        bare = tense
        break
    if bare is None or bare.tense == UNKNOWN:
        return None
    return after_date(tense_of(bare.tense, bare.planned, f"{lows[j]} ... {bare.marker}"))


def main_verb(seq: list[str], lows: list[str], i: int, w) -> Tense | None:
    """The first finite verb group among seq[:i]: the main clause that a
    participle clause after it hangs on."""
    for j in range(i):
        tense = cue(seq, lows, j, w)
        if tense is not None and tense.marker != "to" and not nonfinite(tense, lows[j]):
            return tense
    return None


def verb_after_comma(seq: list[str], lows: list[str], n: int, commas: list[bool], w) -> Tense | None:
    """The verb right after the comma that closes a participle clause set off
    after its subject ("Comey, announcing on July 5 that ..., called her
    careless"); None unless the first word after that comma is a finite verb."""
    j = next((k for k in range(n + 1, len(seq)) if commas[k]), None)
    if j is None:
        return None
    tense = cue(seq, lows, j, w)
    return tense if tense is not None and tense.marker != "to" and not nonfinite(tense, lows[j]) else None


def after_date(tense: Tense) -> Tense:
    """The cue found after the date. (Through `tense_of`, the shared values:
    `dataclasses.replace` introspects the fields on every call, and a frozen
    dataclass's own `__init__` sets each field through `object.__setattr__`.)"""
    return tense_of(tense.tense, tense.planned, tense.marker, tense.distance, True, tense.period)


def negated(lows: list[str], a: int, b: int, w) -> bool:
    """Is the past verb group lows[a:b] negated ("did not respond", "It was
    not") with no forward-looking word ("was not expected until June": a plan)?"""
    words_ = lows[a:b]
    return any(x in ("not", "never") or x.endswith(("n't", "n’t")) for x in words_) and not any(
        x in w["prospective"] for x in words_)


def done_by(lows: list[str], found: tuple[Tense, int], i: int, w) -> bool:
    """Does the perfect found before the target preposition lows[i] tell what
    was done by the date ("had already doubled by October", "has raised $3
    million through June")? Its participle stands at most `PERFECT_REACH`
    words before the preposition, not in a supposition ("if they have not
    made progress by March 30"), and no target noun leads to the date
    ("for arrival by April 30")."""
    tense, v = found
    if tense.tense != PAST or lows[i] not in w["perfect_reach"] or i - v > PERFECT_REACH \
            or lows[i - 1] in w["target_nouns"] or tense.marker != lows[v]:
        return False
    k = v - 1
    while k > 0 and (lows[k] in w["perfect_adverbs"] or lows[k].endswith("ly")):
        k -= 1
    if k < 0 or not (lows[k] in w["perfect"] or lows[k] == "had"):
        return False                                 # (not "had been closed through April": a plan)
    while k > 0 and lows[k - 1] not in w["clause_breaks"]:
        k -= 1
    return k == 0 or lows[k - 1] not in w["hypothetical"]


def tallied_through(before: list[str], lows: list[str], found: tuple[Tense, int], i: int, w) -> bool:
    """Is the date after `through` lows[i] the last of the events a past tally
    counts ("won more than 77 percent of the vote through the May 10
    contests")? A simple past, an amount between it and `through`, and the
    date naming plural events after a determiner ("the May 10 contests");
    not a deadline ("ran through June 10", "extended the ban through the
    June 10 vote": no amount)."""
    tense, v = found
    last = len(before) - 1
    if tense.tense != PAST or tense.planned or lows[i] not in ("through", "thru") or last != i + 1 \
            or lows[last] not in w["determiners"] or len(lows) <= last + 1:
        return False
    noun = lows[last + 1]
    return noun.endswith("s") and noun not in w["period_nouns"] and any(
        lows[j].isdigit() or (lows[j] in w["amount_words"] and lows[j] not in ("a", "an"))
        for j in range(v + 1, i))


BACKSHIFT_REACH = 6   # words from `when`/`if` to its past verb


def backshifted(seq: list[str], lows: list[str], i: int, n: int, w) -> Tense | None:
    """UNKNOWN when the past verb lows[i] (before the date at n) opens on
    `when`, `if` and the like under a modal before it ("would be the key
    theme when the UK took over ... in July": the sequence of tenses for
    "will be ... when it takes over"), or, after `if`/`unless`, with a modal
    after the date ("If he won on Nov. 8, ties would improve"): no event told
    as done. Not a narrative `would` ("would later say"); None otherwise."""
    k = next((j for j in range(i - 1, max(-1, i - 1 - BACKSHIFT_REACH), -1)
              if lows[j] in w["backshift_openers"]), None)
    if k is None or k + 1 < len(seq) and lows[k + 1] in w["determiners"] and k + 2 == i:
        return None                  # (not "after the vote ended": a noun after `after`)
    if any(cue(seq, lows, j, w) is not None for j in range(k + 1, i)):
        return None                  # its own verb group comes first: "when it had been ..."
    for j in range(k - 1, -1, -1):
        if cue(seq, lows, j, w) is None:
            continue
        # the verb group of the nearest cue: "would fare", "would be", "could well be"
        modal = next((m for m in range(j, max(-1, j - 3), -1) if lows[m] in w["backshift_modals"]), None)
        if modal is not None and lows[modal + 1] not in w["narrative_after_modal"]:
            return tense_of(UNKNOWN, marker=f"{lows[modal]} ... {lows[k]} {lows[i]}")
        break
    if lows[k] in w["hypothetical"]:
        for j in range(n, min(len(seq), n + MAX_FORWARD + 4)):
            if lows[j] in w["backshift_modals"]:
                return tense_of(UNKNOWN, marker=f"{lows[k]} {lows[i]} ... {lows[j]}")
    return None


def looked_forward(lows: list[str], n: int, w) -> Tense | None:
    """UNKNOWN for a date after "looking forward to (the)": "was looking
    forward to the July 4 parade" names an event still to come."""
    k = n - 1
    while k >= 0 and lows[k] in w["determiners"]:
        k -= 1
    if k >= 2 and lows[k] == "to" and lows[k - 1] == "forward" and lows[k - 2].startswith("look"):
        return tense_of(UNKNOWN, marker=f"{lows[k - 2]} forward to")
    return None


def modified_ahead(seq: list[str], lows: list[str], n: int, w) -> Tense | None:
    """The date after an event noun that a forward-looking word modifies:
    "the looming showdown in July" (FUTURE), "the planned merger on July 4",
    "his proposed cuts in July" (UNKNOWN: a plan). The word follows a
    determiner or a possessive, and at most three nouns and a preposition
    stand between it and the date."""
    k = n - 1
    while k >= 0 and lows[k] in w["determiners"]:
        k -= 1
    if k < 2 or lows[k] not in w["event_prepositions"]:
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        low = lows[j]
        if low in w["ahead_modifiers"] or low in w["plan_modifiers"]:
            if j == k - 1 or not (j == 0 or lows[j - 1] in w["determiners"] or lows[j - 1].endswith(("'s", "’s"))):
                return None          # (no noun after it, or no determiner: "was planned in July")
            return tense_of(FUTURE if low in w["ahead_modifiers"] else UNKNOWN, marker=low)
        if cue(seq, lows, j, w) is not None or low in w["clause_breaks"] or not seq[j][0].isalpha():
            return None
    return None


def in_aside(seq: list[str], lows: list[str], commas: list[bool], i: int, n: int, w) -> bool:
    """Is the cue lows[i] inside an aside that a comma closes before the date
    at n: a relative clause (", who formed U2 in 1977,") or a participle
    (", founded in 1998,")? Then the clause of the date is the one after it."""
    if not any(commas[i + 1:n]):
        return False
    for j in range(i, -1, -1):
        if commas[j]:
            return lows[j] in ("who", "which", "whose") or (
                j == i and seq[i][0].islower() and lows[i].endswith(("ed", "en")))   # ", founded in"
    return False


AUXILIARIES = frozenset(("has", "have", "had", "been", "was", "were", "is", "are", "be", "being"))


def free_relative(lows: list[str], i: int, w) -> int | None:
    """The index of the preposition before `what` when the cue lows[i] is the
    verb of a free relative that names a place or a thing ("will play in what
    has been dubbed Europe's biggest tent on June 14"): the date's verb is
    the one before that preposition. None otherwise."""
    j = i - 1
    while j >= 0 and (lows[j] in AUXILIARIES or lows[j].endswith("ly")):
        j -= 1
    if j >= 1 and lows[j] == "what" and (lows[j - 1] in w["event_prepositions"]
                                         or lows[j - 1] in ("of", "to", "for", "into", "with")):
        return j - 1
    return None


# Prepositions that open a place or event phrase a date's own phrase may hang
# on ("at the Oscars on Feb. 9"); not `of`, `by` or `for`, whose phrase the date
# usually shares with the head noun ("A survey by the group in March found").
_NESTING = frozenset(("at", "in", "on", "during", "among", "against", "with"))
_OTHER_PREPOSITIONS = frozenset(("of", "by", "for", "from", "to", "about", "over", "after",
                                 "before", "into", "under", "through"))
NESTED_REACH = 5   # words at most from the outer preposition to the date's own


def nested_in_subject(seq: list[str], lows: list[str], n: int, commas: list[bool], w) -> bool:
    """The date after lows[:n] stands in a phrase nested inside the clause's
    subject and the finite verb follows right after it: "Several of the
    contenders for best picture at the Oscars on Feb. 9 were not nominated".
    The verb tells of the subject's head ("contenders"), the date of the
    nested noun ("the Oscars"), so the date is not judged. Kept narrow: no
    verb and no comma before the date, the date's own preposition right
    before it, a place or event preposition (`_NESTING`) a few words before
    that ("Shipments of steel in June rose" is still read), and a word before it.
    The nested phrase names its noun ("the Oscars", "the Super Bowl"): a common
    noun there is mostly a place, which has no date of its own, so "A fire at
    the plant on June 9 killed two" is the fire's date and still read."""
    p = n - 1
    if p < 3 or n >= len(seq) or lows[p] not in w["event_prepositions"] or any(commas[1:n + 1]):
        return False
    if cue(seq, lows, n, w) is None or any(cue(seq, lows, i, w) is not None for i in range(n)):
        return False
    j = next((i for i in range(p - 1, 0, -1)
              if lows[i] in _NESTING or lows[i] in _OTHER_PREPOSITIONS), 0)
    return j > 0 and lows[j] in _NESTING and 2 <= p - j <= NESTED_REACH \
        and any(seq[k][:1].isupper() for k in range(j + 1, p))

