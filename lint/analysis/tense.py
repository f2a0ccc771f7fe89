"""Light tense heuristics for the clause around a date mention.

A full parser is too slow for 300 articles a second and overkill for the one
question the date checks ask: is the event at this date told as done (past),
as coming (future), or neither? The nearest cue before the date in its
sentence usually answers it ("commitment made ... on June 16", "will meet at
the end of September"); when there is none, the first cue after it does
("After their June meeting, the US and Russia issued ..."). The word lists
live in `lint/data/tense.yaml` so a newsroom can extend them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
import yaml

PAST, FUTURE, UNKNOWN = "past", "future", "unknown"
REACH = 160       # characters read either side of a date (a long sentence is cut)
MAX_FORWARD = 8    # tokens read after the date when nothing before it decides
GOVERN_REACH = 8   # words a preposition may stand before the date and still govern it

QUOTE = regex.compile(r"[\"“”—(]|--")      # ends the clause read after a date
WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*|\d+")
# Where a sentence ends: a stop, `!`, `?` or `;` (plus closing quotes) and
# space, or a stop glued to a capitalised word ("Baklitskiy.After"). A stop
# after a capital initial or a short abbreviation does not end a sentence.
SENTENCE_END = regex.compile(
    r"""(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Co
              |Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur
              |Thurs|Fri|Sat|Sun))
        (?:[.!?;]["”’)\]]*\s+|[.!?](?=\p{Lu}\p{Ll}))
""",
    regex.VERBOSE)


@dataclass(frozen=True)
class Tense:
    """What the clause says about the time of the event.

    `planned` marks a future seen from the past ("were to travel", "was to
    meet"): the date was ahead when it was planned, which says nothing about
    whether it is ahead of the publication date. `marker` is the cue word.
    """

    tense: str
    planned: bool = False
    marker: str = ""
    distance: int = 0          # words between the cue and the date, when the cue is before it
    ahead: bool = False        # the cue comes after the date


NO_CUE = Tense(UNKNOWN)
# Tenses are values: the few distinct ones are made once and shared.
_tense = lru_cache(maxsize=1024)(Tense)


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    """The word lists of `lint/data/tense.yaml`, as sets (loaded once)."""
    text = (Path(__file__).resolve().parent.parent / "data" / "tense.yaml").read_text(encoding="utf-8")
    return {key: frozenset(str(w).lower() for w in values)
            for key, values in yaml.safe_load(text).items()}


@lru_cache(maxsize=None)
def _cue_words() -> frozenset[str]:
    """Every word `_cue` reads as a cue on its own (a past form in -ed aside):
    any other word is no cue, which spares the list-by-list tests for most words."""
    w = words()
    return frozenset().union(*(w[k] for k in ("future", "modal", "past", "present", "prospective",
                                             "habitual", "schedule_verbs", "irregular", "perfect",
                                             "bare_past", "participles")),
                             ("to", "be"))


@lru_cache(maxsize=None)
def _en_participles() -> frozenset[str]:
    """Participles that are no past form ("polls taken in December"): read
    like an -ed form after a noun. Those equal to the base form are left out."""
    w = words()
    return w["participles"] - w["bare_past"] - {"been", "had", "come", "become", "run", "set",
                                                "read", "won", "done", "gone"}


@lru_cache(maxsize=None)
def _copulas() -> frozenset[str]:
    return words()["copula_past"] | words()["copula_present"]


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start in a part's text (always begins with 0)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def clause_tense(text: str, start: int, end: int, bounds: list[int]) -> Tense:
    """The tense of the clause around text[start:end] (a date mention)."""
    k = bisect.bisect_right(bounds, start) - 1
    s_start = bounds[k] if k >= 0 else 0
    s_end = bounds[k + 1] if k + 1 < len(bounds) else len(text)
    s_start, s_end = max(s_start, start - REACH), min(s_end, end + REACH)
    quote = QUOTE.search(text, end, s_end)          # a quote ends the clause ...
    # ... and begins one: a mark, or two apostrophes or backticks ('' ``) as
    # in wire archives.
    opening = s_start
    for q in ('"', "“", "”", "''", "``"):
        at = text.rfind(q, s_start, start)
        if at >= 0:
            opening = max(opening, at + len(q))
    before = WORD.findall(text, opening, start)
    after = WORD.findall(text, end, quote.start() if quote else s_end)[:MAX_FORWARD]
    # Every test reads tokens lowercased: lower them once.
    seq = before + after
    lows = [t.lower() for t in seq]
    n = len(before)
    w = words()
    prep = _governing(before, lows, w)
    if prep is not None:
        if prep.tense == UNKNOWN and n and lows[0] == prep.marker and prep.marker in w["lasting_targets"]:
            # "Through the end of September, O'Malley had raised $3.2 million":
            # a target phrase opening the sentence; its main verb tells.
            ahead = _forward(seq, lows, n, w)
            if ahead is not None and ahead.tense != UNKNOWN:
                return _ahead(ahead)
        return prep
    found = _backward(seq[:n + 1], lows[:n + 1], n, w)
    if found is not None:
        tense, index = found
        if tense.marker in w["reporting"]:
            # "said the vote on June 16 will be close", "said April 10 is the
            # redemption date": the reported clause decides when it has a cue.
            ahead = _forward(seq, lows, n, w)
            if ahead is not None:
                return _ahead(ahead)
        return Tense(tense.tense, tense.planned, tense.marker, n - 1 - index)
    fronted = 0 < n <= 6 and (lows[0] in w["event_prepositions"] or lows[0] in w["past_prepositions"]
                              or lows[0] == "back")
    ahead = _forward(seq, lows, n, w, fronted)
    return _ahead(ahead) if ahead is not None else NO_CUE


def _ahead(tense: Tense) -> Tense:
    """The cue found after the date."""
    return Tense(tense.tense, tense.planned, tense.marker, tense.distance, True)


def _governing(before: list[str], lows: list[str], w) -> Tense | None:
    """A preposition that decides alone, within a few words before the date and
    with no verb between: "since June" (past), "until June", "before the Iowa
    caucuses Feb. 1" (a target or a scheduled event, not the time of the event).
    `lows` holds the tokens lowercased (and may go on past `before`)."""
    last = len(before) - 1
    if last < 0:
        return None
    if lows[last] in _copulas():
        return _tense(UNKNOWN, marker=before[-1])     # "the deadline was April 15": a plan named
    if before[-1].isdigit() or lows[last] in w["period_nouns"] or lows[last] in w["instrument_words"]:
        return _tense(UNKNOWN, marker=before[-1])     # "8.50 pct June 1997 stock", "year, March 31"
    for i in range(last, max(-1, last - GOVERN_REACH), -1):
        low = lows[i]
        cue = _cue(before, lows, i, w)
        if cue is not None:
            if _nonfinite(cue, low):
                continue                             # "Since clinching the nomination in June"
            return None
        if i == last or not before[i + 1][0].isupper():   # "to Brussels on Thursday": a place
            if low in w["past_prepositions"]:
                # "since early August", "Since clinching the nomination in June";
                # not "since last year's boom around the May elections".
                return _tense(PAST, marker=low) if last - i <= 2 or i == 0 else None
            if low in w["target_prepositions"] and _governs(lows, i, last, w):
                return _target(before, lows, i, w)
            if low == "of" and i > 0 and lows[i - 1] == "as":
                return _tense(UNKNOWN, marker=low)
        if low in w["clause_breaks"]:
            return None
    return None


def _nonfinite(tense: Tense, low: str) -> bool:
    """Is the cue an -ing form on its own ("states holding contests")? It
    names no time: the scans read past it to a finite verb."""
    return tense.marker == low and low.endswith("ing")


def _target(before: list[str], lows: list[str], i: int, w) -> Tense:
    """A target preposition lows[i] governs the date: the date is a deadline
    or a plan ("postponed until June", "gave SAS until March 31", "asked for
    comments by March 31"), even after a past verb; but in a clause told in
    the future the date is still to come ("will see the ad before the April
    24 primary")."""
    low = lows[i]
    found = _backward(before[:i], lows[:i], i, w) if i > 0 else None
    if found is not None and found[0].tense == FUTURE and not found[0].planned \
            and low in w["lasting_targets"]:
        return _tense(FUTURE, marker=f"{found[0].marker} ... {low}")
    return _tense(UNKNOWN, marker=low)


def _governs(lows: list[str], i: int, last: int, w) -> bool:
    """Does the target preposition lows[i] govern the date after lows[last]?
    Right before it, always; the `adjacent_only` ones never from further
    back; `to`, `for`, `as` and `by` from further back only through a target
    noun ("for resale on April 2", "to the end of June"), not in "agreed to the
    transaction in August" or "for instance, a judge in October"."""
    low = lows[i]
    if i == last:
        return True
    if low in w["adjacent_only"]:
        return False
    if low in w["weak_targets"]:          # a target noun between it and the date
        return any(lows[j] in w["target_nouns"] for j in range(i + 1, last + 1))
    return True


def _backward(seq: list[str], lows: list[str], n: int, w) -> tuple[Tense, int] | None:
    """The nearest cue among the n tokens before the date (seq may hold one
    more: the word after the date), with its token index, or None."""
    for i in range(n - 1, -1, -1):
        tense = _cue(seq, lows, i, w)
        if tense is not None:
            if tense.tense == PAST and tense.marker == lows[i] and _looks_ahead(seq, lows, i, w):
                return _tense(UNKNOWN, marker=tense.marker), i
            if (tense.marker == "to" or _nonfinite(tense, lows[i])) and i > 0:
                # "will work hard to win voters in November", "will start voting
                # in June", "began to change in October": an infinitive or an
                # -ing form takes the tense of a future or an aspectual verb it
                # hangs on ("agreed to meet", "states holding contests": not told).
                if lows[i - 1] in w["aspectual"]:
                    return _tense(PAST, marker=f"{lows[i - 1]} {lows[i]}"), i
                found = _backward(seq, lows, i, w)
                if found is not None and found[0].tense == FUTURE and not found[0].planned:
                    return _tense(FUTURE, marker=f"{found[0].marker} ... {lows[i]}"), i
            return tense, i
        if lows[i] in w["clause_breaks"]:
            return None
    return None


def _looks_ahead(seq: list[str], lows: list[str], i: int, w) -> bool:
    """A bare past form after a future, a modal or an infinitive in its clause
    ("must repurchase securities pledged on April 22") is a participle of a
    clause that is not told as done."""
    for j in range(i - 1, -1, -1):
        if lows[j] in w["clause_breaks"]:
            return False
        tense = _cue(seq, lows, j, w)
        if tense is not None and not _nonfinite(tense, lows[j]):
            return (tense.tense == FUTURE or tense.marker in w["modal"] or tense.marker == "to"
                    or tense.marker in w["habitual"])
    return False


def _forward(seq: list[str], lows: list[str], n: int, w, fronted: bool = False) -> Tense | None:
    """The first cue after the date (seq[n:]); an attribution ("..., officials
    said") is none, unless the date stands in a phrase that opens the
    sentence ("In a July 9 cable, Stevens reported ..."): then the reporting
    verb is the main verb."""
    for i in range(n, len(seq)):
        if lows[i].endswith("ing") and lows[i] not in _cue_words():
            continue                                 # "the acting legal adviser": no finite verb
        if lows[i] in w["reporting"] and fronted and lows[i] != "according" and seq[i][0].islower():
            return _tense(PAST, marker=lows[i]) if lows[i] in w["past_reporting"] else None
        if lows[i] in w["reporting"] or lows[i] in w["clause_breaks"]:
            return None
        tense = _cue(seq, lows, i, w)
        if tense is not None:
            return tense
    return None


def _cue(seq: list[str], lows: list[str], i: int, w) -> Tense | None:
    """What token seq[i] says about tense, looking at its neighbours; None: no
    cue. `lows` is seq lowercased; only seq's tokens are read."""
    low = lows[i]
    if low not in _cue_words() and not low.endswith(("ed", "ing", "'ll", "’ll")):
        return None
    tok = seq[i]
    n = len(seq)
    prev = lows[i - 1] if i > 0 else ""
    if low in w["future"] or low.endswith(("'ll", "’ll")):      # "he'll have the votes"
        return _tense(FUTURE, marker=low)
    if low == "to":
        nxt = seq[i + 1] if i + 1 < n else ""
        if not nxt or not nxt[0].islower() or lows[i + 1] in w["to_not_infinitive"]:
            return None
        if prev in w["copula_present"] or prev == "going":
            return _tense(FUTURE, marker=f"{prev} to")
        if prev in w["copula_past"]:
            return _tense(FUTURE, planned=True, marker=f"{prev} to")
        return _tense(UNKNOWN, marker="to")             # "agreed to meet": not told as done
    if low in w["modal"] and tok[0].islower():
        return _tense(UNKNOWN, marker=low)
    if low in w["perfect"]:
        return _perfect(seq, lows, i, w)
    if low in w["bare_past"]:
        nxt = lows[i + 1] if i + 1 < n else ""
        if tok[0].isupper() or i == 0 or prev in w["base_subjects"] or prev in w["determiners"] \
                or prev in w["modal"] or prev in w["future"] or prev.isdigit() or not seq[i - 1][0].isalpha() \
                or not nxt or nxt in w["bare_past_blockers"]:
            return None
        if prev in w["present"] or prev in w["copula_past"]:
            return _participle(seq, lows, i, low, w)     # "is being put in place": passive
        return _tense(PAST, marker=low)                 # "the company cut 200 jobs"
    if low.endswith("ing") and len(low) >= 6 and low not in w["not_verbs"] and tok[0].islower() \
            and prev not in w["determiners"] and not prev.endswith("'s"):
        if prev in w["aspectual"]:
            return _tense(PAST, marker=f"{prev} {low}")   # "began raising its stake in July"
        if prev not in w["past"] and prev not in w["present"] and prev not in w["perfect"]:
            return _tense(UNKNOWN, marker=low)           # "states holding contests on March 15"
    if low in w["past"] or low in w["present"]:
        nxt = lows[i + 1] if i + 1 < n else ""
        if nxt in w["prospective"]:
            if low == "be" and prev in w["future"]:
                return _tense(FUTURE, marker=f"{prev} be {nxt}")   # "will be payable Jan. 3"
            return _tense(UNKNOWN, marker=f"{low} {nxt}")   # "was scheduled", "is expected"
    if low in w["past"]:
        return _tense(PAST, marker=low)
    if low == "be":
        if prev in w["future"]:
            return _tense(FUTURE, marker=f"{prev} be")
        if prev == "to" and i >= 2 and lows[i - 2] in _copulas():    # "is to be in June"
            return _tense(FUTURE, planned=lows[i - 2] in w["copula_past"], marker=f"{lows[i - 2]} to be")
        return _tense(UNKNOWN, marker=low)
    if low in w["present"]:
        return _tense(UNKNOWN, marker=low)
    if low in w["prospective"] or low in w["habitual"]:
        if prev in w["determiners"]:
            return None                              # "the opening of a golf course"
        if prev == "be" and i >= 2 and lows[i - 2] in w["future"]:
            return _tense(FUTURE, marker=f"{lows[i - 2]} be {low}")   # "will be payable Jan. 3"
        return _tense(UNKNOWN, marker=low)
    if low in w["schedule_verbs"]:
        if prev in w["future"] or prev in w["modal"] or prev == "to" or prev in w["determiners"]:
            return None                              # "will resume on Monday": `will` decides
        return _tense(UNKNOWN, marker=low)
    if not tok[0].islower() and not (i == 0 and low in w["opening_participles"]):
        return None                                  # a name; but "Born May 24, 1917, in Newark"
    head, _, tail = low.rpartition("-")
    if head and head not in w["verb_prefixes"]:
        return None                                  # "city-owned", "op-ed": adjectives, nouns
    if low in w["irregular"] or low in _en_participles() or (
            len(tail) >= 5 and low.endswith("ed") and low not in w["not_past"]):
        return _participle(seq, lows, i, low, w)
    return None


def _participle(seq: list[str], lows: list[str], i: int, low: str, w) -> Tense | None:
    """A past form: simple past, or a participle whose auxiliary decides."""
    j = i - 1
    if j >= 0 and lows[j].endswith("ly"):   # "was quickly approved"
        j -= 1
    prev = lows[j] if j >= 0 else ""
    if prev in ("which", "who") or (prev == "that" and (i + 1 >= len(seq) or lows[i + 1] in w["event_prepositions"])):
        return _tense(PAST, marker=low)              # "emails that leaked in July"
    if prev in w["determiners"]:
        return None                                  # "the delayed vote": an adjective
    if prev in ("and", "or"):
        for k in range(j - 1, max(-1, j - 7), -1):   # "to be dated March 15 and delivered"
            if lows[k] in w["clause_breaks"]:
                break
            shared = _cue(seq, lows, k, w)
            if shared is not None:
                return shared
    if prev.rpartition("-")[2] in w["period_nouns"] or prev.isdigit():   # "fiscal 1985/86 ended March 31"
        return _tense(UNKNOWN, marker=f"{prev} {low}")  # "the year ended March 31": a label
    if prev in ("be", "been", "being"):
        k = j - 1
        while k >= 0 and (lows[k].endswith("ly") or lows[k] in w["perfect_adverbs"]):
            k -= 1                                   # "will almost certainly be decided"
        j = k + 1
        prev2 = lows[k] if k >= 0 else ""
        if prev2 in w["future"]:
            return _tense(FUTURE, marker=f"{prev2} be {low}")
        if j >= 2 and lows[j - 2] in w["modal"]:
            return _tense(UNKNOWN, marker=f"{lows[j - 2]} {prev2} been {low}")
        if prev2 in w["perfect"] or prev2 in w["past"]:
            return _tense(PAST, marker=f"{prev2} been {low}")
        return _tense(UNKNOWN, marker=low)
    if prev in w["present"]:
        return _tense(UNKNOWN, marker=f"{prev} {low}")
    return _tense(PAST, marker=low)


def _perfect(seq: list[str], lows: list[str], i: int, w) -> Tense | None:
    """`has`/`have`/`had` (+ an adverb) + a participle: a perfect, told as
    done ("has cut jobs since March", "had not met"); `has been` + a
    prospective word ("has been scheduled") and `have to` are not."""
    j = i + 1
    if j < len(seq) and (lows[j] in w["perfect_adverbs"] or lows[j].endswith("ly")):
        j += 1
    if j >= len(seq) or not seq[j][0].islower():
        return None
    nxt = lows[j]
    if nxt == "been":
        after = lows[j + 1] if j + 1 < len(seq) else ""
        if after in w["prospective"]:
            return _tense(UNKNOWN, marker=f"{lows[i]} been {after}")
        return _tense(PAST, marker=f"{lows[i]} been")
    if nxt in w["prospective"]:
        return _tense(UNKNOWN, marker=f"{lows[i]} {nxt}")   # "has extended the offer until May"
    if nxt in w["participles"] or nxt in w["irregular"] or (
            len(nxt) >= 5 and nxt.endswith("ed") and nxt not in w["not_past"]):
        return _tense(PAST, marker=f"{lows[i]} {nxt}")
    return None
