"""The writer's line under a byline, in the byline's own block or paragraph,
is the byline's in Markdown as in plain text (fx71 read it so only in plain
text), and so is the role set before the paper (`Staff Writer, The Lakeshore
Ledger`: qa58's open case). A line that runs on into a lower-case line under
it is the wrapped lede's first line, in both readers."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "MILLBROOK, Wis. (Lakeshore Ledger) — An early storm closed schools on Thursday."
HED = {"story.txt": "Early snowstorm closes schools", "story.md": "# Early snowstorm closes schools"}


def _story(name: str, role: str) -> str:
    return f"{HED[name]}\n\nBy Dana Whitfield\n{role}\n\n{BODY}\n"


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("role", [
    "Lakeshore Ledger staff writer", "Staff Writer", "Special to the Lakeshore Ledger",
    "The Lakeshore Ledger senior staff writer", "Associated Press Writer", "The Associated Press",
    "Staff Writer, The Lakeshore Ledger", "Staff writer, Lakeshore Ledger", "Correspondent, Reuters",
    "Senior Political Correspondent, The Lakeshore Ledger",
])
def test_the_writers_line_is_the_bylines(name, role):
    src = _story(name, role)
    doc = read_bytes(name, src.encode())
    byline = doc.first("byline")
    assert (byline.text, byline.source_offset(0)) == (f"By Dana Whitfield\n{role}", src.index("By Dana"))
    assert byline.source_offset(byline.text.index(role)) == src.index(role)    # its own place
    assert [p.text for p in doc.parts_of(("paragraph",))] == [BODY]


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("line", [
    "The council staff said the roads would stay closed.",
    "Staff, students and parents said the roads would stay closed.",
])
def test_a_sentence_under_the_byline_is_still_the_lede(name, line):
    doc = read_bytes(name, _story(name, line).encode())
    assert doc.first("byline").text == "By Dana Whitfield"
    assert doc.parts_of(("paragraph",))[0].text == line


@pytest.mark.parametrize("name", ["story.txt", "story.md"])
@pytest.mark.parametrize("first", ["Lakeshore Police Chief Ana Ruiz's senior staff",
                                   "Reporter, The Lakeshore Ledger"])
def test_a_wrapped_lede_is_not_a_role_line(name, first):
    src = f"{HED[name]}\n\nBy Dana Whitfield\n{first}\ntold the council on Monday that overtime had doubled.\n"
    doc = read_bytes(name, src.encode())
    assert doc.first("byline").text == "By Dana Whitfield"
    para = doc.first("paragraph")
    assert (para.text.split("\n")[0], para.source_offset(0)) == (first, src.index(first))


def test_a_markdown_role_line_is_not_linted_as_prose():
    # `staff staff` would be a doubled word in a paragraph; the byline is not in that rule's scope
    src = _story("story.md", "Lakeshore Ledger staff staff writer")
    assert [d.rule for d in lint_text(src, "story.md")] == []
