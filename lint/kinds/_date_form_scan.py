"""The month tokens of `date-form` (see `date_form`): where each stands and what
stands round it (a day after it, a day or weekday before it, a year, a word
such as `in`), read once per text by `scan`. The patterns and abbreviation
tables are `date_form`'s and `numeric_date`'s; the deviations read from a
token are `date_form`'s."""
from __future__ import annotations

from dataclasses import dataclass

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES, WEEKDAYS
from ..analysis.date_anchors import triggers
from ..regex_cache import SERIAL


# AP's abbreviation for each month that has one (before a day only).
AP_ABBREVIATION = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
                   "October": "Oct.", "November": "Nov.", "December": "Dec."}
# Abbreviations writers use, mapped to the full name.
ABBREVIATED = {"Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April",
               "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September",
               "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December"}

_NAMES = sorted([*MONTH_NAMES, *ABBREVIATED], key=len, reverse=True)
# After a hyphen only where it joins a range from a year or a month's day
# ("Aug. 2013-Aug. 2014", "Jan. 5-Feb. 3"), not a word ("Mar-a-Lago",
# "mid-Aug.") nor a day alone, written first ("15-Sept. 2025", qa43 #1).
MONTH = regex.compile(r"(?:(?<![\p{L}\p{N}.'’/-])|(?<=(?<![\p{L}\p{N}])\p{N}{4}-)|(?<=(?:"
                      + "|".join(_NAMES) + r")\.?\s+\p{N}{1,2}-))(?P<name>" + "|".join(_NAMES)
                      + r")(?P<dot>\.)?(?![\p{L}\p{N}'’/-])")
# A month token is a capitalised word (`date_anchors.triggers`) that is a month name:
# MONTH is tried only there.
_CANDIDATES = frozenset(_NAMES)
# The space between a month and its day or year: a wrapped line, not a table's columns.
_GAP = r"(?:[ \t\u00a0\u202f]{1,3}|[ \t]?\r?\n[ \t]*)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?P<ord>st|nd|rd|th)?"
# What a day's digits may not run on into: a word, a larger number, a percent.
_RUNS_ON = r"[\p{L}\p{N}%]|[.,:/]\p{N}"
# A day after the month, not part of a larger number or a quantity.
# (A footnote mark after the day, U+2063s: `sup_notes.unread_marks`, is looked past.)
DAY_AFTER = regex.compile(_GAP + _DAY + r"(?!\u2063*(?:" + _RUNS_ON +
                          r"|\s*(?:percent|per cent|million|billion|trillion)\b))")
# A day after the month that a slash joins to a number ("March 5/6", "5/2025"):
# no day for DAY_AFTER (`_RUNS_ON`), but the day an abbreviated weekday right
# before the month names whatever the slash joins ("Wed., March 5/6": rr46b #1).
SLASHED_DAY_AFTER = regex.compile(_GAP + _DAY + r"/\p{N}")
# A later day of the same month after a day: a range ("April 23rd-24th", "June
# 1st to 3rd") or a pair or list ("June 1st and 2nd", "Jan. 20th, 21st or
# 22nd"). Not a day: one before a month of its own ("June 30th and 1st of
# July"), a time ("June 1 to 3 p.m.") or an ordinal of a noun ("June's 1st and
# 2nd quarters" after a month: "2nd quarters", "2nd-place").
LATER_DAY = regex.compile(
    r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|through|thru|and|or)[ \t]+|,[ \t]+(?:(?:and|or)[ \t]+)?)"
    + _DAY + r"(?!" + _RUNS_ON + r"|-\p{L}|[ \t]*[ap]\.?m\b"
    r"|[ \t]+(?:of[ \t]+)?(?:" + "|".join(_NAMES) + r")\b"
    r"|[ \t]+(?:quarter|half|halves|place|round|floor|grade|centur|term|season|period|inning"
    r"|stage|leg|edition|anniversar|birthday|generation|amendment|district|ward|avenue|street"
    r"|time|year|week|month|day|hour|minute|game|race|lap|heat|set|test|try|attempt))")
# DAY_AFTER's and LATER_DAY's groups (`_DAY`'s, after a gap that has none), read by number (see regex_cache).
DAY_G, ORD_G = 1, 2
# YEAR's separator group and BEFORE_MONTH's weekday, read by number in the hot path.
SEP_G, WD_G = 1, 1
# (A footnote mark read as U+2063s, `sup_notes`, may stand first: after a day,
# `Dec. 1<sup>1</sup>, 2023`, or a month the month-year check reads past,
# `date_form._month_year_past_figures`.)
YEAR = regex.compile(r"(?P<sep>\u2063*,?\u2063*" + _GAP + r"(?:of\s+)?)(?:1[6-9]|20)\d\d(?![\p{N}]|[.,]\p{N})")
_WEEKDAY = (r"(?:(?<![\p{L}\p{N}.'’-])(?P<wd>" + "|".join(
    sorted((w.capitalize() for w in WEEKDAYS if len(w) < 6), key=len, reverse=True))
    + r")(?P<wdp>\.,?|,)?(?:\s+|(?<=\.)[ \t\u00a0]*(?P<wdparen>\()[ \t\u00a0]*))?")
# What may stand right before a month: an abbreviated weekday (also with the
# date in parentheses after its stop: "Wed. (Nov. 17)", nu23 #4; not "The Sun
# (Nov. 28)"), a day written first.
# Matched in reverse, anchored at the month, so only the text just before it is read.
BEFORE_MONTH = regex.compile(
    _WEEKDAY + r"(?:(?P<the>(?<![\p{L}\p{N}])[Tt]he\s+)?(?P<day1>(?<![\p{L}\p{N}.,:])"
    r"(?:[12]\d|3[01]|0?[1-9]))(?P<ord1>st|nd|rd|th)?\u2063*\s+(?:of\s+)?)?", regex.REVERSE)
# Words after which an abbreviation with a period is surely a month, not a name.
LEAD_IN = regex.compile(r"(?:\b(?:in|since|until|till|by|from|through|during|last|next|early|"
                        r"late|mid|of|this|that|each|every|before|after)\s+|\bmid-)",
                        regex.IGNORECASE | regex.REVERSE)
IN_BEFORE = regex.compile(r"\b[Ii]n\s+", regex.REVERSE)
# "Theresa May, 2017", "June Carter": a month right after a capitalised word that
# is no date word and does not open a sentence is someone's name.
PREV_WORD = regex.compile(r"(?<![.!?:\"“]\s*|^)(?<![\p{L}\p{N}])(?P<w>\p{Lu}\p{Ll}+) ",
                          regex.REVERSE)
DATE_WORDS = frozenset(
    "In On By At Of Since Until Till From Through To During Last Next Early Late Mid This That "
    "Each Every Before After Between And Or The".split() + [w.capitalize() for w in WEEKDAYS])
SENTENCE_GOES_ON = regex.compile(r"\s*(?:$|\p{Lu}|[\"“”])")
NOT_A_DATE_AFTER = regex.compile(r"\s+Day\b")          # May Day
# A date stamp a machine wrote, not the reporter, so its form is no style
# matter: a blog template's post-meta line (WordPress's "This entry was posted
# on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under ...", a line
# that opens "Posted on", "Posted by admin on"), a CMS's update stamp at a
# line's start ("Last updated Sat 24 Jan 2015", "Updated at 14:41 on Tue 10
# Feb 2015", "Updated: May 5th, 2013"), an e-mail's header quoted in a story
# ("Date: Tue, Jul 29, 2014") and an embedded tweet's signature ("— Ana Ruiz
# (@anaruiz) February 11, 2015"). A stamp's word at a line's start is
# capitalised: a lower-case one opens a hard-wrapped line of prose ("were
# last\nupdated May 5th, 2013"). Read in reverse, anchored at the month.
# A line-start stamp (`LINE_STAMP`) is the template's only in a page a CMS
# wrote (HTML, a feed, plain text scraped from one): in a writer's Markdown
# the line is copy they typed ("Updated on August 5th at 10am.", nu73 #8),
# its date styled as any other (`scan`'s `typed`).
POST_META = regex.compile(
    r"(?:\bthis\s+entry\s+was\s+posted|(?<![^\n])[ \t]*(?-i:P)osted"
    r"(?:\s+by\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})?"
    r"|(?<![^\n])[ \t]*(?:(?-i:L)ast\s+updated|(?-i:U)pdated)(?:\s+at\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?"
    r"|(?-i:\bDate:)|\(@\w{1,15}\))(?:\s+on|:)?\s+"
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?",
    regex.IGNORECASE | regex.REVERSE)

LINE_STAMP = regex.compile(r"[ \t]*(?:Posted|Last\s+updated|Updated)\b", regex.IGNORECASE)   # as POST_META reads them (qa417 #1)


def _may_be_meta(text: str) -> bool:
    """False when POST_META cannot match anywhere in `text`: each of its forms
    needs "posted", "updated" (any case: `casefold` also reads the "ſ" its
    IGNORECASE takes for "s"), "Date:" or "(@". Most stories have none, and
    skip its reverse match at every month (a sixth of this scan). The text
    is lowered, not case-folded (pf52: eight times cheaper for ASCII text,
    a third less for the rest): the pattern folds case simply (`regex`'s
    VERSION0, no FULLCASE), so the only letter of these words it takes from
    beyond ASCII is the long s, put back as "s"."""
    if "Date:" in text or "(@" in text:
        return True
    folded = text.lower()
    if "\u017f" in folded:
        folded = folded.replace("\u017f", "s")
    return "posted" in folded or "updated" in folded


@dataclass
class Month:
    """A month token in part.text and what stands around it."""

    start: int
    end: int
    name: str              # as written, without the period
    dot: bool
    context: str           # "day", "day-first", "year", "lead-in" or "" (nothing telling)
    sentence_end: bool     # the period may also end the sentence
    meta: bool             # in a machine's date stamp (`POST_META`)
    before: regex.Match | None = None   # BEFORE_MONTH
    day: regex.Match | None = None      # DAY_AFTER
    year: regex.Match | None = None     # YEAR; not read after a day or a name (it decides nothing there)


def scan(text: str, typed: bool = False) -> list[Month]:
    """The month tokens of `text`; with `typed` (a Markdown writer's text),
    a line-start update or posting stamp is no machine's (`LINE_STAMP`)."""
    found = []
    meta_here = None                       # `_may_be_meta`, asked at the first month
    # A fixed, linear pattern: no need for the per-call timeout user regexes get
    # (it would double the cost of this scan).
    for at, word in triggers(text):
        m = MONTH.match(text, at, None, SERIAL) if word in _CANDIDATES else None
        if m is None:
            continue
        start, end = m.span()
        name, dot = m.groups()             # (by number: see regex_cache)
        before = BEFORE_MONTH.match(text, max(0, start - 24), start, SERIAL)
        if before is not None and before.start() == start:
            before = None
        day = DAY_AFTER.match(text, end, None, SERIAL)
        year = None
        prev = PREV_WORD.match(text, max(0, start - 16), start, SERIAL)
        if prev is not None and prev["w"] not in DATE_WORDS:
            context = ""                   # a name, not a month
        elif day and name not in ABBREVIATED and IN_BEFORE.match(text, max(0, start - 4), start, SERIAL):
            day, context = None, "lead-in"         # "In January 25 people": a count
        elif day:
            context = "day"
        else:                              # only here can the year decide or be fixed
            year = YEAR.match(text, end, None, SERIAL)
            if before is not None and before["day1"] and not NOT_A_DATE_AFTER.match(text, end):
                context = "day-first"
            elif year:
                context = "year"
            elif LEAD_IN.match(text, max(0, start - 12), start, SERIAL):
                context = "lead-in"
            else:
                context = ""
        sentence_end = bool(dot) and context in ("lead-in", "") and bool(
            SENTENCE_GOES_ON.match(text, end, None, SERIAL))
        if meta_here is None:
            meta_here = _may_be_meta(text)
        meta = meta_here and (stamp := POST_META.match(text, max(0, start - 80), start)) is not None \
            and not (typed and LINE_STAMP.match(text, stamp.start()))
        found.append(Month(start, end, name, bool(dot), context, sentence_end, meta,
                           before, day, year))
    return found


# After a full date's year, the sentence going on with a lower-case word
# (`Dec. 1, 2026 at 10 a.m.`): AP ("dates") sets the year off with a comma. Not
# before a word that joins it to another date (`Jan. 5, 2025 to March 3`), where
# houses differ, nor before one that ends the date's own phrase (`from Dec. 1,
# 2026 onward`). "and" joins dates only when one comes right after it
# (`March 4, 2025 and April 1`); `met March 4, 2025 and approved` goes on (nu68 #8).
_YEAR_GOES_ON = regex.compile(r"[ \t]+(?!(?:to|through|thru|or|until|till|vs|onwards?|forward|thereafter)\b)\p{Ll}")
_AND = regex.compile(r"[ \t]+and\b")
# `and through the summer`, `and thereafter`: the joining word after "and" (qa357 #3)
_AND_JOINING = regex.compile(r"[ \t]+(?:through|thru|until|till|onwards?|forward|thereafter)\b")
_DATE_AHEAD = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(_NAMES) + "|" + "|".join(
        sorted((w.capitalize() for w in WEEKDAYS), key=len, reverse=True))
    + r"|(?:1[6-9]|20)\d\d|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\p{L}\p{N}])")
_AND_DATE = regex.compile(r"(?:[ \t]+(?:again|also|then|on|by|the|from))*[ \t]+"
                          r"(?:(?:\d{1,2}(?::\d\d)?[ \t]*[ap]\.m\.|noon|midnight)[ \t]+)?" + _DATE_AHEAD.pattern)


def year_goes_on(text: str, at: int) -> bool:
    """Whether the sentence goes on after the year ending at `at` so that AP wants a comma there."""
    if _YEAR_GOES_ON.match(text, at) is None:
        return False
    joined = _AND.match(text, at)
    if joined is None:
        return True
    if _AND_JOINING.match(text, joined.end()):
        return False
    # a date right after "and" (maybe after `again`, `on`, `the`, a time) joins it: `and March 5`,
    # `and again on Wednesday`, `and 10 a.m. March 5`; one further on does not (`and approved the
    # 2026 budget`, qa357 #1, #2)
    return _AND_DATE.match(text, joined.end()) is None
