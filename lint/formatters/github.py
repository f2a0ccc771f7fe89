"""GitHub Actions workflow commands, so findings annotate the pull request's lines."""
from __future__ import annotations

NAME = "github"
COMMAND = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(d) -> str:
    props = (f"file={_escape_property(d.path)},line={d.line},col={d.column},"
             f"endLine={d.end_line},endColumn={d.end_column},title={_escape_property(d.rule)}")
    return f"::{COMMAND[d.level]} {props}::{_escape_data(d.message)}"


def render(report) -> str:
    out = [_command(d) for d in report.diagnostics]
    return "\n".join(out) + ("\n" if out else "")


class Stream:
    """The commands `render` gives, written file by file."""

    def __init__(self, report):
        pass

    def file(self, diagnostics) -> str:
        return "".join(_command(d) + "\n" for d in diagnostics)

    def end(self, problems: list[str]) -> str:
        return ""
