"""A YAML tag the safe loader has no constructor for (`!custom`, `!Ref`, a
CMS's own) loses no value (fx140 #3): the value is read as if untagged, a
scalar as its text placed past the tag, and one `file.front-matter`
warning at the tagged node names the tag and its line; never an error that
drops the title, a traceback or exit 2."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "\nThe council voted on Tuesday to approve the budget for next year.\n"


@pytest.mark.parametrize("line, text, col", [
    ('title: !custom "Council votes"\n', "Council votes", 17),
    ("title: !Ref x\n", "x", 13),
    ("title: !<tag:example.com,2026:hed> Council votes\n", "Council votes", 36),
    ("title: &t !custom Council votes\n", "Council votes", 19),
    ("title: !!hed Council votes\n", "Council votes", 14),
])
def test_an_unknown_tag_keeps_the_title(line, text, col):
    doc = read_bytes("story.md", (f"---\n{line}---\n" + STORY).encode())
    head = doc.first("headline")
    assert head is not None and head.text == text
    assert doc.lines.position(head.source_offset(0)) == (2, col)
    notes = [n for n in doc.notices if n.rule == "file.front-matter"]
    assert len(notes) == 1 and notes[0].level == "warning" and doc.lines.position(notes[0].offset) == (2, 8)
    assert "(line 2) is no standard tag" in notes[0].message


def test_the_warning_names_the_tag_and_line(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text('---\ndate: 2026-03-02\ntitle: !custom "Council TK votes"\n---\n' + STORY, encoding="utf-8")
    result = run_cli("check", story, "--no-cache")
    assert result.exit_code == 1 and "internal error" not in result.stderr
    assert result.stdout.splitlines()[:2] == [
        f"{story}:3:8: warning [file.front-matter] YAML tag '!custom' (line 3) is no standard tag: its value "
        "is read as if untagged; Eleventy's js-yaml refuses it, so drop it unless the site defines it",
        f"{story}:3:25: error [hygiene.placeholder] placeholder left in the copy: 'TK'; fill it in before "
        "publishing"]


def test_tagged_lists_and_mappings_are_read_each_tag_said_once():
    text = ("---\ntitle: Council votes\nimage: !img {src: a.jpg, credit: !c \"\"}\nbase: &b !custom x\n"
            "tags: !list [*b, *b]\n---\n" + STORY)
    doc = read_bytes("story.md", text.encode())
    assert [p.text for p in doc.parts if p.name.startswith("tags.")] == ["x", "x"]
    assert doc.first("credit") is not None
    said = [n.message.split("'")[1] for n in doc.notices if n.rule == "file.front-matter"]
    assert said == ["!img", "!c", "!custom", "!list"]


@pytest.mark.parametrize("front, tags", [
    ("!x title: Council votes\n", [("!x", (2, 1))]),                             # a top key
    ("meta: {!k c: 1}\n!x title: Council votes\n", [("!k", (2, 8)), ("!x", (3, 1))]),
    ("!doc\ntitle: Council votes\n", [("!doc", (2, 1))]),                         # the root
    ("<<: !m {title: Council votes}\n", [("!m", (2, 5))]),                        # a merged mapping
    ("base: &b {title: Council votes}\n<<: [!m {dek: D}, *b]\n", [("!m", (3, 6))]),
    ("meta: {<<: !m {a: b}}\ntitle: Council votes\n", [("!m", (2, 12))]),           # a nested merge
])
def test_a_tag_on_a_key_a_merged_value_or_the_root_is_said_as_on_a_value(front, tags):
    # fx146 #3: these nodes are never constructed, so their tags went unsaid
    doc = read_bytes("story.md", f"---\n{front}---\n{STORY}".encode())
    assert doc.first("headline").text == "Council votes"
    notes = [n for n in doc.notices if n.rule == "file.front-matter"]
    assert [(n.message.split("'")[1], doc.lines.position(n.offset), n.level) for n in notes] == \
        [(tag, at, "warning") for tag, at in tags]
