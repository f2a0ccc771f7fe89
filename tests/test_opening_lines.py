"""Plain text and a word processor's HTML (Google Docs, Word) read their
opening lines with one implementation (`_opening_lines.Opening`): the same
lines, one to a paragraph, give the same kinds and the same publication
date in a .txt file and in either export (fx113)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

LEDE = "The council passed the budget on Tuesday, officials said."
OPENINGS = {
    "date line over the hed": ["Dec. 2, 2026", "Council passes budget", "By Dana Whitfield", LEDE],
    "byline over the hed": ["By Dana Whitfield", "Council passes budget", "Dec. 2, 2026", LEDE],
    "byline over a one-sentence lede": ["By Dana Whitfield", "She won.", LEDE],
    "date line over a closed line": ["Dec. 2, 2026", "Council passes budget.", LEDE],
    "two date lines": ["Dec. 2, 2026", "Dec. 3, 2026", "Budget passes", LEDE],
    "hed, byline, date line": ["Council passes budget", "By Dana Whitfield", "Dec. 2, 2026", LEDE],
    "caption first": ["Photo by Jane Doe", "Council passes budget", LEDE],
}


def _docs(lines: list[str]) -> str:
    return ('<html><body class="c5 doc-content">'
            + "".join(f'<p class="c3"><span>{line}</span></p>' for line in lines) + "</body></html>")


def _word(lines: list[str]) -> str:
    return ('<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"></head><body>'
            '<div class=WordSection1>' + "".join(f"<p class=MsoNormal>{line}</p>" for line in lines)
            + "</div></body></html>")


def _read(name: str, text: str):
    doc = read_bytes(name, text.encode("utf-8"))
    return [(p.kind, p.text) for p in doc.parts], doc.published


@pytest.mark.parametrize("lines", OPENINGS.values(), ids=list(OPENINGS))
def test_text_and_exports_read_opening_lines_alike(lines):
    text = _read("story.txt", "\n\n".join(lines) + "\n")
    assert _read("docs.html", _docs(lines)) == text
    assert _read("word.html", _word(lines)) == text


def test_the_openings_differ_from_one_another():
    """The cases are no one reading: a hed, a byline, a date line and a
    caption each open some of them, and a line closed with a stop under a date
    line is no hed, as the same line with no stop is."""
    kinds = {name: [k for k, _ in _read("story.txt", "\n\n".join(lines) + "\n")[0]]
             for name, lines in OPENINGS.items()}
    assert kinds["date line over the hed"][:3] == ["dateline", "headline", "byline"]
    assert kinds["byline over the hed"][:3] == ["byline", "headline", "dateline"]
    assert kinds["byline over a one-sentence lede"][:2] == ["byline", "paragraph"]
    assert kinds["date line over a closed line"][:2] == ["dateline", "paragraph"]
    assert kinds["caption first"][0] == "caption"


def _dated(name: str, text: str):
    doc = read_bytes(name, text.encode("utf-8"))
    part = doc.published_part
    return doc.published, doc.published_from, part and (part.kind, part.text)


@pytest.mark.parametrize("date, want", [
    ("Dec. 2, 2026", ("2026-12-02", "date line", ("dateline", "Dec. 2, 2026"))),
    ("Dec. 2", (None, "", None)),               # no year: no date, and no source named for none
    ("12/02/2026", (None, "", None)),           # in figures: a dateline, but no date it settles
])
def test_a_date_line_dates_the_story_alike_in_text_markdown_and_exports(date, want):
    """One function (`_conventions.date_line_date`) takes a date line's date:
    plain text, Markdown's lines above the story and both exports agree,
    down to naming no source for a date line that gives no date (fx113:
    text and exports named "date line" with no date)."""
    lines = [date, LEDE]
    text = "\n\n".join(lines) + "\n"
    got = {name: _dated(name, body) for name, body in
           (("story.txt", text), ("docs.html", _docs(lines)), ("word.html", _word(lines)))}
    if date[0].isalpha():       # Markdown reads a date line in words only
        got["story.md"] = _dated("story.md", text)
    for name, (published, source, part) in got.items():
        assert (published and str(published), source, part) == want, name


def test_a_budget_dateline_and_a_wire_dateline_name_their_source():
    budget = _dated("story.txt", f"HED: Council passes budget\nDateline: Dec. 2, 2026\n\n{LEDE}\n")
    assert (str(budget[0]), budget[1]) == ("2026-12-02", "the 'Dateline' line")
    wire = _dated("story.txt", f"Council passes budget\n\nMILLBROOK, Ohio, Nov. 18, 2026 /PRNewswire/ -- {LEDE}\n")
    assert (str(wire[0]), wire[1]) == ("2026-11-18", "wire dateline")
