"""The plain-text reader's paragraphs: blank lines, and first-line indents as
typed and wire copy marks them."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.readers import read_bytes


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(line, text) of each paragraph part, in order."""
    doc = read_bytes("story.txt", text.encode("utf-8"))
    return [(doc.lines.position(p.source_offset(0))[0], p.text) for p in doc.parts
            if p.kind == "paragraph"]


WIRE = ("Ferry fares rise\n\n"
        "The ferry company raised fares on Monday, its chief\n"
        "executive said.\n"
        "    \"We had no choice,\" she said. \"Fuel costs\n"
        "doubled this year.\n"
        "    \"We will review the fares in the spring.\"\n"
        "\tThe union said it would ask for talks.\n")


def test_a_first_line_indent_after_a_sentence_starts_a_paragraph():
    assert paragraphs(WIRE) == [
        (3, "The ferry company raised fares on Monday, its chief\nexecutive said."),
        (5, "\"We had no choice,\" she said. \"Fuel costs\ndoubled this year."),
        (7, "\"We will review the fares in the spring.\""),
        (8, "The union said it would ask for talks."),
    ]


def test_an_indent_inside_a_sentence_or_a_uniformly_indented_block_is_no_break():
    table = "Results\n\nShr 12 cts vs 10 cts\n    Net 1,000 vs 900\n    Revs 5,000 vs 4,000\n"
    assert [line for line, _ in paragraphs(table)] == [3]
    block = "Poem\n\n    The tide came in.\n    The boats went out.\n"
    assert paragraphs(block) == [(3, "The tide came in.\n    The boats went out.")]


def test_a_quote_runs_on_across_indented_paragraphs():
    quotes = Config(select=("quotes.unbalanced",))
    assert [d.rule for d in lint_text(WIRE, "story.txt", config=quotes)] == []
    flat = WIRE.replace("\n    \"We will", " \"We will")       # the break lost: one paragraph
    assert [(d.rule, d.line, d.column) for d in lint_text(flat, "story.txt", config=quotes)] == [
        ("quotes.unbalanced", 5, 35)]
