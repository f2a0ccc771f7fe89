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
live in `lint/data/tense.yaml`.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..regex_cache import SERIAL
from .apposed_ages import WORD
from .calendar import MONTHS, WEEKDAYS
from .date_scan import MENTION, scan
from .plan_gaps import gap_words, same_word
from .sentences import SENTENCE_END
from .verb_group import copulas, ly_adverb, words

__all__ = ["any_event", "doubted", "not_its_change", "same_day", "same_event"]

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
    lows = [t.lower() for t in WORD.findall(text, a, end)]
    own = [t.lower() for t in WORD.findall(text, a if since is None else since, a)]
    if before and not any(low in w["announced_events"] for low in own):
        own += before                                # "The city set a hearing ... It was Dec. 12."
    if _of_another(lows, own, w):
        return True
    return any(low in w["changed_plan_doubts"] or low in w["changed_plan_untrue"] and j > 0 and (
        lows[j - 1] in copulas() or lows[j - 1] in _PROVED) for j, low in enumerate(lows))


def _day(found, year: int | None = None) -> tuple[int, int, int | None] | None:
    """(month, day, year) of a `date_scan.MENTION` match, or None when it
    names no day of a month ("last week", "Friday", "December 2026"). A day
    with no year written is read in `year` (the year the rule reads the
    date's day in: qa78 #2), one year on or back for "next year" and "last
    year" ("Dec. 12 next year"); the year is None when none is known."""
    g = found.groupdict()
    if g["iy"]:
        return int(g["im"]), int(g["id"]), int(g["iy"])
    month, day, written = (g["mo"], g["day"], g["year"]) if g["mo"] else (g["mo2"], g["day2"], g["year2"])
    if not month:
        return None
    if written:
        year = int(written)
    elif year is not None and g["mo"] and g["ry"]:
        year += _YEAR_STEP[g["ry"].lower()]
    return MONTHS[month.rstrip(".").lower()], int(day), year


_YEAR_STEP = {"this": 0, "next": 1, "last": -1}


def _target(sentence: str) -> tuple[str, str, str]:
    """The change's new time in `sentence`: the last phrase after "to",
    "until" or "till" (up to a comma, semicolon, dash or the next of them)
    that names a day, by date, weekday, ordinal ("the 12th") or as the
    same day ("that evening"): "to 3 p.m. on Dec. 12", "to December 12 at
    3 p.m., then to Jan. 9" (Jan. 9); not "after the original December 12
    date", which names the day left (qa78 #1, #8). With it, the words up to
    the next "to" past its commas ("to the 12th, a Tuesday, in January":
    `_elsewhere` reads them) and the rest of the sentence from it (`_undone`
    reads it). ("", "", "") when none names a day."""
    found = ("", "", "")
    opens = list(_TO.finditer(sentence))
    for k, to in enumerate(opens):
        end = opens[k + 1].start() if k + 1 < len(opens) else len(sentence)
        dates = list(scan(sentence[to.end():end]))
        cut = end
        for mark in _CUT.finditer(sentence, to.end(), end):
            # (a comma inside a date, "December 12, 2027", cuts nothing)
            if not any(d.start() < mark.start() - to.end() < d.end() for d in dates):
                cut = mark.start()
                break
        phrase = sentence[to.end():cut]
        if _DAYISH.search(phrase) or any(d.start() < cut - to.end() for d in dates):
            found = (phrase, sentence[to.end():end], sentence[to.end():])
    return found


_TO = regex.compile(r"(?i)\b(?:to|until|till)\b")
_CUT = regex.compile(r"[,;\u2014\u2013]|--")
# The same day in other words, and a day of the month by its ordinal (qa78 #8).
_SAME = regex.compile(r"(?i)\b(?:the\s+same\s+(?:day|date|morning|afternoon|evening|night)"
                      r"|that\s+(?:day|morning|afternoon|evening|night))\b"
                      r"(?!\s+(?:next|the\s+following|a\s+(?:week|month|year)|as)\b)")   # "the same day next week", "... as the vote"
_NTH = regex.compile(r"(?i)\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b")
_DAYISH = regex.compile(_SAME.pattern + "|" + _NTH.pattern[4:])


def same_day(date: str, sentence: str, year: int | None = None) -> bool:
    """Does the `sentence` move the event to the day the mention text `date`
    names (its change's new time, `_target`: qa78 #1), read by value, not as
    written ("Dec. 12" and "December 12", "12 Dec." or "Dec. 12, 2026": the
    same day; "the same day", "that evening"; "the 12th"; its weekday,
    written with the date or found from its year: qa78 #8)? A day with no
    year written is read in `year`, the year the rule reads the date in ("to
    December 12, 2027" after "was Dec. 12" in a 2026 story is a move of a
    year: qa78 #2); with no year known, a missing year matches any. A
    weekday, "the same day" or an ordinal with words naming another week
    or month (`_elsewhere`: "to the following Saturday", "to a Saturday in
    January", "to the 12th of next month": qa82 #4, #6) is a move, and so is
    "the same day as" another event (qa82 #5). With no new time naming a
    day, a change told on the date's own day ("delayed by three hours on
    Dec. 12", "postponed on the morning of Dec. 12 until 3 p.m.": `_on_day`,
    qa82 #1) is a delay within it too. Either is no delay when the sentence
    then calls the event off ("delayed until that evening, then canceled":
    `_undone`, qa82 #7): it was never held."""
    found = MENTION.match(date)
    want = _day(found, year) if found else None
    if want is None:
        return False
    phrase, segment, rest = _target(sentence)
    if not phrase:
        return _on_day(sentence, want, year) and not _undone(sentence)
    if _undone(rest):
        return False                                 # "postponed to 3 p.m. the same day, then called off"
    for other in scan(phrase):
        day = _day(other, year)
        if day is not None:
            return day[:2] == want[:2] and (day[2] is None or want[2] is None or day[2] == want[2])
        if other["wd3"] and not other["wmod"]:
            return WEEKDAYS[other["wd3"]] == _weekday(found, want) and not _elsewhere(segment, want)
    if _SAME.search(phrase):
        return not _elsewhere(segment, want)
    nth = _NTH.search(phrase)
    return nth is not None and int(nth[1]) == want[1] and not _elsewhere(segment, want)


_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Words that put a weekday, "the same day" or "the 12th" in another week or
# month than the date's (qa82 #4, #6): "the following Saturday", "Saturday,
# a week later", "the Saturday after", "a Saturday", "of next month".
_OTHER_WEEK = regex.compile(
    r"(?i)\b(?:following|another|subsequent)\b|\bnext\b(?!\s+to\b)"
    r"|\b(?:a|one|two|three|four|\d+)\s+(?:weeks?|months?|years?)\s+(?:later|after|on)\b"
    rf"|\ba\s+(?:{_WEEKDAY})\b|\b(?:{_WEEKDAY})\s+after\b")
_IN_MONTH = regex.compile(r"(?i)\b(?:in|of)\s+([a-z]+)\b")


def _elsewhere(segment: str, want: tuple[int, int, int | None]) -> bool:
    """Do the words `segment` of a change's new time put it in another week
    or month than the day `want` (month, day, year): `_OTHER_WEEK` words, or
    "in" or "of" another month ("to a Saturday in January", "to the 12th, a
    Tuesday, in January"; not "of December" for a December date)?"""
    if _OTHER_WEEK.search(segment):
        return True
    return any(MONTHS.get(m[1].lower(), want[0]) != want[0] for m in _IN_MONTH.finditer(segment))


_ON = regex.compile(r"(?i)\bon\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$")


def _on_day(sentence: str, want: tuple[int, int, int | None], year: int | None) -> bool:
    """Does the `sentence` tell its change on the day `want` (month, day,
    year), by date after "on" or "on the morning of" ("It was delayed by
    three hours on Dec. 12", qa82 #1): the change was made that day, hours
    at most, so the event was held then?"""
    for other in scan(sentence):
        day = _day(other, year)
        if day is not None and day[:2] == want[:2] and (day[2] is None or want[2] is None or day[2] == want[2]) \
                and _ON.search(sentence, max(0, other.start() - 30), other.start()):
            return True
    return False


def _undone(rest: str) -> bool:
    """Do the words `rest` call the event off (`called_off`), told of it
    with a link and no new subject ("then canceled", "then called off
    because of fog", "but it was later canceled": `_linked`), with no near
    miss or negation right before it ("but not canceled")? Not another
    thing's calling off ("after the rival event was canceled"). qa82 #7."""
    w = words()
    lows = [t.lower() for t in WORD.findall(rest)]
    for phrase in w["called_off"]:
        size = len(phrase.split())
        for j in range(len(lows) - size + 1):
            if " ".join(lows[j:j + size]) == phrase and _linked(lows, j) and not (
                    j and (lows[j - 1] in w["near_misses"] or lows[j - 1].endswith(("n't", "n’t")))):
                return True
    return False


_LINKS = frozenset(("then", "and", "but", "before", "later", "eventually", "finally", "ultimately"))
_ON_IT = frozenset(("it", "they", "was", "were", "is", "has", "had", "be", "been", "being", "only",
                    "to", "altogether", "entirely", "not", "never"))


def _linked(lows: list[str], j: int) -> bool:
    """Does a link (`_LINKS`) lead to the verb at lows[j] past only the
    event's pronoun, auxiliaries and adverbs of `_ON_IT` ("then canceled",
    "but it was later canceled"; not "after the rival event was canceled")?"""
    for low in reversed(lows[:j]):
        if low in _LINKS:
            return True
        if low not in _ON_IT:
            return False
    return False


def _weekday(found, want: tuple[int, int, int | None]) -> int | None:
    """The weekday (0 = Monday) of the date `found` (a `MENTION` match) whose
    day is `want`: the one written with it ("Saturday, Dec. 12"), or the
    one its year gives; None when neither is known."""
    if found["wd"]:
        return WEEKDAYS[found["wd"].rstrip(".")]
    if want[2] is None:
        return None
    try:
        return dt.date(want[2], want[0], want[1]).weekday()
    except ValueError:
        return None


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
