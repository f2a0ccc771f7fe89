"""`_date_form_scan._may_be_meta`, the gate before the post-meta match: it
lowers the text instead of case-folding it (pf52) and must still say True
wherever `POST_META` (IGNORECASE, simple folding) can match, in any case,
and read the long s as the pattern does; a story with no stamp's word is
still passed over, and so is a ligature the pattern does not unfold."""
import pytest

from lint.kinds._date_form_scan import _may_be_meta, scan


@pytest.mark.parametrize("text", [
    "This Entry Was POSTED on Tuesday, September 3rd, 2013 at 12:53 pm.",
    "UPDATED: May 5th, 2013",
    "Last UpDaTeD Sat 24 Jan 2015",
    "This entry was po\u017fted on Tuesday, September 3rd, 2013, caf\u00e9 notes.",
    "Caf\u00e9 notes\nUpdated May 5, 2013",
])
def test_a_stamp_word_in_any_case_opens_the_gate(text):
    assert _may_be_meta(text)
    assert any(m.meta for m in scan(text))      # and the stamp is read as one


@pytest.mark.parametrize("text", [
    "The council met on Feb. 03, 2026, to approve the budget.",
    "The caf\u00e9 opened in March and the council met on Feb. 03, 2026.",
])
def test_a_story_with_no_stamp_word_stays_shut(text):
    assert not _may_be_meta(text)
    assert not any(m.meta for m in scan(text))


def test_a_ligature_the_pattern_does_not_unfold_opens_nothing():
    # (simple case folding: "\ufb06" is no "st" to POST_META, nor to the gate)
    text = "This entry was po\ufb06ed on Tuesday, September 3rd, 2013."
    assert not _may_be_meta(text)
    assert not any(m.meta for m in scan(text))


def test_the_gate_agrees_with_casefold_on_ascii():
    # (the reference the ASCII path replaces: both must answer alike)
    for text in ("PoStEd", "posted", "UPDATED", "up dated", "Pasted", "Date: x", "(@ana)", ""):
        folded = text.casefold()
        assert _may_be_meta(text) == ("Date:" in text or "(@" in text
                                      or "posted" in folded or "updated" in folded)
