"""A block of dated stamp lines under the hed is decided once: every line
is tried as a stamp a bounded number of times, not once for every line
above it (rv18 H2: the work grew with the square of the lines), in .txt
and .md alike, and the block still reads as before. Every story here is
written for the test."""
from __future__ import annotations

import pytest

from lint.readers import _release_lines, read_bytes

STAMP = "Posted on March 3, 2026 by Jane Doe"


def _story(name: str, lines: list[str]) -> str:
    hed = "# Parks closed" if name.endswith(".md") else "Parks closed"
    return f"{hed}\n\n" + "\n".join(lines) + "\n\nThe park was closed.\n"


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_each_stamp_line_is_tried_a_bounded_number_of_times(name, monkeypatch):
    tried = []
    real = _release_lines.stamp_pieces

    def counted(line):
        tried.append(line)
        return real(line)

    monkeypatch.setattr(_release_lines, "stamp_pieces", counted)
    n = 300
    read_bytes(name, _story(name, [STAMP] * n).encode())
    assert len(tried) <= 4 * n


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_the_first_stamp_of_a_block_of_stamps_is_the_byline(name):
    src = _story(name, [STAMP] * 3)
    doc = read_bytes(name, src.encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("byline",))][:1] == [
        ("by Jane Doe", src.index("by Jane Doe"))]
    assert "The park was closed." in [p.text for p in doc.parts_of(("paragraph",))]


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_a_stamp_over_a_line_of_prose_is_prose(name):
    src = _story(name, [STAMP, STAMP, "on the city website, the mayor said."])
    doc = read_bytes(name, src.encode())
    assert doc.parts_of(("byline",)) == []
