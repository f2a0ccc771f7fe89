"""Which clause a verb found near a date belongs to, for the clause reading
in `lint.analysis.tense`: the main clause, a modifier of the subject, or a
condition.

- A relative clause on the subject ("Residents who lost power get refunds
  on March 31") or a participle phrase on it, a reduced relative
  ("Residents displaced by the fire return home June 5", "Ballots received
  on June 5 will be counted"), is no main clause: its verb dates a date
  inside it, not one after the main verb (`subject_modifier`,
  `main_verb_after`, `after_main_verb`). A participle has no tense of its
  own: its date takes the main verb's time only when that is past.
- A clause under `whether`, `if` or `unless` tells no event, so a
  participle of result set off after it ("were anxious about whether the
  firm will keep the models, causing a drop in sales") hangs on the main
  clause before it (`under_condition`).

All read the clause's tokens (`seq`, lowered in `lows`), whether a comma
stands before each (`commas`), and the word lists of lint/data/tense.yaml
(`w`). Nothing here reads the text again.
"""
from __future__ import annotations

from functools import lru_cache

from .verb_group import PAST, UNKNOWN, Tense, cue, ly_adverb, words

SUBJECT_REACH = 4     # words the subject's noun phrase may take before its modifier
RELATIVE_REACH = 3    # words from `who`/`which`/`that` to the relative clause's verb
AFTER_DATE_REACH = 6  # words from the date to the main verb that follows it
RELATIVES = frozenset(("who", "which", "that"))
AUXILIARIES = frozenset(("has", "have", "had", "was", "were", "is", "are", "been", "being", "be"))
# After `by` and a determiner, a measure of a change, no passive's agent ("fell by a third",
# "rose by the most since 2020"); `amount_words` and figures count too.
MEASURES = frozenset(("third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
                      "most", "least", "further", "record", "margin"))


@lru_cache(maxsize=None)
def _prepositions() -> frozenset[str]:
    """Every preposition of lint/data/tense.yaml (`words()`, the lists `w` each caller passes), made once."""
    w = words()
    return w["subject_prepositions"] | w["event_prepositions"] | w["target_prepositions"]


def _subject(seq: list[str], lows: list[str], commas: list[bool], h: int, w) -> bool:
    """Do the words before seq[h] make a short noun phrase that opens the
    clause: at most `SUBJECT_REACH` words since the last comma, none a
    preposition but `of`, a conjunction or a word opening on a mark, no comma right before
    seq[h], ending on a noun (no determiner, pronoun or `of`)? Then seq[h]
    starts a modifier of the clause's subject. A phrase set off by a comma
    may come first ("In Texas, residents") only if no word from the
    sentence's start on is a verb or a clause word: "After the storm hit,
    residents who lost power" and even "After the storm, residents"
    (`after` is a clause word) are not read so (conservative: seq[h]
    then starts no modifier of the subject)."""
    if h < 1 or commas[h]:
        return False
    s = next((k for k in range(h - 1, 0, -1) if commas[k]), 0)
    if not 0 < h - s <= SUBJECT_REACH:
        return False
    preps = _prepositions() - {"of"}
    for k in range(h - 1, -1, -1):
        if cue(seq, lows, k, w) is not None or lows[k] in w["clause_breaks"]:
            return False                         # a verb before it: not the clause's subject
        if k >= s and (lows[k] in preps or lows[k] in w["conjunctions"] or not seq[k][0].isalnum()):
            return False
    last = lows[h - 1]
    return last not in w["determiners"] and last not in w["subject_pronouns"] and last not in ("of", "you")


def subject_modifier(seq: list[str], lows: list[str], commas: list[bool], i: int, found: Tense,
                     w) -> str | None:
    """"relative" when the cue `found` at seq[i] is the verb of a relative
    clause on the clause's subject ("Residents who lost power", "Firms who
    have invested"), "reduced" when it is a bare past form right after the
    subject's noun ("Ballots received", "Residents displaced"), else None.
    A reporting verb is neither: its reported clause is read elsewhere."""
    if lows[i] in w["reporting"] or not seq[i][0].islower():
        return None
    for h in range(i - 1, max(-1, i - 1 - RELATIVE_REACH), -1):
        if lows[h] in RELATIVES:
            return "relative" if _subject(seq, lows, commas, h, w) else None
        if not (lows[h] in AUXILIARIES or lows[h] in w["perfect_adverbs"] or ly_adverb(lows[h], w)):
            break                                # "who have invested", "who had long lost"
    if found.tense == PAST and found.marker == lows[i] and _subject(seq, lows, commas, i, w):
        return "reduced"
    return None


def main_verb_after(seq: list[str], lows: list[str], commas: list[bool], n: int, w) -> Tense | None:
    """The finite verb right after the date at seq[n] ("received on June 5
    will be counted"), or after a phrase of its own that a preposition
    opens ("on June 5 at polling stations will be counted"): the subject's
    main verb, so the date stands inside the subject's modifier. None when a
    comma, a conjunction, a clause word or a subject ("said on June 5 it
    will", "announced on June 5 the plant will") comes first."""
    preps = _prepositions()
    for j in range(n, min(len(seq), n + AFTER_DATE_REACH)):
        low = lows[j]
        if commas[j] or low in w["conjunctions"] or low in w["clause_breaks"] or low in w["subject_pronouns"]:
            return None
        found = cue(seq, lows, j, w)
        if j == n and low not in preps and found is None:
            return None                          # "announced on June 5 the plant will": a clause of its own
        if found is not None:
            return found if _finite(found, w) else None
    return None


def _finite(found: Tense, w) -> bool:
    """Is the cue a finite verb group: past or future, or headed by a modal,
    a present `be` or `have`, or a present verb of a plan or of saying ("is",
    "can", "expires")? Not an infinitive, an -ing form or a word of a plan
    alone ("scrapped June 10 due to rain": `due` is no verb)."""
    head = found.marker.split(" ", 1)[0]
    if found.marker == "to" or head.endswith("ing"):
        return False
    return found.tense != UNKNOWN or head in w["modal"] or head in w["copula_present"] \
        or head in w["perfect"] or head in w["schedule_verbs"] or head in w["present_reporting"]


def after_main_verb(seq: list[str], lows: list[str], commas: list[bool], i: int, n: int, kind: str,
                    w) -> bool:
    """Does the main verb stand between the subject's modifier, whose verb
    is seq[i] (`subject_modifier` gave `kind`), and the date at seq[n]?
    Only when the date ends its clause, so that no verb of the subject can
    follow it (`_ends_clause`), and the words between hold one: for a
    relative clause two words in a row, its own object or adverb and the
    main verb ("who lost power get refunds on"); for a participle, which
    could be the main verb itself, a preposition right after it (no
    object: "displaced by", "arrested during") and an agent after `by`
    ("displaced by the fire") or a verb of a plan after a noun ("in the
    program start classes", `reported_present`) with more than the date's
    own preposition after it (not "cashed in on the price fall on June 5")
    and, when bare, no preposition right after it (not "rallied after the
    market close in Tokyo": a noun as likely, qa115 #2; but "appears in
    court"). For a relative
    clause, one of those words follows a word of content (its object:
    "who lost power get refunds"), not a preposition or a determiner ("who
    lost power in the storm on": nouns alone, qa115 #4)."""
    if not _ends_clause(seq, lows, commas, n, w):
        return False
    preps = _prepositions()
    if kind == "relative":
        return any(_content(seq, lows, k, w) and _content(seq, lows, k - 1, w) for k in range(i + 2, n))
    if i + 2 >= n or lows[i + 1] not in preps:
        return False
    if lows[i + 1] == "by" and (seq[i + 2][0].isupper() or (
            lows[i + 2] in w["determiners"] and not _measure(seq, lows, i + 3, w))):
        return True                              # a passive's agent: "displaced by the fire"
    plan = w["reported_present"]
    return any(seq[k][0].islower() and _plan_verb(lows[k], plan) and _content(seq, lows, k - 1, w)
               and not (lows[k + 1] in preps and (k + 2 == n or lows[k] in plan)) for k in range(i + 3, n - 1))


def _measure(seq: list[str], lows: list[str], k: int, w) -> bool:
    """Does seq[k], after `by` and a determiner, measure a change ("by a
    third", "by the most", "by a 2-1 margin"): a figure, an amount word or
    one of `MEASURES`? Then `by` opens no agent."""
    return k < len(seq) and (seq[k][0].isdigit() or lows[k] in w["amount_words"] or lows[k] in MEASURES)


def _plan_verb(low: str, plan: frozenset[str]) -> bool:
    """A verb of a plan, bare or in -s ("start", "returns", "launches")."""
    return low in plan or (low.endswith("s") and (low[:-1] in plan or (low.endswith("es") and low[:-2] in plan)))


def _content(seq: list[str], lows: list[str], k: int, w) -> bool:
    """Is seq[k] a word of content (a noun or a verb): no preposition,
    determiner, conjunction, pronoun, amount or figure?"""
    low = lows[k]
    return seq[k][0].isalpha() and low not in _prepositions() and low not in w["determiners"] \
        and low not in w["conjunctions"] and low not in w["pronouns"] and low not in w["subject_pronouns"] \
        and low not in w["amount_words"] and low not in w["clause_breaks"]


def _ends_clause(seq: list[str], lows: list[str], commas: list[bool], n: int, w) -> bool:
    """Does the date at seq[n] end its clause: what follows it, up to a
    comma, a conjunction or a clause word, is nothing or phrases that
    prepositions open ("on March 31 in the form of credits"), each word of
    content after a preposition, a determiner, an amount or a `noun_modifiers`
    word (not "on March 31 get refunds": a verb may follow)?"""
    preps = _prepositions()
    for j in range(n, len(seq)):
        low = lows[j]
        if commas[j] or low in w["conjunctions"] or low in w["clause_breaks"]:
            return True
        if not _content(seq, lows, j, w) or seq[j][0].isupper():
            continue
        before = lows[j - 1] if j > n else ""
        if not (before in preps or before in w["determiners"] or before in w["amount_words"]
                or before in w["noun_modifiers"]):
            return False
    return True


def under_condition(seq: list[str], lows: list[str], f: int, w) -> bool:
    """Is the verb at seq[f] in a clause that `whether`, `if` or `unless`
    opens after a verb of its own ("were anxious about whether the firm
    will keep")? Such a clause tells no event, so a participle set off
    after it hangs on the main clause."""
    for k in range(f - 1, -1, -1):
        if lows[k] in w["hypothetical"]:
            return any(cue(seq, lows, j, w) is not None for j in range(k))
        if lows[k] in w["clause_breaks"] or cue(seq, lows, k, w) is not None:
            return False
    return False
