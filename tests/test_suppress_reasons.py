"""A directive may say why after ` -- ` (nu30 #1), as ESLint's `-- reason`:
in every form (HTML and Markdown comments, YAML and TOML front-matter `#`
comments, plain text's own lines), the words after the dashes are the
writer's reason, never rule ids; an unknown id is reported at the id."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config
from lint.engine import lint_bytes
from lint.suppress import directive_ids, find_directives

SELECT = ["hygiene.placeholder"]
WHY = " -- city has not released the figure"
FM = '---\ntitle: "Budget vote"\ndate: 2026-11-18\n---\n\n'


def run(text: str, name: str = "story.md") -> tuple[list[tuple[int, int]], list[str]]:
    """((line, column) of each placeholder finding, problem lines) of one file."""
    result = lint_bytes(name, text.encode("utf-8"), Config(select=tuple(SELECT)))
    return ([(d.line, d.column) for d in result.diagnostics if d.rule in SELECT],
            [p.text for p in result.problems])


@pytest.mark.parametrize("text, name", [
    (FM + "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder" + WHY + " -->\n", "story.md"),
    (FM + "<!-- newslint-disable-next-line hygiene" + WHY + " -->\nThe budget includes $TK.\n", "story.md"),
    (FM + "<!-- newslint-disable hygiene" + WHY + " -->\n\nThe budget includes $TK.\n\n"
     "<!-- newslint-enable hygiene -- figure is out -->\n", "story.md"),
    (FM + "<!-- newslint-disable" + WHY + " -->\n\nThe budget includes $TK.\n", "story.md"),   # all rules
    ("<h1>Budget vote</h1>\n<p>The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder"
     + WHY + " --></p>\n", "story.html"),
    ('---\ntitle: "Budget TK vote"  # newslint-disable-line hygiene.placeholder' + WHY + "\n---\n\nBody.\n",
     "story.md"),
    ('---\n# newslint-disable-next-line hygiene' + WHY + '\ntitle: "Budget TK vote"\n---\n\nBody.\n', "story.md"),
    ('+++\ntitle = "Budget TK vote" # newslint-disable-line hygiene.placeholder' + WHY + "\n+++\n\nBody.\n",
     "story.md"),
    ("Budget vote\n\n<!-- newslint-disable-next-line hygiene.placeholder" + WHY + " -->\n"
     "The budget includes $TK.\n", "story.txt"),
])
def test_a_reason_after_two_dashes_is_no_id_in_any_form(text, name):
    assert run(text, name) == ([], [])
    # without the directive the finding is there: the directive hid it
    bare = "\n".join(line for line in text.split("\n") if "newslint-" not in line or "TK" in line)
    bare = bare.replace("# newslint-disable-line", "#").replace("<!-- newslint-disable-line", "<!--")
    assert run(bare, name)[0] != []


def test_the_reason_is_kept_folded_and_ids_keep_their_offsets():
    assert directive_ids(" hygiene.placeholder, dates -- city has\n  not said ") == (
        ("hygiene.placeholder", "dates"), (1, 22), "city has not said")
    assert directive_ids(" hygiene --") == (("hygiene",), (1,), "")          # dashes, no reason
    assert directive_ids(" -- all of it") == ((), (), "all of it")           # no ids: every rule
    assert directive_ids(" a--b ---- c") == (("a--b",), (1,), "c")           # dashes need space round them
    src = "x <!-- newslint-disable-line hygiene -- why --> y"
    (d,) = find_directives(src)
    assert (d.rules, d.at, d.reason, d.offset) == (("hygiene",), (src.index("hygiene"),), "why", 2)


def test_a_reason_holding_a_gt_sign_still_hides_and_an_arrow_ends_the_comment():
    text = FM + "The budget includes $TK. <!-- newslint-disable-line hygiene -- price > 0 -->\n"
    assert run(text) == ([], [])
    # HTML ends a comment at the first -->: the rest is prose of the line, the directive still acts
    (d,) = find_directives("a <!-- newslint-disable-line hygiene -- see A --> B -->")
    assert d.reason == "see A"
    assert run(FM + "The budget includes $TK. <!-- newslint-disable-line hygiene -- see A --> B -->\n") == ([], [])


def test_dashes_and_no_reason_hide_as_the_ids_alone_do():
    assert run(FM + "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder -- -->\n") == ([], [])


def directive_warnings(text: str) -> list[tuple[int, int, str]]:
    result = lint_bytes("story.md", text.encode("utf-8"), Config(select=tuple(SELECT)))
    return [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.directive"]


def test_an_unknown_id_is_reported_at_the_id_not_at_the_comment():
    # a warning at the id, the valid id beside it still acting; never a problem (exit 2)
    text = FM + "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder, hygeine -- why -->\n"
    at = text.split("\n")[5].index("hygeine") + 1
    assert run(text) == ([], [])
    assert directive_warnings(text) == [(6, at, "newslint-disable-line: no rule or pack 'hygeine' (did you mean "
                                                "hygiene?); read as hiding hygiene.placeholder")]  # (a reason given)
    toml = '+++\ntitle = "Budget TK" # newslint-disable-line hygiene.placeholdr -- why\n+++\n\nBody.\n'
    assert run(toml) == ([(2, 17)], [])      # the typo hides nothing
    assert directive_warnings(toml) == [(2, 45, "newslint-disable-line: no rule or pack 'hygiene.placeholdr' "
                                                "(did you mean hygiene.placeholder?); as written it hides nothing")]


def test_a_reason_written_without_dashes_is_said_once_at_its_first_word():
    # a warning at the reason (fx121 #3: never a problem of the run, exit 2), and the id still acts
    text = FM + "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder because the city waits -->\n"
    at = text.split("\n")[5].index("because") + 1
    result = lint_bytes("story.md", text.encode("utf-8"), Config(select=("hygiene.placeholder", "file.directive")))
    assert result.problems == []
    assert [(d.rule, d.level, d.line, d.column, d.message) for d in result.diagnostics] == [
        ("file.directive", "warning", 6, at, "newslint-disable-line: is 'because the city waits' a reason? write "
         "it after ' -- ': newslint-disable-line hygiene.placeholder -- reason; read as hiding hygiene.placeholder")]
    # `id: reason` (a colon after the id, as in ruff's noqa) is shown the form to use, colon dropped
    colon = FM + "The budget includes $TK. <!-- newslint-disable-line hygiene.placeholder: city waits -->\n"
    result = lint_bytes("story.md", colon.encode("utf-8"), Config(select=("hygiene.placeholder", "file.directive")))
    (said,) = result.diagnostics
    assert "newslint-disable-line hygiene.placeholder -- reason;" in said.message and result.problems == []


def test_a_reason_in_markdown_is_no_prose():
    text = FM + "Body.\n\n<!-- newslint-disable-line hygiene -- TK: the the figure -->\n"
    assert [d.rule for d in lint_text(text, "story.md")] == []
