"""The day a Markdown footnote that is an update note was written on.

An update or correction is often a note (`[^1]: Update, May 9, 2024: The
council will vote next Tuesday.`), dated after publication by design
(dates.after-publication leaves notes alone). A weekday counted from its
own words (`next Tuesday`) is counted from the note's date, not the
publication day (qa395 #7): dates.relative-weekday names that day.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..document import Part
from ..regex_cache import SERIAL
from .date_mention import DATE, Mention
from .date_scan import note_opener, opens_note

# The note's label ends at its first colon, closing parenthesis or dash.
_LABEL_END = regex.compile(r"[:)—–]")
_LABEL_REACH = 40          # characters after the opener its date may stand within


def note_day(part: Part, found: list[Mention], published: dt.date | None) -> dt.date | None:
    """The day of a `footnote` part that opens as an update or correction
    note (`date_scan.opens_note`) and dates itself in its label, after
    `published` (`Update, May 9, 2024:`, `Correction (May 9, 2024):`);
    None for any other part. `found`: the part's date mentions."""
    if part.kind != "footnote" or published is None or not opens_note(part.text):
        return None
    opener = note_opener().match(part.text, None, None, SERIAL)
    label = _LABEL_END.search(part.text, opener.end(), opener.end() + _LABEL_REACH, SERIAL)
    if label is None:
        return None
    for m in found:
        if m.kind == DATE and opener.end() <= m.start and m.end <= label.start():
            day = m.date
            return day if day is not None and day > published else None
    return None
