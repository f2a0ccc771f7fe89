"""Whether a change of a dated event's plan keeps its day: `same_day`
reads the change's new time ("postponed to 3 p.m. on Dec. 12", "to
Saturday evening", "until that evening", "the 12th"; not "the following
Saturday" nor "the 12th of next month") or the day the change was told on
("delayed by three hours on Dec. 12"), by value, for
`lint.analysis.plan_voice.doubted` (the next sentence) and
`lint.analysis.clause_words.kept_day` (the date's own sentence): a delay
within the day leaves the event held then, so a past date after
publication stays flagged by dates.after-publication; a calling off after
it ("then canceled") does not (qa76 #4, qa78 #1, #2, #8, qa82 #1, #4-#7).

Split out of plan_voice.py to keep it under 400 lines (fx152); the word
lists live in `lint/data/tense.yaml`.
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from .apposed_ages import WORD, lowered
from .calendar import MONTHS, WEEKDAY_WORDS, WEEKDAYS
from .date_anchors import scan
from .date_scan import MENTION, mention_day
from .verb_group import words

__all__ = ["same_day"]


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
    want = mention_day(found, year) if found else None
    if want is None:
        return False
    phrase, segment, rest = _target(sentence)
    if not phrase:
        return _on_day(sentence, want, year) and not _undone(sentence)
    if _undone(rest):
        return False                                 # "postponed to 3 p.m. the same day, then called off"
    for other in scan(phrase):
        day = mention_day(other, year)
        if day is not None:
            return _same_date(day, want)
        if other["wd3"] and not other["wmod"]:
            return WEEKDAYS[other["wd3"]] == _weekday(found, want) and not _elsewhere(segment, want)
    if _SAME.search(phrase):
        return not _elsewhere(segment, want)
    nth = _NTH.search(phrase)
    return nth is not None and int(nth[1]) == want[1] and not _elsewhere(segment, want)


def _same_date(day: tuple[int, int, int | None], want: tuple[int, int, int | None]) -> bool:
    """Are the (month, day, year) `day` and `want` one date: the same month
    and day, and the same year when both are known (a missing one matches
    any)?"""
    return day[:2] == want[:2] and (day[2] is None or want[2] is None or day[2] == want[2])


# Words that put a weekday, "the same day" or "the 12th" in another week or
# month than the date's (qa82 #4, #6): "the following Saturday", "Saturday,
# a week later", "the Saturday after", "a Saturday", "of next month".
_OTHER_WEEK = regex.compile(
    r"(?i)\b(?:following|another|subsequent)\b|\bnext\b(?!\s+to\b)"
    r"|\b(?:a|one|two|three|four|\d+)\s+(?:weeks?|months?|years?)\s+(?:later|after|on)\b"
    rf"|\ba\s+(?:{WEEKDAY_WORDS})\b|\b(?:{WEEKDAY_WORDS})\s+after\b")
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
        day = mention_day(other, year)
        if day is not None and _same_date(day, want) \
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
    lows = lowered(WORD.findall(rest), "‘" in rest)
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
