"""A byline (or any known key) given by an alias to a mapping or list that
another key anchors (`author: *jane`, the anchor under `staff:`) is read as
that key's (fx140 #2): before, the walk read each collection once, under the
key that wrote it, so the alias gave no byline. As fx137 placed an alias to
text, the text stands where the anchor wrote it (a fix edits it there) and a
value with no text is said at the alias."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "\nThe council voted on Tuesday to approve the budget for next year.\n"


@pytest.mark.parametrize("front, key", [
    ("staff: &jd {name: Jane Doe, email: j@x.org}\ntitle: Council votes\nauthor: *jd\n", "author.name"),
    ("staff:\n  jane: &jd\n    name: Jane Doe\ntitle: Council votes\nbyline: *jd\n", "byline.name"),
    ("staff: &jd {name: Jane Doe}\ntitle: Council votes\nauthors: [*jd, {name: Bob Roe}]\n", "authors.0.name"),
    ("people: &p [Jane Doe]\ntitle: Council votes\nauthors: *p\n", "authors.0"),
])
def test_a_byline_through_an_alias_to_a_collection_is_read(front, key):
    text = f"---\n{front}---\n" + STORY
    doc = read_bytes("story.md", text.encode())
    bylines = [p for p in doc.parts if p.kind == "byline"]
    assert bylines and bylines[0].name == key and bylines[0].text == "Jane Doe"
    at = bylines[0].source_offset(0)
    assert text[at:at + 8] == "Jane Doe" and at < text.index("title:")     # the anchor's text


def test_a_placeholder_in_a_byline_through_an_alias_is_found(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\nstaff: &s {name: TK}\ntitle: Council votes\ndate: 2026-03-02\nauthor: *s\n---\n"
                     + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "hygiene.placeholder")
    assert result.stdout.splitlines()[0].startswith(f"{story}:2:18: error [hygiene.placeholder]")


def test_an_empty_credit_through_an_alias_to_a_mapping_stands_at_the_alias(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\npic: &p {src: a.jpg, alt: A dog, credit: \"\"}\ntitle: Council votes\n"
                     "date: 2026-03-02\nimage: *p\n---\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "captions.empty-credit")
    assert result.stdout.splitlines()[0].startswith(f"{story}:5:8: error [captions.empty-credit]")


def test_an_alias_bomb_stays_bounded():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i > 1 else "*a"] * 10) + "]")
    text = "---\n" + "\n".join(lines) + "\ntitle: Council votes\nauthors: *a11\n---\n" + STORY
    doc = read_bytes("story.md", text.encode())
    assert doc.first("headline").text == "Council votes" and len(doc.parts) <= 2100
