"""JSON Lines without a mapping (fx122 #3): a line's `title` is its headline
and its `date` (else `datePublished`) its publication date when it has no
`headline` or `published` key, at their own characters; the default key and
the config's mapping still win."""
from __future__ import annotations

import datetime as dt

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from lint.readers import read_bytes
from lint.readers.options import ReadOptions

LINES = [
    '{"id": "a1", "title": "Council approves budget.", "date": "2026-01-30", "body": "The council met."}',
    '{"id": "a2", "title": "Caf\\u00e9 opens.", "datePublished": "2026-01-29T10:00:00Z", "body": "It opened."}',
    '{"id": "a3", "headline": "Mayor resigns", "title": "SEO: Mayor resigns | Daily", "published": "2026-01-28",'
    ' "date": "2026-01-01", "body": "The mayor resigned."}',
]
DATA = ("\n".join(LINES) + "\n").encode("utf-8")


def col(line: str, text: str) -> int:
    return line.index(text) + 1


def test_title_and_date_keys_are_read_without_a_mapping_at_their_characters():
    doc = read_bytes("dump.jsonl", DATA)
    a1, a2, a3 = doc.articles
    assert a1.first("headline").text == "Council approves budget."
    assert a1.published == dt.date(2026, 1, 30)
    assert a2.first("headline").text == "Café opens."
    assert a2.published == dt.date(2026, 1, 29)
    assert doc.lines.position(a1.first("headline").source_offset(0)) == (1, col(LINES[0], "Council"))
    # a JSON escape maps to its backslash, the text after it to its own column
    assert doc.lines.position(a2.first("headline").source_offset(4)) == (2, col(LINES[1], "\\u00e9 opens") + 6)
    date = next(p for p in a2.parts if p.kind == "field")
    assert (date.name, doc.lines.position(date.source_offset(0))) == \
        ("datePublished", (2, col(LINES[1], "2026-01-29T")))
    # the default keys win over the aliases
    assert (a3.first("headline").text, a3.published) == ("Mayor resigns", dt.date(2026, 1, 28))


def test_a_finding_and_its_fix_land_in_the_title_key():
    result = lint_bytes("dump.jsonl", DATA, Config(select=("titles.trailing-period",)))
    assert [(d.line, d.column, d.article) for d in result.diagnostics] == [
        (1, col(LINES[0], "budget.") + 6, "a1"), (2, col(LINES[1], "opens.") + 5, "a2")]
    fixed = fix_bytes("dump.jsonl", DATA, Config(select=("titles.trailing-period",))).data.decode("utf-8")
    assert '"title": "Council approves budget",' in fixed and '"title": "Caf\\u00e9 opens",' in fixed


def test_the_mapping_names_the_key_and_no_alias_is_read_then():
    options = ReadOptions(jsonl=(("headline", "hed"), ("published", "pubdate")))
    doc = read_bytes("dump.jsonl", DATA, options=options)
    assert [a.first("headline") for a in doc.articles] == [None, None, None]
    assert [a.published for a in doc.articles] == [None, None, None]


EMPTY = [
    '{"id": "e1", "headline": "", "title": "Hed.", "body": "The council met."}',
    '{"id": "e2", "headline": "  ", "title": "Council meets", "published": null, "date": "2026-01-30",'
    ' "body": "The council met."}',
    '{"id": "e3", "headline": null, "title": "Ferry returns", "body": "It returned."}',
    '{"id": "e4", "headline": [], "title": "Bridge opens", "body": "It opened."}',
]


def test_a_default_key_with_no_text_falls_through_to_the_alias():
    # qa67: an empty headline hid the title, and "no headline or title field" was said
    doc = read_bytes("dump.jsonl", ("\n".join(EMPTY) + "\n").encode("utf-8"))
    assert [a.first("headline").text for a in doc.articles] == [
        "Hed.", "Council meets", "Ferry returns", "Bridge opens"]
    assert doc.articles[1].published == dt.date(2026, 1, 30)
    e4 = doc.articles[3]       # the array passed over is still said, on its own key
    assert [n.message for n in e4.notices] == ["line 4: 'headline' is an empty array, not a string; not read"]
    assert doc.lines.position(e4.notices[0].offset) == (4, col(EMPTY[3], "[]"))


def test_headline_fields_with_no_text_are_said_as_they_are_at_the_first_one():
    lines = ['{"id": "n1", "headline": "", "title": " ", "body": "The council met."}',
             '{"id": "n2", "headline": null, "title": [], "body": "The council met."}',
             '{"id": "n3", "title": "", "body": "The council met."}',
             '{"id": "n4", "body": "The council met."}']
    data = ("\n".join(lines) + "\n").encode("utf-8")
    result = lint_bytes("dump.jsonl", data, Config(select=("titles.missing-headline",)))
    assert [(d.line, d.column, d.message) for d in result.diagnostics] == [
        (1, col(lines[0], '""'), "no headline: the article's 'headline' is empty and 'title' is blank"),
        (2, col(lines[1], "null"), "no headline: the article's 'headline' is null and 'title' is an empty array"),
        (3, col(lines[2], '""'), "no headline: the article's 'title' is empty"),
        (4, 1, "no headline: the article has no headline or title field")]     # at the record (fx165)
    mapped = Config(select=("titles.missing-headline",), jsonl=(("headline", "hed"),))
    result = lint_bytes("d.jsonl", b'{"hed": "", "title": "Not read", "body": "Text."}\n', mapped)
    assert [d.message for d in result.diagnostics] == ["no headline: the article's 'hed' is empty"]
