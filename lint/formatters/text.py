"""`path:line:col: level [rule.id] message`, one line per finding, then a summary."""
from __future__ import annotations

from collections import Counter

from ..plural import counted
from ._common import printable, shown_path, with_article

NAME = "text"
LINES = True          # each line stands alone: streamed as it comes (see spool)
COLORS = {"error": "\033[31m", "warning": "\033[33m", "suggestion": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"


def by_level(counts) -> str:
    """"3 errors, 1 warning, 2 suggestions": the counts of a {level: n} mapping,
    most severe first, levels with none left out (`check`'s summary and
    `audit`'s say them alike)."""
    return ", ".join(counted(counts[lvl], lvl)
                     for lvl in ("error", "warning", "suggestion") if counts.get(lvl))


def summary(diagnostics, problems: int = 0, files: int | None = None) -> str:
    tally = Tally()
    tally.add(diagnostics)
    tally.files = files
    return tally.summary(problems)


class Tally:
    """What the summary line counts, added up file by file. `files` counts the
    files linted (None: not known), so a run that linted none never says "No
    problems found" (as ruff says no file matched; the exit code stays 0, ruff's),
    and findings in fewer files than were linted say "in 2 of 3 files": a bare
    "in 2 files" read as the number linted (Vale's count) when it was not."""

    def __init__(self):
        self.n, self.fixable, self.levels, self.paths = 0, 0, Counter(), set()
        self.files: int | None = None

    def add(self, diagnostics) -> None:
        for d in diagnostics:
            self.n += 1
            self.levels[d.level] += 1
            self.paths.add(d.path)
            self.fixable += d.fix is not None

    def summary(self, problems: int = 0) -> str:
        n = self.n
        if problems:   # a rule that was stopped or crashed: never a silent all-clear
            from ..readers._own_reports import INCOMPLETE     # its grammar tells a saved report (qa265 #2)
            return INCOMPLETE.format(found=f"Found {counted(n, 'problem')}", errors=counted(problems, "error"))
        if not n:
            return "No files linted." if self.files == 0 else "No problems found."
        tail = f"; {self.fixable} fixable with --fix" if self.fixable else ""
        found, linted = len(self.paths), self.files or 0
        where = f"{found} of {linted} files" if linted > found else counted(found, "file")
        return f"Found {counted(n, 'problem')} ({by_level(self.levels)}) in {where}{tail}."


def _line(d, color: bool, root: str = "") -> str:
    path, message = printable(shown_path(d.path, root)), printable(with_article(d))
    if color:
        return (f"{BOLD}{path}{RESET}:{d.line}:{d.column}: "
                f"{COLORS[d.level]}{d.level}{RESET} {DIM}[{d.rule}]{RESET} {message}")
    return f"{path}:{d.line}:{d.column}: {d.level} [{d.rule}] {message}"


class Stream:
    """The report `render` gives, written file by file (see `formatters.Stream`)."""

    def __init__(self, report):
        self.color, self.tally, self.root = report.color, Tally(), report.root
        self.tally.files = 0

    def file(self, diagnostics) -> str:
        self.tally.files += 1
        self.tally.add(diagnostics)
        return "".join(_line(d, self.color, self.root) + "\n" for d in diagnostics)

    def end(self, problems: list[str]) -> str:
        return self.tally.summary(len(problems)) + "\n"


def render(report) -> str:
    lines = [_line(d, report.color, report.root) for d in report.diagnostics]
    lines.append(summary(report.diagnostics, len(report.problems), len(report.files)))
    return "\n".join(lines) + "\n"
