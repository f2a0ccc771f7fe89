"""One reading of where an HTML comment ends, for newslint's own directives
and for Vale's comments (`lint/html_comments.py`; fx237 "Seen, left alone"
#2): at its first `-->` or `--!>`, at once when empty (`<!-->`, `<!--->`),
a `<!--` inside it being its text, as WHATWG HTML and Vale read it. Before,
newslint's directive reader ended a comment at `-->` only: a
`<!-- newslint-disable-line X --!>` was silently not read (in an HTML
file, the HTML parser also read on over the text after it), and one closed
by `--!>` ran on to a later `-->`, over the text a browser shows. In XML
(NITF) a comment ends at `-->` only. Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.html_comments import comment_end, comments
from lint.suppress import find_directives
from lint.suppress_vale import vale_directives

SELECT = ["hygiene.doubled-word"]
FRONT = "---\ntitle: Vote\ndate: 2024-05-01\n---\n\n"
PAGE = ('<html><head><title>Vote</title><meta property="article:published_time" content="2024-05-01">'
        "</head><body><article><h1>Vote</h1>\n{}\n</article></body></html>\n")


def _found(text: str, name: str) -> list[tuple[int, int, str]]:
    """(line, column, words) of each doubled word found in `text`."""
    return [(d.line, d.column, text[d.offset:d.end_offset]) for d in lint_text(text, name, select=SELECT)]


@pytest.mark.parametrize("src, text_end, end", [
    ("<!-- a -->", 7, 10), ("<!-- a --!>", 7, 11), ("<!-->", 4, 5), ("<!--->", 4, 6),
    ("<!---->", 4, 7), ("<!-- a -- > b -->", 14, 17), ("<!-- a --!> b -->", 7, 11)])
def test_a_comment_ends_at_its_first_end_or_at_once_when_empty(src, text_end, end):
    assert comment_end(src, 0, len(src)) == (text_end, end)


def test_an_unclosed_comment_has_no_end_and_ends_the_walk():
    assert comment_end("<!-- a --", 0, 9) is None
    src = "<!-- a --!> <!-- b <!-- c"
    assert list(comments(src)) == [(0, 7, 11)]


def test_in_xml_a_comment_ends_at_its_first_two_dashes_and_gt_only():
    src = "<!-- a --!> b -->"
    assert comment_end(src, 0, len(src), xml=True) == (14, 17)
    assert comment_end("<!-->", 0, 5, xml=True) is None


def test_a_newslint_directive_closed_by_dashes_bang_gt_is_read_with_its_ids_placed():
    src = "x <!-- newslint-disable-line hygiene.doubled-word -- kept as said --!> y"
    [d] = find_directives(src)
    assert d.action == "disable-line" and d.rules == ("hygiene.doubled-word",) and d.reason == "kept as said"
    assert [src[a:b] for a, b in zip(d.at, d.ends)] == ["hygiene.doubled-word"]
    assert d.offset == src.index("<!--")


def test_the_text_after_dashes_bang_gt_is_no_part_of_the_directive():
    """A second directive after it is its own, and the words between are no
    id and no reason (they were ids before: `--!>`, `text`, `<!--` ...)."""
    src = "<!-- newslint-disable-line hygiene --!> text <!-- newslint-disable-line dates -- why -->"
    found = find_directives(src)
    assert [(d.rules, d.reason, d.offset) for d in found] == [
        (("hygiene",), "", 0), (("dates",), "why", src.index("<!-- newslint-disable-line dates"))]


@pytest.mark.parametrize("src", ["<!-- draft <!-- newslint-disable hygiene -->",
                                 "<!--> <!-- a <!-- newslint-disable hygiene -->"])
def test_a_directive_inside_an_open_comment_is_its_text_as_for_vale(src):
    assert find_directives(src) == []
    assert vale_directives(src.replace("newslint-disable hygiene", "vale off")) == []


@pytest.mark.parametrize("end", ["-->", "--!>"])
def test_both_readers_read_a_comment_to_the_same_end(end):
    """The same source, one comment of each reader's: both are read, each
    ending where the other's reading ends it."""
    src = f"<!-- newslint-disable hygiene {end} a <!-- vale off {end} b"
    newslint, vale = find_directives(src)
    assert (newslint.vale, newslint.rules, newslint.reason) == (False, ("hygiene",), "")
    assert (vale.vale, vale.action, vale.offset) == (True, "disable", src.index("<!-- vale"))


def test_markdown_an_html_block_with_a_directive_closed_by_dashes_bang_gt_hides_its_line():
    text = (FRONT + "<div>The the vote passed. <!-- newslint-disable-line hygiene.doubled-word -- kept"
            " as said --!></div>\n\nAnd and more.\n")
    assert _found(text, "story.md") == [(8, 1, "And and")]


def test_markdown_a_block_closed_by_dashes_bang_gt_ends_there_and_its_enable_is_read():
    """The disable no longer runs on to the enable's `-->` (which hid every
    later doubled word, the enable being read as its text)."""
    text = (FRONT + "<!-- newslint-disable hygiene.doubled-word --!>\n\nThe the vote passed.\n\n"
            "<!-- newslint-enable hygiene.doubled-word -->\n\nAnd and more.\n")
    assert _found(text, "story.md") == [(12, 1, "And and")]


def test_html_a_directive_closed_by_dashes_bang_gt_is_read_and_the_text_after_it_is_the_page():
    """In an HTML file the parser ends the comment there too, so the
    paragraphs after it are read (they were a comment up to a later `-->`)."""
    body = ("<p>The the vote passed. <!-- newslint-disable-line hygiene.doubled-word -- kept --!></p>\n"
            "<p>And and more. <!-- newslint-disable-line hygiene --!></p>\n<p>Or or not.</p><!-- x -->")
    text = PAGE.format(body)
    line = text.count("\n", 0, text.index("Or or")) + 1
    assert _found(text, "story.html") == [(line, 4, "Or or")]


def test_html_an_empty_comment_ends_at_once_and_the_text_after_it_is_read():
    text = PAGE.format("<p>Vote <!--> The the vote passed. --></p>")
    assert [w for _, _, w in _found(text, "story.html")] == ["The the"]


def test_control_a_directive_closed_by_two_dashes_and_gt_is_read_as_before():
    text = (FRONT + "The the vote passed. <!-- newslint-disable-line hygiene.doubled-word -- kept -->\n\n"
            "And and more.\n")
    assert _found(text, "story.md") == [(8, 1, "And and")]


def test_markdown_inside_a_paragraph_a_comment_no_dashes_and_gt_close_is_text_as_commonmark_reads_it():
    """README: CommonMark ends an inline comment at `-->` only, so there
    `<!-- ... --!>` with no `-->` after it is no HTML and hides nothing."""
    text = FRONT + "The the vote passed. <!-- newslint-disable-line hygiene.doubled-word --!>\n"
    assert _found(text, "story.md") == [(6, 1, "The the")]
