"""`newslint parse -` reads the article on stdin as `check -` does, named
(and so read in the format) by --stdin-filename, else `stdin.txt`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lint.cli import main

STORY = "# Parks closed\n\nPosted on March 3, 2026 by Jane Doe\n\nThe park was closed.\n"


@pytest.mark.parametrize("args, path, fmt", [
    ([], "stdin.txt", "text"),
    (["--stdin-filename", "post.md"], "post.md", "markdown"),
])
def test_parse_reads_stdin(args, path, fmt):
    res = CliRunner().invoke(main, ["parse", "--format", "json", *args, "-"], input=STORY)
    assert res.exit_code == 0, res.output
    [doc] = json.loads(res.output)
    assert (doc["path"], doc["format"]) == (path, fmt)
    assert doc["published"] == "2026-03-03"


def test_parse_lists_stdin_beside_files(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Council meets\n\nThe council met.\n")
    res = CliRunner().invoke(main, ["parse", "--format", "json", str(other), "-"], input=STORY)
    assert res.exit_code == 0, res.output
    assert [d["path"] for d in json.loads(res.output)] == ["stdin.txt", str(other)]
