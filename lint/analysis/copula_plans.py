"""A copula right before a date: "the game was Dec. 12" tells an event held
then, while "the vote is Dec. 12", "the deadline was Dec. 12" and a plan
since changed ("The opening was originally Dec. 14 but is now Jan. 5")
name a date set, not an event held. `lint.analysis.tense` asks
`copula_tense` before any other word before the date; the word lists live
in `lint/data/tense.yaml` (`plan_subjects`, the `changed_plan_*` lists and
`subject_prepositions`).

Each sign of a plan must belong to the copula's own clause (fx123): its
plan noun to the copula's subject, its adverb to that subject or to the
clause's opening, its change to a clause after the date that goes on
telling of that subject (after a comma, or a dash, a parenthesis or a
semicolon that goes on with the sentence, as ", and" does: fx126, fx129;
or in the very next sentence, its subject the copula's as `it`, `they` or
its noun again: fx141),
and moving its day, not its place or hour (`plan_moves.moved_the_day`:
fx129); what may stand between the date and that change is read by
`plan_gaps.gap_words`. "After the deadline passed, the game was Dec. 12"
and "The game was Dec. 12, and the deadline for tickets was moved" tell a
game held.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .plan_gaps import (THE, contracted, gap_words, obliged_word, same_word, subject_stops,
                        unattributed, untimed)
from .verb_group import PAST, UNKNOWN, Tense, copulas, cue, nonfinite, tense_of, words

__all__ = ["copula_tense"]

_RELATIVES = ("which", "that", "who")       # "The launch, which was Dec. 9, ...": its antecedent
_OBJECTS = ("it", "them")                    # "before officials moved it": the subject's plan moved
_OPENING = 12                                # a next sentence's words read for its subject ("A week later, it")
# The words of a clause a dash, a parenthesis or a semicolon goes on with
# after the date's, or of the next sentence (tokens; for each, whether a
# comma stands before it; whether they open a sentence of their own; and the
# words told before the date's clause, from the sentence before it on).
More = Callable[[], "tuple[list[str], list[bool], bool, list[str]]"]


@lru_cache(maxsize=None)
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The entries of tense.yaml list `key` as tuples of lower-case words
    (`changed_plan_after` with the `called_off` verbs: `plan_moves.changes`)."""
    from .plan_moves import changes     # (this and `plan_voice`: a copula's date that is asked only)
    entries = changes() if key == "changed_plan_after" else words()[key]
    return tuple(tuple(entry.split()) for entry in entries)


def _subject(seq: list[str], lows: list[str], commas: list[bool], k: int, w) -> tuple[int, int]:
    """The copula lows[k]'s subject as a span [s, e) of token indexes, and so
    the aside lows[e:k] between them (", officials said,"). The subject runs
    back to a comma before a word, a word of `subject_stops` or a finite verb
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
    a word, a word of `subject_stops` or a finite verb."""
    stops = subject_stops()
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


def _head(lows: list[str], s: int, e: int, w) -> str:
    """The last word of the subject lows[s:e] before its first preposition
    ("The game" and "The game against Ohio": "game"), or "" when there is
    none."""
    end = next((i for i in range(s, e) if lows[i] in w["subject_prepositions"]), e)
    return lows[end - 1] if end > s and lows[end - 1] not in w["determiners"] else ""


def _changed_after(seq: list[str], lows: list[str], commas: list[bool], n: int, head: str, w,
                   plural: bool | None = None, sentence: bool = False) -> bool:
    """Do the words after the date (lows[n:]) tell that the plan moved, in a
    clause that goes on telling of the copula's subject, whose head noun is
    `head` (`_same_subject`), and not from another date ("was Dec. 12,
    postponed from Dec. 5": the date is the new one)? The change may take
    the subject as its object, as `it` or its noun again ("before officials
    moved it", "but officials postponed the game"), and must move the day
    (`moved_the_day`: not "moved to the gym", "delayed an hour"), and it did
    happen (`_missed`: not "but it was nearly scrapped", "never postponed");
    a thing made at its date (`made_nouns`: "The ruling was Dec. 12, but it
    was axed") was made then, whatever undid it after (qa69 #6, as
    `lint.kinds._called_off` reads them). A `changed_plan_now`
    phrase must lead to the new time ("is now Jan. 5", "but now it is in
    March"; not "is now over"). Nor is it the subject's change when
    `plan_voice.not_its_change` says so (`plural`: the copula's number;
    `sentence`: the change told in the next sentence): "It postponed the
    budget vote", "They were later postponed" after "The concert was", "It
    had been postponed twice"."""
    for key in ("changed_plan_after", "changed_plan_now"):
        for phrase in _phrases(key):
            size = len(phrase)
            i = next((i for i in range(n, len(lows) - size + 1) if tuple(lows[i:i + size]) == phrase), -1)
            if i < 0:
                continue
            nxt = i + size
            if nxt < len(lows) and lows[nxt] in _OBJECTS:
                nxt += 1                             # "before officials moved it"
            elif head and nxt + 1 < len(lows) and lows[nxt] in THE and lows[nxt + 1] == head:
                nxt += 2                             # "but officials postponed the game"
            if key == "changed_plan_after" and (_missed(lows, n, i, w) or (
                    head in w["made_nouns"] and " ".join(phrase) in w["called_off"])):
                continue                             # "but it was nearly scrapped", "The ruling ... was axed"
            undone = key == "changed_plan_after" and " ".join(phrase) in w["called_off"]
            from .plan_moves import moved_the_day
            from .plan_voice import not_its_change
            if (nxt == len(lows) or lows[nxt] != "from") \
                    and _same_subject(lows, commas, n, i, nxt > i + size, head, w, undone) \
                    and not not_its_change(seq, lows, commas, n, i, i + size, nxt > i + size, head, w,
                                           undone, plural, sentence) \
                    and (moved_the_day(seq, lows, commas, nxt, w) if key == "changed_plan_after"
                         else _new_time(seq, lows, nxt, w)):
                return True
    return False


def _missed(lows: list[str], n: int, i: int, w) -> bool:
    """Does a near miss or a negation (`near_misses`, a word in n't) stand in
    the change lows[i]'s verb group, read back from it to its subject ("but
    it was nearly scrapped", "it wasn't canceled", "officials never canceled
    it")? Then the change did not happen and the event held its date."""
    for low in reversed(lows[n:i]):
        if low in w["near_misses"] or low.endswith(("n't", "n’t")):
            return True
        if low in ("it", "they") or low in w["changed_plan_links"] or not (
                same_word(low, w) or obliged_word(low, w)):
            return False
    return False


def _same_subject(lows: list[str], commas: list[bool], n: int, i: int, on_it: bool, head: str,
                  w, undone: bool = False) -> bool:
    """Do the words lows[n:i] between the date and a change lead on to a
    clause of the copula's subject, whose head noun is `head`? Only links,
    `it` or `they`, the subject's noun again ("but the game was"),
    auxiliaries and adverbs may stand there, once attributions and a second
    date joined by "and" or "or" are left out ("which was Dec. 9, has been
    moved", "was Dec. 14 but is now Jan. 5", "Dec. 9, officials said, but it
    has been moved", "Dec. 12; officials said it was later postponed", "Dec.
    12 and Dec. 14, but they were later postponed"), and so is a time
    phrase before "later" ("Dec. 12, and a week later it was postponed");
    when the change takes the subject as its object (`on_it`: "before
    officials moved it"), a link and a new subject with no verb. Not "after"
    ("after it was postponed": the date is the new one) nor a new subject
    ("and the deadline for tickets was moved", "and the next vote has been
    moved"). A calling off (`undone`) may follow "shortly after" ("but
    shortly after it was canceled": `plan_gaps.gap_words`)."""
    gap = gap_words(lows, commas, n, i, head, w, undone)
    if all(same_word(low, w) for low in gap):
        return True
    return on_it and bool(gap) and gap[0] in w["changed_plan_links"] and not any(
        low in w["reporting"] or low in w["irregular"] or low.endswith("ed") for low in gap[1:])


def _new_time(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Does a new time open at lows[i] (after `it`, `is` or `now`): a
    figure, a capitalised word ("Jan. 5", "Friday") or one of
    `changed_plan_new_time` ("in March", "set for", "next week")?"""
    while i < len(lows) and (lows[i] in copulas() or lows[i] in ("it", "they", "now")):
        i += 1
    return i < len(lows) and (seq[i][0].isdigit() or seq[i][0].isupper()
                              or lows[i] in w["changed_plan_new_time"])


def copula_tense(seq: list[str], lows: list[str], commas: list[bool], n: int, w,
                 more: More | None = None, kept: Callable[[], bool] | None = None) -> Tense | None:
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
    6", "was Dec. 14 but is now Jan. 5", "but it was later postponed"), or
    those of the clause `more` gives, read on past a dash, a parenthesis or
    a semicolon ("was Dec. 12 — it was later postponed"; called only when
    nothing else tells a plan), or those of the next sentence when its
    subject is the copula's ("was Dec. 12. It was later postponed":
    `_told_of`). Each must be the copula's own (fx123: `_subject`,
    `_changed_after`). A change to the date's own day again, in its own
    sentence (`kept`, `clause_words.kept_day`: "was Dec. 12, but it was
    later postponed to 3 p.m. on Dec. 12", qa78 #7) is a delay within the
    day: the event was held then."""
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
    head = _head(lows, s, e, w)
    plural = {"was": False, "were": True}.get(lows[k])
    if _plan_noun(lows, s, e, w) or _adverb(lows, s, k, w) or _opened(lows, commas, s, w):
        return tense_of(UNKNOWN, marker=marker)
    if kept is not None and kept():
        return tense_of(PAST, marker=marker)         # "but it was later postponed to 3 p.m. on Dec. 12"
    if _changed_after(seq, lows, commas, n, head, w, plural) \
            or _goes_on(seq, lows, commas, n, head, w, more, plural, lows[:s] + lows[e:k]):
        return tense_of(UNKNOWN, marker=marker)
    return tense_of(PAST, marker=marker)


def _goes_on(seq: list[str], lows: list[str], commas: list[bool], n: int, head: str, w,
             more: More | None, plural: bool | None = None, opening: list[str] | None = None) -> bool:
    """Does the clause `more` gives, after the one read, tell the change
    (`_changed_after` on both, its first word set off as after a comma)?
    The next sentence does only when its subject is the copula's, as `it`,
    `they` or its noun again (`_told_of`: "The hearing was Dec. 12. It was
    later postponed."; not "Officials canceled the parade."); its noun in
    other words only when the story has not just named another event so
    (`_as_head`: the words `opening` of the date's clause before its
    subject and between its subject and the copula, "The hearing, which
    followed a closed session, was": qa82 #3; and those `more` gives of the
    paragraph so far: qa82 #2)."""
    if more is None:
        return False
    extra, extra_commas, sentence, before = more()
    extra_lows = _as_head([t.lower() for t in extra], head, w, frozenset(before + (opening or [])))
    if not extra or sentence and not _told_of(extra_lows, head, w):
        return False
    # The mark or the stop joins the clause as ", and" does ("; officials later postponed it").
    return _changed_after(seq + ["and"] + extra, lows + ["and"] + extra_lows,
                          commas + [True, False] + extra_commas[1:], n, head, w, plural, sentence)


def _as_head(lows: list[str], head: str, w, named: frozenset[str] = frozenset()) -> list[str]:
    """The words `lows` with a noun after one of `THE` that names the event
    of the subject's noun `head` in other words (`plan_voice.same_event`:
    "the session" after "The hearing was") read as `head` (fx147); not a
    noun among the words `named` told just before, where it names another
    event ("After the board's closed session, the hearing was Dec. 12. The
    session was later postponed.": qa78 #5; "the event" after "a union
    rally")."""
    if not head:
        return lows
    from .plan_voice import any_event, same_event
    others = {low for low in named if low != head and same_event(low, head)}
    anything = others or any(low in w["announced_events"] and low.rstrip("s") != head.rstrip("s")
                             for low in named)        # "After a union rally, ...": "the event" is no hearing
    return [head if j and lows[j - 1] in THE and low != head and same_event(low, head)
            and low not in others and not (anything and low in any_event()) else low
            for j, low in enumerate(lows)]


def _told_of(lows: list[str], head: str, w) -> bool:
    """Does a sentence (its words `lows`) open with the copula's subject,
    after any links or adverbs of `changed_plan_links` and
    `changed_plan_gap_adverbs` and a time phrase before "later" ("But later
    it was", "However, it was", "A week later, it was": `plan_gaps.untimed`):
    `it`, `they` (or their contracted auxiliary: "It's since been"), or one
    of `THE` and the subject's noun `head` ("The hearing was later
    postponed"), an attribution before it left out ("The promoter said it
    has since been": `plan_gaps.unattributed`)?"""
    lows = unattributed(contracted(lows[:_OPENING]), w)
    k = next((k for k, low in enumerate(lows) if low in ("it", "they") or bool(head) and low in THE
              and lows[k + 1:k + 2] == [head]), -1)
    return k >= 0 and all(low in w["changed_plan_links"] or low in w["changed_plan_gap_adverbs"]
                          for low in untimed(lows[:k], w))
