"""What the wire top-line reviews (qa414, qa416, qa433) share, written once.

`HED` and `BODY`: a neutral AP story (a headline, a dateline lede) that the
tests put notices, slugs and release lines over or under. `parts(text, name)`:
the parts newslint reads from `text` as file `name` (read_bytes).
`headlines(text, name)`: the text of each of those parts of kind "headline",
in order. `fields(text, name)`: (name, text) of each part of kind "field".
`cli_findings(run_cli, tmp_path, text, name)`: [(rule, line, column)] that
`newslint check --format json` reports on `text` written to tmp_path/name
(asserts it exits 0 or 1). Synthetic input only."""
from __future__ import annotations

import json

from lint.readers import read_bytes

HED = "Ferry fleet review ordered in Portland"
BODY = ("PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, "
        "port director Alma Reyes said.\n")


def parts(text, name="story.txt"):
    return read_bytes(name, text.encode("utf-8")).parts


def headlines(text, name="story.txt"):
    return [p.text for p in parts(text, name) if p.kind == "headline"]


def fields(text, name="story.txt"):
    return [(p.name, p.text) for p in parts(text, name) if p.kind == "field"]


def cli_findings(run_cli, tmp_path, text, name="story.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    got = run_cli("check", "--format", "json", path)
    assert got.exit_code in (0, 1), got.stderr
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(got.stdout)]
