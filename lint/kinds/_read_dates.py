"""What a date kind's message quotes: the date as its readers read it.

The date readers (`analysis.dates`' mentions, `date_form`) read a part
through `sup_notes.dated_text`, where a footnote mark glued to a day or a
year is no figure of it (`Feb. 3<sup>1</sup>` is Feb. 3, not Feb. 31). A
date kind's message quotes the date so read, marks left out (`'Sept. 11,
2023'`, not `'Sept. 111, 2023'`: qa434 #4); every other rule quotes its
span as written (`3² plus 4²`: qa452 #2), so this is the date kinds' own
step, not placing's.
"""
from __future__ import annotations

from functools import wraps

from ..analysis.sup_notes import without_marks
from ..vale.messages import SHOWN_TEXT


def as_read(doc, findings):
    """`findings` (an iterable of `base.Finding`), each whose quoted span
    (`shown_from`/`start` to `end`/`shown_to`, part-text offsets) holds a
    footnote mark the shared reading dropped given that reading as its
    `shown` (marks left out), when it is no longer than a message shows
    whole (`SHOWN_TEXT` characters); a finding with its own `shown` is kept
    as it is. Yields the same Finding objects, in order."""
    for f in findings:
        if f.shown is None:
            a = f.start if f.shown_from is None else f.shown_from
            b = f.end if f.shown_to is None else f.shown_to
            plain = without_marks(doc, f.part, a, b)
            if plain is not None and len(plain) <= SHOWN_TEXT:
                f.shown = plain
        yield f


def quoted_as_read(check):
    """A date kind's `check(self, doc, parts)` whose findings quote the date
    as read (`as_read`)."""
    @wraps(check)
    def checked(self, doc, parts):
        return as_read(doc, check(self, doc, parts))
    return checked
