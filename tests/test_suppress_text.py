"""newslint's directives in plain text: on a line of their own only, and
that line is never prose; Vale's comments are not read in a .txt file."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

SELECT = ("hygiene.placeholder",)


def placeholders(text: str) -> list[int]:
    return [d.line for d in lint_text(text, "story.txt", select=SELECT)]


def test_a_directive_line_silences_the_next_line_and_is_no_prose():
    text = ("Council approves budget\n\nThe plan is TK.\n"
            "<!-- newslint-disable-next-line hygiene -->\nThe plan is TK again.\n")
    assert placeholders(text) == [3]
    doc = read_bytes("story.txt", text.encode("utf-8"))
    assert not any("newslint" in p.text for p in doc.parts)
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["The plan is TK.", "The plan is TK again."]


def test_a_block_directive_runs_to_its_enable():
    text = ("Council approves budget\n\n<!-- newslint-disable hygiene.placeholder -->\n\nStill TK here.\n\n"
            "<!-- newslint-enable hygiene.placeholder -->\n\nTK once more.\n")
    assert placeholders(text) == [9]


def test_a_directive_inside_a_line_or_a_vale_comment_is_not_read():
    assert placeholders("Council approves budget\n\nIn a line <!-- newslint-disable --> TK.\n") == [3]
    assert placeholders("Council approves budget\n\n<!-- vale off -->\n\nThe plan is TK.\n") == [5]


def test_an_unknown_id_on_a_directive_line_is_reported():
    text = "Council approves budget\n\n<!-- newslint-disable hygeine -->\n\nThe plan is TK.\n"
    result = lint_bytes("story.txt", text.encode("utf-8"), Config())
    assert [p.text for p in result.problems] == [
        "story.txt:3:1: newslint-disable: no rule or pack 'hygeine' (did you mean hygiene?)"]
