"""Two `Updated` lines and no `Published` one (qa63 #12e), and an `Updated`
line with no year (fx88's leftover), in plain text and Markdown (fx94).

The earliest `Updated` line gives the publication date, whichever comes
first on the page: the story ran by then, and the later stamp is an update
to it (a later one was read as the publication date and refused as future).
An `Updated 3:15 p.m. Dec. 3` line takes the publication date's year, or the
next year when it would come before the publication; it gives no update date
when the publication date is an `Updated` line's own (its year could then be
either side) or there is none, unless a dated `Updated` line comes before it:
it is then on or after that one (qa64 #11's live-blog shape, fx103)."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.update_date import placed_update, update_date
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

HED = "Storm live updates\n\n"
BODY = "\nCrews restored power on Friday, Dec. 4, 2026, officials said.\n"


def _read(top: str, path: str):
    if path.endswith(".md"):        # a Markdown hed, and a hard break between two stamp lines
        top = "# " + top.replace("\nUpdated", "  \nUpdated")
    doc = read_bytes(path, (top + BODY).encode("utf-8"))
    config = Config(select=("dates.after-publication", "file.implausible-date"))
    found = [(d.rule, doc.source[d.offset:d.end_offset]) for d in
             lint_document(doc, active_rules(config), config).diagnostics]
    return doc, found


@pytest.mark.parametrize("path", ["live.txt", "live.md"])
@pytest.mark.parametrize("stamps", ["Updated Nov. 3, 2026\nUpdated Nov. 5, 2026\n",
                                    "Updated Nov. 5, 2026\nUpdated Nov. 3, 2026\n"])
def test_the_earliest_of_two_updated_lines_is_the_publication_date(stamps, path):
    doc, _ = _read(HED + stamps, path)
    assert (doc.published, update_date(doc)) == (dt.date(2026, 11, 3), dt.date(2026, 11, 5))


@pytest.mark.parametrize("path", ["live.txt", "live.md"])
def test_a_later_updated_line_in_the_future_is_no_refused_publication_date(path):
    later = dt.date.today() + dt.timedelta(days=3)
    stamps = f"Updated Nov. 3, 2026\nUpdated {later:%B} {later.day}, {later.year}\n"
    doc, found = _read(HED + stamps, path)
    assert doc.published == dt.date(2026, 11, 3)
    assert not any(rule == "file.implausible-date" for rule, _ in found)


@pytest.mark.parametrize("path", ["live.txt", "live.md"])
@pytest.mark.parametrize("top", ["Published Nov. 2, 2026\nUpdated 3:15 p.m. Nov. 4\n",
                                 "Published Nov. 2, 2026 | Updated 3:15 p.m. Nov. 4\n",
                                 "Posted by Jane Doe on Nov. 2, 2026 | Updated Wednesday, Nov. 4\n"])
def test_an_updated_line_with_no_year_takes_the_publication_year(top, path):
    doc, found = _read(HED + top, path)
    assert (doc.published, update_date(doc)) == (dt.date(2026, 11, 2), dt.date(2026, 11, 4))
    assert ("dates.after-publication", "Friday, Dec. 4, 2026") in found     # after the update: still found


def test_a_date_up_to_a_yearless_update_is_not_after_publication():
    doc = read_bytes("live.txt", (HED + "Published Nov. 2, 2026\nUpdated 3:15 p.m. Nov. 6\n\n"
                                  "Crews restored power on Friday, Nov. 6, 2026, officials said.\n").encode())
    config = Config(select=("dates.after-publication",))
    assert update_date(doc) == dt.date(2026, 11, 6)
    assert lint_document(doc, active_rules(config), config).diagnostics == []


@pytest.mark.parametrize("top, expected", [
    ("Updated 3:15 p.m. Nov. 4\nUpdated Nov. 2, 2026\n", dt.date(2026, 11, 2)),  # no dated stamp before it
    ("Updated 3:15 p.m. Nov. 4\n", None),                                          # no publication date
])
def test_a_yearless_update_with_no_year_to_take_gives_none(top, expected):
    doc, _ = _read(HED + top, "live.txt")
    assert update_date(doc) == expected


@pytest.mark.parametrize("path", ["live.txt", "live.md"])
@pytest.mark.parametrize("top, expected", [
    ("By Jane Doe\nUpdated Nov. 28, 2026\nUpdated 9 a.m. Dec. 1\n", dt.date(2026, 12, 1)),  # qa64 #11
    ("Updated Nov. 28, 2026 | Updated Dec. 1\n", dt.date(2026, 12, 1)),                   # the bar form
    ("Updated Dec. 30, 2025\nUpdated Jan. 2\n", dt.date(2026, 1, 2)),                     # over the new year
    ("Updated Nov. 28, 2026\nUpdated 9 a.m. Nov. 20\n", dt.date(2026, 11, 28)),  # next year is future: none
    ("Published Nov. 2, 2026\nUpdated Nov. 28, 2026\nUpdated Nov. 29\n", dt.date(2026, 11, 29)),
])
def test_a_yearless_update_under_a_dated_one_is_on_or_after_it(top, expected, path):
    doc, _ = _read(HED + top, path)
    assert update_date(doc) == expected


def test_the_live_blog_shape_is_quiet_up_to_its_yearless_update():
    src = HED + "By Jane Doe\nUpdated Nov. 28, 2026\nUpdated 9 a.m. Dec. 1\n\nThe council met Nov. 30.\n"
    doc = read_bytes("live.txt", src.encode())
    config = Config(select=("dates.after-publication",))
    assert lint_document(doc, active_rules(config), config).diagnostics == []


@pytest.mark.parametrize("day, published, expected", [
    (dt.date(2000, 12, 4), dt.date(2026, 12, 2), dt.date(2026, 12, 4)),
    (dt.date(2000, 12, 2), dt.date(2026, 12, 2), dt.date(2026, 12, 2)),    # the same day
    (dt.date(2000, 1, 2), dt.date(2025, 12, 30), dt.date(2026, 1, 2)),     # over the new year
    (dt.date(2000, 2, 29), dt.date(2024, 2, 27), dt.date(2024, 2, 29)),
    (dt.date(2000, 2, 29), dt.date(2025, 2, 27), None),                    # no leap day that year
])
def test_placed_update(day, published, expected):
    assert placed_update(day, published) == expected
