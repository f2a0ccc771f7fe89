"""GitHub Actions workflow commands, so findings annotate the pull request's lines."""
from __future__ import annotations

import os

from ._common import printable, shown_path, storable, with_article

NAME = "github"
LINES = True          # each line stands alone: streamed as it comes (see spool)
COMMAND = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _root(report) -> str:
    return os.environ.get("GITHUB_WORKSPACE") or report.root


def _repo_path(path: str, root: str) -> str:
    """The path as GitHub matches it against the pull request's files: relative
    to the checkout (GITHUB_WORKSPACE, else where newslint runs) with no `./`;
    GitHub shows `./story.md` or `/abs/story.md` in the log but on no line.
    A file outside the checkout keeps the path it was named by, as in every
    other format (`shown_path`; it was `normpath`ed here alone, nu63 #1)."""
    return shown_path(path, root)


def repo_path(path: str) -> str:
    """`path` as a pull request names it (see `_repo_path`)."""
    return _repo_path(path, os.environ.get("GITHUB_WORKSPACE") or os.getcwd())


def _command(d, root: str = "") -> str:
    props = (f"file={_escape_property(_repo_path(d.path, root))},line={d.line},col={d.column},"
             f"endLine={d.end_line},endColumn={d.end_column},title={_escape_property(d.rule)}")
    # an export's finding names its article, as text, json and sarif do
    return f"::{COMMAND[d.level]} {props}::{_escape_data(with_article(d))}"


def render(report) -> str:
    root = _root(report)
    out = [_command(d, root) for d in report.diagnostics] + [_problem(p) for p in report.problems]
    return "\n".join(out) + ("\n" if out else "")


def _problem(text: str) -> str:
    """A rule that timed out or crashed (exit 2): an `::error` for the run, so
    the check is not shown complete."""
    return f"::error title=newslint::{_escape_data(storable(printable(text)))}"


class Stream:
    """The commands `render` gives, written file by file."""

    def __init__(self, report):
        self.root = _root(report)

    def file(self, diagnostics) -> str:
        return "".join(_command(d, self.root) + "\n" for d in diagnostics)

    def end(self, problems: list[str]) -> str:
        return "".join(_problem(p) + "\n" for p in problems)


def notice(text: str) -> str:
    """A note on the run as a whole (no file or line): a `::notice` command, which GitHub shows with the annotations.
    A file name in it that is not UTF-8 is shown as `ls` shows it (`storable`)."""
    return f"::notice title=newslint::{_escape_data(storable(printable(text)))}"
