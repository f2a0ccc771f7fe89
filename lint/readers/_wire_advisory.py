"""The grammar of a wire story's advisory lines, the lines a wire (AP,
Reuters) or a press office sets over the hed and that are no part of the
story: the release or embargo line (`release_line`), as the plain-text
reader (lint/readers/text.py, through `_text_fields.field_line`) and the
Markdown reader under a heading (`_release_lines.under_hed_line`) read it.

A release or embargo line is, in this order (AP's `HOLD FOR RELEASE UNTIL 6
P.M. EST`, Reuters' `EMBARGOED UNTIL 0001 GMT`, a press office's `Embargoed
until 12:01 a.m. ET, Thursday, June 4, 2026 (no early posting)`):

1. its notice: one of `release_notices` or `embargo_leads` (lint/data/
   plain_text.yaml), in any case, perhaps a second after a colon or dash
   (`EMBARGOED: NOT FOR PUBLICATION ...`);
2. when it goes out, item after item, joined by spaces, commas, colons,
   slashes, dashes and the small words of `_JOIN` (`until`, `at`, `on`):
   a clock time and its zone (`6 A.M. EST`, `12:01 a.m. ET`, `0001 GMT`,
   `10.00 hrs CET`, `16:00 London time`, `9 a.m. Eastern`, `NOON EDT`,
   `British Summer Time`, `(UK TIME)`), a date (`June 5, 2026`, `5 June
   2026`, `Thursday`, `June`, `2026-06-05`), a word for when (`midnight`,
   `tomorrow`, `further notice`), or a placeholder for a time or a day to
   come (`TK`, `XX:XX`, `XX/XX/XX`, `TK JUNE`: AP Stylebook "TK"), which
   hygiene.placeholder then flags;
3. the press office's caveats, each after a comma, a semicolon, a spaced
   dash or in parentheses, or a sentence after the notice's full stop
   (`please note embargo`, `(no early posting)`,
   `with photos`, `in the U.S. and Canada`, `and thereafter`), every word
   one of `notice_caveat_words` or a place's (a country of lint/data/
   names.yaml `places`, a city of `standalone_datelines`: `UK ONLY`, `NEW YORK`).

Nothing else: a headline that opens like a notice runs on in words no
caveat holds (`Hold for release until June, court tells jail`, `Embargo
until Friday, EU says`, `Embargo: 40 years on, Cuba still waits`), so it
stays the headline. A line is read only up to `_LONGEST` characters."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES, MONTH_WORDS, WEEKDAY_WORDS
from ..analysis.word_patterns import phrase_alternation
from ..rule_cache import load_data

__all__ = ["WEEKDAY_BEFORE", "notice_head", "release_line"]

# No release line is longer (the longest AP and press-office forms run to about 90).
_LONGEST = 120

# A placeholder for a time or a day still to come: TK, TKTK (tk in lower case
# too), or a mask of X groups (`XX`, `XX:XX`, `XX/XX/XX`), as hygiene.placeholder reads them.
_TO_COME = r"(?-i:TK(?:TK)*|tk(?:tk)*|X{2,}(?:[/.:-]X+)*)"
_AM_PM = r"(?:\s*(?i:[ap]\.?m\b\.?))"
_HOURS = r"(?:\s*(?i:hrs|hours|h)\b\.?)"
# A zone after a clock time: capitals (`EST`, `GMT+1`), or a place and `time` (`London time`).
_ZONE = (r"(?:\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?i:time)\b"
         r"|\s+(?i:eastern|central|mountain|pacific|atlantic)\b(?:\s+(?i:standard|daylight))?(?:\s+(?i:time)\b)?"
         rf"|\s+(?!(?i:{MONTH_WORDS}|{WEEKDAY_WORDS})\b)\p{{Lu}}{{2,4}}(?:[+-]\d{{1,2}})?\b)")
# A zone spelled out as an item of its own, after a comma or in parentheses
# (`British Summer Time`, `(UK TIME)`, `New York time`).
_ZONE_ITEM = r"(?:\p{Lu}[\p{L}.]*\s+){1,3}(?i:time)\b"
# A clock time: `6 A.M.`, `12:01 a.m.`, `16:00`, `10.00 hrs`, Reuters' four
# figures with their zone always after them (`0001 GMT`, `0001 hrs BST`),
# noon or midnight, a clock before it or not (`12 NOON EDT`, `12:00 NOON ET`),
# the French and German 24-hour `14h00`.
_CLOCK = (rf"(?:(?:\d{{1,2}}(?:[:.]\d\d)?\s+)?(?i:noon|midnight)\b{_ZONE}?"
          rf"|\d{{1,2}}h[0-5]\d{_ZONE}?"
          rf"|\d{{1,2}}[:.]\d\d{_AM_PM}?{_HOURS}?{_ZONE}?"
          rf"|\d{{1,2}}{_AM_PM}{_ZONE}?"
          rf"|(?:[01]\d|2[0-3])[0-5]\d{_HOURS}?(?:{_ZONE}|(?=\s+(?i:{WEEKDAY_WORDS}|{MONTH_WORDS})\b)))")
# A weekday before a date is the date's (`Monday, March 3, 2026`).
WEEKDAY_BEFORE = rf"(?:(?:{WEEKDAY_WORDS})\.?,?\s+)?"
# A date in figures, which gives no publication date (month or day first is
# unknown): `6/4/2026`, `6/4`, the European `04.06.2026`.
_NUMERIC_DATE = r"(?:\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d\d))?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d))(?![./]?\d)"
# A year alone, only right after `until` (`Embargoed until 2027`), tried
# after a clock (Reuters' `UNTIL 2030 GMT`) and an ISO date (`2026-06-05`).
_YEAR_ALONE = r"(?<=(?i:until|till|'til)\s)(?:19|20)\d\d(?![-/.]?\d)"
# A month alone, its full name but May (a verb too: `Embargo may be lifted`).
_MONTH_ALONE = rf"(?:{'|'.join(m for m in MONTH_NAMES if m != 'May')})\b"
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_TO_COME})"
# A day of a month (its year perhaps), a month and year, a weekday, an ISO date, a word for when.
_DATE = (rf"(?i:{WEEKDAY_BEFORE}(?:(?:{MONTH_WORDS})\.?\s+{_DAY}(?:,?\s+\d{{4}})?"
         rf"|{_DAY}\s+(?:{MONTH_WORDS})\b\.?(?:,?\s+\d{{4}})?"
         rf"|(?:{MONTH_WORDS})\.?\s+\d{{4}}|(?:{WEEKDAY_WORDS})\b\.?|{_MONTH_ALONE})"
         rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}|today|tomorrow|tonight|(?:midnight|noon)(?-i:{_ZONE})?|immediately|further\s+notice"
         r"|local\s+time)")
# A time or a day to come: a placeholder and a year after it (`XX, 2025`), or
# a placeholder for a clock time (`TK GMT`, `XX A.M. EST`).
_TO_COME_WHEN = rf"{_TO_COME}(?:,?\s+\d{{4}}\b|{_AM_PM}?{_ZONE}?)"
_JOIN = r"[\s,:–—/()-]+(?:(?i:until|till|'til|before|after|release|for|to|at|on|of|the)(?::\s*|\s+))*"


@lru_cache(maxsize=1)
def _grammar() -> dict:
    """The patterns and the caveat words built from lint/data/plain_text.yaml, on first use."""
    data = load_data("plain_text.yaml")
    lead = phrase_alternation(data["release_notices"] + data["embargo_leads"])
    item = rf"(?:{_NUMERIC_DATE}|{_CLOCK}|{_DATE}|{_TO_COME_WHEN}|{_ZONE_ITEM}|{_YEAR_ALONE})(?![\p{{L}}\d])\)?"
    return {
        "head": regex.compile(rf"\s*(?P<open>\(\s*)?(?i:{lead})\b(?:\s*[:–—-]?\s+(?i:{lead})\b)*(?:{_JOIN}{item})*"),
        # a word's closing periods aside: `U.S.` is read as `u.s` (`..., in the U.S.`)
        "caveat words": frozenset(str(w).lower().rstrip(".") for w in data["notice_caveat_words"]),
        # the first word of every notice: a line that opens with no such word is read no further
        "lead words": frozenset(str(p).split()[0].lower() for p in data["release_notices"] + data["embargo_leads"]),
    }


@lru_cache(maxsize=1)
def _places() -> regex.Pattern:
    """A place a caveat may name (`UK ONLY`, `in the U.S. and Canada`, `NEW
    YORK`): a country (lint/data/names.yaml `places`) or a city AP datelines
    alone (`standalone_datelines` in lint/data/plain_text.yaml). Compiled
    only when a caveat holds a word that is no caveat word."""
    places = load_data("names.yaml")["places"] + load_data("plain_text.yaml")["standalone_datelines"]
    return regex.compile(rf"(?i)\b(?:{phrase_alternation(places)})\b")


# A caveat's words and marks: a word (`U.S.`, `can't`), or one mark of punctuation.
_TOKEN = regex.compile(r"[\p{L}][\p{L}.'’]*|\S")
_CAVEAT_OPEN = frozenset(",;(–—-")
_CAVEAT_MARKS = frozenset(",;()[]–—-/")
# A placeholder the desk left among the caveats (`(NO EARLY POSTING), TK`, `, [TK]`): hygiene.placeholder flags it.
_CAVEAT_TO_COME = regex.compile(_TO_COME)


def notice_head(line: str) -> int:
    """How far `line` reads as a notice and when it goes out (parts 1 and 2
    of the module's grammar), white space and a closing '.' or ':' after it
    taken in; -1 when the line opens with no notice, or is longer than
    `_LONGEST` characters. Reuters sets the whole notice in parentheses
    (`(EMBARGOED FOR RELEASE AT 1130 GMT THURS MARCH 19)`, Reuters-21578):
    one opened so is read only when its item closes it."""
    words = line.split(None, 1)
    if len(line) > _LONGEST or not words \
            or words[0].lstrip("(").rstrip(":.,;–—-").lower() not in _grammar()["lead words"]:
        return -1     # (most lines: the grammar's pattern is never compiled for them)
    m = _grammar()["head"].match(line)
    if m is None or m["open"] and not m[0].endswith(")"):
        return -1
    end = m.end()
    while end < len(line) and line[end] in " \t.:":
        end += 1
    return end


def release_line(line: str) -> bool:
    """Whether `line` (stripped) is a release or embargo line by the
    module's grammar: a notice, when it goes out, then only caveats of
    `notice_caveat_words`, each opened by a comma, a semicolon, a dash or a
    parenthesis."""
    end = notice_head(line)
    if end < 0:
        return False
    rest = line[end:].rstrip(" \t.")
    if not rest:
        return True
    tokens = _TOKEN.findall(rest)
    if tokens[0] not in _CAVEAT_OPEN and not _after_full_stop(line, end, rest):
        return False
    return _caveats_only(tokens) or _caveats_only(_TOKEN.findall(_places().sub(" ", rest)))


def _after_full_stop(line: str, end: int, rest: str) -> bool:
    """Whether the caveat `rest` opens a sentence of its own after the
    notice's full stop (`EMBARGOED UNTIL 0001 GMT. NO EARLY POSTING.`): the
    notice read up to `end` closes with '.', white space after it, and the
    caveat opens with a capital."""
    return line[:end].rstrip(" \t").endswith(".") and line[end - 1:end].isspace() and rest[:1].isupper()


def _caveats_only(tokens: list[str]) -> bool:
    """Whether every token is a caveat's mark, a placeholder (`TK`) or one of `notice_caveat_words`,
    a word's closing periods aside (`U.S.` at the line's end, its last '.'
    read as the line's: `..., in the U.S.`)."""
    words = _grammar()["caveat words"]
    return all(t in _CAVEAT_MARKS or t.lower().rstrip(".") in words or _CAVEAT_TO_COME.fullmatch(t) is not None
               for t in tokens)
