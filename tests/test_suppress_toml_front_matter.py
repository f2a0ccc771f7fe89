"""Directives written as `#` comments in Hugo's TOML front matter (fx107 #1),
as in YAML front matter; JSON front matter has no comments, so a directive's
words in one of its values are text and hide nothing."""
from __future__ import annotations

import pytest

from lint import lint_text

SELECT = ["hygiene.placeholder"]


def found(front: list[str], body: str = "Body.", fence: str = "+++") -> list[tuple[int, int]]:
    """(line, column) of each placeholder finding in a story with TOML front matter `front`."""
    text = f"{fence}\n" + "\n".join(front) + f"\n{fence}\n\n" + body + "\n"
    return [(d.line, d.column) for d in lint_text(text, "story.md", select=SELECT)]


def test_without_a_comment_the_title_is_flagged():
    assert found(['title = "Budget TK vote"']) == [(2, 17)]


@pytest.mark.parametrize("comment", ["# newslint-disable-line hygiene.placeholder",
                                     "# newslint-disable-line hygiene", "#newslint-disable-line"])
def test_disable_line_on_the_title_line_hides_it(comment):
    assert found([f'title = "Budget TK vote" {comment}']) == []


def test_a_comment_right_after_the_value_counts():
    # TOML starts a comment at any `#` outside a string, white space or not
    assert found(['title = "Budget TK vote"# newslint-disable-line hygiene']) == []


def test_disable_line_hides_only_its_own_line():
    front = ['title = "Budget TK vote" # newslint-disable-line hygiene', 'description = "TK to come"']
    assert found(front, "Body TK.") == [(3, 16), (6, 6)]


def test_disable_next_line_on_the_line_before():
    front = ["# newslint-disable-next-line hygiene.placeholder", 'title = "Budget TK vote"',
             'description = "TK to come"']
    assert found(front) == [(4, 16)]


def test_another_rule_named_hides_nothing():
    assert found(['title = "Budget TK vote" # newslint-disable-line hygiene.doubled-word']) == [(2, 17)]


@pytest.mark.parametrize("value", ['"Budget TK # newslint-disable-line hygiene"',
                                   "'Budget TK # newslint-disable-line hygiene'",
                                   r'"Budget \"TK\" # newslint-disable-line hygiene"'])
def test_a_hash_inside_a_string_is_text_not_a_comment(value):
    assert len(found([f"title = {value}"])) == 1


@pytest.mark.parametrize("quotes", ['"""', "'''"])
def test_a_hash_line_inside_a_multi_line_string_is_text(quotes):
    # read as a comment, the `disable` would hide the title under it
    front = [f"description = {quotes}", "To come", f"# newslint-disable hygiene{quotes}",
             'title = "Budget TK vote"']
    assert found(front) == [(5, 17)]


def test_a_multi_line_string_ending_in_a_quote_of_its_own_is_stepped_over():
    front = ['description = """He said "no""""', 'title = "Budget TK vote" # newslint-disable-line']
    assert found(front) == []


def test_a_quoted_key_holding_a_hash_is_text():
    front = ['"a # newslint-disable-line" = "x"', 'title = "Budget TK vote"']
    assert found(front) == [(3, 17)]


def test_a_disable_block_in_front_matter_runs_on_through_the_body():
    front = ["# newslint-disable hygiene", 'title = "Budget TK vote"']
    assert found(front, "Body TK.") == []


def test_crlf_front_matter():
    text = '+++\r\ntitle = "Budget TK" # newslint-disable-line hygiene\r\n+++\r\n\r\nBody TK.\r\n'
    assert [(d.line, d.column) for d in lint_text(text, "story.md", select=SELECT)] == [(5, 6)]


def test_broken_toml_gives_no_directive_and_no_traceback():
    text = '+++\ntitle = "Budget TK vote # newslint-disable-line hygiene\n+++\n\nBody TK.\n'
    got = [(d.rule, d.line) for d in lint_text(text, "story.md", select=SELECT + ["file.front-matter"])]
    assert ("file.front-matter", 2) in got and ("hygiene.placeholder", 5) in got


def test_an_unknown_id_in_a_toml_comment_is_reported(tmp_path):
    from click.testing import CliRunner

    from lint.cli import main
    story = tmp_path / "story.md"
    story.write_text('+++\ntitle = "Budget TK" # newslint-disable-line hygiene.placeholdr\n+++\n\nBody.\n')
    res = CliRunner().invoke(main, ["check", str(story), "--select", "hygiene.placeholder"])
    assert "newslint-disable-line: no rule or pack 'hygiene.placeholdr'" in res.output


@pytest.mark.parametrize("value", ['"Budget TK # newslint-disable-line hygiene"',
                                   '"Budget TK", "x": "# newslint-disable-line hygiene"'])
def test_json_front_matter_has_no_comments_so_its_values_hide_nothing(value):
    text = '{\n  "title": ' + value + '\n}\n\nBody.\n'
    got = [(d.line, d.column) for d in lint_text(text, "story.md", select=SELECT)]
    assert got == [(2, 20)]
