"""A Markdown HTML block split by blank lines (CommonMark 0.31 spec 4.6: a
block of types 6 and 7 ends at a blank line): `<nav>`, a Markdown
paragraph and `</nav>` are three blocks, and the paragraph is rendered
inside the `<nav>`. The reader read such a paragraph as story text
whatever the element round it, where the same HTML in one block is page
furniture (a `<nav>`, `<form>`, `<button>`, `<code>`), never shown
(`<template>`, `<noembed>`), a blockquote, a byline or a dek. Now the
paragraph is read as the element round it reads its own, when a later
block closes that element; positions stay the Markdown's own, and no text
is lost or read twice. Synthetic input only, written under tmp_path."""
from __future__ import annotations

import json

import pytest

HEAD = ("---\ntitle: \"Council passes budget\"\n---\n\n"
        "The council voted on Tuesday to approve the budget after a long debate.\n\n")
TAIL = "\n\nThe mayor said the plan would fund the the roads TK.\n"
# the tail's findings: lines counted from the end of the story
LAST = [("hygiene.doubled-word", 36), ("hygiene.placeholder", 50)]


def _write(tmp_path, middle: str):
    story = tmp_path / "story.md"
    story.write_text(HEAD + middle + TAIL, encoding="utf-8")
    return story


def _findings(tmp_path, run_cli, middle: str) -> list[tuple[str, int, int]]:
    story = _write(tmp_path, middle)
    result = run_cli("check", "--no-cache", "--format", "json", story)
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)
            if f["rule"] in ("hygiene.doubled-word", "hygiene.placeholder")]


def _parts(tmp_path, run_cli, middle: str) -> list[tuple[str, str, int, int]]:
    story = _write(tmp_path, middle)
    [doc] = json.loads(run_cli("parse", "--format", "json", story).stdout)
    return [(p["kind"], p["text"], p["line"], p["column"]) for p in doc["parts"]
            if p["kind"] != "headline"]


def _tail(line: int) -> list[tuple[str, int, int]]:
    return [(rule, line, col) for rule, col in LAST]


@pytest.mark.parametrize("open_tag", ['<nav class="toc">', '<form action="/subscribe">', "<button>",
                                      "<code>", "<template>", "<noembed>", "<noscript>"])
def test_markdown_in_furniture_split_by_blank_lines_is_not_linted(tmp_path, run_cli, open_tag):
    # lead38: the paragraph inside was linted (9:13 and 9:28), as in no element
    close = "</" + open_tag[1:].split(">")[0].split()[0] + ">"
    middle = f"{open_tag}\n\nSign up for the the newsletter TK.\n\n{close}"
    assert _findings(tmp_path, run_cli, middle) == _tail(13)


def test_a_markdown_list_in_a_split_nav_is_not_linted(tmp_path, run_cli):
    middle = "<nav>\n\n- [The the intro](#intro)\n- [Budget TK](#budget)\n\n</nav>"
    assert _findings(tmp_path, run_cli, middle) == _tail(14)


def test_one_block_and_split_blocks_read_the_same(tmp_path, run_cli):
    # the nav's paragraph: linted in neither; the tail: a line lower in the split one
    one = _findings(tmp_path, run_cli, "<nav>\n<p>Sign up for the the newsletter TK.</p>\n</nav>")
    split = _findings(tmp_path, run_cli, "<nav>\n\nSign up for the the newsletter TK.\n\n</nav>")
    assert (one, split) == (_tail(11), _tail(13))


def test_a_directive_in_a_muted_paragraph_still_counts(tmp_path, run_cli):
    # a guard for the fix, as on lead38: the paragraph is read for its directives
    middle = "<nav>\n\nMenu <!-- newslint-disable hygiene.placeholder -->\n\n</nav>"
    assert _findings(tmp_path, run_cli, middle) == [("hygiene.doubled-word", 13, 36)]


@pytest.mark.parametrize("open_tag,kind", [("<blockquote>", "blockquote"),
                                           ('<div class="byline">', "byline"),
                                           ('<div class="dek">', "dek")])
def test_a_split_element_gives_the_markdown_inside_its_kind(tmp_path, run_cli, open_tag, kind):
    # lead38: 'paragraph'
    close = "</" + open_tag[1:].split(">")[0].split()[0] + ">"
    middle = f"{open_tag}\n\nBy Jane *Doe* of the Ledger\n\n{close}"
    assert _parts(tmp_path, run_cli, middle)[1] == (kind, "By Jane Doe of the Ledger", 9, 1)


@pytest.mark.parametrize("middle,line", [
    # not faults: as on lead38
    ('<div class="related">\n\nSign up for the the newsletter TK.\n\n</div>', 13),   # a fragment's box: story
    ("<nav>\n\nSign up for the the newsletter TK.", 11),       # never closed: read on its own
    ("<svg>\n\nSign up for the the newsletter TK.\n\n</svg>", 13),   # a browser leaves svg at a <p>
])
def test_control_markdown_read_as_before(tmp_path, run_cli, middle, line):
    assert _findings(tmp_path, run_cli, middle) == [("hygiene.doubled-word", 9, 13),
                                                    ("hygiene.placeholder", 9, 32)] + _tail(line)


def test_control_a_p_split_by_a_blank_line_loses_and_doubles_nothing(tmp_path, run_cli):
    middle = "<p>Para one is here TK.\n\nPara two is here TK.</p>"
    parts = _parts(tmp_path, run_cli, middle)
    assert parts[1:3] == [("paragraph", "Para one is here TK.", 7, 4),
                          ("paragraph", "Para two is here TK.", 9, 1)]
    assert len(parts) == 4
