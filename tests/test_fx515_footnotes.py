"""fx515: a footnote's mark after the stop typed after a two-sentence ‘
quote's turned close (`hurt‘.[^1]`) keeps the mark found, whatever the
footnote's definition says (qa371 #1: with a sentence for a definition
markdown-it leaves `[^1]` literal; with one word it reads a link reference
definition and `[^1]` becomes the link text `^1`), and so do the bracketed
and starred marks of web and plain copy (`hurt‘.[1]`, `hurt‘.*`, qa371 #3).
Guards: a next paragraph opening with ‘ still lets the quote run on over
such a mark, and so do lower-case words after it."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

L, R = "\u2018", "\u2019"
QUOTES = Config(select=("quotes",))
TURNED = "turned the wrong way"
NEXT = f"\n\n{L}We will win,{R} Lee said."


def _turned(name: str, text: str) -> list[int]:
    return [d.offset for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics if TURNED in d.message]


@pytest.mark.parametrize("definition", ["Notes.", "From the minutes of the meeting.",
                                        "See https://example.org/minutes for the vote."])
@pytest.mark.parametrize("label", ["1", "note", "a-2"])
@pytest.mark.parametrize("after", ["", " Then he left."])
def test_a_markdown_footnote_reads_the_same_whatever_its_definition(definition, label, after):
    text = f"Lee said: {L}We lost. It hurt{L}.[^{label}]{after}\n\n[^{label}]: {definition}\n"
    assert _turned("a.md", text) == [text.index(f"t{L}.") + 1]


@pytest.mark.parametrize("mark", ["[^1]", "[1]", "[23]", "*", "**", "1", "^1"])
@pytest.mark.parametrize("after", ["", " Then he left."])
def test_a_footnote_mark_in_plain_text(mark, after):
    text = f"Council votes\n\nLee said: {L}We lost. It hurt{L}.{mark}{after}\n"
    assert _turned("a.txt", text) == [text.index(f"t{L}.") + 1]


def test_a_markdown_numbered_link_reference_after_the_stop():
    text = f"Lee said: {L}We lost. It hurt{L}.[1]\n\n[1]: https://example.org/minutes\n"
    assert _turned("a.md", text) == [text.index(f"t{L}.") + 1]


def test_a_web_page_bracketed_footnote_link():
    text = ("<html><body><article><h1>Council votes</h1><p>Lee said: &lsquo;We lost. It hurt&lsquo;."
            "<sup><a href=\"#fn2\">[2]</a></sup> Then he left.</p></article></body></html>\n")
    assert _turned("a.html", text) == [text.index("t&lsquo;.") + 1]


# --- guards -----------------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["[^1]", "[1]", "*"])
def test_guard_a_next_paragraph_opening_with_a_single_mark_still_runs_on(mark):
    text = f"Council votes\n\nLee said: {L}We lost. We were goin{L}.{mark}{NEXT}\n"
    assert _turned("a.txt", text) == []


def test_guard_a_markdown_footnote_before_a_single_mark_paragraph_still_runs_on():
    text = f"Lee said: {L}We lost. We were goin{L}.[^1]{NEXT}\n\n[^1]: From the minutes.\n"
    assert _turned("a.md", text) == []


@pytest.mark.parametrize("name, mark", [("a.txt", "[1]"), ("a.txt", "*"), ("a.md", "[^1]")])
def test_guard_lower_case_words_after_the_footnote_stay_unread(name, mark):
    text = f"Council votes\n\nLee said: {L}We lost. We were goin{L}.{mark} and then we left.\n"
    if name == "a.md":
        text += "\n[^1]: From the minutes.\n"
    assert _turned(name, text) == []
