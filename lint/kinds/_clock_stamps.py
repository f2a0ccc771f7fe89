"""The clock time of a post's stamp, which `time-form` leaves alone (nu53 #3).

The date rules skip any date a machine's words open (`_date_form_scan.POST_META`:
"Posted", "Updated", "Date:", "(@handle) on"). A time is skipped on far
narrower grounds (qa258 #1, #2): only in a whole line that is one of the
"posted" templates, from its fixed opening words through its date, its
clock time and the template's own close:

- an Instagram embed's signature: "A photo posted by Banksy (@banksy) on Jan
  7, 2015 at 3:02pm PST" (a zone, then the line's end);
- WordPress's post-meta line: "This entry was posted on Tuesday, September
  3rd, 2013 at 12:53 pm and is filed under News." (or the line's end);
- a blog's byline stamp: "Posted on March 3, 2015 at 4:15 PM by admin",
  "Posted by admin on March 3, 2015 | 4:15PM" (" by ..." or the line's end).

So a handle in prose ("Jane Smith (@janesmith) on March 3 at 7 PM wrote"),
an event notice ("Date: March 3, 2026 at 7 PM, in the main hall.") and an
update line ("Updated at 2:41 PM on ...") keep their time's finding.
"""
from __future__ import annotations

import regex

from ._date_form_scan import POST_META, scan

# Each template: the line before POST_META's lead-in, the lead-in's own
# words, and what closes the line after the clock time (`_CLOCK`).
_LINE_END = r"(?:[ \t]+\p{Lu}{2,4})?[ \t]*(?=\r?\n|\Z)"         # an optional zone ("PST")
_TEMPLATES = tuple((regex.compile(before), regex.compile(lead), regex.compile(close)) for before, lead, close in (
    (r"[ \t]*A[ \t]+(?:photo|video)[ \t]+posted[ \t]+by(?:[ \t]+[^\s()]+){1,4}[ \t]+",
     r"\(@\w{1,15}\)[ \t]+on[ \t]", _LINE_END),
    (r"[ \t]*", r"This[ \t]+entry[ \t]+was[ \t]+posted[ \t]+on[ \t]",
     r"[ \t]+and[ \t]+is[ \t]+filed[ \t]+under[ \t]|" + _LINE_END),
    (r"", r"[ \t]*Posted(?:[ \t]+by[ \t]+[^\s:]+(?:[ \t]+[^\s:]+){0,2})?(?:[ \t]+on|:)[ \t]",
     r"[ \t]+by[ \t]+\S|" + _LINE_END),
))
# After the month: the day, the year and the separator before the clock time
# ("Jan 7, 2015 at ", "September 3rd, 2013 at ", "March 3, 2015 | "), on the month's line.
_DATE_TAIL = regex.compile(r"\.?(?:[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?)?,?(?:[ \t\u00a0]+(?:19|20)\d\d)?,?"
                           r"[ \t\u00a0]*(?:(?:at\b|@|\||·|[-–—])[ \t\u00a0]*)?")
_CLOCK = regex.compile(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t\u00a0]?[AaPp]\.?[Mm]\b\.?")


def clock_stamps(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each clock time that closes a "posted"
    stamp's line (see the module), such as "3:02pm" of "A photo posted by
    Banksy (@banksy) on Jan 7, 2015 at 3:02pm PST"; [] when there is none."""
    if "posted" not in text.lower():
        return []
    out = []
    for mo in scan(text):
        if not mo.meta:
            continue
        lead = POST_META.match(text, max(0, mo.start - 80), mo.start)
        line = text.rfind("\n", 0, lead.start()) + 1
        clock = _CLOCK.match(text, _DATE_TAIL.match(text, mo.end).end())
        if clock and any(before.fullmatch(text, line, lead.start()) and opening.match(text, lead.start(), mo.start)
                         and close.match(text, clock.end()) for before, opening, close in _TEMPLATES):
            out.append(clock.span())
    return out
