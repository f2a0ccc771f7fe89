"""The patterns behind the date-mention analysis (`lint.analysis.dates`):
MENTION and the reading of its match (`mention_day`), the patterns read
around a date (ranges, years, names, labels) with the `str` pre-tests that
spare them, and the name lists of lint/data/dates.yaml. Where MENTION is
tried is `date_anchors.scan`; weekday pairs and second days are `day_pairs`'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL
from ..rule_cache import load_data

from .calendar import MONTH_WORDS, MONTHS, WEEKDAY_WORDS
from .word_patterns import phrase_alternation as _phrases, starts_of

# Text between two dates of one range ("March 15/April 15", "May 1 and 2"); a footnote mark
# (U+2063s, `sup_notes.dated_text`) may stand after the first date or its comma (qa452 #5).
RANGE_GAP = regex.compile(r"(?:[-–]\d{1,2})?\u2063*\s*(?:,\u2063*\s*)?(?:(?:/|-|–|—|and|or|to|through|until|till)\s*)?")


def range_gap(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a RANGE_GAP? It holds at most three runs of
    non-space characters ("-12, through"): a plain split rules out the usual
    gap, a clause or more between two dates, before the pattern is called."""
    if end - start > 11 and len(text[start:end].split(None, 3)) > 3:
        return False
    return RANGE_GAP.fullmatch(text, start, end) is not None


_WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD_ABBR = r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
_MO_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MO_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# (A footnote mark after the day, read as U+2063s by `sup_notes.unread_marks`, is looked past:
# `Sept. 11<sup>1</sup>,2023` is no date as `Sept. 11,2023` is none, qa434 #6.)
_DAY_END = r"(?!\u2063*(?:\d|[.,:]\d|\s*(?:%|percent|per\s+cent|pct|mln|bln|billion|million)\b))"
# A day's ordinal suffix: as typed, AP's old "2d", in capitals as a <sup> writes it
# (`2<sup>ND</sup>`, the reader keeps its letters) or in Unicode's small letters (`2ⁿᵈ`, which
# `sup_notes` keeps as no mark): each is the day's, and the year after it is the date's (qa452 #6).
_ORD = "st|nd|rd|th|ST|ND|RD|TH|d|\u02e2\u1d57|\u207f\u1d48|\u02b3\u1d48|\u1d57\u02b0|\u1d48"
# 1600-2199: "Feb. 29, 2100" has its year (no leap day); but a 21xx before a
# plural noun is a count after the date ("On June 5, 2150 runners finished"),
# far likelier in news copy than a date two centuries out; but 2100, the
# century's end that climate copy dates to, is a year ("by Dec. 31, 2100
# temperatures will ...")
# A day written first is no clock's minutes ("at 19:00 Nov. 25", "7:30 March
# 3": the date is the month's, not "00 Nov." or "30 March").
_YEAR = r"(?:(?:1[6-9]|20)\d\d|2100|21\d\d(?!\d)(?!\s+(?:[a-z]{3,}s|people|children|men|women)\b))(?!\d)"
# A weekday before its date takes a comma or a space, or the date in
# parentheses ("voted Wednesday (Nov. 17) to freeze fares", nu23 #4): the
# closing parenthesis must follow the date (and its year) at once (spaces,
# no-break ones too, aside), and the
# weekday is spelled out or abbreviated with its stop ("The Sun (Nov. 28)"
# is a paper's). Nothing opens after a letter or a hyphen ("mid-March"),
# but a weekday may after a weekday and a hyphen ("Monday-Thursday, March
# 3-6": the range's last, qa127 #8).
MENTION = re.compile(
    rf"""(?:(?<![\w-])|(?<=day-)(?=(?:{_WD_FULL})\b))(?:
      (?:(?P<wd>{_WD_FULL}|(?:{_WD_ABBR})\.?)(?:,\s*|(?:(?<=day)|(?<=\.))[ \t\u00a0]*(?P<paren>\()[ \t\u00a0]*|\s+))?
      (?:
        (?P<mo>(?:{_MO_FULL})|(?:{_MO_ABBR})\.?)\s+(?P<day>\d{{1,2}})(?P<ord>{_ORD})?{_DAY_END}
          (?:\u2063*,?\u2063*\s+(?P<year>{_YEAR})|\s+(?P<ry>this|last|next)\s+year(?![\w-]))?
      | (?<!\d[:.])(?P<day2>\d{{1,2}})(?P<ord2>{_ORD})?\u2063*\s+(?:of\s+)?(?P<mo2>(?:{_MO_FULL})|(?:{_MO_ABBR})\.?)
          (?:,?\s+(?P<year2>{_YEAR}))?(?![\w-])
      | (?P<iy>(?:1[6-9]|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])
      )(?(paren)(?=[ \t\u00a0]*\)))
    | (?P<mo3>(?:{_MO_FULL})|(?:{_MO_ABBR})\.?)(?:,\s*|\s+of\s+|\s+)(?P<year3>{_YEAR})
    | (?P<wmod>(?i:last|next|this(?:\s+(?:past|coming))?)\s+)?(?P<wd3>{_WD_FULL})(?![\w-]|’s\w|'s\w)
    | (?P<mmod>(?i:last|next|this|early|late|mid-?)\s*)?(?P<mo4>{_MO_FULL})
        (?:\s+(?:of\s+)?(?P<ry2>this|last|next)\s+year(?![\w-])|(?![\w-]))
    | (?P<rel>(?i:yesterday|today|tonight|tomorrow)
        | (?i:last|next|this)\s+(?:week|month|year)
      )(?![\w-])
    )""",
    re.VERBOSE)
YEAR_STEP = {"last": -1, "this": 0, "next": 1}   # "June last year"


def mention_day(m: re.Match, year: int | None = None) -> tuple[int, int, int | None] | None:
    """(month, day, year) of a MENTION match as written, or None when it
    names no day of a month ("last week", "Friday", "December 2026"). Not
    checked: an ISO month 13 or a day 0 comes back as written. A day with
    no year written is read in `year`, one year on or back for "next year"
    and "last year" ("Dec. 12 next year"); the year is None when none is
    written or given. One reading for `lint.analysis.dates` (the mentions)
    and `plan_days` (a change's new time)."""
    if m["iy"]:
        return int(m["im"]), int(m["id"]), int(m["iy"])
    month, day, written = (m["mo"], m["day"], m["year"]) if m["mo"] else (m["mo2"], m["day2"], m["year2"])
    if not month:
        return None
    if written:
        year = int(written)
    elif year is not None:
        year += YEAR_STEP.get(m["ry"], 0)
    return MONTHS[month.rstrip(".").lower()], int(day), year


# A year that sets the time of its sentence ("In 2008, the campaign began airing
# ads in mid-September", "the 1986 low posted in mid-April"), after a
# preposition or `the`, or the year a sentence (or a quote) opening "The
# year was" (or "is") names ("The year was 1976.": fx68): not "Some 2016
# candidates", nor a year a subject names ("Her best year was 1976, when she
# won six races": fx79).
BARE_YEAR = regex.compile(r"(?<=(?:\b(?i:in|during|since|by|of|through|until|from|after|before|the)"
                          r"|(?:(?:^|[.!?:][\"”’)]?\s|\n)[\"“]?|,\s[\"“])The\s+year\s+(?:was|is))\s+)"
                          r"((?:1[89]|20)\d\d)(?![\d%/-]|s\b|’s|'s)")
# An aside that a year stands in, opened by a comma ("Bono, who formed U2 at
# school in 1977, begin ...", "The firm, founded in 1998, opens ..."), or a
# phrase opening the sentence in which a participle modifies a noun ("Under a
# program approved in 1987 that ..., Nashua had purchased"; not "In the year
# ended in 1987,", a period): its year is the aside's, not the sentence's. A
# participle that does not end in -ed opens one too, with or without an adverb,
# when a preposition follows it at once ("The ferry, built in 2025, will ...",
# "The hall, first made in 1925, ..."); with an object it is the main verb
# after an aside ("The company, founded in 1990, sold its last ferry in 2025,
# on Saturday, Dec. 13": qa55 #1).
IRREGULAR_PARTICIPLES = (
    "born", "built", "rebuilt", "made", "remade", "held", "sold", "won", "begun", "grown",
    "written", "rewritten", "known", "shown", "laid", "paid", "found", "bought", "brought",
    "drawn", "struck", "sworn", "dug", "broken", "chosen", "given", "taken", "stolen",
    "driven", "sent", "spent", "lost", "kept", "led", "shut", "sunk", "hung", "torn", "worn")
ASIDE_OPENING = regex.compile(
    r"(?:,\s*(?:who|which|whose|(?:(?:first|once|[a-z]{2,}ly)\s+)?"
    r"(?:(?:" + "|".join(IRREGULAR_PARTICIPLES) + r")(?=\s+(?:in|on|by|at|from|during|around)\b)"
    r"|[a-z]{3,}ed))"
    r"|(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n))\p{Lu}[a-z]+\s+(?:a|an|the|its|his|her|their|this|that)\s+"
    r"(?!(?:year|quarter|half|month|week|period|season)s?\b)[a-z]+\s+[a-z]{3,}ed)\b[^,.;:!?]*$")
THAT_YEAR = regex.compile(r",?\s+(?:of\s+)?(?:that|the\s+(?:same|previous|following))\s+year\b")
NAME_AFTER = regex.compile(r"\s+(?:on|for|of|against|to)\s+\p{Lu}")
# "July/September quarter"; a wrapped line ("June\nbonds") is a space too.
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"     # a space, or a wrapped line
NOUN_RUN = re.compile(rf"(?:/[A-Z][a-z]+\.?)?(?:[ \t\n/-]|\r\n?)?([a-z]+)(?:{_GAP}([a-z]+))?(?:{_GAP}([a-z]+))?\b")
LOWER_WORD = re.compile(r"(?:/[A-Z][a-z]+\.?)?(?:[ \t\n/-]|\r\n?)?([a-z]+)\b")

BETWEEN = regex.compile(r"\b(?i:between|from)\s+$")     # "between June 2012 and April 2014"
SPAN_WORD = regex.compile(r"\b(?:to|through|until|till)\b")   # "May 1 through May 9"
SPAN_JOIN = regex.compile(r"(?:[-–]\d{1,2})?\s*[/–—-]\s*")   # "July 1986/June 1987", "March-May"
# A span from now: "between now and March", "now until May" (a month alone there is a month).
FROM_NOW = regex.compile(r"\bnow\s+(?:and|until|till|through|thru)\s+$")
# "March 3-5": the end of a range, and the year written after it ("Feb. 27-29, 2024")
RANGE_DAY = regex.compile(rf"[-–](?P<end>[0-9]{{1,2}})(?![\d\p{{L}}%])(?:\u2063*,?\u2063*\s+(?P<year>{_YEAR})(?![\w-]))?")
# "June Carter" (a comma breaks it), and the word after the name.
NAME_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}[\p{L}-]*(?:[ \u00a0]+(?P<after>\p{Ll}+))?")
OPENS_SENTENCE = regex.compile(r"(?:^|[.!?:][\"”’)]?\s+)[\"“]?$")   # read on the 4 characters before
POSSESSIVE = regex.compile(r"['’]s\b")                # "October's uptick"
SUCH_AS = regex.compile(r"\bsuch\s+as\s+$", regex.IGNORECASE)   # "leaders such as May": a list of names
# "the agency's September report" (read on the 4 characters before the month)
OWNER = regex.compile(r"\p{L}['’]s?[ \u00a0]$")
NEXT_WORD = regex.compile(r"[\s,]*(\p{Lu}[\p{L}]*|\d)?")
PREV_WORD = regex.compile(r"([\p{L}]+)\W*", regex.REVERSE)   # read back from the end


@lru_cache(maxsize=None)
def names() -> dict[str, frozenset[str]]:
    """The name lists of `lint/data/dates.yaml` (loaded once)."""
    return {k: frozenset(v) for k, v in load_data("dates.yaml").items()}


@lru_cache(maxsize=None)
def note_opener() -> regex.Pattern:
    """`CORRECTION (March 6, 2025):`, `Editor's note:`, `Updated March 7`: the
    openings of `note_openers` in lint/data/dates.yaml, at a paragraph's start,
    also after a season and year (`Summer 2017 Update:`). Such a note is dated
    after publication by nature (dates.after-publication skips it) and names
    people as the story does (names.first-reference skips a surname in it)."""
    season = r"(?:(?:spring|summer|fall|autumn|winter)\s+\d{4}\s+)?"
    return regex.compile(r"[\W_]*(?P<opener>" + season + "(?:" + _phrases(names()["note_openers"]) + r"))\b",
                         regex.IGNORECASE)


# What follows a one-word note opener (`Correction`, `Update`) in a note's
# label: a colon, a parenthesis or a dash, or its date, a comma maybe before
# it (`Correction (Nov. 21, 2026):`, `Updated Nov. 21:`, `Update, 3:15 p.m.:`,
# `Update, Thursday, May 9, 2024:`: qa410 #6);
# a sentence's word does not (`Corrections officers said ...`, `Updated
# figures show ...`), nor a comma alone (`Corrections, Kessler said, ...`).
_LABEL_AFTER = regex.compile(rf"\s*(?:[:()\[\]—–-]|,?\s*(?:\d|(?i:{MONTH_WORDS}|{WEEKDAY_WORDS})\b))")


def opens_note(text: str) -> bool:
    """Whether a paragraph is a correction or editor's note (`note_opener`)
    for certain: an opener of more than one word (`Editor's note`, `An
    earlier version of this story`), one in capitals (`CORRECTION`), or one
    followed by a label's mark or date (`_LABEL_AFTER`)."""
    m = note_opener().match(text, None, None, SERIAL)
    if m is None:
        return False
    return len(m["opener"].split()) > 1 or m["opener"].isupper() or _LABEL_AFTER.match(text, m.end()) is not None


# Pre-tests for patterns the date mentions try at most dates and that seldom
# match: a `str` test that every match needs spares the `regex` call (some
# 3,000 instructions, most of them the call itself) where it fails.
# tests/test_date_scan_helpers.py checks each against its pattern.

# How far after a date THAT_YEAR's "year" may end: ", of the following year" is 24
# characters; the rest is room for runs of white space.
_THAT_YEAR_REACH = 80


def that_year(text: str, end: int) -> bool:
    """THAT_YEAR right after a date ("in June of that year"): it ends in the
    word "year", so none follows when the next `_THAT_YEAR_REACH` characters
    hold no "year". Bounded, as the pattern's own search for that word runs
    to the end of the text: a paragraph of yearless dates was quadratic (rv19 M5)."""
    return text.find("year", end, end + _THAT_YEAR_REACH) != -1 and THAT_YEAR.match(text, end) is not None


def range_day(text: str, end: int):
    """RANGE_DAY's match right after a date ("March 3-5"), or None; it opens
    with a hyphen or an en dash."""
    return RANGE_DAY.match(text, end) if text[end:end + 1] in ("-", "–") else None


MONTH_WORD = rf"{_MO_FULL}|(?:{_MO_ABBR})\.?"       # a month, full or abbreviated
WEEKDAY_WORD = rf"{_WD_FULL}|{_WD_ABBR}"             # a weekday, full or abbreviated (no stop)


def owned(text: str, start: int) -> bool:
    """OWNER in the 4 characters before a month ("the agency's September
    report"): it needs an apostrophe there."""
    before = text[max(0, start - 4):start]
    return ("'" in before or "’" in before) and OWNER.search(text, max(0, start - 4), start) is not None


def from_now(text: str, start: int) -> bool:
    """FROM_NOW in the 20 characters before a month ("between now and
    March"): it needs the word "now" there."""
    return "now" in text[max(0, start - 20):start] and \
        FROM_NOW.search(text, max(0, start - 20), start) is not None


def capitalised_after(text: str, end: int) -> str | None:
    """The capitalised word or digit after `end`, past spaces and commas
    (NEXT_WORD), or None; a character that can open neither ("on Friday.")
    answers without the pattern."""
    c = text[end:end + 1]
    if c != "," and not c.isspace() and not c.isupper() and not c.isdigit():
        return None
    m = NEXT_WORD.match(text, end)
    return m[1] if m else None


def prev_word(text: str, start: int) -> str:
    pm = PREV_WORD.match(text, max(0, start - 30), start, SERIAL)
    return pm[1] if pm else ""


def next_word(text: str, end: int) -> str:
    nxt = LOWER_WORD.match(text, end)
    return nxt[1] if nxt else ""


def bare_years(text: str) -> list[tuple[int, int, int]]:
    """(end, start, year) of each BARE_YEAR in `text`, left to right. The
    pattern is tried only where a year can start, after a space ("18", "19"
    or "20", found by `str.find`, and two more digits): its lookbehind made a
    scan of every character cost more than all the rest of a text's dates."""
    out = []
    done = 0
    for i in starts_of(text, ("18", "19", "20")):
        if i >= done and text[i - 1:i].isspace() and text[i + 2:i + 4].isdigit() \
                and (y := BARE_YEAR.match(text, i, None, SERIAL)) is not None:
            out.append((y.end(), y.start(), int(y[1])))
            done = y.end()
    return out


def year_in_aside(text: str, year_start: int, year_end: int, start: int) -> bool:
    """Does the year at text[year_start:year_end] stand in an aside that a
    comma closes before the mention at `start` ("The firm, founded in 1998,
    opens a store on March 4")? Then it does not set the mention's year."""
    return "," in text[year_end:start] and ASIDE_OPENING.search(
        text, max(0, year_start - 160), year_start) is not None


def words_after(text: str, end: int) -> tuple[str | None, ...]:
    """The lower-case words right after a date, up to three (NOUN_RUN's
    groups, None where the run stops; () when no word follows). Read once per
    date for `label_follows`, `names_event` and the word after it (the first:
    what `next_word` reads there)."""
    m = NOUN_RUN.match(text, end)
    return m.groups() if m is not None else ()


def names_event(run: tuple[str | None, ...], month: int, day: int) -> bool:
    """Is the day month/day one of `named_days` and does one of
    `named_day_nouns` follow it within three lower-case words (`run`, from
    `words_after`: "the Sept. 11 attacks")? Then it names that event,
    whatever the publication year."""
    lists = names()
    if f"{month}-{day}" not in lists["named_days"]:
        return False
    return any(word in lists["named_day_nouns"] for word in run if word)


def label_follows(run: tuple[str | None, ...]) -> bool:
    """Does the noun phrase after a date (`run`, from `words_after`) end in
    one of `label_nouns` ("the June quarter", "the February quarterly
    expiration cycle", "the March 9 week")? Read up to three lower-case
    words, stopping at a `not_nouns` word."""
    if not run:
        return False
    lists = names()
    for word in run:
        if word is None or word in lists["not_nouns"]:
            return False
        if word in lists["label_nouns"]:
            return True
    return False


def spans(text: str, lead_start: int, prev_end: int, start: int) -> bool:
    """Is the date at `start` the end of a span that starts with the date at
    `lead_start` ("July 1986/June 1987", "between June 2012 and April 2014",
    "from May 1 to May 9"), not an item of a list ("in May 2003 and May
    2004")? `prev_end` ends the date just before it."""
    if SPAN_JOIN.fullmatch(text, prev_end, start) is not None:
        return True
    return BETWEEN.search(text, max(0, lead_start - 10), lead_start) is not None \
        or SPAN_WORD.search(text, prev_end, start) is not None


def noun_follows(text: str, end: int) -> bool:
    """`the June summit`: a lower-case word right after the month."""
    rest = text[end:end + 2]
    return len(rest) == 2 and rest[0] in " \n" and rest[1].islower()
