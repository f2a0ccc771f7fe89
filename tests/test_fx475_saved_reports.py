"""fx475: saved reports qa335 found linted as copy, and the nearest texts
that must still be linted. A junit report is told with `\\r\\n` line ends
throughout (not mixed, not `\\r` alone, not other white space), and an empty
run's `newslint: no article files ...` line (`_own_reports.NO_ARTICLES`) is
a line of ours only whole, as `cli_notes.nothing_to_lint` writes it."""
from __future__ import annotations

import json
import re

import pytest

from lint.readers._own_junit_reports import junit_report
from lint.readers._own_reports import NEWS_XML, NO_ARTICLES, STDERR, STDERR_LINES, own_report
from test_qa335_review import LOOK_ALIKES, NO_ARTICLES as SAID, STORY, TOLD, junit_of, newslint

_EXTENSIONS = ".md .markdown .mdown .mkd .mdx .html .htm .xhtml .txt .text .nitf .jsonl .ndjson"


def test_the_said_line_is_the_constant():
    assert SAID == STDERR + NO_ARTICLES.format(extensions=_EXTENSIONS, xml=NEWS_XML, left_out="")


@pytest.mark.parametrize("left_out", ["", "; the config's exclude: skips files", "; -v lists what was left out",
                                      "; the exclude: in a/.newslint.yml skips files",
                                      "; the config's exclude: skips files; the exclude: in a (old)/.newslint.yml, "
                                      "b/.newslint.yml and 2 more skip files; -v lists what was left out"])
def test_every_no_articles_line_nothing_to_lint_writes_is_ours(left_out):
    line = STDERR + NO_ARTICLES.format(extensions=_EXTENSIONS, xml=NEWS_XML, left_out=left_out)
    assert re.fullmatch(STDERR_LINES, line)


@pytest.mark.parametrize("line", [
    "newslint: no article files to lint here (folders are walked for Markdown and HTML)",
    "newslint: no article files to lint here (folders are walked for .md; the desk says so)",
    "newslint: no article files to lint here",
    "no article files to lint here (folders are walked for .md .txt)",
    "Newslint: no article files to lint here (folders are walked for .md .txt)",
])
def test_a_near_no_articles_line_is_not_ours(line):
    assert re.fullmatch(STDERR_LINES, line) is None


@pytest.mark.parametrize("eol", ["\r", "\n\r", "\r\r\n", " \n"])
def test_other_line_ends_are_not_the_junit_report(tmp_path, eol):
    assert junit_report(junit_of(tmp_path, "s.txt").replace("\n", eol)) is None


def test_mixed_line_ends_are_not_the_junit_report(tmp_path):
    report = junit_of(tmp_path, "s.txt")
    assert junit_report(report.replace("\n", "\r\n", 1)) is None               # CRLF, then LF
    assert junit_report(report.replace("\n", "\r\n").replace("\r\n", "\n", 1)) is None   # LF, then CRLF


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_a_crlf_look_alike_is_not_our_report(name):
    assert junit_report(LOOK_ALIKES[name].replace("\n", "\r\n")) is None


def _findings(tmp_path, name: str, data: bytes) -> list:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    proc = newslint(tmp_path, "check", "--format", "json", "in")
    assert TOLD not in proc.stderr and "own text report" not in proc.stderr, proc
    return json.loads(proc.stdout)


def test_a_crlf_xml_story_is_linted(tmp_path):
    story = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<testsuites name="newslint" tests="1" failures="0" '
             'errors="0">\r\n<p>The mayor said the the budget passed.</p>\r\n</testsuites>\r\n')
    assert junit_report(story) is None
    found = _findings(tmp_path, "story.md", story.encode())
    assert any(f["rule"] == "hygiene.doubled-word" for f in found), found


def test_a_crlf_post_quoting_a_junit_report_in_a_code_block_is_linted(tmp_path):
    report = junit_of(tmp_path, "s.txt")
    post = ("# How our desk lints copy in CI\n\nThe the job saves this report:\n\n```xml\n" + report
            + "```\n\nShe said it works.\n").replace("\n", "\r\n")
    found = _findings(tmp_path, "post.md", post.encode())
    assert any(f["rule"] == "hygiene.doubled-word" for f in found), found


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
def test_a_story_opening_with_the_no_articles_line_is_linted(tmp_path, name):
    found = _findings(tmp_path, name, (SAID + "\n" + STORY).encode())
    assert any(f["rule"] == "hygiene.doubled-word" for f in found), found


def test_a_junit_report_after_the_no_articles_line_is_ours_only_whole(tmp_path):
    report = junit_of(tmp_path, "s.txt")
    assert junit_report(SAID + "\n" + report) == "junit"
    assert junit_report(SAID.replace(".ndjson", ".ndjson ") + "\n" + report) is None     # a line not as written


@pytest.mark.parametrize("fmt", ["text", "vale", "github"])
def test_an_empty_runs_line_report_saved_with_stderr_is_set_aside(tmp_path, fmt):
    (tmp_path / "content").mkdir()
    run = newslint(tmp_path, "check", "--format", fmt, "content")
    assert run.stderr.strip() == SAID, run
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "log.md").write_text(run.stderr + run.stdout)
    proc = newslint(tmp_path, "check", "--format", "json", "out")
    assert json.loads(proc.stdout) == [] and proc.returncode == 0 and "log.md: file.format: skipped" in proc.stderr, proc


def test_the_no_articles_line_among_a_storys_lines_is_not_a_report():
    assert own_report(SAID + "\nNo files linted.\n" + STORY, "text") is None
    assert own_report(SAID + "\nNo files linted.\n", "text") == "text"
