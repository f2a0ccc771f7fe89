"""A release or embargo line names its day with every month form, a day of
one figure or two (lint/readers/_text_fields.py `_WHEN`): AP's abbreviations
(`Nov. 30`, `Sept. 15`) too. Every line here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.calendar import MONTHS
from lint.readers import read_bytes
from lint.readers._text_fields import field_line

# every month word the calendar reads, as written: `November`, `Nov.`, `Nov`, `NOV.`
_FORMS = sorted({f for m in MONTHS for f in (m.title(), m.title() + ".", m.upper() + ".")
                 if not (f.endswith(".") and len(m) > 4 and m != "sept")})


@pytest.mark.parametrize("month", _FORMS)
@pytest.mark.parametrize("lead", ["FOR RELEASE:", "EMBARGOED UNTIL"])
def test_every_month_form_with_every_day_is_a_release_line(lead, month):
    missed = [day for day in range(1, 32) if field_line(f"{lead} {month} {day}, 2026") != "release"]
    assert missed == []


def test_a_notice_with_a_two_figure_day_over_the_hed_is_no_headline():
    src = "FOR RELEASE: Sept. 15, 2026\n\nCouncil approves budget\n\nThe council voted 5-2 on Tuesday.\n"
    doc = read_bytes("release.txt", src.encode())
    assert [(p.kind, p.text) for p in doc.parts[:2]] == [("field", "FOR RELEASE: Sept. 15, 2026"),
                                                        ("headline", "Council approves budget")]
    assert doc.published == dt.date(2026, 9, 15)
