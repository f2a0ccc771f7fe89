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
    assert result.problems == []
    assert [(d.line, d.column, d.level, d.message) for d in result.diagnostics if d.rule == "file.directive"] == [
        (3, 23, "warning", "newslint-disable: no rule or pack 'hygeine' (did you mean hygiene? "
         "a reason goes after ' -- ', a space on each side); as written it hides nothing")]


def test_a_directive_inside_a_line_is_printed_copy_and_says_so():
    # fx78: the comment is words of the story, printed with it; a notice says so at it
    text = "Council approves budget\n\nThe study cost TK. <!-- newslint-disable-line hygiene.placeholder -->\n"
    result = lint_bytes("story.txt", text.encode("utf-8"), Config())
    got = [(d.rule, d.level, d.line, d.column) for d in result.diagnostics]
    assert got == [("hygiene.placeholder", "error", 3, 16), ("file.directive", "warning", 3, 20)]
    (notice,) = [d for d in result.diagnostics if d.rule == "file.directive"]
    assert "printed copy and has no effect" in notice.message
    # on a line of its own it is read, and no notice is given
    own = "Council approves budget\n\n<!-- newslint-disable-next-line hygiene -->\nThe study cost TK.\n"
    assert lint_bytes("story.txt", own.encode("utf-8"), Config()).diagnostics == []
    # Markdown reads the comment: no notice
    md = "# Council approves budget\n\nThe study cost TK. <!-- newslint-disable-line hygiene.placeholder -->\n"
    assert lint_bytes("story.md", md.encode("utf-8"), Config()).diagnostics == []
