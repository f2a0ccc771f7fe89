"""`caption-after-publication`: a photo caption that dates its picture after
the story's publication date.

AP captions (AP Stylebook, "captions": the action in the present tense,
with the picture's day and date) read "Mayor Ana Ruiz presents the plan at
City Hall on Monday, Dec. 7, 2026", so the tense checks (after-publication)
never judge their dates; but a picture cannot be taken
after the story that prints it ran. A caption's date is read as the
picture's when it surely falls after publication: its year is written (or
given by the run of dates it ends, or earlier in its sentence), or its
weekday is written and fits the date in the publication year ("Monday, Dec.
7" in a story of Dec. 3, 2026). Left alone, as dates of something still to
come and not of the picture:
- a caption of an advance: its sentence tells a future or a plan (`future`,
  `plan_modifiers` and `ahead_modifiers` in lint/data/tense.yaml: "will",
  "scheduled", "upcoming"; or "set to", "plans to", "ahead of", "is to");
- a date after a preposition of a target or deadline (`target_prepositions`:
  "for Saturday, Dec. 5", "until Dec. 7, 2026") or told by a verb of a
  schedule (`schedule_verbs`: "The exhibit opens Saturday, Dec. 5"), unless
  an action happens "as" that starts (`_as_it_starts`: "Shoppers rush in as
  the store opens at 6 a.m. Friday, Dec. 4, 2026", the picture's moment);
- a date before a noun, an event's ("the Dec. 7, 2026 vote"), unless that
  noun is the picture ("In this Dec. 7, 2026 photo");
- a date of the subject's day after `is` or `are` ("This year's run is
  Sunday, Dec. 6, 2026");
- either end of a range to a later day ("on view Dec. 5, 2026 to Jan. 10,
  2027", "through", a dash: "Dec. 5-12, 2026", "Dec. 5, 2026 – Jan. 10, 2027"),
  but not a night's two days ("overnight Dec. 4-5, 2026": the picture's);
- an event's date in a noun phrase after `for the` whose noun is an event's
  ("Tickets are on sale for the concert on Saturday, Dec. 12, 2026"; not
  "for the second day on Friday, Dec. 4, 2026");
- a date in a clause that gives a clock time and a verb of an event's start
  (`_EVENT_VERBS`: "The parade steps off at 10 a.m. Saturday, Dec. 5, 2026"),
  again unless "as" it starts; the time alone is no advance ("Hendricks
  speaks at 10 a.m. Friday, Dec. 4, 2026" dates the picture), nor is a verb
  in a relative clause after the date ("Shoppers wait Friday, Dec. 4, 2026
  for the store that opens at 6 a.m.");
- a date told in the past tense, which dates.after-publication reports (at
  error level), so that one date gets one finding;
- a correction or update note (`date_scan.note_opener`, as after-publication
  skips one).
A file photo's date is before publication and so never reported, and so is
a date up to the story's update date (`update_date.written_by`: front-matter
`lastmod`, a page's `article:modified_time` or JSON-LD `dateModified`, an
`Updated` stamp line): a picture added in an update (fx88).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import long_date
from ..analysis.date_scan import note_opener
from ..analysis.dates import DATE, date_mentions
from ..analysis.tense import FUTURE, PAST, words
from ..analysis.update_date import written_by
from ..analysis.numbers import NUMBER
from ..analysis.word_patterns import phrase_alternation
from .base import Finding, Kind, Option, not_negative
from ._read_dates import quoted_as_read

# Words of a plan that "will" and the plan lists do not hold.
_PLAN_PHRASES = ("set to", "set for", "plans to", "plan to", "ahead of", "is to", "are to")
# A date that is the subject's day ("This year's run is Sunday, Dec. 6, 2026"): a schedule.
_IS_BEFORE = regex.compile(r"\b(?:is|are)\s+(?:on\s+)?$", regex.IGNORECASE | regex.REVERSE)
# The picture itself after an attributive date: "In this Dec. 7, 2026 photo".
_PICTURE_NOUN = regex.compile(r",?\s+(?:(?:file|handout|pool|undated)\s+)?(?:photo|photograph|image|picture)s?\b",
                              regex.IGNORECASE)

# The end of a range after a date: "Dec. 5, 2026 to Jan. 10, 2027", "Dec. 5 - Jan. 10",
# "Dec. 5—Jan. 10"; an em dash between spaces sets off a clause instead ("Friday,
# Dec. 4, 2026 — Dec. 5 is the vote").
_RANGE_TO = regex.compile(r"\s*,?\s*(?:to|through|thru|-|–)\s*|—", regex.IGNORECASE)
# Events a caption's `for the ... on` names besides tense.yaml's
# `announced_events` (concert, parade, game, festival ...).
_SHOW_NOUNS = ("show", "gala", "fair", "tournament", "performance", "lighting", "exhibit", "exhibition",
               "screening", "fundraiser", "marathon", "recital")
# Verbs of an event's start that, with a clock time in the clause, make the
# date an advance's: "The parade steps off at 10 a.m. Saturday, Dec. 5".
_EVENT_VERBS = ("steps off", "step off", "kicks off", "kick off", "begins", "begin", "opens", "starts",
                "gets under way", "get under way", "gets underway", "get underway", "is scheduled",
                "are scheduled", "is set", "are set", "will")
# Those of a start that tell the moment "as" they happen (`_as_it_starts`).
_START_VERBS = ("steps off", "kicks off", "gets under way", "gets underway", "begins", "opens", "starts")
# Nouns of time a "when" clause may qualify ("the day when ..."), as an alternation.
_TIME_NOUNS = "day|night|morning|afternoon|evening|week|weekend|time|moment|hour|date|year|month"
_EVENT_VERB = regex.compile(rf"(?<![\w'’])(?:{phrase_alternation(_EVENT_VERBS)})(?![\w'’])", regex.IGNORECASE)
_CLOCK_WORD = regex.compile(r"\b(?:noon|midnight)\b", regex.IGNORECASE)
# What ends a clause inside a sentence: a semicolon, a dash, a colon (not a
# clock's: "10:30 a.m."), a comma before a conjunction or a relative
# ("..., before the parade kicks off"), or a relative pronoun ("... for the
# store that opens at 6 a.m.").
_CLAUSE_BREAK = regex.compile(r"[;—]|(?<!\d):|,\s+(?:and|but|while|where|when|as|after|before|which|who|whose)\b"
                              r"|\s(?:that|which|who)\b", regex.IGNORECASE)
# A night's two days, the picture's: "overnight Dec. 4-5", "through the night, Dec. 4-5".
_NIGHT_BEFORE = regex.compile(r"\b(?:overnight|night\s+of|through\s+the\s+night)\W*(?:(?:from|on)\s+)?$",
                              regex.IGNORECASE | regex.REVERSE)


@lru_cache(maxsize=None)
def _ahead() -> regex.Pattern:
    """A word of the future or of a plan anywhere in the date's sentence."""
    w = words()
    phrases = [*w["future"], *w["plan_modifiers"], *w["ahead_modifiers"], *_PLAN_PHRASES]
    return regex.compile(rf"(?<![\w'’])(?:{phrase_alternation(phrases)})(?![\w'’])", regex.IGNORECASE)


@lru_cache(maxsize=None)
def _event_for() -> regex.Pattern:
    """An event's noun phrase before the date, read backwards from it: "for
    the [holiday] concert on", "for the gala at [7 p.m. on]"; the noun is an
    event's (`announced_events` in lint/data/tense.yaml, `_SHOW_NOUNS`), so
    "for the second day on" and "for the homeless on" date the picture."""
    events = phrase_alternation([*words()["announced_events"], *_SHOW_NOUNS])
    return regex.compile(rf"\bfor\s+the\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?(?:{events})\s+(?:on|at)\s+"
                         r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s+(?:on\s+)?)?$",
                         regex.IGNORECASE | regex.REVERSE)


@lru_cache(maxsize=None)
def _as_it_starts() -> regex.Pattern:
    """The picture's moment before the date, read backwards from it: an
    action "as", "when" or "while" an event starts, told with a verb of a
    schedule or of a start (`schedule_verbs` in lint/data/tense.yaml,
    `_START_VERBS`) at most four words after the conjunction, and between
    the verb and the date a clock time at most ("Shoppers rush in as the
    store opens at 6 a.m. Friday, Dec. 4, 2026", "As the store opens ...,
    shoppers rush in", "... when the parade steps off ..."). The conjunction
    follows a word or opens the sentence (after a full stop, or at the
    caption's start); not "such as", "as soon as", "as well as" or "as long
    as", nor a "when" after a noun of time ("the day when the parade steps
    off": a relative clause, an advance's)."""
    verbs = phrase_alternation([*words()["schedule_verbs"], *_START_VERBS])
    return regex.compile(r"(?:(?<=\w[\s,]+)|(?<=(?:^|[.!?:][\"”’')]*\s)[\s*_“\"‘']*))"
                         r"(?<!\b(?:such|soon|well|long)\s+)"
                         rf"\b(?:as|while|(?<!\b(?:{_TIME_NOUNS})\s+)when)\s+"
                         r"(?:(?!(?:as|when|while)\b)[\p{L}\p{M}'’.-]+\s+){0,4}?"
                         rf"(?:{verbs})\s+(?:at\s+)?(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)?,?\s*"
                         r"(?:on\s+)?$", regex.IGNORECASE | regex.REVERSE)


@lru_cache(maxsize=None)
def _target_before() -> regex.Pattern:
    """A target preposition right before the date, read backwards from it:
    "for [the] Saturday, Dec. 5", "until Dec. 7"."""
    return regex.compile(rf"\b(?:{phrase_alternation(words()['target_prepositions'])})\s+(?:the\s+)?$",
                         regex.IGNORECASE | regex.REVERSE)


class CaptionAfterPublication(Kind):
    name = "caption-after-publication"
    placeholders = frozenset({"published"})
    needs_published = True
    description = "Flags a photo caption that dates its picture after the publication date."
    default_scope = ("caption",)
    options = {
        "grace-days": Option(int, 0, check=not_negative,
                             help="days after publication still accepted (late-night updates)"),
    }

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        limit = written_by(doc, self.opts["grace-days"])     # an update's picture: taken by its date
        found = date_mentions(doc)
        for part in parts:
            every = found.get(part.index, ())
            mentions = [(k, m) for k, m in enumerate(every) if m.kind == DATE and m.date is not None
                        and m.date > limit and _surely_dated(m, published)]
            if not mentions or note_opener().match(part.text):
                continue
            for k, m in mentions:
                if not _still_to_come(m) and not _in_range(m, every[max(k - 1, 0):k], every[k + 1:k + 2]):
                    yield Finding(part, m.start, m.end, args={"published": long_date(published)})


def _surely_dated(m, published) -> bool:
    """The mention's day is after publication whatever year is meant: its
    year is written (in it, its run or its sentence), or its written weekday
    fits the day in the publication year."""
    return bool(m.year_written or m.year_from) or (
        m.date.year == published.year and m.weekday_fits(published.year))


def _still_to_come(m) -> bool:
    """Does the caption date something ahead, not its picture (see the module
    docstring)?"""
    tense = m.tense
    start, stop = m.sentence
    if tense.tense in (FUTURE, PAST) or tense.planned:
        return True         # (a past one is after-publication's, at error level)
    moment = _as_it_starts().match(m.text, start, m.start) is not None
    if tense.marker.lower() in words()["schedule_verbs"] and not moment:
        return True
    if _ahead().search(m.text, start, stop) or _target_before().match(m.text, start, m.start) \
            or _IS_BEFORE.match(m.text, start, m.start) or _event_for().match(m.text, start, m.start) \
            or not moment and _event_at_a_time(m, start, stop):
        return True
    return m.attributive and not _PICTURE_NOUN.match(m.text, m.end)


def _in_range(m, before, after) -> bool:
    """Is the date one end of a range to a later day: a day range ("Dec.
    5-12"), or a date joined by "to", "through" or a dash to the mention
    after it (`after`, none or one: "Dec. 5, 2026 to Jan. 10, 2027") or
    before it (`before`: "Dec. 5, 2026 – Jan. 10, 2027")? Not a night's two
    days (`_NIGHT_BEFORE` before the range's first day: "overnight Dec.
    4-5"), the picture's."""
    first = m if m.end_day > m.day else next(
        (m for n in after if n.lead is not None and n.first is not None and n.first > m.date
         and _RANGE_TO.fullmatch(m.text, m.end, n.start)), None)
    if first is None and m.lead is not None:
        first = next((n for n in before if n.date is not None and n.date < m.date
                      and _RANGE_TO.fullmatch(m.text, n.end, m.start)), None)
    return first is not None and not _NIGHT_BEFORE.match(m.text, 0, first.start)


def _event_at_a_time(m, start: int, stop: int) -> bool:
    """Does the date's clause (its sentence, cut at `_CLAUSE_BREAK`) give a
    clock time and a verb of an event's start (`_EVENT_VERBS`)?"""
    for brk in _CLAUSE_BREAK.finditer(m.text, start, stop):
        if brk.end() <= m.start:
            start = brk.end()
        elif brk.start() >= m.end:
            stop = brk.start()
            break
    if not _EVENT_VERB.search(m.text, start, stop):
        return False
    return _CLOCK_WORD.search(m.text, start, stop) is not None or any(
        n["time"] or n["time_dot"] or n["hour"] for n in NUMBER.finditer(m.text, start, stop))


KIND = CaptionAfterPublication
