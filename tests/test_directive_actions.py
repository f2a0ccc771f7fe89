"""A directive's action and its `ALL` (qa70 #4, #5): `ALL` (or `all`) names
every rule, as a config's `select: [ALL]` does and as a directive with no id
does; an action that is not one of newslint's, misspelt in any way, is said
over its name with the action it most likely means, and hides nothing."""
from __future__ import annotations

import json

import pytest

from lint import lint_text

SELECT = ["hygiene", "file.directive"]
FM = '---\ntitle: "Council meets"\ndate: 2026-03-02\n---\n\n'


def said(text: str, path: str = "story.md") -> list[tuple[str, str]]:
    """(the words each file.directive warning spans, its message) in `text`."""
    return [(text[d.offset:d.end_offset], d.message) for d in lint_text(text, path, select=SELECT)
            if d.rule == "file.directive"]


def placeholders(text: str, path: str = "story.md") -> list[int]:
    return [d.line for d in lint_text(text, path, select=SELECT) if d.rule == "hygiene.placeholder"]


@pytest.mark.parametrize("ids", ["ALL", "all", "ALL -- the desk has it", "hygiene.doubled-word ALL"])
def test_all_hides_every_rule_on_the_line_and_is_not_said(ids):
    text = FM + f"The fee is TK. <!-- newslint-disable-line {ids} -->\nThe fee is TK.\n"
    assert (placeholders(text), said(text)) == ([7], [])


def test_a_disable_all_block_is_ended_by_an_enable_of_one_pack():
    text = FM + ("<!-- newslint-disable ALL -->\n\nThe fee is TK. The the end.\n\n"
                 "<!-- newslint-enable hygiene -->\n\nThe fee is TK.\n")
    assert placeholders(text) == [12]
    assert [d.line for d in lint_text(text, "story.md", select=SELECT)] == [12]


@pytest.mark.parametrize("action, hint", [
    ("disable_line", "did you mean newslint-disable-line?"),
    ("disabel-line", "did you mean newslint-disable-line?"),
    ("disableline", "did you mean newslint-disable-line?"),
    ("Disable-line", "did you mean newslint-disable-line?"),
    ("disble-line", "did you mean newslint-disable-line?"),
    ("disable-lines", "did you mean newslint-disable-line?"),
    ("disable_next_line", "did you mean newslint-disable-next-line?"),
    # the next line, never the directive's own: 'disable-line' there would hide nothing below
    ("disable-next", "did you mean newslint-disable-next-line?"),
    ("disable-nextline", "did you mean newslint-disable-next-line?"),
    ("disable-file", "did you mean newslint-disable? it hides from its own line to the file's end"),
    ("disabled", "did you mean newslint-disable?"),
    ("disalbe", "did you mean newslint-disable?"),
    ("enabel", "did you mean newslint-enable?"),
    # no action of that scope: the actions there are, not 'disable-line'
    ("enable-line", "the directives are newslint-disable, -enable, -disable-line or -disable-next-line"),
    ("ignore", "the directives are newslint-disable, -enable, -disable-line or -disable-next-line"),
])
def test_a_misspelt_action_is_said_over_its_name_with_the_one_meant(action, hint):
    text = FM + f"The fee is TK. <!-- newslint-{action} hygiene -->\n"
    tail = ("as written it switches nothing back on: what is off above stays off" if "enab" in action
            else "as written it hides nothing")       # (qa72 #7)
    assert said(text) == [(f"newslint-{action}", f"newslint-{action}: no such directive ({hint}); {tail}")]
    assert placeholders(text) == [6]


def test_a_marker_in_capitals_is_said_as_written():
    text = FM + "The fee is TK. <!-- NEWSLINT-DISABLE-LINE hygiene -->\n"
    assert said(text) == [("NEWSLINT-DISABLE-LINE", "NEWSLINT-DISABLE-LINE: no such directive (did you "
                                                    "mean newslint-disable-line?); as written it hides nothing")]


def test_a_misspelt_action_in_a_front_matter_comment_is_said():
    text = '---\ntitle: "Budget TK"  # newslint-disable_line hygiene\ndate: 2026-03-02\n---\n\nText.\n'
    assert said(text) == [("newslint-disable_line", "newslint-disable_line: no such directive (did you "
                                                    "mean newslint-disable-line?); as written it hides nothing")]
    toml = '+++\ntitle = "Budget TK" # newslint-disabel-line hygiene\ndate = 2026-03-02\n+++\n\nText.\n'
    assert [w for w, _ in said(toml)] == ["newslint-disabel-line"]


def test_a_misspelt_action_in_a_json_lines_body_is_said_at_its_place():
    body = "<p>The fee is TK. <!-- newslint-disable_line hygiene --></p>"
    text = json.dumps({"id": "7", "headline": "Budget vote", "date": "2026-03-02", "body": body}) + "\n"
    assert [w for w, _ in said(text, "feed.jsonl")] == ["newslint-disable_line"]
    assert placeholders(text, "feed.jsonl") == [1]


@pytest.mark.parametrize("comment", ["<!-- newsletter signup -->", "<!-- newslint: checked by the desk -->",
                                     "<!-- news-lint-disable hygiene -->", "<!-- vale off -->"])
def test_a_comment_not_starting_with_the_marker_is_never_said(comment):
    text = FM + f"The fee is TK. {comment}\n"
    assert said(text) == []


def test_the_right_actions_still_act():
    text = FM + ("<!-- newslint-disable-next-line hygiene -->\nThe fee is TK.\n"
                 "The fee is TK. <!-- newslint-disable-line: hygiene -->\n"
                 "The fee is TK. <!-- newslint-disable-line, hygiene -->\n"
                 "The fee is TK.<!--newslint-disable-line-->\nThe fee is TK.\n")
    assert (placeholders(text), said(text)) == ([11], [])
