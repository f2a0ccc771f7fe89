"""fx579: the run record (fix_written.Written) keeps a span to the
characters its rule's fix wrote: characters a later fix inserts right at
either end of it, within a fix over it (qa429 #7's record half) or as an
insertion of their own, are the inserting rule's, not the span's. Holds
stay: the inserting rule's own record still guards its insertion."""
from __future__ import annotations

import pytest

from lint.diagnostic import Fix
from lint.fix_written import Written
from written_helpers import remarked

SOURCE = "Now, that is it, she said."        # `that is`: house.latin's swap, at 5..12


def _record(fix, rule="house.comma"):
    record = Written()
    record.whole = [("house.latin", 5, 12, "i.e.")]
    record.changed = [("house.latin", 5, 12, "i.e.")]
    record.moved(SOURCE, [fix], {fix: rule})
    return record


@pytest.mark.parametrize("fix, span", [
    (Fix(12, 12, ","), (5, 12)),          # an insertion at its end
    (Fix(5, 5, "-"), (6, 13)),            # an insertion at its start
    (Fix(0, 3, "So"), (4, 11)),           # a fix before it, ending apart
    (Fix(13, 15, "this"), (5, 12)),       # a fix after it
])
def test_a_record_keeps_only_its_own_characters(fix, span):
    record = _record(fix)
    assert ("house.latin", *span, "i.e.") in record.changed
    assert ("house.latin", *span, "i.e.") in record.whole


def test_guard_an_insertion_at_a_records_end_stays_guarded_by_its_own_rule():
    record = _record(Fix(12, 12, ","))
    judge = record.judge("Now, that is, it, she said.")
    assert judge.why("house.other", Fix(12, 13, ";")) == "chain"      # another rule over the comma
    assert judge.why("house.comma", Fix(12, 13, ";")) == "rewrite"    # its own rule over its comma
    assert judge.why("house.other", Fix(5, 12, "i.e.")) is None        # undoing the swap exactly
    assert judge.why("house.other", Fix(6, 12, "his is")) == "chain"   # any other change of the swap


def test_guard_a_record_still_takes_in_nothing_past_an_insertion_inside_a_fix():
    # qa429 #7's shape: a re-marking over the quotation inserts a comma right at the swap's end
    record = remarked("\u201cNow, that is, it,\u201d")
    assert ("house.latin", 6, 13, "i.e.") in record.changed
    assert ("quotes.mixed-marks", 13, 14, "") in record.changed       # the comma is the re-marking's


def test_guard_an_empty_span_at_an_insertion_moves_as_before():
    # an empty span (a finding at a point) still goes round the insertion, as FixMap.to places it
    record = Written()
    record.owed[("house.x", 12, 12)] = 1
    fix = Fix(12, 12, ",")
    record.moved(SOURCE, [fix], {fix: "house.comma"})
    assert record.owed == {("house.x", 12, 13): 1}
