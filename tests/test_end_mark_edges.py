"""End marks at the edges: a Markdown mark glued under the story's last line
is split off as in plain text, a setext `ENDS` heading stays a heading, a
mark on the body's first line is none, and `–30–` and `—30—` (a word
processor's dashes) are marks. Every story here is written for the test."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes


def _parts(name: str, src: str):
    return [(p.kind, p.name, p.text, p.source_offset(0)) for p in read_bytes(name, src.encode()).parts]


@pytest.mark.parametrize("mark", ["-30-", "ENDS", "—30—"])
def test_a_glued_mark_under_the_last_markdown_line_is_split_off(mark):
    src = f"# Parks closed\n\nThe park was closed for the day.\n{mark}\n"
    parts = _parts("story.md", src)
    assert ("paragraph", "", "The park was closed for the day.", src.index("The park")) in parts
    assert ("field", "end-mark", mark, src.index(mark)) in parts


def test_a_setext_ends_heading_stays_a_heading():
    src = "# Parks closed\n\nThe park was closed.\n\nENDS\n===\n\nMore.\n"
    parts = _parts("story.md", src)
    assert ("heading", "", "ENDS", src.index("ENDS")) in parts
    assert not [p for p in parts if p[1] == "end-mark"]


@pytest.mark.parametrize("mark", ["###", "-30-"])
def test_a_mark_on_the_first_markdown_line_is_none(mark):
    parts = _parts("story.md", f"{mark}\n\nThe park was closed.\n")
    assert not [p for p in parts if p[1] == "end-mark"]


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("mark", ["–30–", "—30—"])
def test_unicode_dash_thirty_is_an_end_mark(name, mark):
    hed = "# Parks closed" if name.endswith(".md") else "Parks closed"
    src = f"{hed}\n\nThe park was closed.\n\n{mark}\n"
    parts = _parts(name, src)
    assert ("field", "end-mark", mark, src.index(mark)) in parts
    assert mark not in [p[2] for p in parts if p[0] == "paragraph"]
