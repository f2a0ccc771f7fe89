"""qa52 #2: AP sets no date after the agency's dash. A date there, even with
its year and a closing dash, is the lede's (an anniversary lede: `BOSTON (AP)
-- April 15, 2013 -- the day two bombs ...`): it neither dates the story nor
joins the dateline, which ends at the agency's dash."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

HED = "Mill strike ends\n\n"


def _read(lede: str):
    doc = read_bytes("s.txt", (HED + lede + "\n").encode())
    dateline = [p.text for p in doc.parts if p.kind == "dateline"]
    return doc.published, dateline


@pytest.mark.parametrize("lede, dateline", [
    ("BOSTON (AP) -- April 15, 2013 -- the day two bombs tore through the crowd at the finish "
     "line -- is a date this city will never forget.", "BOSTON (AP) --"),
    ("LOWELL, Mass. (AP) -- Dec. 3, 1976 -- Workers remember the fire.", "LOWELL, Mass. (AP) --"),
    ("LOWELL, Mass. (AP) -- Dec. 3, 2026 -- Striking workers at the mill will return to work "
     "Monday.", "LOWELL, Mass. (AP) --"),
    ("LOWELL, Mass. (AP) -- Dec. 3 -- Striking workers at the mill will return to work Monday.",
     "LOWELL, Mass. (AP) --"),
])
def test_a_date_after_the_agencys_dash_is_the_ledes(lede, dateline):
    assert _read(lede) == (None, [dateline])
