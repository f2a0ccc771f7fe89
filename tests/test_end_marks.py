"""End marks under a story (`-30-`, `###`, `# # #`, `-0-`, `ENDS`: lint/data/
plain_text.yaml `end_marks`) are `end-mark` fields, not paragraphs, in plain
text (readers/_text_lines.py) and in Markdown, where `###` alone is an
empty heading and `# # #` a heading of `#`: never a subhead. A mark inside a
sentence stays prose. Every story here is written for the test."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.readers import read_bytes

HED = "Council approves budget"
BODY = "The council voted on Tuesday to approve the budget.\n\nThe mayor said it was fine."
MARKS = ["-30-", "###", "# # #", "-0-", "ENDS"]


def _fields(doc):
    return [(p.text, p.source_offset(0)) for p in doc.parts_of(("field",)) if p.name == "end-mark"]


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_end_mark_under_a_text_story_is_a_field(mark, gap):
    src = f"{HED}\n\n{BODY}{gap}{mark}\n"
    doc = read_bytes("story.txt", src.encode())
    assert _fields(doc) == [(mark, src.rindex(mark))]
    assert [p.text for p in doc.parts_of(("paragraph",))] == BODY.split("\n\n")


@pytest.mark.parametrize("mark", MARKS)
def test_parse_shows_the_end_mark_as_a_field(mark, tmp_path):
    path = tmp_path / "story.txt"
    src = f"{HED}\n\n{BODY}\n\n{mark}\n"
    path.write_text(src)
    line = src.count("\n", 0, src.rindex(mark)) + 1
    out = CliRunner().invoke(main, ["parse", str(path)]).output
    assert f"{line}:1-{line}:{len(mark) + 1}" in out and f"field[end-mark]          {mark!r}" in out
    [parsed] = json.loads(CliRunner().invoke(main, ["parse", "--format", "json", str(path)]).output)
    assert {"kind": "field", "text": mark, "line": line} in [
        {k: p[k] for k in ("kind", "text", "line")} for p in parsed["parts"]]


@pytest.mark.parametrize("line", ['"-30-" was how he signed off every story.', "30 people came.",
                                  "The ENDS of the rope were frayed."])
def test_a_mark_inside_a_sentence_stays_prose(line):
    doc = read_bytes("story.txt", f"{HED}\n\n{BODY}\n\n{line}\n".encode())
    assert not _fields(doc) and line in [p.text for p in doc.parts_of(("paragraph",))]


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-"])
def test_a_markdown_end_mark_is_no_subhead_and_no_prose(mark):
    src = f"# {HED}\n\n{BODY}\n\n{mark}\n"
    doc = read_bytes("story.md", src.encode())
    assert _fields(doc) == [(mark, src.rindex(mark))]
    assert not doc.parts_of(("heading",))
    assert [p.text for p in doc.parts_of(("paragraph",))] == BODY.split("\n\n")
