"""Which of the two date rules owns a caption's date told by its picture's
participle: AP's caption forms "In this photo taken Wednesday, Nov. 20,
2019, ..." and "In this image made from video, ... on Wednesday, Nov. 20,
2019" (AP Stylebook, "captions"). The participle hangs on the picture's noun
and dates the picture, as "In this Sunday, Nov. 10, 2019, photo" does; it is
no event of the story told in the past, so `caption-after-publication` (a
warning) reports the date, not `after-publication` (an error, which blamed
"taken" and "made": nu70 #7).
"""
from __future__ import annotations

import regex

from ..analysis.dates import DATE
from ..analysis.tense import PAST
from ..regex_cache import SERIAL

# The picture's noun right before its participle, adverbs in -ly between
# ("photo taken", "image made", "file photo provided", "photo recently
# released"), read backwards from the participle.
_PICTURE_BEFORE = regex.compile(
    r"\b(?:photo|photograph|image|picture|frame|still|screenshot|screengrab|video|footage)s?"
    r"\s+(?:\w+ly\s+)?$", regex.IGNORECASE | regex.REVERSE)


def surely_dated(m, published) -> bool:
    """The mention's day is after publication whatever year is meant: its
    year is written (in it, its run or its sentence), or its written weekday
    fits the day in the publication year."""
    return bool(m.year_written or m.year_from) or (
        m.date.year == published.year and m.weekday_fits(published.year))


def picture_participle(m) -> bool:
    """Is the past tense read for the date mention m the participle of its
    picture's noun ("photo taken", "image made"): the nearest word before the
    date spelt as the tense's one-word marker follows a picture noun?"""
    marker = m.tense.marker
    if m.tense.tense != PAST or not marker or " " in marker:
        return False
    start, _ = m.sentence
    verb = regex.compile(rf"(?<![\w'’-]){regex.escape(marker)}(?![\w'’-])", regex.IGNORECASE | regex.REVERSE)
    found = verb.search(m.text, start, m.start, SERIAL)
    return found is not None and _PICTURE_BEFORE.match(m.text, start, found.start(), SERIAL) is not None


def caption_owns(m, published) -> bool:
    """Does `caption-after-publication` report the date mention m, a day
    surely after publication (`surely_dated`) in a caption, as its picture's
    (`picture_participle`), so that `after-publication` leaves it? A date the
    caption rule cannot place (no year, no weekday: "photo taken Nov. 20")
    stays after-publication's."""
    return m.part is not None and m.part.kind == "caption" and m.kind == DATE and m.date is not None \
        and surely_dated(m, published) and picture_participle(m)
