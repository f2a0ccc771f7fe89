"""A Markdown paragraph whose credit lead-in names nobody, with no picture
above it (nu21 #9): read as a caption, as the plain-text reader reads that
line, so captions.empty-credit reports it; a paragraph with its credit filled
in, or no credit at all, stays a paragraph."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
HEAD = "# Council backs bike lanes\n\nThe council voted 5-2 on Thursday for bike lanes.\n\n"


def read(text: str, name: str = "story.md"):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def spans(text: str, diags) -> list[tuple[str, str]]:
    return [(d.rule, text[d.offset:d.end_offset]) for d in diags]


@pytest.mark.parametrize("line, credit", [
    ("*Cyclists ride on Main Street. (Photo by: )*", "(Photo by: )"),
    ("Cyclists ride on Main Street. (Photo by: )", "(Photo by: )"),
    ("_Cyclists ride on Main Street. (AP Photo/ )_", "(AP Photo/ )"),
    ("Cyclists ride on Main Street. Photo courtesy of", "Photo courtesy of"),
])
def test_a_blank_credit_in_a_paragraph_with_no_picture_is_reported(line, credit):
    text = HEAD + line + "\n"
    doc, diags = read(text)
    caption = doc.first("caption")
    assert caption is not None and "image" not in caption.attrs
    assert spans(text, diags) == [("captions.empty-credit", credit)]


def test_markdown_reports_it_where_plain_text_does():
    line = "Cyclists ride on Main Street. (Photo by: )"
    text_md, text_txt = HEAD + line + "\n", HEAD.lstrip("# ") + line + "\n"
    md = [(d.line, d.column, d.rule) for d in read(text_md)[1]]
    txt = [(d.line, d.column, d.rule) for d in read(text_txt, "story.txt")[1]]
    assert md == txt == [(5, text_md.splitlines()[4].index("(") + 1, "captions.empty-credit")]


def test_a_cms_markdown_body_in_json_lines():
    body = HEAD + "*Cyclists ride on Main Street. (Photo by: )*"
    text = json.dumps({"id": "cms-102", "headline": "Council backs bike lanes", "format": "markdown",
                       "body": body}) + "\n"
    assert spans(text, read(text, "cms.jsonl")[1]) == [("captions.empty-credit", "(Photo by: )")]


@pytest.mark.parametrize("line", [
    "*Cyclists ride on Main Street. (Photo by: Ana Ruiz)*",   # a credit filled in: no picture, no caption
    "56% of adults own a smartphone. (Source: Pew, 2013)",
    "*Twitter*",
    "NASA",
    "Photo: Jameson Dempesy",
    "The mayor posed for a photo:",
    "Cyclists ride on Main Street.",
])
def test_a_paragraph_with_a_credit_named_or_none_stays_a_paragraph(line):
    doc, diags = read(HEAD + line + "\n")
    assert doc.first("caption") is None and diags == []


def test_a_blank_credit_in_a_heading_or_a_table_is_left_alone():
    """Only a paragraph is taken: a heading or a table cell stays what it is."""
    doc, _ = read(HEAD + "## Photo by:\n\n| a | b |\n|---|---|\n| x | (Photo by: ) |\n")
    assert doc.first("caption") is None


@pytest.mark.parametrize("page", [False, True])
def test_an_html_paragraph_with_a_blank_credit_is_a_caption_too(page):
    # fx43 left HTML alone: `<p><em>... (Photo by: )</em></p>` with no figure got nothing
    body = ("<h1>Council backs bike lanes</h1>\n<p>The council voted 5-2 on Thursday for bike "
            "lanes.</p>\n<p><em>Cyclists ride on Main Street. (Photo by: )</em></p>\n"
            "<p>Riders said the lanes were overdue.</p>\n")
    text = f"<!DOCTYPE html><html><body><article>{body}</article></body></html>\n" if page else body
    doc, diags = read(text, "story.html")
    assert ("captions.empty-credit", "(Photo by: )") in spans(text, diags)
    kinds = [p.kind for p in doc.parts if p.text.startswith(("Cyclists", "Riders"))]
    assert kinds == ["caption", "paragraph"]


# qa44 #9: emphasis CommonMark leaves as text (a space before the closing '*')
# is the writer's italics, not part of the credit; a quoted caption line too.
@pytest.mark.parametrize("line, credit", [
    ("*Cyclists ride on Main Street. Photo by: *", "Photo by:"),
    ("_Cyclists ride on Main Street. Photo courtesy of _", "Photo courtesy of"),
    ("**Cyclists ride on Main Street. (Photo by: ) **", "(Photo by: )"),
])
def test_literal_emphasis_around_a_blank_credit_is_not_the_credits(line, credit):
    text = HEAD + line + "\n"
    doc, diags = read(text)
    assert doc.first("caption").text == line.strip("*_ ")
    assert spans(text, diags) == [("captions.empty-credit", credit)]


def test_a_blank_credit_in_a_blockquote_is_reported():
    text = HEAD + "> *Cyclists ride on Main Street. (Photo by: )*\n"
    doc, diags = read(text)
    assert doc.first("caption").text == "Cyclists ride on Main Street. (Photo by: )"
    assert spans(text, diags) == [("captions.empty-credit", "(Photo by: )")]
    quoted = HEAD + "> The mayor said the lanes were overdue.\n"
    assert read(quoted)[0].first("blockquote") is not None and read(quoted)[0].first("caption") is None
