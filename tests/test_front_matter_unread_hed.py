"""Front matter that is there but cannot be read holds the story's headline
(fx121 #1): neither a plain-text nor a Markdown body gives one in its place,
so no titles fix rewrites a lede or a heading, and the front matter's error
is the one finding, at its own line."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

LEDE = "Council approves budget."
BODY = "The city council voted on Tuesday to raise fares by 10 percent, officials said."

BROKEN = [
    # `title:x`: no space after the colon (YAML: "mapping values are not allowed"), shown at it
    (f"---\ntitle:x\ndate: 2026-11-02\n---\n{LEDE}\n\n{BODY}\n", (2, 6)),
    # text after a closing quote
    (f'---\ntitle: "A" B\ndate: 2026-11-02\n---\n{LEDE}\n\n{BODY}\n', (2, 12)),
    # a block missing its closing `---`: its key line is no headline either
    (f"---\ntitle: {LEDE}\n\n{BODY}\n", (1, 1)),
]


def front(found) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in found if d.rule == "file.front-matter"]


@pytest.mark.parametrize("text, at", BROKEN)
@pytest.mark.parametrize("name", ["story.txt", "story.md"])
def test_fix_leaves_the_lede_of_a_story_under_unreadable_front_matter(run_cli, tmp_path, text, at, name):
    story = tmp_path / name
    story.write_text(text, encoding="utf-8")
    doc = read_bytes(name, text.encode())
    assert doc.first("headline") is None
    result = run_cli("check", "--no-cache", "--fix", story)
    assert story.read_text(encoding="utf-8") == text           # the lede keeps its full stop
    said = [line for line in result.stdout.splitlines() if "[" in line]
    assert len(said) == 1 and "[file.front-matter]" in said[0]
    assert said[0].startswith(f"{story}:{at[0]}:{at[1]}:")


@pytest.mark.parametrize("hed", [f"# {LEDE}", f"## {LEDE}"])
def test_a_markdown_heading_under_unreadable_front_matter_stays_a_heading(run_cli, tmp_path, hed):
    text = f"---\ntitle:x\ndate: 2026-11-02\n---\n{hed}\n\n{BODY}\n"
    doc = read_bytes("story.md", text.encode())
    assert [(p.kind, p.text) for p in doc.parts][0] == ("heading", LEDE)
    story = tmp_path / "story.md"
    story.write_text(text, encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", story)
    assert story.read_text(encoding="utf-8") == text


def test_readable_front_matter_and_plain_text_still_give_their_headline():
    # the title of a sound block; a first line of a text with no front matter
    doc = read_bytes("story.txt", f"---\ntitle: Council votes\n---\n{LEDE}\n\n{BODY}\n".encode())
    assert doc.first("headline").text == "Council votes"
    assert read_bytes("story.txt", f"{LEDE}\n\n{BODY}\n".encode()).first("headline").text == LEDE
    # a sound block with no title: the body's `# ` is the headline, as before
    assert read_bytes("story.md", f"---\ndate: 2026-11-02\n---\n# Votes\n\n{BODY}\n".encode()) \
        .first("headline").text == "Votes"
    # a `---` over prose, never closed, is a thematic break, no front matter
    assert read_bytes("story.txt", f"---\n\n{LEDE}\n\n{BODY}\n".encode()).first("headline").text == LEDE
