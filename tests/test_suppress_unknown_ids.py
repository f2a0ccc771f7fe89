"""An inline directive naming no rule or pack (`<!-- newslint-disable-line
approved -->`, a reason written with no ` -- `, or a typo) is a
`file.directive` warning at the word, in every directive form: one file's
slip never fails the run (exit 2) for the others, as ruff warns of a `# noqa`
code it does not know. The directive's other ids still act. An unknown id in
the config stays an error (exit 2)."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

HINT = "a reason goes after ' -- ', a space on each side"
STORY = "The budget includes $TK."

# (file name, text with one `approved` directive): Markdown's and HTML's comments,
# YAML's and TOML's front-matter comments, plain text's line of its own
FORMS = [
    ("story.md", '---\ntitle: "Budget vote"\n---\n\n' + STORY + " <!-- newslint-disable-line approved -->\n"),
    ("story.md", '---\ntitle: "Budget vote"\n---\n\n<!-- newslint-disable-next-line approved -->\n' + STORY + "\n"),
    ("story.html", "<h1>Budget vote</h1>\n<p>" + STORY + " <!-- newslint-disable-line approved --></p>\n"),
    ("story.md", '---\ntitle: "Budget TK vote"  # newslint-disable-line approved\n---\n\nBody.\n'),
    ("story.md", '+++\ntitle = "Budget TK vote" # newslint-disable-line approved\n+++\n\nBody.\n'),
    ("story.txt", "Budget vote\n\n<!-- newslint-disable-next-line approved -->\n" + STORY + "\n"),
]


def position(text: str, word: str) -> tuple[int, int]:
    """(line, column), from 1, of `word`'s first letter in `text`."""
    at = text.index(word)
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


@pytest.mark.parametrize("name, text", FORMS)
def test_a_lone_unknown_word_is_a_warning_at_it_in_every_form(name, text):
    at = position(text, "approved")
    result = lint_bytes(name, text.encode("utf-8"), Config(select=("hygiene.placeholder",)))
    assert result.problems == []
    assert [(d.rule, d.level, (d.line, d.column), d.message) for d in result.diagnostics
            if d.rule == "file.directive"] == [
        ("file.directive", "warning", at, f"newslint-{text.split('newslint-')[1].split()[0]}: no rule or pack "
         f"'approved' ({HINT}); as written it hides nothing")]
    assert "hygiene.placeholder" in {d.rule for d in result.diagnostics}     # nothing hidden


def test_the_directives_other_ids_still_act_and_a_near_one_is_offered():
    text = '---\ntitle: "Budget vote"\n---\n\nThe the budget is $TK. ' \
           "<!-- newslint-disable-line hygiene.placeholder hygeine.doubled-word -->\n"
    result = lint_bytes("story.md", text.encode("utf-8"), Config(select=("hygiene",)))
    assert result.problems == []
    assert [(d.rule, d.line, d.column) for d in result.diagnostics] == [
        ("hygiene.doubled-word", 5, 1), ("file.directive", *position(text, "hygeine"))]
    assert result.diagnostics[1].message == (
        "newslint-disable-line: no rule or pack 'hygeine.doubled-word' (did you mean hygiene.doubled-word? "
        f"{HINT}); read as hiding hygiene.placeholder")


def test_one_files_unknown_id_never_fails_the_run_for_the_others(run_cli, tmp_path):
    a = "# Vote\n\n" + STORY + " <!-- newslint-disable-line approved -->\n"
    (tmp_path / "a.md").write_text(a)
    (tmp_path / "b.md").write_text("# Vote\n\nThe the end.\n")
    result = run_cli("check", "--no-cache", "--no-color", "--select", "hygiene", "a.md", "b.md", cwd=tmp_path)
    assert result.exit_code == 1, result.stderr          # the findings' errors, not exit 2
    assert "incomplete" not in result.stdout + result.stderr
    said = "a.md:{}:{}: warning [file.directive] ".format(*position(a, "approved"))
    assert f"{said}newslint-disable-line: no rule or pack 'approved' ({HINT})" in result.stdout   # --select aside
    assert "a.md:{}:{}: error [hygiene.placeholder]".format(*position(a, "TK")) in result.stdout
    assert "b.md:3:1: warning [hygiene.doubled-word]" in result.stdout   # the other file is linted
    ignored = run_cli("check", "--no-cache", "--ignore", "file.directive", "--select", "hygiene", "a.md",
                      cwd=tmp_path)
    assert ignored.exit_code == 1 and "file.directive" not in ignored.stdout


def test_an_unknown_id_in_the_config_stays_an_error(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("ignore: [approved]\n")
    (tmp_path / "a.md").write_text("# Vote\n\nThe end.\n")
    result = run_cli("check", "--no-cache", "a.md", cwd=tmp_path)
    assert result.exit_code == 2 and "ignore: no rule or pack 'approved'" in result.stderr
