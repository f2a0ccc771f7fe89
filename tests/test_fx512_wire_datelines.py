"""fx512: Reuters' day-first dateline and AP's underscore dash are datelines
(nu70 #9); a day-first date after a weekday or label is not (qa370 #2);
style.date-order leaves only a day-first wire's own form alone (qa370 #3, #8)."""
import pytest

from lint import lint_text
from lint.readers.patterns import dateline_match


def _found(src, published="2025-03-10"):
    return [(d.rule, d.line, d.column) for d in lint_text(src, "story.txt", published=published)]


@pytest.mark.parametrize("line,dateline", [
    ("LONDON, 3 March (Reuters) - The", "LONDON, 3 March (Reuters) -"),
    ("SAO PAULO, 3 Mar (Reuters) - The", "SAO PAULO, 3 Mar (Reuters) -"),
    ("PARIS, 3 March 2025 (AFP) - The", "PARIS, 3 March 2025 (AFP) -"),
    ("FORT WORTH, 3 March (Reuters) - The", "FORT WORTH, 3 March (Reuters) -"),
    ("LOS ANGELES, March 3 (AP) _ The", "LOS ANGELES, March 3 (AP) _"),
])
def test_day_first_and_underscore_datelines(line, dateline):
    m = dateline_match(line)
    assert m is not None and m["dateline"] == dateline


@pytest.mark.parametrize("line", [
    "TUESDAY, 3 March 2025 - The council meets.",
    "TUESDAY, 3 March (Reuters) - The council meets.",
    "FOR IMMEDIATE RELEASE, 3 March (Reuters) - Acme opened a plant.",
    "EDITOR'S NOTE, 3 March (Reuters) - This story was updated.",
    "UPDATED, 3 March (Reuters) - Adds a quote.",
    "CORRECTED, 3 March (Reuters) - Fixes a name.",
    "HARBOR CITY, 3 March — The council voted.",      # no wire named: a staff dateline
    "LONDON, 3 March - The economy grew.",
    "WASHINGTON _ The Senate passed a bill.",          # the underscore only after a parenthesis
])
def test_not_a_day_first_dateline(line):
    assert dateline_match(line) is None


def test_reuters_own_form_left_alone_mismatch_at_the_date():
    src = "UK economy grows\n\nLONDON, 3 March (Reuters) - The economy grew 0.2%, data showed.\n"
    got = _found(src)
    assert ("dates.dateline-mismatch", 3, 9) in got
    assert "style.date-order" not in [r for r, _, _ in got]


@pytest.mark.parametrize("dateline,agency", [("HARBOR CITY, 3 March (AP) —", "AP"),
                                             ("HARBOR CITY, 3 March (Bloomberg) -", "Bloomberg")])
def test_month_first_wire_day_first_still_flagged(dateline, agency):
    src = "Pool to close\n\n" + dateline + " The council voted to close the pool, officials said.\n"
    got = _found(src)
    assert ("style.date-order", 3, 14) in got
    assert ("dates.dateline-mismatch", 3, 14) in got      # read as a dateline all the same


def test_leading_zero_in_reuters_dateline_still_flagged():
    src = "Markets move\n\nLONDON, 03 March (Reuters) - The economy grew, data showed.\n"
    assert ("style.date-order", 3, 9) in _found(src, published="2025-03-03")


def test_reuters_date_in_text_still_flagged():
    src = "UK economy grows\n\nLONDON, 3 March (Reuters) - The economy grew, data showed on 3 March.\n"
    orders = [f for f in _found(src) if f[0] == "style.date-order"]
    col = src.split("\n")[2].rindex("3 March") + 1
    assert orders == [("style.date-order", 3, col)]


def test_ap_underscore_dateline_date_compared():
    src = "Senate passes bill\n\nLOS ANGELES, March 3 (AP) _ The Senate passed a bill.\n"
    assert ("dates.dateline-mismatch", 3, 14) in _found(src)
