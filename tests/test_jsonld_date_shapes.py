"""JSON-LD dates as a list or a value object (qa63 #12f; fx94): a page's
`dateModified` and `datePublished` may be a string, `{"@value": ...}`
(JSON-LD 1.1 section 4.2.1) or a list of either. Each string is read; an
implausible one is refused as a single one is: a refused publication date
gives its notice and the next is tried, a refused update date is left out."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.update_date import update_date
from lint.readers import read_bytes
from lint.readers._html_jsonld import dates, parse

PAGE = ('<html><head><title>Storm</title><script type="application/ld+json">'
        '{{"@type": "NewsArticle", "headline": "Storm hits"{extra}}}'
        "</script></head><body><article><h1>Storm hits Harbor City</h1>"
        "<p>Crews restored power on Thursday, officials said.</p></article></body></html>")


def _page(extra: str):
    return read_bytes("storm.html", PAGE.format(extra=extra).encode("utf-8"))


@pytest.mark.parametrize("modified, expected", [
    ('["2026-11-03T09:00:00-05:00"]', dt.date(2026, 11, 3)),
    ('{"@value": "2026-11-03", "@type": "Date"}', dt.date(2026, 11, 3)),
    ('["2026-11-03", "2026-11-05T08:00:00Z"]', dt.date(2026, 11, 5)),          # the latest
    ('[{"@value": "2026-11-04"}, "2026-11-03"]', dt.date(2026, 11, 4)),
    ('["2026-11-04", "9999-12-31"]', dt.date(2026, 11, 4)),                    # the future one refused
    ('["0001-01-01T00:00:00Z"]', None),
    ('{"@value": null}', None),
    ('{"@id": "2026-11-03"}', None),
    ("[20261103]", None),
    ("[]", None),
])
def test_date_modified_as_a_list_or_a_value_object(modified, expected):
    doc = _page(f', "datePublished": "2026-11-02", "dateModified": {modified}')
    assert (doc.published, update_date(doc)) == (dt.date(2026, 11, 2), expected)


@pytest.mark.parametrize("published", ['["2026-11-02T06:00:00-05:00"]', '{"@value": "2026-11-02"}',
                                       '[{"@value": "2026-11-02"}]', '["2026-11-02", "2026-11-03"]'])
def test_date_published_as_a_list_or_a_value_object(published):
    doc = _page(f', "datePublished": {published}')
    assert (doc.published, doc.published_from) == (dt.date(2026, 11, 2), "JSON-LD datePublished")
    part = doc.published_part
    assert doc.source[part.source_offset(0):part.source_offset(len(part.text))] == part.text   # its own span


def test_an_implausible_date_published_in_a_list_is_refused_and_the_next_taken():
    doc = _page(', "datePublished": ["0001-01-01T00:00:00Z", "2026-11-02"]')
    assert doc.published == dt.date(2026, 11, 2)
    assert [n.rule for n in doc.notices] == ["file.implausible-date"]


def test_dates_reads_strings_only():
    src = '{"a": ["x", {"@value": "y"}, {"@value": 3}, null, [["z"]]], "b": {"@type": "Date"}}'
    value = parse(src, 0, len(src))
    assert [t.value(src) for t in dates(value["a"])] == ["x", "y"]
    assert dates(value["b"]) == () and dates(None) == ()
