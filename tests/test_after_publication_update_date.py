"""A date after publication but on or before the story's own update date
was written in an update (nu26 #6): a Hugo live log with `lastmod`, a page
with `article:modified_time`. Later dates are still reported."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.update_date import update_date
from lint.config import Config
from lint.document import Document
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

RULE = "dates.after-publication"

HUGO = ("---\ntitle: Storm live updates\ndate: 2026-12-02T06:00:00-05:00\n{extra}---\n\n"
        "A storm hit Harbor City on Wednesday.\n\n## Thursday, Dec. 3, 2026, 8:15 a.m.\n\n"
        "Crews restored power at 5 a.m. Thursday, Dec. 3, 2026, Coastal Electric said.\n\n"
        "Crews restored power to the school on Friday, Dec. 4, 2026, officials said.\n")


def _after(source: str, path: str = "live.md") -> list[str]:
    """The text of each after-publication finding, cut at its offsets."""
    config = Config(select=(RULE,))
    doc = read_bytes(path, source.encode("utf-8"))
    return [doc.source[d.offset:d.end_offset] for d in lint_document(doc, active_rules(config), config).diagnostics]


@pytest.mark.parametrize("key", ["lastmod", "updated", "LastMod", "modified"])
def test_a_live_log_entry_up_to_the_update_date_is_not_judged(key):
    assert _after(HUGO.format(extra=f"{key}: 2026-12-03T09:00:00-05:00\n")) == ["Friday, Dec. 4, 2026"]


def test_without_an_update_date_both_are_reported():
    assert _after(HUGO.format(extra="")) == ["Thursday, Dec. 3, 2026", "Friday, Dec. 4, 2026"]


def test_an_update_date_before_publication_changes_nothing():
    assert _after(HUGO.format(extra="lastmod: 2026-12-01\n")) == ["Thursday, Dec. 3, 2026", "Friday, Dec. 4, 2026"]


def test_a_page_modified_time_counts():
    page = ("<html><head><title>Storm</title>"
            '<meta property="article:published_time" content="2026-12-02T06:00:00-05:00">'
            '<meta property="article:modified_time" content="2026-12-03T09:00:00-05:00">'
            "</head><body><article><h1>Storm hits Harbor City</h1>"
            "<p>Crews restored power at 5 a.m. Thursday, Dec. 3, 2026, Coastal Electric said.</p>"
            "<p>Crews restored power to the school on Friday, Dec. 4, 2026, officials said.</p>"
            "</article></body></html>")
    assert _after(page, "live.html") == ["Friday, Dec. 4, 2026"]


@pytest.mark.parametrize("value,want", [
    (dt.date(2026, 12, 3), dt.date(2026, 12, 3)),
    (dt.datetime(2026, 12, 3, 23, 0), dt.date(2026, 12, 3)),
    ("2026-12-03T09:00:00-05:00", dt.date(2026, 12, 3)),
    ("0000-00-00", None), ("2026-02-30", None), ("Dec. 3", None), (20261203, None), (["2026-12-03"], None),
])
def test_update_date_reads_dates_and_iso_strings_only(value, want):
    assert update_date(Document(path="x.md", source="", format="markdown", fields={"lastmod": value})) == want
