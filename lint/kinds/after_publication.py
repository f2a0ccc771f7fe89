"""`after-publication`: an event told in the past tense but dated after the
story's own publication date.

With a written year that is a plain error. Without one the date was read in
the publication year; a past event after publication can then only mean an
earlier year, which the copy must write, so the finding is a warning with its
own message. Only dates up to `window-days` after publication are flagged
without a year: "rose in December" in a March story is the usual shorthand
for the December just gone, while "the June summit" in a May story is
either a date error or a year-old event that needs its year.

A date in a phrase inside the subject dates that phrase's noun, not the
verb after it, when the verb has a time of its own at or before publication:
"Tickets for the final on June 9 sold out last month" (the selling was last
month; the final is ahead) is not judged, while "The vote on June 9 passed
last week" (the date is the subject's own) still is. A `for` phrase on a noun
got ahead of an event (tickets, seats, preparations) names that event, so its
date is the event's even without such a time ("Tickets for the final on June 9
sold out"); on another noun the date stays the noun's ("A vigil for the
victims on June 9 drew hundreds" is flagged). A verb of making an event
known or setting it dates its event ("announced a rally on June 12"), never
one done at the event ("held a rally on June 12" is flagged), and one that
may be either ("organized a protest", "called a session") only through `for`.
A date set before the noun of a `for` or `to` phrase is that event's ("Crews
prepared the route for the Dec. 12 parade", "agreed to a Dec. 1 debate").

A date after publication but on or before the story's own update date
(front-matter `lastmod`, a page's `article:modified_time` or JSON-LD
`dateModified`, an `Updated` stamp line: `lint.analysis.update_date`) was
written in an update, as a live log's entries past midnight are, and is not
judged.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import add_days, long_date
from ..analysis.carried_reading import carried_reading
from ..analysis.date_scan import note_opener
from ..analysis.later_days import later_days
from ..analysis.dates import DATE, MONTH, date_mentions
from ..analysis.tense import PAST, UNKNOWN, words
from ..analysis.update_date import written_by
from ..analysis.verb_group import cue, phrase_words
from ..analysis.weekday_pairs import written_span
from ..analysis.word_patterns import phrase_alternation
from ..diagnostic import LEVELS
from ..regex_cache import SERIAL
from ._called_off import called_off, date_runs
from ._next_paragraph import told_next
from .base import Finding, Kind, Option, not_negative
from ._read_dates import quoted_as_read


@lru_cache(maxsize=None)
def _nested() -> tuple[regex.Pattern, regex.Pattern]:
    """The date's own phrase hanging on a noun inside a phrase of the subject:
    "Tickets [for the final] on", "Seats [at the Oscars] on" (a determiner of
    `nested_determiners` in lint/data/tense.yaml, at most three words, then the
    date's preposition and the date); and the date before that noun, "Tickets
    [for the] June 9 final" (the one word between the date and the verb is
    then the noun). Both end at the date and are read in reverse from it: a
    forward search tried every word from the sentence's start, for each date
    (quadratic: a 150,000-character run-on sentence of 1,100 dates took 53 s;
    now 3 s)."""
    dets = "|".join(sorted(words()["nested_determiners"]))
    head = rf"(?P<head>\w[\w'’-]*)\s+(?P<prep>for|of|at|to|in|from|with|about)\s+(?:{dets})\s+"
    after = regex.compile(head + r"(?:[\w'’-]+\s+){1,3}(?:on|in|at|for)\s+(?:the\s+)?$",
                          regex.IGNORECASE | regex.REVERSE)
    before = regex.compile(head + "$", regex.IGNORECASE | regex.REVERSE)
    return after, before


_VERB_TO_TIME = 6    # words at most between the verb and its own time


# Parts written in headline style, which drops the be of a passive ("June 9
# game canceled").
HEADLINE_KINDS = ("headline", "title", "dek")


@lru_cache(maxsize=None)
def _advance_for() -> regex.Pattern:
    """A verb of getting ahead of an event (`advance_verbs` in lint/data/tense.yaml)
    and the `for` phrase naming that event, ending at its date: "[qualified for
    the debate on] Feb. 19", "[registered for the] Feb. 19 primary" (read in
    reverse from the date). Not "filed for bankruptcy on June 9": a date after
    a noun with no definite determiner is the verb's."""
    verbs = phrase_alternation(words()["advance_verbs"])
    dets = "|".join(sorted(words()["determiners"]))
    # after its noun, the date is the event's only when a definite determiner
    # names the event: "filed for bankruptcy on June 9", "applied for a visa
    # on June 9" date the filing and the applying
    definite = r"(?:the|his|her|its|their|our|my|your|this|that|these|those|[\w.-]+['’]s?)"
    # `(?:for|(?!))` is `for`: the branch that never matches keeps the regex
    # module from first scanning the whole text before the date for a
    # required "for" at each call (quadratic on one long sentence of dates)
    return regex.compile(rf"\b(?P<verb>{verbs})\s+(?:for|(?!))\s+(?:(?:(?:{dets})\s+)?(?:(?!(?:on|for|in|at)\s)[\w'’-]+\s+){{0,3}}?"
                         rf"|{definite}\s+(?:[\w'’-]+\s+){{1,3}}?"
                         r"(?:on|set\s+for|slated\s+for|scheduled\s+for)\s+(?:the\s+)?)$",
                         regex.IGNORECASE | regex.REVERSE)


def _may_name(marker: str, verbs: frozenset[str]) -> bool:
    """May the verb a reverse match finds (`_advance_for`, `_announced`) be
    one of the words of `marker`, the tense's, as those readings require?
    Only when some word of it is one of `verbs` (`verb_group.phrase_words`), a set test
    that spares the match (its cost is tens of times a set test's; nearly
    every date after publication is read on some other verb: "voted on June
    9"). A marker outside ASCII is always matched: an IGNORECASE match takes
    "ſ" for "s", which lower() keeps."""
    return not marker.isascii() or any(w in verbs for w in marker.lower().split())


# A date set before a noun as its modifier, in a phrase of purpose or goal:
# "prepared the route [for the] Dec. 12 [parade]", "agreed [to a] Dec. 1
# [debate]", "hired workers [for the] Dec. 8 [runoff]". Read backwards from
# the date, and forwards from its end.
_FOR_THE = regex.compile(r"(?r)\b(?i:for|to)\s+(?i:the|a|an|its|their|his|her|this|next)\s+$")
_NOUN_AFTER = regex.compile(r",?\s+(?:\p{Ll}[\p{Ll}'’-]+\s+){0,2}?\p{Ll}[\p{Ll}'’-]+(?:[\s,.;:!?)]|$)")


def _event_of_purpose(m) -> bool:
    """Does m modify the noun of a `for` or `to` phrase ("for the Dec. 12
    parade", "to a Dec. 1 debate": nu22 #1)? The date is that event's, ahead
    of the past verb (preparing, endorsing, agreeing). An event the verb
    itself did ("won the Dec. 8 runoff", "held the Dec. 12 meeting") has no
    such phrase and is still judged, and so is a phrase in the subject, its
    verb after it ("Tickets for the March 9 final sold out in April": the
    nested noun's reading above decides)."""
    return not m.tense.ahead and _FOR_THE.search(m.text, max(0, m.start - 12), m.start, SERIAL) is not None and \
        _NOUN_AFTER.match(m.text, m.end, None, SERIAL) is not None


def _event_ahead(m) -> bool:
    """Does m date the event its past verb got ahead of (`_advance_for`), not
    the verb? "Smith qualified for the debate on Feb. 19": the debate is on
    Feb. 19, the qualifying before it. The verb found must be the one read."""
    if not _may_name(m.tense.marker, phrase_words(-1, "advance_verbs")):
        return False                  # "voted on June 9": no such verb read, no match needed
    start, _ = m.sentence
    found = _advance_for().match(m.text, start, m.start, SERIAL)
    return found is not None and found["verb"].split()[-1].lower() in m.tense.marker.lower().split()


@lru_cache(maxsize=None)
def _announced() -> regex.Pattern:
    """A verb of making an event known or setting it (`announce_verbs` in
    lint/data/tense.yaml), its object an event (`announced_events`, after a
    determiner and up to two words), and the preposition before the date:
    "[announced a rally on] June 12", "[called a general strike for] June 20"
    (read in reverse from the date). A verb also done at the event
    (`announce_for_verbs`) only before `for`: "organized a protest on June
    12" is the protest's organizing, and judged."""
    def alternation(key):
        return phrase_alternation(words()[key])
    dets = "|".join(sorted(words()["determiners"]))
    event = rf"\s+(?:(?:{dets})\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{alternation('announced_events')})\s+"
    ahead = r"(?:for|set\s+for|slated\s+for|scheduled\s+for)"
    return regex.compile(rf"\b(?:(?P<verb>{alternation('announce_verbs')}){event}(?:on|{ahead})"
                         rf"|(?P<verb>{alternation('announce_for_verbs')}){event}{ahead})\s+(?:the\s+)?$",
                         regex.IGNORECASE | regex.REVERSE)


def _event_announced(m) -> bool:
    """Does m date the event its past verb made known or set (`_announced`),
    not the verb? "The union announced a rally on June 12", in a June 5 story:
    the rally is ahead, the announcing done. Only asked of a date after
    publication, which cannot be the announcing's. The verb found must be the
    one read."""
    if not _may_name(m.tense.marker, phrase_words(0, "announce_verbs", "announce_for_verbs")):
        return False
    start, _ = m.sentence
    found = _announced().match(m.text, start, m.start, SERIAL)
    return found is not None and found["verb"].split()[0].lower() in m.tense.marker.lower().split()


def _nested_noun_date(m, mentions, published) -> bool:
    """Does m date a noun in a phrase nested on another noun rather than the
    past verb its tense was read from? m stands in such a phrase (`_nested`)
    or names its noun (`_nested`), and either
    - the phrase is a `for` phrase on a noun got or readied ahead of the
      event the phrase names (`advance_nouns` in lint/data/tense.yaml:
      "tickets for the final on June 9": the final is what the tickets are
      for, ahead or not; not "a vigil for the victims on June 9", the vigil's
      date),
      a finite verb follows it at once (`_verb_follows`: the phrase closes
      the subject), and that verb, when it is the one read, has no time of
      its own after publication ("sold out in July" is still judged); or
    - the verb is read after m (its tense `ahead`) and told at a time of its
      own, a later mention in its sentence at or before publication ("sold out
      last month", "sold out on May 2")."""
    t = m.tense
    start, stop = m.sentence
    noun = ""
    after, before = _nested()
    nested = after.search(m.text, start, m.start, SERIAL)
    if nested is None:
        noun = r"\s+[\w'’-]+"
        nested = before.search(m.text, start, m.start, SERIAL)
        if nested is None:
            return False
    if nested["prep"].lower() == "for" and nested["head"].lower() in words()["advance_nouns"]:
        # got ahead of the event: "tickets for the final on June 9", closing the subject
        if not _verb_follows(m.text, m.end, stop, noun):
            return False
        later = _own_times(m, mentions, noun, stop, adverb=r"(?:\W+\w+ly)?")
        return not t.ahead or not any(o.last > published for o in later)
    if not t.ahead or " " in t.marker:
        return False
    return any(o.last <= published for o in _own_times(m, mentions, noun, stop))


def _own_times(m, mentions, noun: str, stop: int, adverb: str = "") -> list:
    """The mentions after m in its sentence (before `stop`) that time the verb
    read after m (`noun` and `adverb` may stand before it): "sold out last
    month", "sold out on May 2", up to `_VERB_TO_TIME` words on, no comma."""
    marker = regex.escape(m.tense.marker)
    verb = regex.compile(rf"{noun}{adverb}\W*{marker}\b((?:\W+\w+){{0,{_VERB_TO_TIME}}}?)\W+$", regex.IGNORECASE)
    return [o for o in mentions if o.start > m.end and o.end <= stop and o.first is not None
            and (v := verb.match(m.text, m.end, o.start)) is not None and "," not in v[0]]


def _verb_follows(text: str, end: int, stop: int, noun: str) -> bool:
    """Does a finite verb follow the date (or the noun after it, `noun`) at
    once, or after an adverb in -ly? Then the phrase holding the date ends
    the subject, and a verb read before it stands in a clause inside that
    subject ("Fans who bought tickets for the final on June 9 cheered"), not
    in the date's clause."""
    after = regex.match(rf"{noun}((?:\W+[\w'’]+){{1,3}})", text[end:stop])
    if after is None:
        return False
    seq = regex.findall(r"[\w'’]+", after[1])
    i = 1 if seq[0].lower().endswith("ly") and len(seq) > 1 else 0
    found = cue(seq, [w.lower() for w in seq], i, words())
    return found is not None and found.tense != UNKNOWN


def _each_day(mentions):
    """(mention, None) for each of the mentions, each followed by (day, the
    mention) for the later days of the pair or list of days it opens
    (`later_days`: "held March 1, 2 and 6, 2024" under a March 4 story is
    dated after it on the 6th; nu47 #4)."""
    for m in mentions:
        yield m, None
        for day in later_days(m):
            yield day, m


def _full_date(day) -> str:
    """A later day of a list named with its month, and its year when one is
    written ("March 6, 2024" for the 6 of "March 1, 2 and 6, 2024";
    "March 6" with none): the bare number alone names no date (qa199 #9)."""
    return long_date(day.first) if day.year_written else f"{day.first:%B} {day.first.day}"


def _level(value) -> str | None:
    return None if value in LEVELS else f"must be one of {', '.join(LEVELS)}"


class AfterPublication(Kind):
    name = "after-publication"
    placeholders = frozenset({"marker", "published", "full_date"})
    needs_published = True
    description = "Flags a past-tense event dated after the publication date."
    other_levels = (("level-without-year", "without a year"),
                    ("level-period", "for a period's end without a year"))
    options = {
        "grace-days": Option(int, 0, check=not_negative,
                             help="days after publication still accepted (late-night updates)"),
        "window-days": Option(int, 120, check=not_negative,
                              help="without a year, flag only dates this many days after publication"),
        "since-window-days": Option(int, 45, check=not_negative,
                                    help="without a year, flag 'since <month>' only this many days "
                                         "after publication (further on, the last one is meant)"),
        "level-without-year": Option(str, "warning", check=_level,
                                     help="level when the year is not written"),
        "period-ends": Option(bool, True,
                              help="flag a period's end told past ('the quarter ended Sept. 30, "
                                   "2025'); false reads it as the period's name"),
        "level-period": Option(str, "suggestion", check=_level,
                               help="level for a period's end without a year ('the quarter ended "
                                    "Sept. 30'): copy names last year's period so too"),
        "message-without-year": Option(str, "", help="message when the year is not written"),
    }

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        limit = written_by(doc, self.opts["grace-days"])     # a live log's later entries: in an update
        window = add_days(published, self.opts["window-days"])
        since_window = add_days(published, self.opts["since-window-days"])
        found = date_mentions(doc)
        opener = note_opener()
        for part in parts:
            note = None                       # read at the part's first date worth a tense
            runs = None                       # its runs of dates, read when first needed
            quoted = (0, -1)                  # the span of the part's last finding
            flagged = None                    # the date whose later days are not judged
            for m, head in _each_day(found.get(part.index, ())):
                if m.kind not in (DATE, MONTH) or m.label or m.first is None or m.first <= limit:
                    continue
                if head is not None and head is flagged:
                    continue                  # "March 3 and 4, 2026": one finding, on March 3
                if m.span_range and m.lead.first is not None and m.lead.first <= published:
                    continue                  # "the July 1986/June 1987 season": a period under way
                    # (not "paid ... between June 2012 and April 2014": all of it done)
                if not m.year_written and m.first > window:
                    continue                  # (decided before the costly tense: see below)
                if note is None:
                    note = opener.match(part.text) is not None
                if note:
                    break                     # a correction or update note: dated later by nature
                # A later day of a list is read where its opener is: what the verb
                # does to the opener's date it does to the list's (qa199 #3)
                at = head or m
                tense = at.tense
                if not at.tense_applies:
                    continue                  # "vowed ... in a May 14 statement": not its verb
                if tense.tense == PAST and _event_ahead(at):
                    continue                  # "qualified for the debate on Feb. 19": the debate's date
                if tense.tense == PAST and _event_of_purpose(at):
                    continue                  # "prepared the route for the Dec. 12 parade"
                if tense.tense == PAST and _event_announced(at):
                    continue                  # "announced a rally on June 12": the rally's date
                if tense.tense == PAST and _nested_noun_date(at, found[part.index], published):
                    continue                  # "Tickets for the final on June 9 sold out last month"
                if tense.tense == PAST and runs is None:
                    runs = date_runs(found[part.index])
                if tense.tense == PAST and called_off(at, runs, part.kind in HEADLINE_KINDS):
                    continue                  # "The hearing on June 9 was canceled": it never took place
                if tense.period and not self.opts["period-ends"]:
                    continue                  # "the year ended June 30, 1986" read as a name
                # By default a period's end is told as over, as TimeBank annotates it:
                # an error with its year, a suggestion without (`level-period`); with
                # a year in the name too ("fiscal 1986 ended March 26, 1986").
                past = tense.tense == PAST or (tense.period and m.year_written)
                if not past or (not m.year_written and (
                        m.first > window or (tense.marker in words()["past_prepositions"]
                                             and m.first > since_window))):
                    continue                  # "since September" in a May story: the last one
                if carried_reading(m, published) is not None:   # (asked last: it reads the years before)
                    continue                  # "In December 1976, ... It started on Dec. 14": 1976's
                if tense.tense == PAST and told_next(doc, part, at):
                    continue                  # "The hearing was Dec. 12." then "It was later postponed."
                args = {"published": long_date(published), "marker": tense.marker,
                        "full_date": "" if head is None else f" ({_full_date(m)})"}
                start, end = written_span(m)
                if quoted[0] <= m.start and m.end <= quoted[1]:
                    continue                  # "April 1" of "Monday and Tuesday, March 31 and April 1" (qa174 #3)
                quoted, flagged = (start, end), at
                if m.year_written:
                    yield Finding(part, start, end, args=args)
                else:
                    level = self.opts["level-period" if tense.period else "level-without-year"]
                    yield Finding(part, start, end, message=self.opts["message-without-year"] or None,
                                  args=args, level=level)


KIND = AfterPublication
