"""What the run-record tests (qa429 #7 and fx579's kept edges) share,
written once: a re-marking of a whole quotation (quotes.mixed-marks) over
the characters house.latin's swap wrote.

`QUOTED`: the source, its `that is` (house.latin's swap) at offsets 6..13.
`remarked(marks)`: the fix_written.Written record of that swap after
Written.moved through Fix(0, 18, marks), the re-marking of `"Now, that is
it,"` (offsets in str characters)."""
from __future__ import annotations

from lint.diagnostic import Fix
from lint.fix_written import Written

QUOTED = '"Now, that is it," she said.'


def remarked(marks: str) -> Written:
    record = Written()
    record.changed = [("house.latin", 6, 13, "i.e.")]
    fix = Fix(0, 18, marks)
    record.moved(QUOTED, [fix], {fix: "quotes.mixed-marks"})
    return record
