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
  schedule (`schedule_verbs`: "The exhibit opens Saturday, Dec. 5");
- a date before a noun, an event's ("the Dec. 7, 2026 vote"), unless that
  noun is the picture ("In this Dec. 7, 2026 photo");
- a date of the subject's day after `is` or `are` ("This year's run is
  Sunday, Dec. 6, 2026");
- a date told in the past tense, which dates.after-publication reports (at
  error level), so that one date gets one finding;
- a correction or update note (`date_scan.note_opener`, as after-publication
  skips one).
A file photo's date is before publication and so never reported.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..analysis.calendar import add_days, long_date
from ..analysis.date_scan import note_opener
from ..analysis.dates import DATE, date_mentions
from ..analysis.tense import FUTURE, PAST, sentence_at, words
from ..analysis.words import phrase_alternation
from .base import Finding, Kind, Option, not_negative

# Words of a plan that "will" and the plan lists do not hold.
_PLAN_PHRASES = ("set to", "set for", "plans to", "plan to", "ahead of", "is to", "are to")
# A date that is the subject's day ("This year's run is Sunday, Dec. 6, 2026"): a schedule.
_IS_BEFORE = regex.compile(r"\b(?:is|are)\s+(?:on\s+)?$", regex.IGNORECASE | regex.REVERSE)
# The picture itself after an attributive date: "In this Dec. 7, 2026 photo".
_PICTURE_NOUN = regex.compile(r",?\s+(?:(?:file|handout|pool|undated)\s+)?(?:photo|photograph|image|picture)s?\b",
                              regex.IGNORECASE)


@lru_cache(maxsize=None)
def _ahead() -> regex.Pattern:
    """A word of the future or of a plan anywhere in the date's sentence."""
    w = words()
    phrases = [*w["future"], *w["plan_modifiers"], *w["ahead_modifiers"], *_PLAN_PHRASES]
    return regex.compile(rf"(?<![\w'’])(?:{phrase_alternation(phrases)})(?![\w'’])", regex.IGNORECASE)


@lru_cache(maxsize=None)
def _target_before() -> regex.Pattern:
    """A target preposition right before the date, read backwards from it:
    "for [the] Saturday, Dec. 5", "until Dec. 7"."""
    return regex.compile(rf"\b(?:{phrase_alternation(words()['target_prepositions'])})\s+(?:the\s+)?$",
                         regex.IGNORECASE | regex.REVERSE)


class CaptionAfterPublication(Kind):
    name = "caption-after-publication"
    needs_published = True
    description = "Flags a photo caption that dates its picture after the publication date."
    default_scope = ("caption",)
    options = {
        "grace-days": Option(int, 0, check=not_negative,
                             help="days after publication still accepted (late-night updates)"),
    }

    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        limit = add_days(published, self.opts["grace-days"])
        found = date_mentions(doc)
        for part in parts:
            mentions = [m for m in found.get(part.index, ()) if m.kind == DATE and m.date is not None
                        and m.date > limit and _surely_dated(m, published)]
            if not mentions or note_opener().match(part.text):
                continue
            for m in mentions:
                if not _still_to_come(m):
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
    tense = m.tense                   # (reads the sentence bounds)
    start, stop = sentence_at(m.bounds, m.start, len(m.text))
    if tense.tense in (FUTURE, PAST) or tense.planned or tense.marker.lower() in words()["schedule_verbs"]:
        return True         # (a past one is after-publication's, at error level)
    if _ahead().search(m.text, start, stop) or _target_before().match(m.text, start, m.start) \
            or _IS_BEFORE.match(m.text, start, m.start):
        return True
    return m.attributive and not _PICTURE_NOUN.match(m.text, m.end)


KIND = CaptionAfterPublication
