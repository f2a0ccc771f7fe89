"""`newslint parse` lists a document's parts in source order, in its text
outline and in its JSON (lint/outline.py `by_position`), though a reader may
add one after later ones: the plain-text reader finds a wire dateline
(`WASHINGTON (AP) —`) once the paragraphs are read. Every story here is
written for the test."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lint.cli import main

STORY = ("Council approves budget\n\nWASHINGTON (AP) — The council voted on Tuesday to approve the budget.\n\n"
         "The mayor said it was fine.\n\nThe vote was 7-2.\n\n-30-\n")
MD = ("---\ntitle: Council approves budget\n---\n\nPosted on March 3, 2026 by Jane Doe\n\n"
      "WASHINGTON (AP) — The council voted on Tuesday to approve the budget.\n\nThe mayor said it was fine.\n")


def _parse(tmp_path, name, src, fmt):
    path = tmp_path / name
    path.write_text(src)
    result = CliRunner().invoke(main, ["parse", "--format", fmt, str(path)])
    assert result.exit_code == 0
    return result.output


@pytest.mark.parametrize("name, src", [("story.txt", STORY), ("story.md", MD)])
def test_json_parts_are_in_source_order(tmp_path, name, src):
    [doc] = json.loads(_parse(tmp_path, name, src, "json"))
    starts = [(p["line"], p["column"]) for p in doc["parts"]]
    assert starts == sorted(starts)
    assert "dateline" in [p["kind"] for p in doc["parts"]]


@pytest.mark.parametrize("name, src", [("story.txt", STORY), ("story.md", MD)])
def test_the_text_outline_is_in_source_order(tmp_path, name, src):
    rows = [line.split()[0] for line in _parse(tmp_path, name, src, "text").splitlines()
            if line.startswith("  ") and line.split()[0][0].isdigit()]
    starts = [tuple(int(n) for n in row.split("-")[0].split(":")) for row in rows]
    assert len(starts) >= 4 and starts == sorted(starts)
    outline = _parse(tmp_path, name, src, "text")
    assert outline.index("dateline") < outline.index("The mayor said")
