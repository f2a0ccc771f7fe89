"""The story's update date from its text and JSON-LD (fx88): a plain-text
or Markdown `Updated Dec. 3, 2026` stamp line (alone, or after a bar on a
`Published` or a writer's stamp line) and a page's JSON-LD `dateModified`.
A date up to it is not dates.after-publication; it never becomes the
publication date, and an implausible one (before 1800, in the future) is
refused as a publication date is."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.update_date import update_date
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

BODY = ("Crews restored power at 5 a.m. Thursday, Dec. 3, 2026, Coastal Electric said.\n\n"
        "Crews restored power to the school on Friday, Dec. 4, 2026, officials said.\n")
BOTH = ["Thursday, Dec. 3, 2026", "Friday, Dec. 4, 2026"]
PAGE = ('<html><head><title>Storm</title><script type="application/ld+json">'
        '{{"@type": "NewsArticle", "headline": "Storm hits", "datePublished": "2026-12-02T06:00:00-05:00"{extra}}}'
        "</script></head><body><article><h1>Storm hits Harbor City</h1>"
        "<p>Crews restored power at 5 a.m. Thursday, Dec. 3, 2026, Coastal Electric said.</p>"
        "<p>Crews restored power to the school on Friday, Dec. 4, 2026, officials said.</p>"
        "</article></body></html>")


def _read(source: str, path: str):
    doc = read_bytes(path, source.encode("utf-8"))
    config = Config(select=("dates.after-publication",))
    found = [doc.source[d.offset:d.end_offset] for d in lint_document(doc, active_rules(config), config).diagnostics]
    return doc, found


@pytest.mark.parametrize("top", [
    "Storm live updates\n\nPublished Dec. 2, 2026\nUpdated Dec. 3, 2026\n\n",
    "Storm live updates\n\nPublished Dec. 2, 2026 | Updated 9 a.m. Dec. 3, 2026\n\n",
    "Storm live updates\n\nUpdated: Dec. 3, 2026 | Published: Dec. 2, 2026\n\n",
    "Storm live updates\n\nPosted by Jane Doe on Dec. 2, 2026 | Updated Thursday, Dec. 3, 2026\n\n",
])
@pytest.mark.parametrize("path", ["live.txt", "live.md"])
def test_an_updated_stamp_line_is_the_update_date(top, path):
    if path.endswith(".md"):        # a Markdown hed, and a hard break between two stamp lines
        top = "# " + top.replace("2026\nUpdated", "2026  \nUpdated")
    doc, found = _read(top + BODY, path)
    assert (doc.published, update_date(doc)) == (dt.date(2026, 12, 2), dt.date(2026, 12, 3))
    assert found == ["Friday, Dec. 4, 2026"]


@pytest.mark.parametrize("stamp", ["Updated Dec. 3, 9026", "Updated Dec. 3, 1703"])
def test_an_implausible_update_gives_none(stamp):      # (one with no year: tests/test_update_stamp_years.py)
    doc, found = _read(f"Storm live updates\n\nPublished Dec. 2, 2026\n{stamp}\n\n" + BODY, "live.txt")
    assert (doc.published, update_date(doc), found) == (dt.date(2026, 12, 2), None, BOTH)


def test_a_front_matter_update_date_in_the_future_is_refused():
    doc, found = _read("---\ntitle: Storm\ndate: 2026-12-02\nlastmod: 9999-12-31\n---\n\n" + BODY, "live.md")
    assert (update_date(doc), found) == (None, BOTH)


def test_json_ld_date_modified_is_the_update_date():
    doc, found = _read(PAGE.format(extra=', "dateModified": "2026-12-03T09:00:00-05:00"'), "live.html")
    assert (doc.published, update_date(doc), found) == (dt.date(2026, 12, 2), dt.date(2026, 12, 3),
                                                          ["Friday, Dec. 4, 2026"])


@pytest.mark.parametrize("extra", ["", ', "dateModified": "0001-01-01T00:00:00Z"', ', "dateModified": "Dec. 3"',
                                   ', "dateModified": 20261203'])
def test_no_plausible_json_ld_date_modified_changes_nothing(extra):
    doc, found = _read(PAGE.format(extra=extra), "live.html")
    assert (doc.published, update_date(doc), found) == (dt.date(2026, 12, 2), None, BOTH)


def test_date_modified_alone_is_never_the_publication_date():
    page = PAGE.replace('"datePublished": "2026-12-02T06:00:00-05:00"', '"dateModified": "2026-12-03"')
    doc, _ = _read(page.format(extra=""), "live.html")
    assert doc.published_from != "JSON-LD dateModified" and update_date(doc) == dt.date(2026, 12, 3)
