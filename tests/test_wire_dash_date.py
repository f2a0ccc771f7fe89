"""nu23 #7: a wire dateline with its date set between dashes after the
agency (`LOWELL, Mass. (AP) -- Dec. 3, 2026 -- Striking ...`): the date is
the dateline's and the story's; without its year or a closing dash it is the
lede's, and the dateline ends at the agency's dash, as before."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.readers import read_bytes

HED = "Mill strike ends\n\n"


def _read(lede: str):
    doc = read_bytes("s.txt", (HED + lede + "\n").encode())
    dateline = [p.text for p in doc.parts if p.kind == "dateline"]
    return doc.published, dateline


def test_the_date_after_the_agencys_dash_is_the_storys():
    published, dateline = _read("LOWELL, Mass. (AP) -- Dec. 3, 2026 -- Striking workers at the mill "
                                "will return to work Monday.")
    assert published == dt.date(2026, 12, 3)
    assert dateline == ["LOWELL, Mass. (AP) -- Dec. 3, 2026 --"]


@pytest.mark.parametrize("lede", [
    "LOWELL, Mass. (AP) -- Dec. 3 -- Striking workers at the mill will return to work Monday.",
    "LOWELL, Mass. (AP) -- Dec. 3, 2026 was the day the mill closed for good.",
    "LOWELL, Mass. (AP) -- Dec. 3 marks the day -- of the fire -- that closed the mill.",
])
def test_a_date_without_its_year_or_its_closing_dash_is_the_ledes(lede):
    assert _read(lede) == (None, ["LOWELL, Mass. (AP) --"])
