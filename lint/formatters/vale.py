"""Vale's `--output=line` form: `path:line:col:Style.Rule:message`.

One line per finding, sorted by path, line and column (as `vale --sort`),
paths relative to the working folder with `/` separators (`--relative
--normalize`), and nothing else: no summary, so scripts written for Vale's
line output keep working.
"""
from __future__ import annotations

import os

NAME = "vale"
LINES = True          # each line stands alone: streamed as it comes (see spool)


def _relative(path: str, root: str) -> str:
    if path in ("-", "") or not root:
        return path.replace(os.sep, "/")
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:
        rel = path
    return rel.replace(os.sep, "/")


def render(report) -> str:
    rows = sorted((_relative(d.path, report.root), d.line, d.column, d.rule, d.message)
                  for d in report.diagnostics)
    return "".join(f"{p}:{line}:{col}:{rule}:{msg}\n" for p, line, col, rule, msg in rows)
