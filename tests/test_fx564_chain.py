"""fx564 (qa422 #1): --fix's run record keeps what a fix wrote when a later
fix over it writes those characters back as they were (a quotation re-marked
in the same pass or the next), and drops it where a later fix changes them."""
from __future__ import annotations

import pytest

from fix_helpers import fix_text as _fix, house_rules as _house
from lint.diagnostic import Fix
from lint.fix_offsets import FixMap
from lint.fix_written import Written


DOTS = ("dots", "extends: substitution\nmessage: \"use '{replacement}'\"\nnonword: true\n"
                "swap:\n  '\\bi\\.e\\.(?=[\\s,;])': ie\n")
CAPS = ("caps", "extends: substitution\nmessage: \"use '{replacement}'\"\nswap:\n  '\\bie\\b': IE\n")


@pytest.mark.parametrize("gap", ["", " "])
def test_a_re_marked_quotation_keeps_the_chain_guard(tmp_path, gap):
    """'i.e.' -> 'ie' (no word changed) inside a quotation re-marked in the
    same pass or, after hygiene.missing-space's fix on its mark, the next;
    a second rule's 'ie' -> 'IE' over it is held as a chain either way."""
    config, rules = _house(tmp_path, [DOTS, CAPS], "quotes", "hygiene")
    text = f'Crew\n\nThe crew left.{gap}\u201cNow, i.e. not yet,\u201d she said. She said "a" and "b" and "c."\n'
    outcome = _fix(text, config, rules)
    assert outcome.fixed == 'Crew\n\nThe crew left. "Now, ie not yet," she said. She said "a" and "b" and "c."\n'
    assert [(d.rule, k) for d, k in outcome.result.held.items()] == [("house.caps", "chain")]


def test_written_keeps_a_span_a_later_fix_writes_back_as_it_was():
    source = '\u201cNow, that is it,\u201d she said.'
    record = Written()
    record.changed = [("house.latin", 6, 13, "i.e.")]
    re_marked = Fix(0, 18, '"Now, that is it,"')
    record.moved(source, [re_marked], {re_marked: "quotes.mixed-marks"})
    assert ("house.latin", 6, 13, "i.e.") in record.changed
    retold = Fix(6, 13, "so it is")                       # a fix that changes those characters drops it
    record.moved('"Now, that is it," she said.', [retold], {retold: "house.other"})
    assert all(r != "house.latin" for r, *_ in record.changed)


def test_written_moves_a_kept_span_by_what_the_fix_changed_before_it():
    source = "``Now, that is it,'' she said."
    record = Written()
    record.changed = [("house.latin", 7, 14, "i.e.")]
    re_marked = Fix(0, 20, "\u201cNow, that is it,\u201d")
    record.moved(source, [re_marked], {re_marked: "quotes.mixed-marks"})
    new = FixMap([re_marked])
    assert new.written(0) == (0, 18)
    assert ("house.latin", 6, 13, "i.e.") in record.changed
