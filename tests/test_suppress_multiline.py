"""A directive whose comment runs over several lines (fx140 #4): its reason
wrapped onto a second line is still one comment, so `disable-next-line`
means the line after the comment's end, not the comment's own second line,
and `disable-line` every line the comment spans. So in Markdown, HTML, plain
text, NITF and a NewsML-G2 item's NITF story (XML comments), and in a body
embedded in an export (a JSON Lines record)."""
from __future__ import annotations

import json

import pytest

from lint import lint_text

SELECT = ["hygiene.doubled-word"]
NEXT = "<!-- newslint-disable-next-line hygiene.doubled-word\n  {dash} the council has not said -->"
LINE = "<!-- newslint-disable-line hygiene.doubled-word\n  {dash} the council has not said -->"


def _found(text: str, name: str) -> list[str]:
    return [text[d.offset:d.end_offset] for d in lint_text(text, name, select=SELECT)]


def _markdown(directive: str) -> str:
    return f"# Budget vote\n\nThe the vote.\n\n{directive}\nIt it passed.\n\nWas was late.\n"


def _html(directive: str) -> str:
    return (f"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>\n"
            f"<p>The the vote.</p>\n{directive}\n<p>It it passed.</p>\n<p>Was was late.</p>\n"
            "</article></body></html>\n")


def _nitf(directive: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf><body><body.head><hedline><hl1>Budget vote</hl1>'
            '</hedline></body.head><body.content>\n<p>The the vote.</p>\n'
            f'{directive}\n<p>It it passed.</p>\n<p>Was was late.</p>\n</body.content></body></nitf>\n')


def _newsml(directive: str) -> str:
    nitf = _nitf(directive).split("\n", 1)[1]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/'
            '2006-10-01/"><itemSet><newsItem guid="urn:a:1"><contentSet><inlineXML contenttype='
            f'"application/nitf+xml">{nitf}</inlineXML></contentSet></newsItem></itemSet>'
            '</newsMessage>\n')


def _text(directive: str) -> str:
    return f"Budget vote\n\nThe the vote.\n\n{directive}\nIt it passed.\n\nWas was late.\n"


FORMATS = [(_markdown, "story.md", "--"), (_html, "story.html", "--"), (_nitf, "story.nitf", "\u2014"),
           (_newsml, "wire.xml", "\u2014"), (_text, "story.txt", "--")]


@pytest.mark.parametrize("build, name, dash", FORMATS)
def test_disable_next_line_over_two_lines_hides_the_line_after_its_end(build, name, dash):
    text = build(NEXT.format(dash=dash))
    assert _found(text, name) == ["The the", "Was was"]      # `It it` was found, the comment's 2nd line hidden


@pytest.mark.parametrize("build, name, dash", FORMATS[:2])
def test_disable_line_over_two_lines_hides_the_lines_it_spans(build, name, dash):
    text = build("").replace("\n\nIt it passed.", "\n\nIt it passed. " + LINE.format(dash=dash)) \
        .replace("\n<p>It it passed.</p>", "<p>It it passed.</p> " + LINE.format(dash=dash))
    assert "It it passed. <!--" in text or "passed.</p> <!--" in text
    assert _found(text, name) == ["The the", "Was was"]


@pytest.mark.parametrize("build, name, dash", FORMATS[:2])
def test_disable_line_over_two_lines_hides_what_follows_its_end_on_its_last_line(build, name, dash):
    text = build("").replace("\n\nIt it passed.", "\n\nThe vote " + LINE.format(dash=dash) + " it it passed.") \
        .replace("\n<p>It it passed.</p>", "<p>The vote " + LINE.format(dash=dash) + " it it passed.</p>")
    assert _found(text, name) == ["The the", "Was was"]


def test_disable_next_line_over_two_lines_in_a_json_lines_body():
    body = ("The the vote.\n" + NEXT.format(dash="--") + "\nIt it passed.\nWas was late.")
    text = json.dumps({"id": "a", "headline": "Budget vote", "format": "markdown", "body": body}) + "\n"
    assert _found(text, "dump.jsonl") == ["The the", "Was was"]


def test_a_one_line_directive_still_hides_the_next_line():
    text = _markdown("<!-- newslint-disable-next-line hygiene.doubled-word -- not said -->")
    assert _found(text, "story.md") == ["The the", "Was was"]


def test_a_plain_text_directive_over_two_lines_is_no_prose():
    # its second line was read as a paragraph, run on into the line it hides
    from lint.readers import read_bytes
    text = _text(NEXT.format(dash="--").replace("not said", "not said TK"))
    doc = read_bytes("story.txt", text.encode())
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["The the vote.", "It it passed.",
                                                                     "Was was late."]
    assert lint_text(text, "story.txt", select=["hygiene.placeholder"]) == []
