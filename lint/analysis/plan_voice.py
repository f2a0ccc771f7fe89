"""Whose change a clause after a past copula's date tells (qa75 #1, #6,
#7): `lint.analysis.copula_plans` has found a change ("postponed",
"canceled") told of the copula's subject as `it`, `they` or its noun
again; `not_its_change` says when the words still do not make the date a
plan moved:

- the pronoun does the change to another thing, in the active voice with
  an object after the verb ("The meeting was Dec. 12. It postponed the
  budget vote.", "..., shortly after they canceled the parade"): the
  meeting was held; only the subject changed in the passive ("It was later
  postponed", "It has since been canceled") or a change with no object
  ("it later moved to Jan. 5") tells its own date moved;
- the pronoun's number is not the copula's ("The concert was Dec. 12.
  They were later postponed."; "The concerts were Dec. 12. It was ..."):
  another subject;
- the next sentence tells the change in the past perfect ("The vote was
  Dec. 12. It had been postponed twice."): a change made before, so Dec. 12
  is the date kept ("It had to be canceled" is no perfect);
- the change is told under a modal (qa76 #1; in the date's own sentence
  too, fx147: "was Dec. 12, though it could have been postponed"): one that
  did not happen ("It could have been postponed.", "It should have been
  postponed, critics said.", "It might be canceled.") or "would" with a
  condition after it ("It would later be canceled if the appeal
  succeeded."); a bare "would" tells the past's future ("It would later be
  postponed.": it was), and so does one with "even if", "as if" or "if
  only"; only a modal governing the change counts, not one in an aside
  ("but organizers, who could not find a venue, canceled it": qa78 #3, #4);
- the next sentence asks it or calls it untrue (`doubted`, qa76 #6, #9):
  "It was later postponed? No.", "... — a rumor the court denied.",
  "..., the lawyer falsely claimed.", "..., before admitting that was
  wrong.".

Split out of copula_plans.py to keep it under 400 lines; the word lists
live in `lint/data/tense.yaml`. Whether a change's new time is the date's
own day (a delay within it) is read by `lint.analysis.plan_days`.
"""
from __future__ import annotations

from functools import lru_cache

from ..regex_cache import SERIAL
from .apposed_ages import WORD, lowered
from .calendar import MONTHS, WEEKDAYS
from .plan_days import same_day
from .plan_gaps import gap_words, same_word
from .sentences import SENTENCE_END
from .verb_group import copulas, ly_adverb, words

__all__ = ["any_event", "doubted", "not_its_change", "same_event"]

_PRONOUNS = ("it", "they")
_PASSIVE = frozenset(("be", "been", "being", "got", "gotten", "get", "gets", "getting"))
_PROVED = ("proved", "proven", "proves", "turned")   # "a claim that proved false"
_OF = ("speaking", "talking")                # "speaking of the trial", as "said of"
_HAD = ("had", "hadn't", "hadn’t", "'d", "’d")


def not_its_change(seq: list[str], lows: list[str], commas: list[bool], n: int, i: int, after: int,
                   on_it: bool, head: str, w, undone: bool, plural: bool | None, sentence: bool) -> bool:
    """Do the words lows[n:i] before a change at lows[i] (its verb ending at
    lows[after]) leave it no change of the copula's date (module docstring)?
    `on_it` tells the change takes the subject as its object ("before
    officials moved it"), `plural` the copula's number (True for "were",
    None when unknown), `sentence` that the change stands in the next
    sentence."""
    gap = gap_words(lows, commas, n, i, head, w, undone)
    if sentence and any(low in _HAD and gap[j + 1:j + 2] != ["be"] for j, low in enumerate(gap)):
        return True                                  # "It had been postponed twice."
    if _supposed(gap, lows[i:], w):
        return True                                  # "It could have been postponed.", "..., though it could"
    if on_it:
        return False
    pronoun = next((low for low in reversed(lows[n:i]) if low in _PRONOUNS), "")
    if pronoun and plural is not None and (pronoun == "they") != plural:
        return True                                  # "The concert was Dec. 12. They were ..."
    at = max((j for j, low in enumerate(gap) if low in _PRONOUNS), default=-1)
    if at < 0 or any(low in _PASSIVE or low in copulas() for low in gap[at + 1:]):
        return False                                 # "It was later postponed"
    return _object(seq, lows, commas, after, w)


def _supposed(gap: list[str], rest: list[str], w) -> bool:
    """Does a modal governing the change after the `gap` tell it did not
    happen: any but "would" ("could have been", "might be"), or "would"
    before "have" ("would have been canceled") or with a condition in the
    `rest` of the sentence (`_condition`: "would later be canceled if")?
    The modal governs the change when only auxiliaries, adverbs, links and
    "not" stand between them (`plan_gaps.same_word`); one in an aside about
    another subject does not ("but organizers, who could not find a venue,
    canceled it": qa78 #3)."""
    for j, low in enumerate(gap):
        if low in w["modal"] and all(same_word(word, w) or word in _NOT for word in gap[j + 1:]):
            if not low.startswith("would") or "have" in gap[j + 1:] or _condition(rest):
                return True
    return False


_NOT = ("not", "never")
_NO_CONDITION = ("even", "as")               # "even if few noticed", "as if by design"


def _condition(rest: list[str]) -> bool:
    """Does "if" or "unless" set a condition in the words `rest`: not "even
    if", "as if" nor "if only" (qa78 #4: "but it would be postponed, if only
    by a week" tells the change)?"""
    return any(low == "unless" or low == "if" and (j == 0 or rest[j - 1] not in _NO_CONDITION)
               and rest[j + 1:j + 2] != ["only"] for j, low in enumerate(rest))


def _object(seq: list[str], lows: list[str], commas: list[bool], j: int, w) -> bool:
    """Does an object open at lows[j], right after an active change ("It
    postponed the budget vote", "moved the vote to January"): a word that is
    no preposition, adverb, conjunction, place, day or figure, and with no
    comma before it ("it later moved to Jan. 5", "it moved again")?"""
    if j >= len(lows) or commas[j]:
        return False
    low = lows[j]
    if low in MONTHS or low in WEEKDAYS or low[0].isdigit() or ly_adverb(low, w):
        return False
    return not any(low in w[key] for key in (
        "subject_prepositions", "changed_plan_place_prepositions", "changed_plan_skips",
        "changed_plan_gap_adverbs", "changed_plan_places", "conjunctions", "clause_breaks",
        "hypothetical", "perfect_adverbs"))


def doubted(text: str, a: int, b: int, date: str = "", since: int | None = None,
            year: int | None = None, before: list[str] | None = None) -> bool:
    """Does the next sentence opening at text[a] (read up to its end, or
    text[b]) ask its change ("It was later postponed? No.") or call it
    untrue: a `changed_plan_doubts` word anywhere ("a rumor", "falsely
    claimed") or one of `changed_plan_untrue` after a copula ("that was
    wrong", "proved false")? Then it tells no change (qa76 #6, #9); nor
    when its change's new time is the copula's `date` (its mention's text)
    again ("postponed to Dec. 12 at 3 p.m.", "until the afternoon of Dec.
    12": a change within the day, qa76 #4; the same day in any form,
    `same_day`: "Dec. 12", "December 12", "12 Dec.", "Dec. 12, 2026",
    fx147; a day with no year read in `year`, the year the date's own day
    is read in: qa78 #1, #2), nor when it says
    its change of another event than the copula's clause text[since:a] names
    (`_of_another`: "..., referring to the trial", "the union said of its
    strike": qa76 #7; that clause's own words, not a window reaching into
    sentences before it: fx147; but when that clause names no event, "It
    was Dec. 12." or "The next one was Dec. 12.", the words `before` it
    from the sentence before on, where its pronoun's event was named:
    qa78 #6)."""
    found = SENTENCE_END.search(text, a, b, SERIAL)
    end = found.start() if found else b
    if text[end:end + 1] == "?" or date and same_day(date, text[a:end], year):
        return True
    w = words()
    lows = lowered(WORD.findall(text, a, end), text.find("‘", a, end) >= 0)
    own = lowered(WORD.findall(text, a if since is None else since, a),
                  text.find("‘", a if since is None else since, a) >= 0)
    if before and not any(low in w["announced_events"] for low in own):
        own += before                                # "The city set a hearing ... It was Dec. 12."
    if _of_another(lows, own, w):
        return True
    return any(low in w["changed_plan_doubts"] or low in w["changed_plan_untrue"] and j > 0 and (
        lows[j - 1] in copulas() or lows[j - 1] in _PROVED) for j, low in enumerate(lows))


@lru_cache(maxsize=None)
def _same_events() -> dict[str, frozenset[str]]:
    """Each noun of tense.yaml's `same_event_nouns` groups with the nouns
    that may stand for it (itself too), and each plural with the plurals
    (`_plural`: "The hearings were" then "The sessions": qa78 #9)."""
    table: dict[str, set[str]] = {}
    for group in words()["same_event_nouns"]:
        for nouns in (group.split(), [_plural(noun) for noun in group.split()]):
            for noun in nouns:
                table.setdefault(noun, set()).update(nouns)
    return {noun: frozenset(others) for noun, others in table.items()}


def _plural(noun: str) -> str:
    """The plural of an English event noun: "matches", "ceremonies", "sessions"."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def same_event(noun: str, head: str) -> bool:
    """Does `noun` name the event whose head noun is `head`: the noun
    itself, one of its `same_event_nouns` ("session" for "hearing") or a
    `same_event_any` word ("event"), or their plurals ("sessions" for
    "hearings")? Both lower case."""
    return noun == head or bool(head) and (
        noun in any_event() or noun in _same_events().get(head, ()))


@lru_cache(maxsize=None)
def any_event() -> frozenset[str]:
    """tense.yaml's `same_event_any` words and their plurals ("event", "events")."""
    return frozenset(noun for any_ in words()["same_event_any"] for noun in (any_, _plural(any_)))


def _of_another(lows: list[str], own: list[str], w) -> bool:
    """Does the sentence (words `lows`) tie its change to a thing ("referring
    to the trial", "said of its strike", "speaking of the vote") that none
    of the words `own` of the copula's clause names, as itself or as
    `same_event` ("The hearing was Dec. 12." then "..., the clerk said of the
    hearing" or "of the session" is the same)?"""
    for j, low in enumerate(lows[:-1]):
        if (low == "referring" and lows[j + 1] == "to") or (
                lows[j + 1] == "of" and (low in w["reporting"] or low in _OF or low == "say")):
            k = j + 2
            while k < len(lows) and lows[k] in w["determiners"]:
                k += 1
            if k < len(lows) and not any(same_event(lows[k], noun) for noun in own):
                return True
    return False
