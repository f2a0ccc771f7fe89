"""fx220 (qa128 #1, qa135 #6): a stop right after a.m. or p.m. that a letter
follows ("7:00 PM.Then", "9:30 am.It") is the time's: style.time-of-day's fix
writes the time up to it and keeps it, never a second stop ("7 p.m..Then").
The span ends before the stop, so hygiene.missing-space's fix, which starts
at the stop, applies in the same pass: `--fix`, `--diff`, `--fix --baseline`
and the language server's code actions all write "9:30 a.m. It rained."
Since fx224 (qa136 #1) missing-space reads a.m. and p.m. after a figure as a
word before the stop, so "7:00 PM.Then" becomes "7 p.m. Then" in that pass.

What must stay as it was: a time at a sentence's end, one already right but
for its case, a writer's own doubled stop, an ellipsis, a stop before `)` or
a closing quote, a headline's time, in Markdown, HTML and plain text."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import apply_fixes, fix_bytes
from lint.kinds.time_form import scan
from story_helpers import story_file as _file

BOTH = ("style.time-of-day", "hygiene.missing-space")

# (written, after --fix with BOTH)
SENTENCES = [
    ("The mayor met at 7:00 PM.Then he left.", "The mayor met at 7 p.m. Then he left."),
    ("The mayor met at 7pm.Then he left.", "The mayor met at 7 p.m. Then he left."),
    ("The mayor met at 7 P.M.Then he left.", "The mayor met at 7 p.m. Then he left."),
    ("Polls close at 7.30pm.Then they count.", "Polls close at 7:30 p.m. Then they count."),
    ("The vote was at 9:30 am.It rained.", "The vote was at 9:30 a.m. It rained."),
    ("The vote was at 9:30 pm.The rain came.", "The vote was at 9:30 p.m. The rain came."),
    ("Polls close at 7 PM.", "Polls close at 7 p.m."),
    ("Polls close at 7 P.M. Tuesday.", "Polls close at 7 p.m. Tuesday."),
    ("Polls close at 7 PM.U.S. officials watch.", "Polls close at 7 p.m.U.S. officials watch."),
    ("Polls close at 7 P.M.U.S. officials watch.", "Polls close at 7 p.m.U.S. officials watch."),
    ("Polls close at 7 PM.. Then they count.", "Polls close at 7 p.m.. Then they count."),
    ("Polls close at 7 PM... Then they count.", "Polls close at 7 p.m... Then they count."),
    ("Polls close at 7 PM...then they count.", "Polls close at 7 p.m...then they count."),
    ("Polls close (at 7 PM.) Then they count.", "Polls close (at 7 p.m.) Then they count."),
    ('She said, "Polls close at 7 PM." Then she left.', 'She said, "Polls close at 7 p.m." Then she left.'),
]
# already right for style.time-of-day: no finding, and its --fix leaves them
RIGHT = ["Polls close at 7 p.m.Then they count.", "Polls close at 7 p.m.. Then they count.",
         "Polls close at 7 p.m.U.S. officials watch.", "Polls close at 7 p.m... Then they count."]


def _fixed(kind: str, body: str, select=BOTH, title: str = "Council votes") -> str:
    path, data = _file(kind, body, title)
    return fix_bytes(path, data, Config(select=select)).fixed


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("written, fixed", SENTENCES)
def test_a_times_fix_writes_one_stop(kind, written, fixed):
    got = _fixed(kind, written)
    assert fixed in got, got


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("written", RIGHT)
def test_a_time_already_right_before_its_stop_is_not_flagged(kind, written):
    path, data = _file(kind, written)
    found = lint_bytes(path, data, Config(select=("style.time-of-day",))).diagnostics
    assert found == [], [d.message for d in found]
    assert written in _fixed(kind, written, select=("style.time-of-day",))


def test_the_finding_names_the_stop_the_fix_keeps():
    path, data = _file("md", "The mayor met at 7:00 PM.Then he left.")
    (d,) = lint_bytes(path, data, Config(select=("style.time-of-day",))).diagnostics
    source = data.decode("utf-8")
    assert source[d.offset:d.end_offset] == "7:00 PM"            # the span ends before the stop
    assert source[d.end_offset] == "."
    assert d.fix.replacement == "7 p.m"                          # the text's stop ends the a.m.
    assert "'7:00 PM.' -> '7 p.m.'" in d.message, d.message


def test_scan_keeps_the_stop_a_letter_follows_and_only_that_one():
    text = "At 7 PM.Then at 8 PM. Then at 9 PM.. Then at 10 pm.It ended."
    got = [(text[t.start:t.end], t.replacement, t.fix) for t in scan(text)]
    assert got == [("7 PM", "7 p.m.", "7 p.m"), ("8 PM.", "8 p.m.", "8 p.m."),
                   ("9 PM.", "9 p.m.", "9 p.m."), ("10 pm", "10 p.m.", "10 p.m")]


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
def test_the_time_and_missing_space_fixes_apply_in_one_pass(kind):
    path, data = _file(kind, "The vote was at 9:30 am.It rained.")
    found = lint_bytes(path, data, Config(select=BOTH)).diagnostics
    assert sorted(d.rule for d in found if d.fix) == sorted(BOTH)
    new, applied = apply_fixes(data.decode("utf-8"), found)
    assert applied == 2 and "The vote was at 9:30 a.m. It rained." in new, new


@pytest.mark.parametrize("title, fixed", [
    ("Polls close at 7 PM.", "Polls close at 7 p.m."),
    ("Polls close at 7 PM", "Polls close at 7 p.m."),
    ("Polls close at 7 PM.Counting follows", "Polls close at 7 p.m. Counting follows"),
])
@pytest.mark.parametrize("kind", ["md", "html"])
def test_a_headlines_time_keeps_one_stop(kind, title, fixed):
    got = _fixed(kind, "The council met on Monday, officials said.", select=("style", "titles", "hygiene"),
                 title=title)
    assert (f"title: {fixed}\n" if kind == "md" else f"<h1>{fixed}</h1>") in got, got
    assert "p.m.." not in got, got


def test_diff_shows_what_fix_writes(tmp_path, run_cli):
    story = tmp_path / "a.md"
    story.write_text("---\ntitle: Council votes\ndate: 2024-05-01\n---\n\nThe vote was at 9:30 am.It rained.\n",
                     encoding="utf-8")
    diff = run_cli("check", "a.md", "--no-cache", "--diff", cwd=tmp_path).output
    assert "+The vote was at 9:30 a.m. It rained." in diff, diff
    run_cli("check", "a.md", "--no-cache", "--fix", cwd=tmp_path)
    assert "The vote was at 9:30 a.m. It rained.\n" in story.read_text(encoding="utf-8")


def test_fix_with_a_baseline_of_other_findings_writes_the_same(tmp_path, run_cli):
    story = tmp_path / "a.md"
    head = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"
    story.write_text(head + "The the council met.\n", encoding="utf-8")
    run_cli("check", "a.md", "--no-cache", "--write-baseline", "bl.json", cwd=tmp_path)
    story.write_text(head + "The the council met.\n\nThe vote was at 9:30 am.It rained.\n", encoding="utf-8")
    run_cli("check", "a.md", "--no-cache", "--baseline", "bl.json", "--fix", cwd=tmp_path)
    fixed = story.read_text(encoding="utf-8")
    assert "The the council met.\n" in fixed and "The vote was at 9:30 a.m. It rained.\n" in fixed, fixed


def test_the_code_actions_write_what_fix_writes(tmp_path, run_cli):
    from lint.server.actions import fix_title
    from lint.server.documents import target
    from lint.server.linting import Linter

    text = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\nThe vote was at 9:30 am.It rained.\n"
    linter, buffer = Linter(), target((tmp_path / "a.md").as_uri(), "markdown", [])
    found = [d for d in linter.lint(buffer, text).diagnostics if d.fix is not None]
    assert sorted(d.rule for d in found) == sorted(BOTH)
    # each quick fix is its finding's own edit; the two do not overlap, so both apply
    edits = sorted((d.fix.start, d.fix.end, d.fix.replacement) for d in found)
    assert edits[0][1] <= edits[1][0]
    quick = text
    for start, end, new in reversed(edits):
        quick = quick[:start] + new + quick[end:]
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    run_cli("check", "a.md", "--no-cache", "--fix", cwd=tmp_path)
    written = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert quick == linter.fix_all(buffer, text) == written
    assert "9:30 a.m. It rained." in written
    # the title shows the stop the edit keeps, before and after (qa136 #3)
    assert "replace '9:30 am.' with '9:30 a.m.'" in fix_title(next(d for d in found if d.rule == "style.time-of-day"))
