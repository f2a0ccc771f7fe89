"""fx579: `quote_others.other_spans` lists its quotations in no set order; its
one caller, `quote_fixes._source_spans`, sorts them with the others, so every
quotation in other marks is held whatever the order (AP: never alter quotations)."""
from __future__ import annotations

from lint.analysis.quote_others import other_spans
from quote_hold_helpers import held as _held, swap_fix as _fix



def test_guard_spans_in_other_marks_out_of_order_are_all_held(tmp_path):
    # other_spans lists guillemets before a glued ‘…’ quotation that comes first: the caller sorts
    text = ("Fees\n\nShe left early.\u2018It is alright,\u2019 he said, and later "
            "\u00abit is alright\u00bb too.\n")
    spans = other_spans(text)
    assert spans != sorted(spans) and len(spans) == 2
    outcome = _fix(tmp_path, text, "a.txt")
    assert "It is alright,\u2019" in outcome.fixed and "\u00abit is alright\u00bb" in outcome.fixed
    assert {k for _, k in _held(outcome)} == {"quotation"} and len(_held(outcome)) == 4
