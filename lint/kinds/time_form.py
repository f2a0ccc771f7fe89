"""`time-form`: AP style for clock times (7 p.m., 7:30 a.m., noon, midnight).

One pattern finds every hour with a.m./p.m. (in any of the forms writers
use: 7pm, 7 PM, 7 P.M., 07:00 pm, 9.30pm) or with `noon`/`midnight`, and a
second finds a dot time opening a range (`7.30-9pm` -> `7:30-9 p.m.`); the scan
is cached on the document and shared by the rules of this kind. `check: form`
reports a time not written the AP way; `check: noon` reports 12 p.m., 12 a.m.,
12 noon and 12 midnight, which AP writes noon and midnight.

The fixes must read correctly: a period that ends both `p.m.` and the
sentence is kept when `12 p.m.` becomes `noon`, `noon` is capitalised where a
sentence starts, and `11: 06 a.m.` (a split time) is left alone, as is a 12
after a month (`Nov. 12 noon`: the day, so `Nov. Noon` would be wrong).
A stop right after a.m. or p.m. with a letter after it (`7:00 PM.Then`,
`9:30 am.It`) is the time's and the sentence's both (AP's "a.m., p.m."
entry: one period), so the fix writes the time up to that stop and keeps
it (`7 p.m.Then`, not `7 p.m..Then`; qa128 #1); the span ends before the
stop, so a fix that starts at the stop (hygiene.missing-space's `. It`)
applies in the same pass (qa135 #6). So does a stop a quote mark and a
capital follow (`9:30 am."The`, `12 p.m.”The`: qa136 #2): the span ends
before it, and the fix keeps it.

A time is never part of an address or a name (qa136 #4): a time written as
one token, with no space or colon in it (`7pm`, `7.30pm`, `12noon`), is no
time right after `@`, `//` or `www.` (`@7pm`, `https://7pm.com`,
`WWW.7PM.COM`), nor where a stop glues it to a lower-case ASCII word
(`7pm.com`, `tickets@7pm.org`, `7pm.co.uk`, `sunrise-6am.jpg`): a handle's,
a domain's label or a file name's, which a fix would corrupt
(`tickets@7 p.m.org`). A spaced or colon time there (`@7:30pm`, `@7 PM`,
`7 pm.com`, `7:30pm.org`) has no address's shape and is still a time
(qa142 #1). The cost: a one-token time run on to a lower-case word
(`7pm.doors close`) is taken for a label too (qa142 #3).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES, MONTH_WORDS, MONTHS, WEEKDAY_NAMES, WEEKDAYS, FoldedKeys
from ..analysis.clock_times import TIME, a_name_label
from ..analysis.clock_times import TIME_HINT as _TIME_HINT
from ..analysis.sentence_ends import LINE_BREAK, ONE_SPACE, SPACE_RUN
from ..analysis.sup_notes import NO_WORD, unread
from ..regex_cache import SERIAL
from ..rule_cache import load_data
from ..vale.messages import one_line
from ._time_range import Clock, range_start, shared_meridiem
from .base import Finding, Kind, Option, by_check

# A dot time opening a range whose end has the a.m. or p.m. ("7.30-9pm",
# British style): AP puts a colon before the minutes ("7:30-9 p.m.").
RANGE_DOT = regex.compile(
    r"(?<![\w]|\p{N}[:.]\s*)0?(?P<hour>1[0-2]|[1-9])\.(?P<min>[0-5]\d)"
    rf"(?=[-–](?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?{SPACE_RUN}?[aApP]\.?[mM](?!\w))")
# Where a RANGE_DOT can first be: it needs a digit, a dot, the minutes and a dash;
# its hint starts at the dot, the digit read behind it: `re` looks for a literal first
# character with a fast search, but tries a class such as [0-9] at every character
# (about four times slower over a story), so the RANGE_DOT scan starts three
# characters before the dot, two before the digit (pf36). TIME's hint is
# `clock_times.TIME_HINT`.
_RANGE_DOT_HINT = re.compile(r"\.(?<=[0-9]\.)[0-5]\d[-–]")
# A quote mark and a capital right after a.m.'s or p.m.'s stop: it ends the sentence a
# quote opens or closes with no space ('9:30 am."The', 'at 12 p.m.”The'; qa136 #2). A
# footnote figure read as U+2063s (`sup_notes`) may stand between, as in SENTENCE_END_AFTER.
_QUOTE_CAPITAL_AFTER = regex.compile(r"\u2063*[\"“”‘’]\p{Lu}")


# The first hour of a range up to 12 noon or midnight ("11-12 noon", "from
# 11 to 12 noon": the ranges lint.analysis.words reads), in reverse from the
# 12: the fix keeps it and gives it its half of the day ("11 a.m.-noon", "11
# a.m. to noon"), which the range's end no longer says once 12 is a word.
RANGE_TO_TWELVE = regex.compile(r"(?P<hour>1[01]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?"
                                rf"(?:[ \t]*(?P<dash>[-–—])[ \t]*(?:{LINE_BREAK}[ \t]*)?|(?P<words>{ONE_SPACE}(?:to|until|till|through|and){ONE_SPACE}))$",
                                regex.REVERSE)
# The word AP writes for 12 and a word after it, and the half of the day of
# an hour before it in a range: midday is noon ("10-12 midday" -> "10 a.m.-noon").
_AP_WORD = FoldedKeys({"noon": "noon", "midday": "noon", "midnight": "midnight"})
_BEFORE_TWELVE = FoldedKeys({"noon": "a", "midday": "a", "midnight": "p"})
# A month before the 12 (or its range) makes it a day: "ends Nov. 12 noon",
# "runs Nov. 11-12 noon to 5 p.m." are noon on a date, not 12 noon; read in reverse.
_MONTH_BEFORE = regex.compile(rf"\b(?:{MONTH_WORDS})\.?\s+$", regex.IGNORECASE | regex.REVERSE)
# After "12 p.m." a capital opens a new sentence, unless it is a day, month or
# time zone that belongs to the time ("12 p.m. Friday", "12 p.m. ET").
# The names come from lint.analysis.calendar (every month abbreviation, longest first).
_GOES_ON = "|".join((*WEEKDAY_NAMES, *MONTH_NAMES,
                     *sorted({m.capitalize() for m in MONTHS} - set(MONTH_NAMES), key=lambda m: (-len(m), m)),
                     "Eastern|Central|Mountain|Pacific|[ECMP][SD]?T|GMT|BST|UTC|local"))
# A capitalised Noon or Midnight before a capitalised word other than those
# is a name ("12 Midnight Oil albums", "12 Midnight Madness events"), not
# the time, also across a wrapped line; an all-capitals word is a
# headline's ("12 NOON SHARP").
_NAME_AFTER = regex.compile(rf"(?:[ \t]+|[ \t]*{LINE_BREAK}[ \t]*)(?!(?:{_GOES_ON})s?\b)\p{{Lu}}")
# Unless the word before the 12 is capitalised too: a title-case headline
# ("Lunch Served At 12 Noon Daily"), whose fix keeps the capital ("At Noon").
_TITLE_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’]*[ \t]+\Z")
# A capitalised word right before the 12, mid-sentence, that is no day,
# month or zone: the 12 is that name's number ("the Apollo 12 noon launch",
# "Channel 12 midday news"), so the noon is no "12 noon" to fix. Read in
# reverse, anchored at the 12; what stands before the word is checked apart.
# A day's plural or possessive is a day too ("Sundays 12 noon", "Friday's 12
# noon deadline"), as is a holiday's Eve or Day (`twelve_day_words` in
# lint/data/dates.yaml: "Christmas Eve 12 midnight Mass"). A determiner or a
# preposition opening a sentence names nothing (`twelve_not_names`: "The 12
# midnight deadline passed").
@lru_cache(maxsize=1)
def _numbered_name_pattern() -> regex.Pattern:
    days = "|".join(map(regex.escape, load_data("dates.yaml")["twelve_day_words"]))
    plain = "|".join(map(regex.escape, load_data("dates.yaml")["twelve_not_names"]))   # "The 12 midnight deadline"
    return regex.compile(rf"(?<!\p{{L}})(?!(?:{_GOES_ON}|{days})(?:['’]?s)?\.?[ \t]|(?:{plain})[ \t])"
                         r"\p{Lu}[\p{L}'’-]*[ \t]+$",
                         regex.REVERSE)


# A quote mark opens a new sentence only when a capital follows it: "at 12 p.m.
# \"sharp\" on Friday" goes on, and its fix is "at noon \"sharp\"" (qa84 #11).
# A closing quote right after the stop ends a quoted sentence when the text
# ends or a capital follows it: "\"The vote is at 12 p.m.\" She left" keeps its
# stop inside the quote ("at noon.\" She left", qa86 #3); a lower-case word goes on.
SENTENCE_END_AFTER = regex.compile(rf"\u2063*[\"”’]?(?:\s*$|\s+(?!(?:{_GOES_ON})\b)[\"“]?\p{{Lu}})")
# Matched in reverse, anchored at the time: does a sentence start right there?
SENTENCE_START_BEFORE = regex.compile(r"(?:^|[.!?][\"”’]?\s+|[\"“]\s*)", regex.REVERSE)
# A weekday's abbreviation ends no sentence with its full stop: "opens Thurs.
# 12 noon" is "Thurs. noon", not "Thurs. Noon"; read in reverse from the 12.
_DAY_STOP_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(w for w in WEEKDAYS if len(w) < 6)})\.\s+$",
                                 regex.IGNORECASE | regex.REVERSE)
CHECKS = ("form", "noon")


@dataclass(frozen=True)
class Time:
    """A clock time found in a part's text (`start`:`end`) and its AP form.
    `written` is the time as written when the span leaves out its last
    period (kept to end the sentence: "12 a.m.", or the a.m.'s stop a
    letter or a quote mark and a capital follow: "7 PM." of "7 PM.Then",
    "12 p.m." of '12 p.m."The'), for the message. `kept_stop`: that stop
    after the span is the AP form's last one, so the fix is `replacement`
    less its closing period (`fix`), and a reader is shown it with the stop
    (`diagnostic.Fix.kept`)."""

    start: int
    end: int
    check: str          # which check owns it: "form" or "noon"
    replacement: str
    written: str = ""
    kept_stop: bool = False
    why: str = ""       # for the message: what AP's form drops, and why (" (a range takes one p.m., at its end)")
    # a shared-meridiem range's two times, or the end of one joined otherwise than `_PLAIN_JOIN`,
    # as each is found alone: reported instead where the range's one fix is held
    # (`TimeForm.check`; qa241 #2)
    alone: tuple["Time", ...] = ()

    @property
    def fix(self) -> str:
        """What the fix writes over `start`:`end`."""
        return self.replacement[:-1] if self.kept_stop else self.replacement


def scan(text: str) -> list[Time]:
    hint = _TIME_HINT.search(text)
    if hint is None:
        return []
    found = []
    meridiem_seen = False
    last = None        # the time just read, which may open a range with the next (`shared_meridiem`)
    # A fixed, linear pattern: no need for the per-call timeout user regexes get
    # (it would double the cost of this scan).
    for m in TIME.finditer(text, max(0, hint.start() - 2), None, False, SERIAL):
        hour, minutes, space, ap, stop, said = m.groups()   # (by number: see regex_cache)
        if a_name_label(text, m):
            continue                       # "7pm.com", "tickets@7pm.org", "@7pm": a name's label
        on_the_hour = minutes in (None, "00")
        if said:
            title = said.istitle() and _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if said.istitle() and not title and _NAME_AFTER.match(text, m.end()):
                continue                   # a name: "12 Midnight Oil albums"
            if hour == "12" and on_the_hour:
                if said.islower() and _numbered_name(text, m.start(), m.end()):
                    continue               # "the Apollo 12 noon launch"
                twelve = _twelve_word(text, m)
                if twelve is None:
                    continue               # "ages 10-12 noon classes": the 12 is an age
                if said.istitle() and (title or _TITLE_BEFORE.search(text, max(0, twelve.start - 40), twelve.start)):
                    # "Lunch Served At Noon Daily", "Bar Open 11 p.m.-Midnight"
                    cut = len(twelve.replacement) - len(_AP_WORD[said.lower()])
                    twelve = replace(twelve, replacement=twelve.replacement[:cut] + twelve.replacement[cut:].title())
                if not _MONTH_BEFORE.match(text, 0, twelve.start):   # not a day: "Nov. 12 noon"
                    found.append(twelve)
            continue
        meridiem, meridiem_seen = ap.lower(), True
        # "7:00 PM.Then", "7 PM.U.S.": TIME gives back the stop a letter follows; it is the a.m.'s
        # too, so the fix keeps it rather than writing its own (qa128 #1: "7 p.m..Then"). A stop a
        # quote mark and a capital follow is left out of the span too, for missing-space's fix
        # ('."The' -> '. "The') starts there (qa136 #2)
        trimmed = bool(stop) and _QUOTE_CAPITAL_AFTER.match(text, m.end()) is not None
        if stop and text.startswith(NO_WORD, m.end()) and not (hour == "12" and on_the_hour):
            trimmed = True       # a figure after it holds the stop out as a letter would ('7pm.<sup>1</sup> Then')
        end = m.end() - trimmed
        kept = trimmed or (not stop and text.startswith(".", end))
        written = m[0] + "." if kept and not stop else m[0]     # the message quotes the stop (qa136 #5)
        if hour == "12" and on_the_hour:
            if stop and not trimmed and SENTENCE_END_AFTER.match(text, end):
                end -= 1                   # that period also ends the sentence: keep it
            word = "noon" if meridiem == "p" else "midnight"
            found.append(Time(m.start(), end, "noon", word, written))
            continue
        clock = hour if on_the_hour else f"{hour}:{minutes}"
        start, written, why = m.start(), written if kept else "", ""
        this, alone = Clock(m.start(), m.end(), hour, minutes, meridiem), ()
        if last is not None and (opening := shared_meridiem(text, last, this)) is not None:
            # "7:30pm-9pm", "7:30 p.m.-9 p.m.": one a.m. or p.m., at the end (nu50)
            alone = (found.pop(), Time(start, end, "form", f"{clock}{_space(space)}{meridiem}.m.", written, kept))
            start, clock, why = last.start, opening + clock, f" (a range takes one {meridiem}.m., at its end)"
        elif (opening := range_start(text, start, hour, minutes, meridiem)) is not None:
            # "1:00 – 2:00 PM": both ends in one fix, never half a range (nu49 #9); joined
            # otherwise than `_PLAIN_JOIN` ("1:00 until 2:00 PM"), its end alone where that fix is held
            if opening[2]:
                alone = (Time(start, end, "form", f"{clock}{_space(space)}{meridiem}.m.", written, kept),)
            start, clock = opening[0], opening[1] + clock
        written = text[start:m.start()] + written if written and start != m.start() else written
        found.append(Time(start, end, "form", f"{clock}{_space(space)}{meridiem}.m.", written, kept, why, alone))
        # a range's start, if its stop is its own and it opens no range already
        last = this if end == m.end() and not kept and start == m.start() else None
    # a range's end ("9pm" in "7.30-9pm") is a TIME match with a.m. or p.m.
    if meridiem_seen and (dot := _RANGE_DOT_HINT.search(text)) is not None:
        found.extend(Time(m.start(), m.end(), "form", f"{m['hour']}:{m['min']}")
                     for m in RANGE_DOT.finditer(text, max(0, dot.start() - 3)))
    return sorted(found, key=lambda t: t.start)


# The space AP writes between the clock and a.m. or p.m. is a word space;
# which character carries it is the writer's: a no-break space (Word and
# Google Docs put one there on purpose), a narrow one, a thin or hair space
# (a typographer's choice too, qa65 #8) or a wrapped line, whatever ends it
# (`7\np.m.`, `7\r\np.m.`, `7\rp.m.`: fx385) is kept, any other space
# becomes a plain one (nu29 #4: `7\u00a0p.m.` was told to become `7 p.m.`).
KEPT_SPACES = frozenset(("\u00a0", "\u202f", "\u2009", "\u200a", "\n", "\r\n", "\r"))


def _space(written: str | None) -> str:
    return written if written in KEPT_SPACES else " "


def _numbered_name(text: str, at: int, end: int) -> bool:
    """Whether the 12 at `at` (its noon word ending at `end`) is the number
    of a name before it ("Apollo 12"): a capitalised word, not a day, month
    or zone, nor a word where hours are read (`spaced_range_cues`: "opens
    Sat 12 noon", "(Open 12 noon)"), and the noon word goes on to a noun of
    that name ("the Apollo 12 noon launch", "Channel 12 midday news", at a
    sentence's start too): a lower-case word that is no time's follower
    (`twelve_time_followers`). Before a stop, a comma or "daily" the noon is
    the time ("Doors open at City Hall 12 noon.")."""
    name = _numbered_name_pattern().match(text, max(0, at - 40), at)
    if not name or _range_cue().search(text, max(0, at - 40), at):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1] not in _twelve_words("twelve_time_followers")


_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]*)\b")


@lru_cache(maxsize=None)
def _twelve_words(key: str) -> frozenset[str]:
    """A word list of lint/data/dates.yaml, lower-cased."""
    return frozenset(str(w).lower() for w in load_data("dates.yaml")[key])


_COUNT_BEFORE = regex.compile(r"(?<!\p{L})(\p{L}+)[ \t]+$", regex.REVERSE)


def _twelve_word(text: str, m) -> Time | None:
    """The `noon` finding for "12 noon" or "12 midnight" (TIME's match m),
    from the first hour of a range when one ends there: "11-12 noon" ->
    "11 a.m.-noon", "10.30-12 midnight" -> "10:30 p.m.-midnight". None when
    the 12, or the range it ends, is a count (`twelve_count_words`: "ages
    10-12 noon classes", "the grade 12 noon assembly")."""
    written = m["word"].lower()
    word = _AP_WORD[written]
    r = RANGE_TO_TWELVE.match(text, 0, m.start())
    at = m.start() if r is None else r.start()
    if (count := _COUNT_BEFORE.match(text, max(0, at - 20), at)) and \
            count[1].lower() in _twelve_words("twelve_count_words"):
        return None
    if r is None or (r.start() and (text[r.start() - 1].isalnum() or text[r.start() - 1] in ".:,")) or \
            (r["dash"] and regex.search(r"\s", text[r.start("dash") - 1:r.end("dash") + 1])
             and not _range_cue().search(text, max(0, r.start() - 40), r.start())):
        return Time(m.start(), m.end(), "noon", word)
    clock = r["hour"].lstrip("0") + (f":{r['min']}" if r["min"] and r["min"] != "00" else "")
    half = _BEFORE_TWELVE[written]
    # a dash, spaced where hours are read, gives the range form: "Open 11 - 12 noon" -> "Open 11 a.m.-noon"
    return Time(r.start(), m.end(), "noon", f"{clock} {half}.m.{r['dash'] or r['words']}{word}")


@lru_cache(maxsize=None)
def _range_cue() -> regex.Pattern:
    """What must stand before the first hour of a range whose
    dash is spaced ("Open 11 - 12 noon"): a spaced dash also sets off a count
    or a label ("Top 10 - 12 noon update", "ages 10 - 12"), so only where
    hours are read (`spaced_range_cues` in lint/data/dates.yaml), at a line's
    start or after a colon or an opening parenthesis is it a range. Compiled
    once: a page of 5,000 such ranges scans in 0.4 s."""
    cues = "|".join(sorted(map(regex.escape, load_data("dates.yaml")["spaced_range_cues"])))
    # searched forward in the 40 characters before the hour: ^ is the text's
    # own start, \Z the hour's
    return regex.compile(rf"(?:^|\n|[:(]|\b(?:{cues})\b)[ \t]*\Z", regex.IGNORECASE)


class TimeForm(Kind):
    name = "time-form"
    placeholders = frozenset({"replacement", "written", "why"})
    description = "AP clock times: 7 p.m., 7:30 a.m., noon, midnight; fixable."
    fixable = True
    default_scope = ("dateline", "headline", "title", "dek", "heading", "paragraph",
                     "blockquote", "caption", "footnote")
    options = {
        "check": Option(str, required=True, choices=CHECKS,
                        help="form (7pm, 7:00 PM -> 7 p.m.) or noon (12 p.m., 12 noon -> noon)"),
    }

    def check(self, doc, parts):
        check = self.opts["check"]
        for part, found in times_by_check(doc, parts).get(check, ()):
            text = part.text
            found = _before_a_marker(part, found)
            for f in self._finding(part, text, check, found):
                # a range whose one fix the file refuses (`&ndash;`, `<b>`, a blockquote's `>`, a
                # plain YAML value): the engine reports each time alone instead (qa234 #2, qa241 #2)
                if found.alone:
                    f.instead = tuple(g for t in found.alone for g in self._finding(part, text, check, t))
                yield f

    @staticmethod
    def _finding(part, text: str, check: str, t: Time):
        """The finding for `t` in `part` (whose text is `text`), if its AP form differs."""
        new, fix = t.replacement, t.fix
        if check == "noon" and SENTENCE_START_BEFORE.match(text, max(0, t.start - 6), t.start) \
                and not _DAY_STOP_BEFORE.match(text, max(0, t.start - 8), t.start):
            new = fix = new.capitalize()  # (only noon and midnight open a sentence capitalised)
        if fix != text[t.start:t.end]:
            # the fix keeps a wrap as written; the message reads it as the words will, one space
            # however many spaces stand round the line break (qa65 #3; "1 until \n5 p.m.": qa263 #3)
            yield Finding(part, t.start, t.end, fix=fix, fix_kept="." if t.kept_stop else "", args={
                "replacement": one_line(new), "written": one_line(t.written or text[t.start:t.end]),
                "why": t.why})


def _before_a_marker(part, t: Time) -> Time:
    """`t` with no stop read past a Markdown footnote's marker between the
    a.m. or p.m. and the stop (`7pm[^2].`, `*7pm*[^2].`, `7 PM[^2].Then`,
    read `7pm.`): that stop is the sentence's, so the span and the message
    end before it and the fix writes the whole AP form, keeping the marker
    and the stop (`7 p.m.[^2].`; qa388 #4, qa395 #8, #9); `12pm[^2].` is
    quoted `12pm`. Markers: the reader's source spans (`attrs["notes"]`)
    in the markup between the two. A range's times alike."""
    if t.alone:
        t = replace(t, alone=tuple(_before_a_marker(part, a) for a in t.alone))
    text, notes = part.text, part.attrs.get("notes")
    end = t.end - 1 if t.end > t.start + 1 and text[t.end - 1] == "." else t.end
    if not notes or not (end < len(text) and text[end] == "." and text[end - 1] in "mM"):
        return t
    gap, stop = part.source_offset(end - 1) + 1, part.source_offset(end)
    if not any(gap <= s and e <= stop for s, e in notes):
        return t
    return replace(t, end=end, written="", kept_stop=False)


def times_by_check(doc, parts: list) -> dict[str, list[tuple]]:
    """check -> every (part, time) of `scan` with that check in `parts`, in
    reading order (`base.by_check`); each part is scanned once a story
    whatever the scopes."""
    return by_check(doc, "style.time_form_index", parts,
                    lambda part: ((t.check, (part, t)) for t in
                                  doc.per_part("style.time_form", part, _scan_read(part))))


def _scan_read(part):
    """`scan` of the part's text with a `<sup>`'s footnote figures read as no
    word (`sup_notes.unread`): `7pm<sup>1,2</sup>.` is `7pm.`'s time (qa408 #3,
    qa426 #4), and one after the stop (`12 p.m.<sup>1</sup> to vote`) is no
    letter that holds the stop out of the span (qa434 #11)."""
    return lambda text: scan(unread(part, text, after_stop=True))


KIND = TimeForm
