"""fx245: guards beside qa155's names faults (hard breaks, quoted words, given name + surname)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

HED = "Council vote set\n\nPublished May 1, 2024\n\n"


@pytest.mark.parametrize("src, suffix, mark", [
    ("# Council\n\nThe officers:\\\nTom Reed, Mayor\n", ".md", "\\\n"),
    ("# Council\n\nThe officers:  \nTom Reed, Mayor\n", ".md", "  \n"),
    ("<html><body><h1>Council</h1><p>The officers:<br>Tom Reed, Mayor</p></body></html>", ".html", "<br>"),
])
def test_the_reader_marks_a_hard_break_at_its_source(src, suffix, mark):
    doc = read(src, suffix)
    part = next(p for p in doc.parts if "officers" in p.text)
    at = part.text.index("\n")
    expected = src.index(mark) + (len(mark) - 1 if mark.endswith("\n") else 0)
    assert part.attrs.get("hard_breaks") == frozenset({expected})
    assert part.source_offset(at) == expected


def test_a_markdown_soft_wrap_inside_a_title_is_still_read():
    src = "# Council vote set\n\nGov. Irena Kowalczyk spoke. Later, Deputy\nMayor Kowalczyk left.\n"
    assert [d.snippet for d in run(read(src, ".md"), "names.title-changed")] == ["Deputy\nMayor"]


@pytest.mark.parametrize("body", [
    "Former President Carlos Andrés Pérez, 70, spoke on Monday. His nephew, Andrés Pérez, 41, said no.",
    "The lawyer Andrés Pérez spoke on Monday. Later, former President Carlos Andrés Pérez left.",
])
def test_an_introduced_given_name_and_surname_is_a_full_name(body):
    assert [d.snippet for d in run(read(HED + body + "\n"), "names.first-reference")] == []
