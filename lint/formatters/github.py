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


def _root(report) -> tuple[str, bool]:
    """(the root paths are relative to, whether it is the runner's workspace)."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    return (workspace, True) if workspace else (report.root, False)


def _repo_path(path: str, root: str, workspace: bool = True) -> str:
    """The path as GitHub matches it against the pull request's files: relative
    to the checkout (GITHUB_WORKSPACE, else where newslint runs) with no `./`;
    GitHub shows `./story.md` or `/abs/story.md` in the log but on no line.
    A file outside the workspace keeps the path it was named by, as in every
    other format (`shown_path`; it was `normpath`ed here alone, nu63 #1): it
    is in no pull request.

    With no workspace known (GITHUB_WORKSPACE unset: the runner sets it for
    every step), a path that climbs out of the working folder (`../x.md`) is
    given absolute, its folder resolved as `relative` resolves one. GitHub
    reads `file=` as a path in the repository ("Workflow commands for GitHub
    Actions", docs.github.com: `file=app.js`); the runner rewrites an
    absolute path inside its workspace to that path and passes a relative
    one on unchanged (actions/runner IssueCommandExtension, `MakeRelative`),
    so `../x.md` from an unknown root names no file GitHub has (nu66)."""
    shown = shown_path(path, root)
    if workspace or shown in ("-", "") or ".." not in shown.split("/"):
        return shown
    full = os.path.join(os.getcwd(), path)
    return os.path.join(os.path.realpath(os.path.dirname(full)), os.path.basename(full)).replace(os.sep, "/")


def repo_path(path: str) -> str:
    """`path` as a pull request names it (see `_repo_path`)."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    return _repo_path(path, workspace or os.getcwd(), bool(workspace))


def _command(d, root: str = "", workspace: bool = True) -> str:
    file = _escape_property(_repo_path(d.path, root, workspace))
    props = (f"file={file},line={d.line},col={d.column},"
             f"endLine={d.end_line},endColumn={d.end_column},title={_escape_property(d.rule)}")
    # an export's finding names its article, as text, json and sarif do
    return f"::{COMMAND[d.level]} {props}::{_escape_data(with_article(d))}"


def render(report) -> str:
    root, workspace = _root(report)
    out = [_command(d, root, workspace) for d in report.diagnostics] + [_problem(p) for p in report.problems]
    return "\n".join(out) + ("\n" if out else "")


def _problem(text: str) -> str:
    """A rule that timed out or crashed (exit 2): an `::error` for the run, so
    the check is not shown complete."""
    return f"::error title=newslint::{_escape_data(storable(printable(text)))}"


class Stream:
    """The commands `render` gives, written file by file."""

    def __init__(self, report):
        self.root, self.workspace = _root(report)

    def file(self, diagnostics) -> str:
        return "".join(_command(d, self.root, self.workspace) + "\n" for d in diagnostics)

    def end(self, problems: list[str]) -> str:
        return "".join(_problem(p) + "\n" for p in problems)


def notice(text: str) -> str:
    """A note on the run as a whole (no file or line): a `::notice` command, which GitHub shows with the annotations.
    A file name in it that is not UTF-8 is shown as `ls` shows it (`storable`)."""
    return f"::notice title=newslint::{_escape_data(storable(printable(text)))}"
