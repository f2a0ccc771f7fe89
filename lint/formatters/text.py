"""`path:line:col: level [rule.id] message`, one line per finding, then a summary."""
from __future__ import annotations

from collections import Counter

from ._common import printable

NAME = "text"
COLORS = {"error": "\033[31m", "warning": "\033[33m", "suggestion": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"


def summary(diagnostics, problems: int = 0) -> str:
    if problems:   # a rule that was stopped or crashed: never a silent all-clear
        found = f"Found {len(diagnostics)} problem{'s' if len(diagnostics) != 1 else ''}"
        return (f"{found}, but the check is incomplete: {problems} problem"
                f"{'s' if problems != 1 else ''} reported below.")
    if not diagnostics:
        return "No problems found."
    counts = Counter(d.level for d in diagnostics)
    files = len({d.path for d in diagnostics})
    parts = [f"{counts[lvl]} {lvl}{'s' if counts[lvl] != 1 else ''}"
             for lvl in ("error", "warning", "suggestion") if counts[lvl]]
    fixable = sum(1 for d in diagnostics if d.fix)
    tail = f"; {fixable} fixable with --fix" if fixable else ""
    n = len(diagnostics)
    return (f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in "
            f"{files} file{'s' if files != 1 else ''}{tail}.")


def render(report) -> str:
    lines = []
    for d in report.diagnostics:
        path, message = printable(d.path), printable(d.message)
        if d.article:
            message += f" (article {printable(d.article)})"
        if report.color:
            lines.append(f"{BOLD}{path}{RESET}:{d.line}:{d.column}: "
                         f"{COLORS[d.level]}{d.level}{RESET} {DIM}[{d.rule}]{RESET} {message}")
        else:
            lines.append(f"{path}:{d.line}:{d.column}: {d.level} [{d.rule}] {message}")
    lines.append(summary(report.diagnostics, len(report.problems)))
    return "\n".join(lines) + "\n"
