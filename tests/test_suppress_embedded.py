"""Inline directives inside an article embedded in an export. A JSON Lines
record is one file line (and a CMS's HTML body often one line too), so there a
directive acts from where it stands, not from its file line: it never hides
what comes before it in the same record, nor anything in another record."""
from __future__ import annotations

import json

from lint import lint_text

SELECT = ["hygiene.doubled-word"]
OFF, ON = "<!-- newslint-disable hygiene.doubled-word -->", "<!-- newslint-enable -->"


def record(ident: str, body: str, fmt: str) -> str:
    return json.dumps({"id": ident, "headline": "Budget vote", "format": fmt, "body": body})


def found(*records: str) -> list[tuple[str, str]]:
    """(article, doubled pair) of every finding in a JSON Lines file of `records`."""
    text = "\n".join(records) + "\n"
    return [(d.article, text[d.offset:d.end_offset]) for d in lint_text(text, "dump.jsonl",
                                                                           select=SELECT)]


def test_a_disable_in_a_one_line_html_body_hides_only_what_follows_it():
    body = f"<p>The the vote.</p>{OFF}<p>It it passed.</p>"
    assert found(record("a", body, "html"), record("b", "<p>And and more.</p>", "html")) == [
        ("a", "The the"), ("b", "And and")]


def test_an_enable_ends_the_block_where_it_stands():
    body = f"<p>The the vote.</p>{OFF}<p>It it passed.</p>{ON}<p>Was was late.</p>"
    assert found(record("a", body, "html")) == [("a", "The the"), ("a", "Was was")]


def test_a_markdown_body_block_runs_from_the_directive_to_the_end_of_the_record():
    body = f"The the vote.\n\n{OFF}\n\nIt it passed.\n\nWas was late."
    assert found(record("a", body, "markdown"), record("b", "And and more.", "markdown")) == [
        ("a", "The the"), ("b", "And and")]


def test_disable_next_line_hides_the_bodys_next_line_not_the_next_record():
    body = ("The the vote.\n<!-- newslint-disable-next-line hygiene.doubled-word -->\n"
            "It it passed.\nWas was late.")
    assert found(record("a", body, "markdown"), record("b", "And and more.", "markdown")) == [
        ("a", "The the"), ("a", "Was was"), ("b", "And and")]


def test_disable_line_hides_its_own_line_of_the_body_only():
    body = ("The the vote.\nIt it passed. <!-- newslint-disable-line hygiene.doubled-word -->\n"
            "Was was late.")
    assert found(record("a", body, "markdown"), record("b", "And and more.", "markdown")) == [
        ("a", "The the"), ("a", "Was was"), ("b", "And and")]


def test_disable_next_line_on_a_bodys_last_line_hides_nothing():
    body = "The the vote. <!-- newslint-disable-next-line -->"
    assert found(record("a", body, "markdown"), record("b", "And and more.", "markdown")) == [
        ("a", "The the"), ("b", "And and")]


def test_a_directive_mid_line_in_a_markdown_file_still_covers_its_line():
    text = f"# Budget vote\n\nThe the vote. {OFF} It it passed.\n\nWas was late.\n"
    assert [d.line for d in lint_text(text, "story.md", select=SELECT)] == []


NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><body><body.head><hedline><hl1>Storm</hl1>'
        '</hedline></body.head><body.content>\n<p>The the first.</p>\n'
        '<!-- newslint-disable-next-line hygiene.doubled-word -->\n<p>It it second.</p>\n'
        '<p>Was was third.</p>\n{OFF}\n<p>And and fourth.</p>\n</body.content></body></nitf>\n')


def test_directives_in_a_nitf_file_are_xml_comments():
    text = NITF.format(OFF=OFF)
    found = [text[d.offset:d.end_offset] for d in lint_text(text, "story.nitf", select=SELECT)]
    assert found == ["The the", "Was was"]


def test_directives_in_a_newsml_items_nitf_story():
    nitf = NITF.format(OFF=OFF).split("\n", 1)[1]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/'
            '2006-10-01/"><itemSet><newsItem guid="urn:a:1"><contentSet><inlineXML contenttype='
            f'"application/nitf+xml">{nitf}</inlineXML></contentSet></newsItem></itemSet>'
            '</newsMessage>\n')
    found = [text[d.offset:d.end_offset] for d in lint_text(text, "wire.xml", select=SELECT)]
    assert found == ["The the", "Was was"]
