"""`-v` names the stamp line that gave the publication date in the
stamp's own words (nu25 #13), for an update stamp too (`Last modified`),
and for a year-less `Published` stamp that takes its update's year
(`Posted Dec. 3` over `Last updated Dec. 4, 2026`): both lines as written,
never a `Published` or `Updated` the text does not say (fx78). The lead
words are the ones `stamp_line` matched, carried with its date."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.readers import read_bytes

HED, BODY = "Council approves budget\n\n", "\n\nThe council voted on Tuesday to approve the budget.\n"


@pytest.mark.parametrize("lines, when, source", [
    ("Last modified: Dec. 4, 2026", "2026-12-04", "the 'Last modified' line"),
    ("Updated on Dec. 4, 2026 at 6:00 AM", "2026-12-04", "the 'Updated on' line"),
    ("Posted Dec. 3\nLast updated Dec. 4, 2026", "2026-12-03", "the 'Posted' line, in the 'Last updated' line's year"),
    ("Modified Dec. 4, 2026\n\nFirst published on Dec. 3", "2026-12-03",
     "the 'First published on' line, in the 'Modified' line's year"),
    ("Posted Dec. 3 | Last updated Dec. 4, 2026", "2026-12-03", "the 'Posted' line, in the 'Last updated' line's year"),
    ("Updated: Dec. 4, 2026 | Posted: Dec. 3, 2026", "2026-12-03", "the 'Posted' line"),
    # a year-less stamp in January under a December update: the year before
    ("Published Dec. 30\n\nUpdated Jan. 2, 2027", "2026-12-30", "the 'Published' line, in the 'Updated' line's year"),
    # a Published stamp's own year beats an update's date, over or under it
    ("Last updated Dec. 4, 2026\nPosted Dec. 3, 2026", "2026-12-03", "the 'Posted' line"),
])
def test_the_source_names_the_lines_as_written(lines, when, source):
    doc = read_bytes("story.txt", (HED + lines + BODY).encode())
    assert (str(doc.published), doc.published_from) == (when, source)
    assert doc.published_part.text in lines.split("\n")


def test_the_lead_words_are_carried_with_the_date():
    from lint.readers._text_stamps import stamp_line     # (fx78's module)
    assert stamp_line("Last modified: Dec. 4, 2026") == ("updated", dt.date(2026, 12, 4), None, ("Last modified",))
    assert stamp_line("Posted Dec. 3") == ("published", None, dt.date(2000, 12, 3), ("Posted",))
    assert stamp_line("Posted Dec. 3 | Modified Dec. 4, 2026")[3] == ("Posted", "Modified")
