"""A JSON Lines headline that is a number or true/false (`"headline": 1984`)
is the headline as written, placed at its own characters, as front matter's
`"title": 1984` (YAML, TOML and JSON alike) is read (fx146 #1); it is no
`file.jsonl` "not a string" warning, and the `title` beside it is not read
in its place, as front matter's explicit headline beats its title."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes


@pytest.mark.parametrize("line, text", [
    ('{"id": "a", "headline": 1984, "body": "The council met."}', "1984"),
    ('{"id": "a", "headline": 3.5e2, "body": "The council met."}', "3.5e2"),
    ('{"id": "a", "headline": true, "body": "The council met."}', "true"),
    ('{"id": "a", "title": -7, "body": "The council met."}', "-7"),
    ('{"id": "a", "headline": 7, "title": "Bridge opens", "body": "It opened."}', "7"),
    ('{"id": "a", "headline": "", "title": 2024, "body": "It opened."}', "2024"),
])
def test_a_number_headline_is_read_as_written_at_its_characters(line, text):
    doc = read_bytes("dump.jsonl", (line + "\n").encode())
    (article,) = doc.articles
    head = article.first("headline")
    assert head is not None and head.text == text
    assert doc.lines.position(head.source_offset(0)) == (1, line.index(text) + 1)
    assert article.notices == []


def test_a_number_headline_is_no_missing_headline_and_a_mapped_key_reads_alike():
    line = '{"id": "a", "hed": 1984, "title": "Not read", "body": "The council met."}\n'
    result = lint_bytes("dump.jsonl", line.encode(), Config(select=("titles", "file"), jsonl=(("headline", "hed"),)))
    assert [d.rule for d in result.diagnostics if d.rule in ("titles.missing-headline", "file.jsonl")] == []
    doc = read_bytes("dump.jsonl", line.encode())
    assert doc.articles[0].first("headline").text == "Not read"     # no mapping: `hed` is no headline key
