"""A CMS timestamp line ("Posted: Tuesday, Dec. 15, 2014 at 12:56 PM ET |
Updated 1:05 p.m."): the words it is made of and the tests the HTML reader
uses to read one as page furniture or as a `timestamp` field (date checks
only), never as prose or a dateline."""
from __future__ import annotations

from .. import rx as regex

from ..analysis.calendar import max_day
from ..regex_join import longest_first
from ._byline_lines import byline_role

# Words a CMS timestamp line is made of, besides figures and punctuation:
# "Posted: Tuesday, Dec. 15, 2014 at 12:56 PM ET | Updated 1:05 p.m."
STAMP_WORDS = frozenset("""
    posted published updated modified last first latest update originally at on by
    am pm a.m p.m a p m noon midnight et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    st nd rd th""".split())
_STAMP_TOKEN = regex.compile(r"[\p{L}]+|\d+")


def is_timestamp(text: str) -> bool:
    """True when a line is only a date and/or time, perhaps after "Posted:" or
    "Updated", as a CMS prints it above or below a story: page furniture."""
    count, figure = 0, False
    for m in _STAMP_TOKEN.finditer(text.lower()):    # (a paragraph's first word ends it)
        token = m.group()
        count += 1
        if count > 32 or not (token.isdigit() or token in STAMP_WORDS):
            return False
        figure = figure or token.isdigit()
    return figure


# "By" or "by" before a run of capitalised words ("By June Sun", "Posted by
# May on", "by Jan Sun"): the writer's name when it is no date (`byline_writer`).
_BY_RUN = regex.compile(r"(?<![\p{L}\p{N}])(?i:by):?[\s\u00a0]+"
                        r"(?P<run>\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3})")
# A weekday or month word that opens a date ("Tuesday, Dec. 29", "Tuesday,
# 29 December", "Feb. 30", "Sun 29"), or a stamp's lead word (`opens_with_stamp`).
_DATE_OPENS = regex.compile(
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \u00a0]+"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?[ \u00a0]+)?\d"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?,?[ \u00a0]+\d)")
_SHORT_DAYS = frozenset("mon tue wed thu fri sat sun".split())
_STAMP_LEADS = frozenset("posted published updated modified first last".split())


def _stamp_opens(text: str, at: int, words: list) -> int | None:
    """The index of the run's word where a stamp opens (`_DATE_OPENS`, or a
    stamp's lead word: "By June Sun Updated Tuesday, ..."), so that a name
    never runs on over it (qa423 #1): the first such word after the second,
    else the second but a weekday cut short with no stop, a surname as often
    ("By June Sun Feb. 30", "By June Sun, Feb. 30": the name keeps "Sun",
    the date is cut back to the stamp's part by `dates`, qa423 #2); None
    when none does."""
    found = [k for k, w in enumerate(words) if (k >= 2 or k == 1 and w[0].lower() not in _SHORT_DAYS)
             and _opens_stamp(text, at + w.start(), w[0])]
    later = [k for k in found if k >= 2]
    return later[0] if later else (found[0] if found else None)


def _opens_stamp(text: str, at: int, word: str) -> bool:
    """Whether `word`, at text[at], opens a date (`_DATE_OPENS`) or a stamp
    (a lead word, `opens_with_stamp`)."""
    low = word.lower()
    return low.strip(".") in _MONTH_OR_DAY and _DATE_OPENS.match(text, at) is not None or \
        low in _STAMP_LEADS and opens_with_stamp(text[at:])


# Another writer or an affiliation after the first name, joined by a comma,
# "and", "&", "for", "of", "with" or a bar ("By Ann Lee and Bob Cho |", "By
# Ann Lee, Associated Press |", "By Ann Lee for The Times |", "By Ann Lee |
# The Times |": qa423 #9, qa430 #5).
_MORE_NAMES = regex.compile(r"[ \u00a0]*(?:,|&|\|[ \u00a0]|\b(?:and|for|of|with)\b)[ \u00a0]*"
                            r"(?P<run>\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3})")
# A writer's role in lower case after a comma ("By Ann Lee, staff writer |"),
# read as a role by `_byline_lines.byline_role` (qa430 #5).
_LOWER_ROLE = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?P<run>\p{Ll}+(?:[ \u00a0]+\p{Ll}+){0,3})(?![\p{L}.])")


def _more_names(text: str, end: int) -> int:
    """The end of the writers' names that start with one ending at
    text[end]: more names or an affiliation joined to it (qa423 #9), each
    up to a word that opens the stamp ("By Jan Sun, Tuesday, Dec. 29" adds
    none), or a role in lower case (`_LOWER_ROLE`)."""
    while True:
        role = _LOWER_ROLE.match(text, end)
        if role is not None and byline_role(role["run"]):
            end = role.end("run")
            continue
        if (m := _MORE_NAMES.match(text, end)) is None:
            break
        words = list(regex.finditer(r"\S+", m["run"]))
        cut = next((k for k, w in enumerate(words) if _opens_stamp(text, m.start("run") + w.start(), w[0])), None)
        if cut == 0:
            break
        end = m.start("run") + words[(cut or len(words)) - 1].end()
        if cut is not None:
            break
    return end


# A byline's first segment before a separator ("June Sun | Dec. 29, 2014";
# a comma, a slash or a spaced hyphen too: "June Sun, Dec. 29, 2014", qa423 #8).
_LEAD_SEGMENT = regex.compile(r"\s*(?P<run>\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){1,3})"
                              r"[ \u00a0]*(?:[|\u2022\u00b7\u2013\u2014,/]|-(?=[ \u00a0]))")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
                      "thurs fri sat sun".split())
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_OR_DAY = _WEEKDAYS | _MONTHS


def byline_writer(text: str) -> tuple[int, int] | None:
    """(start, end) of the writer's name in a byline-classed line that is a
    writer and a CMS stamp, every other word a stamp's (`is_timestamp`):
    "By June Sun | Dec. 29, 2014", "Posted by May on Dec. 29, 2014",
    "Posted at 10:32 am by Jan Sun", or with no "By" a first segment of two
    to four capitalised words before a bar, a comma, a slash or a spaced
    hyphen (`_lead_name`: "June Sun | Dec. 29, 2014", "June Sun, Dec. 29,
    2014", "Will May, Tuesday, Dec. 29, 2014", "Ann Lee | ...", qa409 #6,
    qa415 #3, qa423 #8, qa430 #9). None when no name is read: "by" before a
    date ("Posted by: Tuesday, Dec. 29, 2014", "by May 29"), a time or a
    lower-case word ("Posted by on ...", qa415 #1), or a line whose rest is
    no stamp (a plain byline)."""
    span = None
    for m in _BY_RUN.finditer(text):
        words = list(regex.finditer(r"\S+", m["run"]))
        if (cut := _stamp_opens(text, m.start("run"), words)) is not None:
            words = words[:cut]     # "By June Sun Tuesday, Dec. 29": the name ends before the stamp
        elif regex.match(r"[\s\u00a0]*\d", text[m.end():]) and words[-1][0].lower().strip(".") in _MONTHS:
            words.pop()             # "by May 29": the last word is a date's month
        if words and not (len(words) == 1 and words[0][0].lower().strip(".") in _WEEKDAYS):
            span = (m.start("run"), _more_names(text, m.start("run") + words[-1].end()))
            break
    if span is None and (m := _LEAD_SEGMENT.match(text)) is not None and _lead_name(m["run"].split()):
        span = m.span("run")
    if span is None or not is_timestamp(text[:span[0]] + " " + text[span[1]:]):
        return None
    return span


def _lead_name(words: list[str]) -> bool:
    """Whether a byline's first segment, with no "By", is a writer's name:
    month or weekday words only ("June Sun", "May Day"), or any capitalised
    words not all a stamp's (`STAMP_WORDS`: "Sunday Ogunleye", "Will May",
    "Ann Lee"); "Posted Tuesday, Dec. 29, 2014" or "Updated Dec, 29"
    names no one: the whole line is the stamp."""
    low = [w.lower().strip(".") for w in words]
    return all(w in _MONTH_OR_DAY for w in low) or not all(w in STAMP_WORDS for w in low)


# A "dateline" element that holds a CMS timestamp ("Published: Dec. 11, 2014 7:18 am")
# is page furniture: it becomes a `timestamp` field (date checks only), not a dateline.
TIMESTAMP = regex.compile(r"\s*(?:(?P<lead>(?:first\s+|last\s+)?(?:published|posted|updated|modified)\b)|"
                          r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|"
                          r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4})",
                          regex.IGNORECASE)


def opens_with_stamp(line: str) -> bool:
    """True when a line opens with a CMS time stamp (`TIMESTAMP`): a date, or
    a stamp's lead word with a date or time after it, its words up to the
    first figure all a stamp's (`STAMP_WORDS`: "Updated 1:05 p.m.", "Last
    updated at 5:32", "Posted: Tuesday, Dec. 15, 2014"). A sentence that
    opens on the word alone ("Updated plans for the harbour ...", "Posted
    workers walked out ...") is no stamp (qa191 #4), nor one whose figure
    a noun follows (`_STAMP_FIGURE`), read past the whole figure when it
    is a span or a count (`_FIGURE_GROUP`: "Updated 2026/27 budget
    figures", "Updated 1,200 jobs", qa205 #2), unless that figure is a
    day and a month, in either order (`_day_and_month`), and no noun
    follows it (`_note_goes_on`: "Updated 12/5 to include ...", "Updated
    25/12 after publication ...", qa210 #1, qa216 #3, #4)."""
    m = TIMESTAMP.match(line)
    if m is None or m["lead"] is None:
        return m is not None
    rest = line[m.end():].lower()
    for token in _STAMP_TOKEN.finditer(rest):
        if token[0].isdigit():
            group = _FIGURE_GROUP.match(rest, token.end())
            at = group.end() if group is not None and group[0].count("/") < 2 else token.end()
            return _STAMP_FIGURE.match(rest, at) is not None or (
                at > token.end() and _day_and_month(rest[token.start():at]) and _note_goes_on(rest, at))
        if token[0] not in STAMP_WORDS:
            return False
    return False


def _day_and_month(figure: str) -> bool:
    """A figure read whole that is a day and a month in either order
    ("12/5", "2/29"; day first, as UK and European sites print it: "25/12",
    qa216 #3), as `calendar.max_day` reads a date of no known year: no
    span of years ("2026/27"), no count ("1,200"), no "13/13"."""
    first, slash, second = figure.partition("/")
    if not (slash and first.isdigit() and second.isdigit()):
        return False
    return any(1 <= int(month) <= 12 and 1 <= int(day) <= max_day(None, int(month))
               for month, day in ((first, second), (second, first)))


def _note_goes_on(rest: str, at: int) -> bool:
    """True when the word after a stamp's day and month (`rest[at:]`, lower
    case) is a function word (titles.yaml `stopwords`: "to include ...",
    "after publication", "and 12/6", "the mayor said") and so no noun the
    figure modifies ("9/11 memorial"), or a participle that opens the
    note ("adding comment", "correcting the spelling", "following
    publication": qa222 #7, read as stamps on main too); "of" makes the
    figure a share ("2/3 of voters")."""
    from ..analysis.words import tables      # read on first use
    word = _NEXT_WORD.match(rest, at)
    return word is not None and word[1] != "of" and (
        word[1] in tables()["stopwords"] or len(word[1]) > 4 and word[1].endswith("ing"))


# A figure's other pieces, joined to it by a slash or a comma with no space:
# one slash makes a span of years or a day of one month ("2026/27", "9/11",
# "5/12"), a comma a count in thousands ("1,200"), whose end `_STAMP_FIGURE`
# judges; two slashes make a full date ("12/05/2026"), a stamp whatever follows.
_FIGURE_GROUP = regex.compile(r"(?:[/,]\d++)+")
# The word after an update note's day and month ("Updated 12/5 to include
# comment from the mayor.", "Posted 12/5 in Politics"), judged by `_note_goes_on`.
_NEXT_WORD = regex.compile(r"\s+([\p{L}']+)\b")
# What follows a stamp's first figure: the line's end, a mark ("1:05", "4,
# 2026", "12/05"), a stamp's word ("5 p.m.", "Dec"), a figure, or an age in
# one unit or more, spelt out or cut short, with or without a stop ("2 hours
# ago", "5h ago", "2 wks ago", "2 hrs. ago", "2 hours, 5 minutes ago",
# qa200 #4); a noun after it makes the figure a count or a year that
# qualifies it ("Updated 2026 budget figures", "Updated 911 dispatch rules":
# no stamp, rr47a #2).
_AGE_UNIT = (r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?"
             r"|[smhdwy])\.?")
# The words that may follow the figure are a time's, a zone's, a day's, a
# month's or an ordinal's, or "at", "on", "by" ("Dec 15 at 3 p.m."), escaped:
# no lead word ("Updated 2026 first-quarter figures") and no "a.m" that
# matches "arm". A hyphen or dash before figures is a date's only when
# another mark and figure follow ("2026-12-05"): "2026-27" is a span of
# years (rr48a #4). In `longest_first` order, the same in every run (qa339 #2).
_AFTER_FIGURE = sorted(STAMP_WORDS - {"posted", "published", "updated", "modified", "last", "first", "latest",
                                      "update", "originally", "a", "p", "m"}, key=longest_first)
_STAMP_FIGURE = regex.compile(rf"\s*+(?:$|(?![-\u2013\u2014]\d++(?![-/.:]\d))[^\w\s]|\d"
                              rf"|(?:{'|'.join(map(regex.escape, _AFTER_FIGURE))})\b"
                              rf"|{_AGE_UNIT}(?:,?\s*(?:and\s+)?\d+\s*{_AGE_UNIT})*\s+ago\b)")
