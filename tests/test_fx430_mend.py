"""fx430's mend of qa293 #1-#5: the nearest cases that must stay as they were, and the engine's
writing of an empty message's crash (the cases mended are qa293's own tests,
tests/test_qa293_regressions.py)."""
from __future__ import annotations

import pytest

from rule_file_helpers import write
from test_engine import rule, run
from test_rr52a_review import _check

from lint.readers._own_reports import CRASHED, STDERR, own_report

BUILTIN = "hygiene.doubled-word"


def _crash(exc: BaseException) -> str:
    """The problem line the engine writes when rule x.boom raises `exc` on story.txt."""
    def boom(part):
        raise exc
    [problem] = run(rule("x.boom", boom)).problems
    return problem.text


def _saved(error: str, head: str = STDERR) -> str | None:
    """`own_report`'s reading of a saved text of one line: `head`, then the engine's crash line
    for built-in rule BUILTIN on story.md with `error`."""
    return own_report(head + CRASHED.format(path="story.md", rule=BUILTIN, error=error) + "\n", "text")


# qa293 #2: an empty message is written as the class name alone, so stripping trailing space changes nothing
def test_a_crash_of_an_empty_message_is_written_as_its_class_name_alone():
    assert _crash(AssertionError()) == "story.txt: internal error in rule x.boom: AssertionError"


def test_a_crash_with_a_message_keeps_its_colon_and_message():
    # the nearest case: a message is said after ": ", as before
    assert _crash(KeyError("slug")) == "story.txt: internal error in rule x.boom: KeyError: 'slug'"


@pytest.mark.parametrize("error", ["AssertionError", "StopIteration", "error: bad escape \\q at position 0",
                                   "ScannerError: mapping values are not allowed here"])
def test_a_saved_crash_line_of_a_builtin_rule_with_an_error_the_engine_writes_is_a_report(error):
    # qa293 #2, #3: the class name alone, a built-in name with no Error suffix, `re.error`, a library's
    assert _saved(error) == "text"


@pytest.mark.parametrize("error", ["Mayor", "Mayor: the count was off", "Council:", "Errors: two, she said"])
def test_a_crash_shaped_line_whose_error_is_a_capitalised_word_of_copy_is_linted(error):
    # qa293 #3's other side: one word with or without a colon, not a class name, is copy
    assert _saved(error) is None


def test_a_github_crash_shaped_line_with_prose_for_its_error_alone_is_linted():
    # qa293 #5's other side: `title=newslint` names the rule only for an error the engine writes
    assert _saved("the count was off", head="::error title=newslint::") is None


def test_a_second_name_under_the_same_config_has_its_notes_said_once_and_another_file_its_own(run_cli, tmp_path):
    # qa293 #1 and #4 together: s.md piped as ./s.md beside s.md folds; g/c.md, another file under
    # g/.vale.ini, keeps its own config line and note
    write(tmp_path / "s.md", "# Hed\n\nStory TK.\n")
    write(tmp_path / "g" / ".vale.ini", "[*.md]\nBasedOnStyles = titles\n")
    write(tmp_path / "g" / "c.md", "# Hed\n\nStory TK.\n")
    got = _check(run_cli, tmp_path, "-v", "--no-cache", "-", "s.md", "g/c.md", "--stdin-filename", "./s.md",
                 story="s.md", input="# Hed\n\nStory TK.\n")
    assert got.stderr.count(": config ") == 2 and "g/c.md: config " in got.stderr, got.output
    assert got.stderr.count("no publication date found") == 2, got.output


@pytest.mark.parametrize("exc", [Exception("boom"), Exception()])
def test_qa299_a_saved_crash_of_a_plain_exception_as_the_engine_writes_it_is_a_report(exc):
    # the error is taken from the engine itself, so the line is what a saved report holds
    error = _crash(exc).split(": internal error in rule x.boom: ", 1)[1]
    assert _saved(error) == "text"


@pytest.mark.parametrize("error", ["BaseException", "BaseException: boom"])
def test_a_saved_crash_of_a_bare_base_exception_is_a_report(error):
    # qa299 #1: the other bare class name the engine can write
    assert _saved(error) == "text"


@pytest.mark.parametrize("error", ["Exceptions: two, she said", "Exceptional: the count", "Except: one"])
def test_a_crash_shaped_line_whose_error_is_a_word_near_exception_is_linted(error):
    # qa299 #1's other side: only the class names themselves, not words that start like them
    assert _saved(error) is None
