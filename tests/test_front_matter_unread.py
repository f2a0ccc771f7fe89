"""Front matter that could not be read (nu30 #4): its date is there but
unread, so the summary's note points at the front matter's error rather than
telling the writer to write a date; parser words come with a fix a writer can
make; a block left open is one finding, not also "no headline"."""
from __future__ import annotations

import pytest

from lint.cli_notes import undated_note
from lint.config import Config
from lint.engine import lint_bytes
from lint.result_cache import _decode, _encode

BODY = "\n\nThe council met on Thursday, Nov. 17.\n"


def lint(text: str, name: str = "story.md"):
    return lint_bytes(name, text.encode("utf-8"), Config())


def front(result) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.front-matter"]


@pytest.mark.parametrize("fm, at, says", [
    ('title: "Council approves budget"\ndate: 2026-11-18\n  author: Priya Raman', (4, 9),
     "this line is indented under the value of 'date' above it, so YAML reads it as more of that value: "
     "start it where 'date' starts"),
    ("title: Update: Mayor says no\ndate: 2026-11-18", (2, 14),
     "the value of 'title' holds ': ', which YAML reads as a new key: put the value in quotes (\"...\")"),
])
def test_yaml_words_come_with_what_to_do(fm, at, says):
    result = lint("---\n" + fm + "\n---" + BODY)
    ((line, column, message),) = front(result)
    assert (line, column) == at and message.endswith(says)
    assert result.undated == 1 and result.unread == at


def test_a_toml_quote_left_open_is_shown_where_it_opens():
    result = lint('+++\ntitle = "Council approves budget\ndate = 2026-11-18\n+++' + BODY)
    assert front(result) == [(2, 9, 'invalid TOML front matter: the quoted value that opens here is never '
                                    'closed (TOML ends a "..." value on its line)')]
    assert result.unread == (2, 9)
    # a string closed on its line is not said to be open: tomllib's own words stay
    other = lint('+++\ntitle = "Vote" x\n+++' + BODY)
    assert front(other) and "never closed" not in front(other)[0][2]


def test_front_matter_left_open_is_one_finding_not_also_no_headline():
    result = lint('---\ntitle: "Council approves budget"\ndate: 2026-11-18' + BODY)
    assert [d.rule for d in result.diagnostics if d.rule.startswith(("file.", "titles."))] == ["file.front-matter"]
    assert result.unread == (1, 1)
    # a `---` over prose, never closed, is a thematic break: no headline is still said
    rules = [d.rule for d in lint("---\n\nThe council met on Thursday, Nov. 17.\n").diagnostics]
    assert "titles.missing-headline" in rules


def test_the_note_points_at_the_front_matter_instead_of_asking_for_a_date():
    assert undated_note(1, 1, unread=["a.md:4:9"]) == (
        "1 file had no publication date: its front matter could not be read (a.md:4:9; the file.front-matter "
        "finding there says what to mend), so the checks that need one were skipped.")
    mixed = undated_note(2, 3, places={"front matter `date:`"}, unread=["a.md:4:9"])
    assert mixed.startswith("2 of 3 files (1 whose front matter could not be read: a.md:4:9) had no "
                            "publication date") and "write the date in the article" in mixed
    # a good front matter with no date still gets the advice
    assert "front matter `date:`" in undated_note(1, 1, places={"front matter `date:`"})


def test_the_cli_note_and_the_result_cache_keep_it(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: Update: Mayor says no\ndate: 2026-11-18\n---" + BODY)
    result = run_cli("check", "--no-cache", story)
    assert "front matter could not be read" in result.stderr and "write the date" not in result.stderr
    done = lint_bytes(str(story), story.read_bytes(), Config())
    assert _decode(_encode(done, None), str(story), story.read_bytes(), False).unread == (2, 14)
