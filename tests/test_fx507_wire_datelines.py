"""fx507: Reuters' day-first dateline and AP's underscore dash are read as
datelines, and a wire dateline's date order is the agency's own (nu70 #9)."""
import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers.patterns import dateline_match


def _datelines(src):
    doc = read_bytes("story.txt", src.encode("utf-8"))
    return [p.text for p in doc.parts if p.kind == "dateline"]


@pytest.mark.parametrize("dateline,date", [
    ("LONDON, 3 March (Reuters) -", "3 March"),
    ("LONDON, 3 March 2025 (Reuters) -", "3 March 2025"),
    ("FRANKFURT, 12 Sept (Reuters) -", "12 Sept"),
    ("LOS ANGELES, March 3 (AP) _", "March 3"),
    ("Lincoln, Neb. (AP) _", None),
])
def test_wire_dateline_forms_read(dateline, date):
    m = dateline_match(dateline + " The economy grew.")
    assert (m["dateline"], m["date"]) == (dateline, date)
    assert _datelines("UK economy grows\n\n" + dateline + " The economy grew, data showed.\n") == [dateline]


@pytest.mark.parametrize("text", [
    "LONDON, 3 Britons (Reuters) - Three men were held.",     # no month after the day
    "LONDON _ The economy grew.",                              # an underscore with no agency before it
    "Prices rose, 3 March figures show - a surprise.",         # no place in capitals
])
def test_guard_not_datelines(text):
    assert dateline_match(text) is None


def test_day_first_dateline_mismatch_and_no_order_warning():
    src = "UK economy grows\n\nLONDON, 3 March (Reuters) - The economy grew 0.2%, official data showed.\n"
    got = [(d.rule, d.line, d.column) for d in lint_text(src, "story.txt", published="2025-03-10")]
    assert got == [("dates.dateline-mismatch", 3, 9)]


def test_guard_day_first_in_body_still_flagged():
    src = ("UK economy grows\n\nLONDON, 3 March (Reuters) - The economy grew 0.2%, official data "
           "showed on 3 March.\n")
    got = [(d.rule, d.line, d.column) for d in lint_text(src, "story.txt", published="2025-03-03")]
    assert got == [("style.date-order", 3, 76)]


def test_guard_day_first_date_line_still_flagged():
    # a typed date line over the story is no wire dateline: AP's order still applies
    src = "UK economy grows\n\n3 March 2025\n\nThe economy grew 0.2%, official data showed.\n"
    assert "style.date-order" in [d.rule for d in lint_text(src, "story.txt")]
