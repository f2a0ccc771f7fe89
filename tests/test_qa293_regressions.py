"""QA of fx425 (mend of qa288 #1-#3: a crashed built-in rule's line counts as a known rule in a
saved report; the UNRULED line and -v's notes said once per file). Each finding was a strict xfail;
fx430 mended them, and each now passes beside its nearest case."""
from __future__ import annotations

import pytest

from rule_file_helpers import write
from test_rr52a_review import _check

from lint.readers._own_reports import CRASHED, INCOMPLETE, STDERR, own_report

BUILTIN = "hygiene.doubled-word"


# --- #1: qa288 #2's case under -v: the piped article named `./b.txt` beside the named b.txt. The
# config line is said once, but each note (it starts with the path as spelled) once per spelling:
# "./b.txt: the sections of ..." and "b.txt: the sections of ...", the second under no config line
@pytest.mark.parametrize("story, note", [
    ("b.txt", "the sections of"),                               # unruled: the UNRULED note
    ("b.md", "no publication date found"),                      # ruled: the undated note
], ids=["unruled", "ruled"])
def test_the_piped_article_named_in_another_spelling_has_its_notes_said_once_with_v(run_cli, tmp_path,
                                                                                    story, note):
    write(tmp_path / story, "# Hed\n\nStory TK.\n")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", story, "--stdin-filename", "./" + story,
                 story=story, input="# Hed\n\nStory TK.\n")
    assert got.stderr.count(": config ") == 1, got.output
    assert got.stderr.count(note) == 1, got.output


def test_the_piped_article_named_as_another_file_has_its_own_notes_with_v(run_cli, tmp_path):
    # the nearest case of #1: two files, a config line and a note each
    write(tmp_path / "b.txt", "Story TK.\n")
    write(tmp_path / "c.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", "b.txt", "--stdin-filename", "./c.txt",
                 input="Story TK.\n")
    assert got.stderr.count(": config ") == 2 and got.stderr.count("the sections of") == 2, got.output


# --- #2: a built-in rule that crashed with an empty message (`assert x`, `StopIteration()`) was written
# `AssertionError: ` with a trailing space (now the class name alone, tests/test_fx430_mend.py); a saved
# report with that space stripped (an editor, `sed`, a copy from a terminal) no longer matched
# `[A-Za-z_]\w*: .*`, so the report was linted as an article (titles.missing-headline on it)
@pytest.mark.parametrize("head", [INCOMPLETE.format(found="Found 0 problems", errors="1 error") + "\n", ""],
                         ids=["text-incomplete", "crash-line-alone"])
def test_a_saved_crash_of_an_empty_message_with_its_trailing_space_stripped_is_a_report(head):
    line = STDERR + CRASHED.format(path="story.md", rule=BUILTIN, error="AssertionError:")
    assert own_report(head + line + "\n", "text") is not None


def test_a_saved_crash_of_an_empty_message_as_written_is_a_report():
    # the nearest case of #2: the line as the engine wrote it before fx430, trailing space kept
    line = STDERR + CRASHED.format(path="story.md", rule=BUILTIN, error="AssertionError: ")
    assert own_report(line + "\n", "text") is not None


# --- #3: the error narrowing takes one word and a colon for an exception's name, so a crash-shaped
# line whose error is prose led by a speaker's label ("Mayor: the count was off, she said") is read
# as newslint's own report and skipped; main linted it, and fx425's own nearest case (prose with no
# label) is linted
def test_a_line_shaped_as_a_builtin_crash_with_a_speakers_label_for_its_error_is_linted():
    line = STDERR + CRASHED.format(path="story.txt", rule=BUILTIN, error="Mayor: the count was off by two, she said")
    assert own_report(line + "\n", "text") is None


# --- #4: -v keys a file's config line by file identity only, so the piped article named s.md beside
# g/l.md, a symlink to s.md under another config (g/.vale.ini), says "s.md: config .vale.ini" and no
# config line for g/l.md, though g/l.md is linted under g/.vale.ini (its titles.* rules); its note
# hangs under s.md's config line. main said "g/l.md: config .../g/.vale.ini"
def test_a_second_name_of_the_piped_file_under_another_config_has_its_config_said_with_v(run_cli, tmp_path):
    write(tmp_path / "s.md", "# Hed\n\nthe the story\n")
    write(tmp_path / "g" / ".vale.ini", "[*.md]\nBasedOnStyles = titles\n")
    (tmp_path / "g" / "l.md").symlink_to("../s.md")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", "g/l.md", "--stdin-filename", "s.md",
                 story="s.md", input="# Hed\n\na a story\n")
    assert "g/l.md: config " in got.stderr and "s.md: config " in got.stderr, got.output


def test_the_piped_file_and_a_symlink_to_it_under_one_config_are_said_once_with_v(run_cli, tmp_path):
    # the nearest case of #4 (qa288 #3's fold): one file, one config, one config line
    write(tmp_path / "s.md", "# Hed\n\nthe the story\n")
    (tmp_path / "l.md").symlink_to("s.md")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", "l.md", "--stdin-filename", "s.md",
                 story="s.md", input="# Hed\n\na a story\n")
    assert got.stderr.count(": config ") == 1, got.output


# --- #5: qa288 #1's mend counts the plain stderr crash line only; `--format github`'s own line for the
# crash (`::error title=newslint::story.md: internal error in rule hygiene.doubled-word: ValueError: ...`,
# what `check --format github . > gh.txt` saves when a built-in rule crashed and nothing was found)
# still names no rule, so the saved report is linted as an article
GITHUB_CRASH = "::error title=newslint::" + CRASHED.format(path="story.md", rule=BUILTIN, error="ValueError: bad state")


def test_a_saved_github_report_of_a_crashed_builtin_rule_alone_is_a_report():
    assert own_report(GITHUB_CRASH + "\n", "text") == "github"


def test_a_saved_github_report_of_a_crashed_builtin_rule_with_its_stderr_is_a_report():
    # the nearest case of #5: saved with 2>&1, the plain stderr line names the rule
    assert own_report(GITHUB_CRASH + "\n" + STDERR + GITHUB_CRASH.split("::")[-1] + "\n", "text") == "github"


def test_a_github_crash_line_of_a_house_rule_alone_is_linted():
    # the other side of #5: a house rule is no rule newslint knows
    assert own_report(GITHUB_CRASH.replace(BUILTIN, "house.x") + "\n", "text") is None
