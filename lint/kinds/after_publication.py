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
victims on June 9 drew hundreds" is flagged).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..analysis.calendar import add_days, long_date
from ..analysis.date_scan import names
from ..analysis.dates import DATE, MONTH, date_mentions
from ..analysis.tense import PAST, UNKNOWN, sentence_at, words
from ..analysis.verb_group import cue
from ..diagnostic import LEVELS
from .base import Finding, Kind, Option


@lru_cache(maxsize=None)
def note_opener() -> regex.Pattern:
    """`CORRECTION (March 6, 2025):`, `Editor's note:`, `Updated March 7`: the
    openings of `note_openers` in lint/data/dates.yaml, at a paragraph's start,
    also after a season and year (`Summer 2017 Update:`)."""
    words = sorted(names()["note_openers"], key=lambda w: (-len(w), w))   # the same every run
    season = r"(?:(?:spring|summer|fall|autumn|winter)\s+\d{4}\s+)?"
    return regex.compile(r"[\W_]*" + season + "(?:" + "|".join(
        regex.escape(w).replace("\\ ", r"\s+") for w in words) + r")\b", regex.IGNORECASE)


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


@lru_cache(maxsize=None)
def _calling_off() -> tuple[regex.Pattern, ...]:
    """Patterns for a date in the noun phrase of a verb that calls its event
    off (`called_off` in lint/data/tense.yaml), so the event did not happen
    then:
    - read forward from the date's end, the subject's passive: "The hearing
      on June 9 [was canceled]", "The June 9 [hearing has been abruptly called
      off]" (the comma after a year, at most three words of the noun phrase,
      group `np`, no comma, then a form of be or get, group `be`, `been`,
      `all` or `both`, an adverb in -ly that is no near miss, the verb, group
      `verb`; not "canceled out", offset);
    - read in reverse from the date's start, the object of the active verb:
      "[scrapped the] June 9 hearing", "[canceled Duke's] June 9 game",
      "[canceled the hearing set for] June 9" (a determiner or a possessive
      right after the verb, at most three words, group `np`, not on, at or
      in, then `for`). Not "canceled the hearing on June 9", which reads as
      the calling off's date;
    - the same with a two-word verb split round its object: "[called the]
      June 9 vote[ off]", the particle at most two words after the date;
    - a near miss (`near_misses`) before the active verb: "nearly scrapped";
    - the noun a date's phrase hangs on before it: "[ruling on ]June 9";
    - a run of dates joined by commas, and or or, read as one date: "the June
      9 and June 10 games were canceled".
    - in a headline, the passive without its be form, group `verb` ("June 9
      game [canceled] amid storm"), no determiner or possessive after it (not
      "June 9 storm [canceled the] final": that verb has an object).
    Not "was canceled on June 9": there the date is the calling off's own."""
    verbs = "|".join(regex.escape(v).replace("\\ ", r"\s+")
                     for v in sorted(words()["called_off"], key=lambda v: (-len(v), v)))
    dets = "|".join(sorted(words()["determiners"]))
    det = rf"(?:{dets}|[\w.-]+['’]s|[\w.-]+s['’])"     # "the", "Duke's", "the Yankees'"
    near = "|".join(sorted(words()["near_misses"]))
    np = r"(?P<np>(?:(?!(?:on|at|in)\s)[\w'’-]+\s+){0,3}?)"
    passive = regex.compile(r"(?:(?<=\d{4}),)?(?P<np>(?:[ \t\n]+[\w'’-]+){0,3}?)[ \t\n]+"
                            r"(?P<be>was|were|is|are|be|got|gets|has|have|had)"
                            rf"(?:\s+been)?(?:\s+(?:all|both))?(?:\s+(?!(?:{near})\b)\w+ly)?\s+(?P<verb>{verbs})\b"
                            r"(?!\s+out\b)", regex.IGNORECASE)
    active = regex.compile(rf"\b(?P<verb>{verbs})\s+{det}\s+{np}"
                           r"(?:for\s+(?:the\s+)?)?$", regex.IGNORECASE | regex.REVERSE)
    missed = regex.compile(rf"\b(?:{near})\s+$", regex.IGNORECASE | regex.REVERSE)
    two = [v.split() for v in words()["called_off"] if len(v.split()) == 2]
    split = regex.compile(rf"\b(?P<verb>{'|'.join(sorted({v for v, _ in two}))})\s+{det}\s+{np}$",
                          regex.IGNORECASE | regex.REVERSE)
    particle = regex.compile(rf"(?:[ \t\n]+[\w'’-]+){{0,2}}?[ \t\n]+(?P<particle>{'|'.join(sorted({p for _, p in two}))})\b",
                             regex.IGNORECASE)
    head = regex.compile(r"(?P<noun>[\w'’-]+)\s+(?:on|of|from|for|dated|at|in)\s+(?:the\s+)?$",
                         regex.IGNORECASE | regex.REVERSE)
    bare = regex.compile(r"(?:(?<=\d{4}),)?(?P<np>(?:[ \t\n]+[\w'’-]+){0,3}?)[ \t\n]+"
                         rf"(?P<verb>{verbs})\b(?!\s+out\b)(?!\s+{det}\s)", regex.IGNORECASE)
    return passive, active, missed, split, particle, head, bare


_JOIN = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s+([\w'’-]+)")


# Parts written in headline style, which drops the be of a passive ("June 9
# game canceled").
HEADLINE_KINDS = ("headline", "title", "dek")


def _date_runs(mentions) -> dict[int, tuple[int, int]]:
    """For each date in mentions (one part's, in order), keyed by its id, the
    (start, end) of the run of dates it stands in, joined by commas, `and` or
    `or` ("June 9, June 10 and June 11"); a date alone is missing. Built once
    per part: linear in its dates."""
    dates = [o for o in mentions if o.kind == DATE]
    runs: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(dates):
        j = i
        while j + 1 < len(dates) and _JOIN.fullmatch(dates[j].text, dates[j].end, dates[j + 1].start):
            j += 1
        # ", and" between two dates parts clauses ("voted on June 9, and June
        # 10 voting was canceled"); a list of two takes no serial comma
        if j > i and not (j - i == 1 and regex.match(r"\s*,\s*(?:and|or)\s", dates[i].text[dates[i].end:dates[j].start],
                                                      regex.IGNORECASE)):
            runs.update((id(o), (dates[i].start, dates[j].end)) for o in dates[i:j + 1])
        i = j + 1
    return runs


def _called_off(m, runs: dict | None = None, headline: bool = False) -> bool:
    """Does m date an event its verb calls off (`_calling_off`)? Then the
    event did not take place at m, whatever the verb's tense. The verb read
    must be the calling off (its be or get form, in the passive). A thing
    made at its date (`made_nouns` in lint/data/tense.yaml: "scrapped the
    June 9 ruling") and people deterred (`deterred_nouns`, after a verb of
    `deterring`: "put off the June 9 crowd") are no event called off."""
    passive, active, missed, split, particle, head, bare = _calling_off()
    start, stop = sentence_at(m.bounds, m.start, len(m.text))
    first, last = (runs or {}).get(id(m), (m.start, m.end))    # `_date_runs`
    marker = m.tense.marker.lower()
    if m.tense.ahead:
        found = passive.match(m.text, last, stop)
        # not "Stocks on June 9 fell as flights were canceled": the fall is dated
        if found is None or marker.split()[0] != found["be"].lower():
            found = bare.match(m.text, last, stop) if headline else None
            if found is None or marker.split()[0] != found["verb"].split()[0].lower():
                return False
        # the nouns judged are the np's last word ("The June 9 deal signing
        # was scrapped": a signing) and the noun the date's phrase hangs on
        # ("The decision on June 9 was scrapped", "The ruling on the June 9
        # vote was scrapped": the vote was held)
        noun = head.search(m.text, start, first)
        return not _undone_made(found["verb"], found["np"].split()[-1] if found["np"].split() else "",
                                noun["noun"] if noun else "")
    found = active.search(m.text, start, first)
    verb = found["verb"] if found is not None else ""
    if found is None and (found := split.search(m.text, start, first)) is not None:
        rest = particle.match(m.text, last, stop)      # "called the June 9 vote off"
        verb = f"{found['verb']} {rest['particle']}" if rest is not None else ""
        if verb.lower() not in words()["called_off"]:
            return False
    # the verb read is the calling off, and no conjunction opens another verb's
    # phrase between ("canceled the trip and flew on June 9" is the flight's
    # date; "canceled the June 9 and June 10 hearings" joins two dates)
    between = regex.findall(r"[\w'’-]+", found[0].lower()) if found is not None else []
    if found is None or marker != found[0].split()[0].lower() or \
            any(w in words()["conjunctions"] and not between[i - 1].isdigit()
                for i, w in enumerate(between)) or \
            missed.search(m.text, start, found.start()) is not None:
        return False
    # the head is the word after the date ("scrapped the June 9 ruling"), or
    # the noun before "set for" ("canceled the ruling set for June 9"); the
    # words between the verb and the date modify it ("scrapped the rules
    # committee's June 9 hearing" is a hearing)
    if regex.search(r"\bfor\s+(?:the\s+)?$", found[0], regex.IGNORECASE) and found["np"].split():
        return not _undone_made(verb, found["np"].split()[0])
    return not _undone_made(verb, _compound_head(m.text, last, stop))


def _compound_head(text: str, pos: int, stop: int) -> str:
    """The noun a compound after pos ends in, at most three words: "[policy
    vote] last week" -> "vote", "[ruling] on Friday" -> "ruling". The
    compound goes on through lower-case words that are no preposition,
    conjunction, determiner, verb form or adverb (`compound_end_words` and
    the `compound_end_lists` in lint/data/tense.yaml, or -ly); "" when no
    word follows at once."""
    head = ""
    for k, w in enumerate(_NEXT_WORD.finditer(text, pos, stop)):
        if w.start() != pos or k and (not w[1].isalpha() or not w[1].islower()
                                      or w[1].endswith("ly") or w[1] in _compound_ends()):
            break
        head, pos = w[1], w.end()
        if k == 2:
            break
    return head


@lru_cache(maxsize=None)
def _compound_ends() -> frozenset[str]:
    w = words()
    return frozenset().union(w["compound_end_words"], *(w[key] for key in w["compound_end_lists"]))


def _undone_made(verb: str, *phrase: str) -> bool:
    """Is the noun phrase (its words in `phrase`) a thing made at its date
    (`made_nouns`), or people a verb of `deterring` deters (`deterred_nouns`)?"""
    w = words()
    nouns = {t.lower() for p in phrase for t in regex.findall(r"[\w'’-]+", p)}
    if nouns & w["made_nouns"]:
        return True
    return " ".join(verb.lower().split()) in w["deterring"] and bool(nouns & w["deterred_nouns"])


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
    start, stop = sentence_at(m.bounds, m.start, len(m.text))
    noun = ""
    after, before = _nested()
    nested = after.search(m.text, start, m.start)
    if nested is None:
        noun = r"\s+[\w'’-]+"
        nested = before.search(m.text, start, m.start)
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


def _not_negative(value) -> str | None:
    return "must be 0 or more" if value < 0 else None


def _level(value) -> str | None:
    return None if value in LEVELS else f"must be one of {', '.join(LEVELS)}"


class AfterPublication(Kind):
    name = "after-publication"
    description = "Flags a past-tense event dated after the publication date."
    options = {
        "grace-days": Option(int, 0, check=_not_negative,
                             help="days after publication still accepted (late-night updates)"),
        "window-days": Option(int, 120, check=_not_negative,
                              help="without a year, flag only dates this many days after publication"),
        "since-window-days": Option(int, 45, check=_not_negative,
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

    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        limit = add_days(published, self.opts["grace-days"])
        window = add_days(published, self.opts["window-days"])
        since_window = add_days(published, self.opts["since-window-days"])
        found = date_mentions(doc)
        opener = note_opener()
        for part in parts:
            note = None                       # read at the part's first date worth a tense
            runs = None                       # its runs of dates, read when first needed
            for m in found.get(part.index, ()):
                if m.kind not in (DATE, MONTH) or m.label or m.first is None or m.first <= limit:
                    continue
                if m.span_range and m.lead.first is not None and m.lead.first <= published:
                    continue                  # "the July 1986/June 1987 season": a period under way
                    # (not "paid ... between June 2012 and April 2014": all of it done)
                if not m.year_written and m.first > window:
                    continue                  # (decided before the costly tense: see below)
                if note is None:
                    note = opener.match(part.text) is not None
                if note:
                    break                     # a correction or update note: dated later by nature
                tense = m.tense
                if not m.tense_applies:
                    continue                  # "vowed ... in a May 14 statement": not its verb
                if tense.tense == PAST and _nested_noun_date(m, found[part.index], published):
                    continue                  # "Tickets for the final on June 9 sold out last month"
                if tense.tense == PAST and runs is None:
                    runs = _date_runs(found[part.index])
                if tense.tense == PAST and _called_off(m, runs, part.kind in HEADLINE_KINDS):
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
                args = {"published": long_date(published),
                        "marker": tense.marker}
                if m.year_written:
                    yield Finding(part, m.start, m.end, args=args)
                else:
                    level = self.opts["level-period" if tense.period else "level-without-year"]
                    yield Finding(part, m.start, m.end, message=self.opts["message-without-year"] or None,
                                  args=args, level=level)


KIND = AfterPublication
