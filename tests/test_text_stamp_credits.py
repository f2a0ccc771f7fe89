"""A web CMS's writer stamp that credits an agency or the staff in a
sentence's case (`Posted by the Associated Press`, `Written by staff`) is the
byline, and the hed over it stands alone."""
from __future__ import annotations

from lint.readers import read_bytes

HED = "Harbor wins funding"
LEDE = "The harbor board voted 5-2 on Tuesday to expand the port, officials said.\n"


def parts(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes("story.txt", text.encode()).parts]


def test_an_agency_or_staff_stamp_under_the_hed_is_the_byline():
    for stamp in ("Posted by the Associated Press", "Written by staff", "Written by staff reports"):
        assert parts(f"{HED}\n{stamp}\n\n{LEDE}") == [("headline", HED), ("byline", stamp), ("paragraph", LEDE.strip())]


def test_a_lower_case_word_after_a_stamps_by_is_no_credit():
    for stamp in ("Posted by admin", "Posted by the way", "Written by the mayor", "Posted by staffers at the zoo"):
        assert ("byline", stamp) not in parts(f"{HED}\n{stamp}\n\n{LEDE}")
